/** The lead unit starts a draft application to an open call. */
import { and, eq, notInArray, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { CreateApplicationBody } from '../../contracts/recognition.ts';
import type { Db } from '../../db/client.ts';
import type { CallRow } from '../../db/loaders/recognition.ts';
import { applications, organisations, type ApplicationForm } from '../../db/schema/index.ts';
import { inJurisdiction } from '../../domain/jurisdiction/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { assertIndustryCode } from '../metric-values.ts';
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

interface CreateInput {
  actor: Actor;
  tx: Db;
  call: CallRow;
  input: CreateApplicationBody;
  leadOrganisationId: string;
}

export async function createApplication(args: CreateInput): Promise<string> {
  const { tx, call, leadOrganisationId } = args;
  // One live application per lead unit per call: a second draft would split the unit's review and its
  // uniqueness checks (003 第八条 原则上每个单位只建设1种类型). Rejected or withdrawn ones do not count.
  // The lock serialises concurrent creates of the same unit in the same call, so two clicks make one draft.
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`application:${call.id}:${leadOrganisationId}`}))`,
  );
  const [existing] = await tx
    .select({ id: applications.id, centerName: applications.centerName })
    .from(applications)
    .where(
      and(
        eq(applications.callId, call.id),
        eq(applications.leadOrganisationId, leadOrganisationId),
        notInArray(applications.state, ['rejected', 'withdrawn']),
      ),
    )
    .limit(1);
  if (existing) {
    throw new AppError('application.duplicate_in_call', { name: existing.centerName, id: existing.id });
  }
  return draftApplication(args);
}

/**
 * The draft itself: the call must be open, the lead unit in its jurisdiction (属地) and the target one
 * the pack and call allow. Without the one-per-call rule, which createApplication adds: test factories
 * build several applications of one unit in one call to exercise the workflow in bulk.
 */
export async function draftApplication({
  actor,
  tx,
  call,
  input,
  leadOrganisationId,
}: CreateInput): Promise<string> {
  assertIndustryCode(input.industryCode, 'industryCode');
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
