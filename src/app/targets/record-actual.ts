/** 录入目标实际值: the responsible unit enters a reading with its evidence; one row, one audit entry. */
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/client.ts';
import { targetActuals } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { assertNotFuture } from '../dates.ts';

/** Stores one entered value (authorised by the caller's route); a later entry for the same date supersedes it. */
export async function enterTargetActual(input: {
  actor: Actor;
  tx: Db;
  packId: string;
  targetId: string;
  regionCode: string;
  value: number;
  asOf: string;
  evidence: string;
}): Promise<string> {
  const { actor, tx } = input;
  assertNotFuture(input.asOf, 'asOf', { zh: '截至日期', en: 'As-of date' });
  const id = uuidv7();
  const row = {
    id,
    packId: input.packId,
    targetId: input.targetId,
    regionCode: input.regionCode,
    value: input.value,
    asOf: input.asOf,
    source: 'entered',
    evidence: input.evidence,
    recordedBy: actor.userId,
  };
  await tx.insert(targetActuals).values(row);
  await appendAudit(tx, actor, {
    action: 'target_actual.record',
    targetType: 'target',
    targetId: input.targetId,
    scopeRegion: input.regionCode,
    after: row,
    detail: { value: input.value, asOf: input.asOf },
  });
  return id;
}
