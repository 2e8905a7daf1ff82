/**
 * The engine's proposal: when a center's decided evaluations meet an automatic ground of its pack
 * (000 第二十条（一）/003 第十七条（一）: 连续两次不合格; 001 第十五条（六）: 连续两次一星级), a revocation is
 * proposed to the authority, who is notified. Idempotent: a ground already proposed on the same (or newer)
 * evidence is not proposed again. Call it in the transaction that decides an evaluation.
 */
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/client.ts';
import { decidedEvaluationsOf, openRevocationOf, revocationsOfCenter } from '../../db/loaders/management.ts';
import type { ManagedCenterRow } from '../../db/loaders/management.ts';
import { revocations } from '../../db/schema/index.ts';
import { automaticRevocationDue } from '../../domain/management/management.ts';
import { getPack } from '../../domain/policy/index.ts';
import type { AnyActor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { notify } from '../notifications/notify.ts';
import { today } from '../publicity/clock.ts';
import { proposalBasis } from './propose-revocation.ts';

export async function proposeDueRevocation({
  actor,
  tx,
  center,
}: {
  actor: AnyActor;
  tx: Db;
  center: ManagedCenterRow;
}): Promise<{ id: string; groundId: string } | null> {
  const pack = center.packId ? getPack(center.packId) : undefined;
  if (!pack || center.status !== 'recognised') {
    return null;
  }
  const evaluations = await decidedEvaluationsOf(tx, center.id);
  const due = automaticRevocationDue(pack, evaluations);
  if (!due?.date) {
    return null;
  }
  if (await openRevocationOf(tx, center.id)) {
    return null;
  }
  const earlier = await revocationsOfCenter(tx, center.id);
  if (earlier.some((r) => r.groundId === due.id && r.groundDate >= due.date!)) {
    return null;
  }
  const id = uuidv7();
  const row = {
    ...proposalBasis(id, center, pack.id, 'automatic', due),
    facts: due.reason.zh,
    groundDate: due.date,
    evaluations: evaluations
      .filter((e) => due.years.includes(e.year))
      .map((e) => ({ year: e.year, rating: e.rating ?? '', decidedOn: e.decidedOn })),
    status: 'proposed',
    proposedOn: today(),
    proposedByUserId: null,
  };
  await tx.insert(revocations).values(row);
  await appendAudit(tx, actor, {
    action: 'revocation.propose',
    targetType: 'revocation',
    targetId: id,
    scopeRegion: center.regionCode,
    after: row,
    detail: { center: center.id, ground: due.id, origin: 'automatic', years: due.years },
  });
  await notify(tx, {
    role: center.level === 'national' ? 'national_admin' : 'provincial_admin',
    regionCode: center.regionCode,
    kind: 'revocation.proposed',
    params: {
      center: center.name,
      ground: due.description.zh,
      groundEn: due.description.en,
      source: `${due.source.ref}`,
    },
    link: `/management/revocations/${id}`,
  });
  return { id, groundId: due.id };
}
