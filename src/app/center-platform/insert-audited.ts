/** Shared by the platform's simple "create" actions: insert one row and audit it in the same transaction. */
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';

export async function insertAudited<T extends PgTable>(
  tx: Db,
  actor: Actor,
  table: T,
  row: T['$inferInsert'] & { id: string },
  audit: { action: string; targetType: string; scopeRegion: string; detail?: Record<string, unknown> },
): Promise<string> {
  await tx.insert(table).values(row);
  await appendAudit(tx, actor, { ...audit, targetId: row.id, after: row, detail: audit.detail ?? {} });
  return row.id;
}
