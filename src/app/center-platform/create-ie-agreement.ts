/** The operator records an industry–education agreement (产教合作) brokered by the center. */
import { v7 as uuidv7 } from 'uuid';
import type { CreateIeAgreementBody } from '../../contracts/center-platform/events.ts';
import type { Db } from '../../db/client.ts';
import type { PlatformCenterRow } from '../../db/loaders/center-platform/centers.ts';
import { industryEducationAgreements } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { insertAudited } from './insert-audited.ts';

export function createIeAgreement({
  actor,
  tx,
  center,
  input,
}: {
  actor: Actor;
  tx: Db;
  center: PlatformCenterRow;
  input: CreateIeAgreementBody;
}): Promise<string> {
  return insertAudited(
    tx,
    actor,
    industryEducationAgreements,
    { id: uuidv7(), centerId: center.id, ...input },
    { action: 'industry_education_agreement.create', targetType: 'center', scopeRegion: center.regionCode },
  );
}
