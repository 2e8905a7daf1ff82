/** A user's role grants as one JSON array column, so loaders fetch them in the same round trip. */
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { roleGrants } from '../schema/index.ts';

export interface GrantJson {
  role: string;
  regionCode: string | null;
  organisationId: string | null;
}

export function grantsJson(userId: SQLWrapper): SQL<GrantJson[]> {
  return sql<GrantJson[]>`coalesce((
    select json_agg(json_build_object('role', g.role, 'regionCode', g.region_code, 'organisationId', g.organisation_id) order by g.role)
    from ${roleGrants} g where g.user_id = ${userId}), '[]'::json)`;
}

/** Drivers return json either parsed or as text. */
export function parseJsonColumn<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}
