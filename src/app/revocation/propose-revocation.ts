/**
 * The authority opens a revocation on a manual ground its pack lists (e.g. 000 第二十条（二）–（八）),
 * stating the facts and the date they were established; evidence is attached next, then it is decided.
 */
import { v7 as uuidv7 } from 'uuid';
import type { ProposeRevocationBody } from '../../contracts/revocation.ts';
import type { Db } from '../../db/client.ts';
import { openRevocationOf, type ManagedCenterRow } from '../../db/loaders/management.ts';
import { revocations } from '../../db/schema/index.ts';
import { manualGrounds } from '../../domain/management/management.ts';
import { getPack } from '../../domain/policy/index.ts';
import type { Localized, SourceRef } from '../../domain/policy/schema.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError, fieldError } from '../errors.ts';
import { today } from '../publicity/clock.ts';

/**
 * What every revocation proposal records first, manual or automatic: the center as it stands (level, name,
 * lead organisation frozen), its pack, and the ground with its description and source.
 */
export function proposalBasis(
  id: string,
  center: ManagedCenterRow,
  packId: string,
  origin: 'manual' | 'automatic',
  ground: { id: string; description: Localized; source: SourceRef },
) {
  return {
    id,
    centerId: center.id,
    packId,
    regionCode: center.regionCode,
    centerLevel: center.level,
    centerName: center.name,
    leadOrganisationId: center.leadOrganisationId,
    origin,
    groundId: ground.id,
    groundDescription: ground.description,
    source: ground.source,
  };
}

export async function proposeRevocation({
  actor,
  tx,
  center,
  input,
}: {
  actor: Actor;
  tx: Db;
  center: ManagedCenterRow;
  input: ProposeRevocationBody;
}): Promise<string> {
  if (center.status !== 'recognised') {
    throw new AppError('revocation.center_not_recognised');
  }
  const pack = center.packId ? getPack(center.packId) : undefined;
  const ground = pack ? manualGrounds(pack).find((g) => g.id === input.groundId) : undefined;
  if (!pack || !ground) {
    throw fieldError('revocation.unknown_ground', 'groundId', { ground: input.groundId });
  }
  const on = today();
  if (input.groundDate > on) {
    throw fieldError('management.future_date', 'groundDate');
  }
  if (await openRevocationOf(tx, center.id)) {
    throw new AppError('revocation.already_open');
  }
  const id = uuidv7();
  const row = {
    ...proposalBasis(id, center, pack.id, 'manual', ground),
    facts: input.facts,
    groundDate: input.groundDate,
    changeFilingId: input.changeFilingId ?? null,
    status: 'proposed',
    proposedOn: on,
    proposedByUserId: actor.userId,
  };
  try {
    await tx.insert(revocations).values(row);
  } catch (error) {
    // Two authorities opening at once: the partial unique index keeps one open proposal per center.
    if (/revocations_open_per_center_uq/.test(String((error as { message?: string }).message ?? error))) {
      throw new AppError('revocation.already_open');
    }
    throw error;
  }
  await appendAudit(tx, actor, {
    action: 'revocation.propose',
    targetType: 'revocation',
    targetId: id,
    scopeRegion: center.regionCode,
    after: row,
    detail: { center: center.id, ground: ground.id, origin: 'manual' },
  });
  return id;
}
