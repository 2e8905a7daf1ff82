/** An enterprise posts a need with a center, or the center posts it on the enterprise's behalf (需求池). */
import { v7 as uuidv7 } from 'uuid';
import type { CreateDemandBody } from '../../contracts/matching.ts';
import type { Db } from '../../db/client.ts';
import { demands } from '../../db/schema/index.ts';
import type { DemandPoster } from '../../domain/matching/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { fieldError } from '../errors.ts';
import { today } from '../publicity/clock.ts';

export async function postDemand({
  actor,
  tx,
  center,
  organisationId,
  postedBy,
  input,
}: {
  actor: Actor;
  tx: Db;
  center: { id: string; regionCode: string };
  organisationId: string;
  postedBy: DemandPoster;
  input: Omit<CreateDemandBody, 'centerId'>;
}): Promise<string> {
  if (input.deadline < today()) {
    throw fieldError('matching.deadline_past', 'deadline', { deadline: input.deadline });
  }
  const row = {
    id: uuidv7(),
    centerId: center.id,
    organisationId,
    postedBy,
    title: input.title,
    description: input.description,
    industryCode: input.industryCode,
    scenarios: [...input.scenarios],
    regionCode: input.regionCode,
    budgetMinFen: input.budgetMinFen,
    budgetMaxFen: input.budgetMaxFen,
    deadline: input.deadline,
    contactVisibility: input.contactVisibility,
    contactName: input.contactName,
    contactPhone: input.contactPhone,
    // Every need is moderated before publication, whoever posts it.
    status: 'pending_review',
    createdBy: actor.userId,
  };
  await tx.insert(demands).values(row);
  await appendAudit(tx, actor, {
    action: 'demand.create',
    targetType: 'demand',
    targetId: row.id,
    scopeRegion: center.regionCode,
    after: { ...row, contactName: undefined, contactPhone: undefined },
    detail: { centerId: center.id, postedBy },
  });
  return row.id;
}
