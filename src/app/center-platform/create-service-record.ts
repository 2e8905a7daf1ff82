/**
 * The operator records a service delivered to an enterprise (服务台账); flags come from the organisation.
 * The enterprise's users are told it awaits their confirmation.
 */
import { v7 as uuidv7 } from 'uuid';
import type { CreateServiceRecordBody } from '../../contracts/center-platform/ledger.ts';
import type { Db } from '../../db/client.ts';
import type { PlatformCenterRow } from '../../db/loaders/center-platform/centers.ts';
import { findOrganisationByCreditCode } from '../../db/loaders/organisations.ts';
import { serviceRecords } from '../../db/schema/index.ts';
import { normalizeCreditCode } from '../../domain/organisation/credit-code.ts';
import { isValidIndustryCode, normalizeIndustryCode } from '../../domain/reference/industries.ts';
import { isValidRegionCode } from '../../domain/reference/regions.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { assertNotFuture } from '../dates.ts';
import { fieldError } from '../errors.ts';
import { notifyServiceRecordsToConfirm } from './notify-platform.ts';

export async function createServiceRecord({
  actor,
  tx,
  center,
  input,
}: {
  actor: Actor;
  tx: Db;
  center: PlatformCenterRow;
  input: CreateServiceRecordBody;
}): Promise<string> {
  // The ledger feeds the annual evaluation: a service not yet delivered is not evidence.
  assertNotFuture(input.serviceDate, 'serviceDate', { zh: '服务日期', en: 'Service date' });
  const creditCode = normalizeCreditCode(input.enterpriseCreditCode);
  const enterprise = await findOrganisationByCreditCode(tx, creditCode);
  if (!enterprise) {
    throw fieldError('ledger.enterprise_unknown', 'enterpriseCreditCode', { creditCode });
  }
  if (input.regionCode && !isValidRegionCode(input.regionCode)) {
    throw fieldError('reference.unknown_region', 'regionCode', { code: input.regionCode });
  }
  if (input.industryCode && !isValidIndustryCode(input.industryCode)) {
    throw fieldError('reference.unknown_industry', 'industryCode', { code: input.industryCode });
  }
  const id = uuidv7();
  const row = {
    id,
    centerId: center.id,
    serviceType: input.serviceType,
    serviceDate: input.serviceDate,
    enterpriseId: enterprise.id,
    enterpriseSme: enterprise.sme,
    enterpriseSpecialisedSme: enterprise.specialisedSme,
    enterpriseAboveScale: enterprise.aboveScale,
    regionCode: input.regionCode ?? enterprise.regionCode,
    industryCode: input.industryCode
      ? (normalizeIndustryCode(input.industryCode) ?? input.industryCode)
      : (enterprise.industryCodes[0] ?? null),
    title: input.title,
    outcome: input.outcome,
    amountFen: input.amountFen ?? null,
    preferential: input.preferential,
    source: 'manual',
    createdBy: actor.userId,
  };
  await tx.insert(serviceRecords).values(row);
  await appendAudit(tx, actor, {
    action: 'service_record.create',
    targetType: 'service_record',
    targetId: id,
    scopeRegion: center.regionCode,
    after: row,
    detail: { centerId: center.id, serviceType: input.serviceType, enterpriseId: enterprise.id },
  });
  await notifyServiceRecordsToConfirm(tx, { actor, center, enterpriseId: enterprise.id, records: [row] });
  return id;
}
