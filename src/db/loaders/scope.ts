/** Turns a policy's list scope into a SQL condition on the given columns. */
import { type SQL, inArray, like, or, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

export interface ListScope {
  all: boolean;
  regionPrefixes: string[];
  organisationIds: string[];
}

/** A WHERE fragment that keeps only rows inside the scope (false when the scope is empty). */
export function scopeCondition(
  scope: ListScope,
  columns: { region?: AnyPgColumn; organisation?: AnyPgColumn },
): SQL | undefined {
  if (scope.all) {
    return undefined;
  }
  const parts: SQL[] = [];
  if (columns.region) {
    for (const prefix of new Set(scope.regionPrefixes)) {
      parts.push(like(columns.region, `${prefix}%`));
    }
  }
  if (columns.organisation && scope.organisationIds.length > 0) {
    parts.push(inArray(columns.organisation, [...new Set(scope.organisationIds)]));
  }
  return parts.length > 0 ? or(...parts) : sql`false`;
}
