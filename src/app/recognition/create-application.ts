/** The lead unit starts a draft application to an open call. */
import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { CreateApplicationBody } from '../../contracts/recognition.ts';
import type { Db } from '../../db/client.ts';
import type { CallRow } from '../../db/loaders/recognition.ts';
import { applications, organisations, type ApplicationForm } from '../../db/schema/index.ts';
import { inJurisdiction } from '../../domain/jurisdiction/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { callIsOpen, packOf } from './context.ts';
import { checkTarget } from './update-application.ts';

export const EMPTY_FORM: ApplicationForm = {
  summary: '',
  buildStatus: null,
  consortiumAgreementSigned: false,
  metricValues: {},
  facts: {},
  factDates: {},
  incidents: [],
};

export async function createApplication({
  actor,
  tx,
  call,
  input,
  leadOrganisationId,
}: {
  actor: Actor;
  tx: Db;
  call: CallRow;
  input: CreateApplicationBody;
  leadOrganisationId: string;
}): Promise<string> {
  if (!callIsOpen(call)) {
    throw new AppError('call.not_open');
  }
  const [lead] = await tx.select().from(organisations).where(eq(organisations.id, leadOrganisationId));
  if (!lead) {
    throw new AppError('not_found', { entity: 'organisation' });
  }
  // A call is for lead units in the issuing authority's jurisdiction (属地).
  if (!inJurisdiction(lead.regionCode, call.regionCode)) {
    throw new AppError('forbidden.out_of_jurisdiction');
  }
  const pack = packOf(call.packId);
  const level = input.level ?? (call.level as CreateApplicationBody['level']) ?? 'provincial';
  const target = {
    type: input.type ?? null,
    kind: input.kind ?? null,
    direction: input.direction ?? null,
  };
  checkTarget(pack, call, target);
  const id = uuidv7();
  const row = {
    id,
    callId: call.id,
    leadOrganisationId,
    centerName: input.centerName,
    level: level!,
    ...target,
    industryCode: input.industryCode ?? null,
    state: 'draft',
    regionCode: lead.regionCode,
    form: EMPTY_FORM,
    createdByUserId: actor.userId,
  };
  await tx.insert(applications).values(row);
  await appendAudit(tx, actor, {
    action: 'application.create',
    targetType: 'application',
    targetId: id,
    scopeRegion: lead.regionCode,
    after: row,
    detail: { callId: call.id },
  });
  return id;
}
