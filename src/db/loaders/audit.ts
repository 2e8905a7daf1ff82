/** Scoped reading of the audit log. */
import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { auditLog } from '../schema/index.ts';
import { scopeCondition, type ListScope } from './scope.ts';

export type AuditRow = typeof auditLog.$inferSelect;

export interface AuditFilter {
  action?: string | undefined;
  actor?: string | undefined;
  targetType?: string | undefined;
  targetId?: string | undefined;
  /** Inclusive start date (Asia/Shanghai). */
  from?: string | undefined;
  /** Inclusive end date (Asia/Shanghai). */
  to?: string | undefined;
  page: number;
  pageSize: number;
}

function shanghaiMidnight(date: string): string {
  return `${date}T00:00:00+08:00`;
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export async function listAudit(
  db: Db,
  scope: ListScope,
  filter: AuditFilter,
): Promise<{ rows: AuditRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [scopeCondition(scope, { region: auditLog.scopeRegion })];
  if (filter.action) {
    conditions.push(eq(auditLog.action, filter.action));
  }
  if (filter.actor) {
    conditions.push(eq(auditLog.actorLabel, filter.actor));
  }
  if (filter.targetType) {
    conditions.push(eq(auditLog.targetType, filter.targetType));
  }
  if (filter.targetId) {
    conditions.push(eq(auditLog.targetId, filter.targetId));
  }
  if (filter.from) {
    conditions.push(gte(auditLog.at, shanghaiMidnight(filter.from)));
  }
  if (filter.to) {
    conditions.push(lt(auditLog.at, shanghaiMidnight(nextDay(filter.to))));
  }
  const where = and(...conditions);
  const [totals] = await db.select({ total: count() }).from(auditLog).where(where);
  const rows = await db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.seq))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { rows, total: Number(totals?.total ?? 0) };
}
