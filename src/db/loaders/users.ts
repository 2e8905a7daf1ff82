/** Scoped loading of accounts: one query per page (rows, their grants as JSON, and the total). */
import { and, asc, count, eq, ilike, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { organisations, roleGrants, users } from '../schema/index.ts';
import { jurisdictionPrefix } from '../../domain/jurisdiction/index.ts';
import { grantsJson, parseJsonColumn, type GrantJson } from './grants-json.ts';
import { scopeCondition, type ListScope } from './scope.ts';

export type UserRow = Omit<typeof users.$inferSelect, 'passwordHash'> & {
  lockedUntil: Date | string | null;
  organisationName: string;
  organisationRegionCode: string;
  grants: GrantJson[];
};

// Everything but the password hash, which never leaves the auth commands.
const userColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  organisationId: users.organisationId,
  locale: users.locale,
  disabled: users.disabled,
  // The latest wait any source has to sit out for this name (login_locks), for administrators to see and lift.
  lockedUntil: sql<
    Date | string | null
  >`(select max(l.locked_until) from login_locks l where l.username = ${users.username})`.as('locked_until'),
  lastLoginAt: users.lastLoginAt,
  passwordChangedAt: users.passwordChangedAt,
  mustChangePassword: users.mustChangePassword,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
  version: users.version,
  organisationName: organisations.name,
  organisationRegionCode: organisations.regionCode,
};

function toRow<T extends { grants: GrantJson[] | string }>(r: T): T & { grants: GrantJson[] } {
  return { ...r, grants: parseJsonColumn(r.grants) };
}

/** One account by id, or undefined. Visibility is checked by the caller's policy. */
export async function findUser(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select({ ...userColumns, grants: grantsJson(users.id) })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, id))
    .limit(1);
  return row ? toRow(row) : undefined;
}

export interface UserFilter {
  q?: string | undefined;
  role?: string | undefined;
  regionCode?: string | undefined;
  page: number;
  pageSize: number;
}

/** A page of accounts inside the scope, filtered. */
export async function listUsers(
  db: Db,
  scope: ListScope,
  filter: UserFilter,
): Promise<{ rows: UserRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [
    scopeCondition(scope, { region: organisations.regionCode, organisation: organisations.id }),
  ];
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`;
    conditions.push(
      or(
        ilike(users.username, pattern),
        ilike(users.displayName, pattern),
        ilike(organisations.name, pattern),
      ),
    );
  }
  if (filter.regionCode) {
    conditions.push(like(organisations.regionCode, `${jurisdictionPrefix(filter.regionCode)}%`));
  }
  if (filter.role) {
    const withRole = db
      .select({ id: roleGrants.userId })
      .from(roleGrants)
      .where(eq(roleGrants.role, filter.role));
    conditions.push(inArray(users.id, withRole));
  }
  const where = and(...conditions);
  // One round trip: the page (with the total as a window count), then grants for that page's rows only.
  const page = db
    .select({ ...userColumns, total: sql<number>`count(*) over()`.as('total') })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(where)
    .orderBy(asc(users.username))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .as('page');
  const pageFields = Object.fromEntries(
    Object.keys(userColumns).map((k) => [k, page[k as keyof typeof userColumns]]),
  ) as {
    [K in keyof typeof userColumns]: (typeof page)[K];
  };
  const rows = (
    await db
      .select({ ...pageFields, total: page.total, grants: grantsJson(sql.raw('"page"."id"')) })
      .from(page)
      .orderBy(asc(page.username))
  ).map((r) => ({ ...r, total: Number(r.total) }));
  let total = rows[0]?.total;
  if (total === undefined) {
    // A page past the end has no rows to carry the total.
    const [totals] = await db
      .select({ total: count() })
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(where);
    total = Number(totals?.total ?? 0);
  }
  return { rows: rows.map(({ total: _t, ...r }) => toRow(r)), total };
}
