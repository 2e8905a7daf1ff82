/** The applicant edits the working copy (draft or returned): target, form, consortium members. */
import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { SetMembersBody, UpdateApplicationBody } from '../../contracts/recognition.ts';
import type { Db } from '../../db/client.ts';
import type { ApplicationRow, CallRow } from '../../db/loaders/recognition.ts';
import { applicationMembers, organisations } from '../../db/schema/index.ts';
import type { PolicyPack } from '../../domain/policy/index.ts';
import {
  editableStates,
  applicationStateLabels,
  type ApplicationState,
} from '../../domain/workflow/application.ts';
import { validateCreditCode } from '../../domain/organisation/credit-code.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { assertIndustryCode, assertMetricValues } from '../metric-values.ts';
import { packOf } from './context.ts';
import { bumpApplication, checkOwnFiles, expectVersion } from './transition.ts';
import { findCall } from '../../db/loaders/recognition.ts';

/** Edits are possible only on the working copy (draft, or returned for revision). */
export function assertEditable(app: ApplicationRow): void {
  if (!editableStates.includes(app.state as ApplicationState)) {
    const label = applicationStateLabels[app.state as ApplicationState];
    throw new AppError('conflict.illegal_transition', {
      reason: `申报处于「${label?.zh ?? app.state}」状态，不能修改`,
      reasonEn: `The application is ${label?.en.toLowerCase() ?? app.state}; it cannot be edited`,
    });
  }
}

/** The type/kind/direction must be offered by the call (and so by the pack). */
export function checkTarget(
  pack: PolicyPack,
  call: CallRow,
  t: { type: string | null; kind: string | null; direction: string | null },
): void {
  const bad = (field: string, reason: string) =>
    new AppError('call.target_invalid', { reason }, [
      { field, code: 'call.target_invalid', message: reason },
    ]);
  if (pack.directions.length > 0) {
    if (!t.direction || !call.directions.includes(t.direction)) {
      throw bad('direction', `${t.direction ?? '—'} ∉ ${call.directions.join('/')}`);
    }
    return;
  }
  if (call.types.length > 0 && (!t.type || !call.types.includes(t.type))) {
    throw bad('type', `${t.type ?? '—'} ∉ ${call.types.join('/')}`);
  }
  if (t.type === 'functional' && call.kinds.length > 0 && (!t.kind || !call.kinds.includes(t.kind))) {
    throw bad('kind', `${t.kind ?? '—'} ∉ ${call.kinds.join('/')}`);
  }
}

export async function updateApplication({
  actor,
  tx,
  app,
  input,
}: {
  actor: Actor;
  tx: Db;
  app: ApplicationRow;
  input: UpdateApplicationBody;
}): Promise<void> {
  expectVersion(app, input.version);
  assertEditable(app);
  assertMetricValues(input.form?.metricValues, 'form.metricValues');
  assertIndustryCode(input.industryCode, 'industryCode');
  const target = {
    type: input.type === undefined ? app.type : input.type,
    kind: input.kind === undefined ? app.kind : input.kind,
    direction: input.direction === undefined ? app.direction : input.direction,
  };
  const call = (await findCall(tx, app.callId))!;
  checkTarget(packOf(app.callPackId), call, target);
  const form = { ...app.form, ...(input.form ?? {}) };
  await bumpApplication(tx, app, input.version, {
    ...target,
    ...(input.centerName ? { centerName: input.centerName } : {}),
    ...(input.industryCode !== undefined ? { industryCode: input.industryCode } : {}),
    form,
  });
  await appendAudit(tx, actor, {
    action: 'application.update',
    targetType: 'application',
    targetId: app.id,
    scopeRegion: app.regionCode,
    before: { form: app.form },
    after: { form },
    detail: { fields: Object.keys(input).filter((k) => k !== 'version') },
  });
}

export async function setMembers({
  actor,
  tx,
  app,
  input,
}: {
  actor: Actor;
  tx: Db;
  app: ApplicationRow;
  input: SetMembersBody;
}): Promise<void> {
  expectVersion(app, input.version);
  assertEditable(app);
  const seen = new Set<string>();
  const rows = [];
  for (const [i, m] of input.members.entries()) {
    const check = validateCreditCode(m.creditCode);
    if (!check.ok) {
      throw new AppError(
        'organisation.credit_code_invalid',
        { reason: check.message.zh, reasonEn: check.message.en },
        [
          {
            field: `members.${i}.creditCode`,
            code: 'organisation.credit_code_invalid',
            message: check.message,
          },
        ],
      );
    }
    const code = check.normalized;
    if (seen.has(code) || code === app.leadCreditCode) {
      throw new AppError('request.validation', {}, [
        {
          field: `members.${i}.creditCode`,
          code: 'request.validation',
          message: { zh: '成员单位重复', en: 'Duplicate member' },
        },
      ]);
    }
    seen.add(code);
    const [org] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.creditCode, code));
    rows.push({
      id: uuidv7(),
      applicationId: app.id,
      creditCode: code,
      name: m.name,
      organisationId: org?.id ?? null,
      orgKind: m.orgKind,
      legalPerson: m.legalPerson,
      agreementFileId: m.agreementFileId ?? null,
      position: i,
    });
  }
  await checkOwnFiles(
    tx,
    actor,
    rows.flatMap((r) => (r.agreementFileId ? [r.agreementFileId] : [])),
  );
  await bumpApplication(tx, app, input.version);
  await tx.delete(applicationMembers).where(eq(applicationMembers.applicationId, app.id));
  if (rows.length > 0) {
    await tx.insert(applicationMembers).values(rows);
  }
  await appendAudit(tx, actor, {
    action: 'application.set_members',
    targetType: 'application',
    targetId: app.id,
    scopeRegion: app.regionCode,
    after: rows.map((r) => ({ creditCode: r.creditCode, name: r.name })),
    detail: { count: rows.length },
  });
}
