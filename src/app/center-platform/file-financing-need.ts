/** An enterprise files a financing need with a center (产融对接). */
import { v7 as uuidv7 } from 'uuid';
import type { CreateNeedBody } from '../../contracts/center-platform/finance.ts';
import type { Db } from '../../db/client.ts';
import { financingNeeds } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { insertAudited } from './insert-audited.ts';

export function fileFinancingNeed({
  actor,
  tx,
  centerRegionCode,
  input,
}: {
  actor: Actor;
  tx: Db;
  centerRegionCode: string;
  input: CreateNeedBody;
}): Promise<string> {
  return insertAudited(
    tx,
    actor,
    financingNeeds,
    {
      id: uuidv7(),
      centerId: input.centerId,
      organisationId: actor.organisationId,
      createdBy: actor.userId,
      amountFen: input.amountFen,
      purpose: input.purpose,
      termMonths: input.termMonths ?? null,
    },
    {
      action: 'financing_need.create',
      targetType: 'financing_need',
      scopeRegion: centerRegionCode,
      detail: { centerId: input.centerId },
    },
  );
}
