/**
 * Opening a publicity notice (公示): the approved applications of one call (a batch, or a single one) go
 * on a public list for the window the pack computes in working days; each application moves
 * decided → publicity through the workflow; the lead units are notified. One transaction, audited.
 */
import { v7 as uuidv7 } from 'uuid';
import type { OpenPublicityBody } from '../../contracts/publicity.ts';
import type { Db } from '../../db/client.ts';
import type { ApplicationRow, CallRow } from '../../db/loaders/recognition.ts';
import { applicationMembersOf } from '../../db/loaders/recognition.ts';
import { publicityEntries, publicityNotices } from '../../db/schema/index.ts';
import type { WorkflowRole } from '../../domain/workflow/application.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { currentCalendar } from '../calendar-years.ts';
import { AppError, fieldError } from '../errors.ts';
import { notify } from '../notifications/notify.ts';
import { packOf, workflowContext } from '../recognition/context.ts';
import { performTransition } from '../recognition/transition.ts';
import { today } from './clock.ts';
import { requireWindow } from './window.ts';

export interface OpenPublicityInput {
  actor: Actor;
  tx: Db;
  call: CallRow;
  /** The applications with the actor's workflow roles on each (computed by the route's policy). */
  applications: { app: ApplicationRow; roles: WorkflowRole[] }[];
  input: OpenPublicityBody;
}

/** Returns the new notice's id. */
export async function openPublicity({
  actor,
  tx,
  call,
  applications,
  input,
}: OpenPublicityInput): Promise<string> {
  const now = today();
  const startsOn = input.startsOn ?? now;
  if (startsOn < now) {
    throw fieldError('publicity.start_in_past', 'startsOn', { today: now });
  }
  if (applications.some(({ app }) => app.callId !== call.id)) {
    throw fieldError('publicity.application_not_in_call', 'applicationIds');
  }
  const pack = packOf(call.packId);
  const window = requireWindow(pack, await currentCalendar(tx), startsOn, input.endsOn);
  const id = uuidv7();
  const title = input.title ?? `${call.title} 拟认定名单公示`;
  await tx.insert(publicityNotices).values({
    id,
    callId: call.id,
    packId: call.packId,
    regionCode: call.regionCode,
    title,
    body: input.body ?? '',
    startsOn: window.startsOn,
    endsOn: window.endsOn,
    rule: window.rule,
    status: 'open',
    createdByUserId: actor.userId,
  });
  let position = 0;
  for (const { app, roles } of applications) {
    await performTransition({
      actor,
      tx,
      app,
      action: 'start_publicity',
      ctx: await workflowContext(tx, app, roles),
      expectedVersion: app.version,
      detail: { noticeId: id, startsOn: window.startsOn, endsOn: window.endsOn },
    });
    const members = await applicationMembersOf(tx, app.id);
    await tx.insert(publicityEntries).values({
      id: uuidv7(),
      noticeId: id,
      applicationId: app.id,
      centerName: app.centerName,
      leadOrganisationId: app.leadOrganisationId,
      leadOrganisationName: app.leadName,
      memberNames: members.map((m) => m.name),
      level: app.level,
      type: app.type,
      kind: app.kind,
      direction: app.direction,
      regionCode: app.regionCode,
      status: 'listed',
      position: position++,
    });
    await notify(tx, {
      role: 'applicant',
      organisationId: app.leadOrganisationId,
      kind: 'publicity.opened',
      params: { notice: title, application: app.centerName, start: window.startsOn, end: window.endsOn },
      link: `/publicity/${id}`,
    });
  }
  if (position === 0) {
    throw new AppError('request.validation', {}, [
      { field: 'applicationIds', code: 'request.validation', message: '' },
    ]);
  }
  await appendAudit(tx, actor, {
    action: 'publicity.open',
    targetType: 'publicity_notice',
    targetId: id,
    scopeRegion: call.regionCode,
    after: { callId: call.id, startsOn: window.startsOn, endsOn: window.endsOn, rule: window.rule.basis },
    detail: {
      title,
      applications: applications.length,
      startsOn: window.startsOn,
      endsOn: window.endsOn,
      workingDays: window.rule.workingDays,
    },
  });
  return id;
}
