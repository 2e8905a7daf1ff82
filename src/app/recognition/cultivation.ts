/** City officers keep their city's cultivation report rows (Fujian 培育情况表); versioned writes. */
import { and, eq, max } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { CultivationEntryBody, UpdateCultivationEntryBody } from '../../contracts/recognition.ts';
import type { Db } from '../../db/client.ts';
import { cultivationReportEntries } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';

export const CULTIVATION_PACK = 'fujian-cultivation-2022';
export type CultivationRow = typeof cultivationReportEntries.$inferSelect;

export async function createCultivationEntry({
  actor,
  tx,
  input,
  regionCode,
}: {
  actor: Actor;
  tx: Db;
  input: CultivationEntryBody;
  regionCode: string;
}): Promise<string> {
  const [last] = await tx
    .select({ n: max(cultivationReportEntries.serialNo) })
    .from(cultivationReportEntries)
    .where(
      and(eq(cultivationReportEntries.regionCode, regionCode), eq(cultivationReportEntries.year, input.year)),
    );
  const id = uuidv7();
  const row = {
    id,
    packId: CULTIVATION_PACK,
    year: input.year,
    regionCode,
    serialNo: input.serialNo ?? (last?.n ?? 0) + 1,
    name: input.name,
    category: input.category,
    leadOrg: input.leadOrg,
    memberOrgs: input.memberOrgs,
    capabilitySummary: input.capabilitySummary,
    physicalSites: input.physicalSites,
    constructionPeriod: input.constructionPeriod,
    jurisdiction: input.jurisdiction,
    createdByUserId: actor.userId,
  };
  await tx.insert(cultivationReportEntries).values(row);
  await appendAudit(tx, actor, {
    action: 'cultivation.create',
    targetType: 'cultivation_entry',
    targetId: id,
    scopeRegion: regionCode,
    after: row,
    detail: { year: input.year, name: input.name },
  });
  return id;
}

export async function updateCultivationEntry({
  actor,
  tx,
  entry,
  input,
}: {
  actor: Actor;
  tx: Db;
  entry: CultivationRow;
  input: UpdateCultivationEntryBody;
}): Promise<void> {
  const { version, ...set } = input;
  const updated = await tx
    .update(cultivationReportEntries)
    .set({ ...set, version: version + 1, updatedAt: new Date() })
    .where(and(eq(cultivationReportEntries.id, entry.id), eq(cultivationReportEntries.version, version)))
    .returning({ id: cultivationReportEntries.id });
  if (updated.length === 0) {
    throw new AppError('conflict.stale_version');
  }
  await appendAudit(tx, actor, {
    action: 'cultivation.update',
    targetType: 'cultivation_entry',
    targetId: entry.id,
    scopeRegion: entry.regionCode,
    before: entry,
    after: { ...entry, ...set },
    detail: { fields: Object.keys(set) },
  });
}

export async function deleteCultivationEntry({
  actor,
  tx,
  entry,
  version,
}: {
  actor: Actor;
  tx: Db;
  entry: CultivationRow;
  version: number;
}): Promise<void> {
  const removed = await tx
    .delete(cultivationReportEntries)
    .where(and(eq(cultivationReportEntries.id, entry.id), eq(cultivationReportEntries.version, version)))
    .returning({ id: cultivationReportEntries.id });
  if (removed.length === 0) {
    throw new AppError('conflict.stale_version');
  }
  await appendAudit(tx, actor, {
    action: 'cultivation.delete',
    targetType: 'cultivation_entry',
    targetId: entry.id,
    scopeRegion: entry.regionCode,
    before: entry,
  });
}
