/**
 * The announcement (公告): after the window has closed with every objection handled, each application
 * still on the list moves publicity → announced and enters the directory (名录) as a recognised center
 * with its consortium members and the first history period. One transaction, audited, lead units notified.
 */
import { and, eq } from 'drizzle-orm';
import type { AnnounceBody } from '../../contracts/publicity.ts';
import type { Db } from '../../db/client.ts';
import type { NoticeRow } from '../../db/loaders/publicity.ts';
import { objectionsOf } from '../../db/loaders/publicity.ts';
import { applicationMembersOf, findApplication, type ApplicationRow } from '../../db/loaders/recognition.ts';
import { publicityEntries, publicityNotices } from '../../db/schema/index.ts';
import type { WorkflowRole } from '../../domain/workflow/application.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { recogniseCenter } from '../directory/recognise-center.ts';
import { AppError } from '../errors.ts';
import { notify } from '../notifications/notify.ts';
import { workflowContext } from '../recognition/context.ts';
import { performTransition } from '../recognition/transition.ts';
import { today } from './clock.ts';
import { phaseOf } from './phase.ts';

export interface AnnounceInput {
  actor: Actor;
  tx: Db;
  notice: NoticeRow;
  /** The actor's workflow roles on each application (from the application policy). */
  rolesOf: (app: ApplicationRow) => WorkflowRole[];
  input: AnnounceBody;
}

/** Returns the ids of the centers entered in the directory. */
export async function announcePublicity({
  actor,
  tx,
  notice,
  rolesOf,
  input,
}: AnnounceInput): Promise<string[]> {
  if (notice.version !== input.version) {
    throw new AppError('conflict.stale_version');
  }
  const on = today();
  const phase = phaseOf(notice, on);
  if (phase === 'announced') {
    throw new AppError('conflict.illegal_transition', { reason: '该公示已公告' });
  }
  if (phase !== 'closed') {
    throw new AppError('conflict.illegal_transition', {
      reason: `公示期至 ${notice.endsOn} 结束，期满后方可公告`,
      reasonEn: `the publicity runs until ${notice.endsOn}; announce after it closes`,
    });
  }
  const all = await objectionsOf(tx, notice.id);
  const entries = await tx.select().from(publicityEntries).where(eq(publicityEntries.noticeId, notice.id));
  const listed = entries.filter((e) => e.status === 'listed');
  if (listed.length === 0) {
    throw new AppError('conflict.illegal_transition', { reason: '公示名单中已没有可公告的项目' });
  }
  const centerIds: string[] = [];
  for (const entry of listed) {
    const mine = all.filter((o) => o.entryId === entry.id);
    const app = (await findApplication(tx, entry.applicationId))!;
    await performTransition({
      actor,
      tx,
      app,
      action: 'announce',
      ctx: await workflowContext(tx, app, rolesOf(app), {
        publicity: {
          windowClosed: true,
          openObjections: mine.filter((o) => o.status === 'pending').length,
          upheldObjections: mine.filter((o) => o.status === 'upheld').length,
        },
      }),
      expectedVersion: app.version,
      documentNumber: input.documentNumber ?? null,
      detail: { noticeId: notice.id },
    });
    const members = await applicationMembersOf(tx, app.id);
    const centerId = await recogniseCenter(tx, actor, {
      name: app.centerName,
      level: app.level,
      type: app.type ?? (app.direction ? 'functional' : 'comprehensive'),
      kind: app.kind,
      direction: app.direction,
      regionCode: app.regionCode,
      industryCodes: app.industryCode ? [app.industryCode] : [],
      leadOrganisationId: app.leadOrganisationId,
      members: members.map((m) => ({
        organisationId: m.organisationId,
        creditCode: m.creditCode,
        name: m.name,
      })),
      packId: notice.packId,
      recognisedOn: on,
      summary: app.form.summary ?? '',
      reason: notice.title,
      source: 'announcement',
      sourceId: notice.id,
      documentNumber: input.documentNumber ?? null,
    });
    await tx
      .update(publicityEntries)
      .set({ status: 'announced', centerId })
      .where(eq(publicityEntries.id, entry.id));
    await notify(tx, {
      role: 'applicant',
      organisationId: app.leadOrganisationId,
      kind: 'announcement.published',
      params: { center: app.centerName, date: on },
      link: `/directory/${centerId}`,
    });
    centerIds.push(centerId);
  }
  const updated = await tx
    .update(publicityNotices)
    .set({
      status: 'announced',
      announcedOn: on,
      announcementNumber: input.documentNumber ?? null,
      updatedAt: new Date(),
      version: notice.version + 1,
    })
    .where(and(eq(publicityNotices.id, notice.id), eq(publicityNotices.version, input.version)))
    .returning({ id: publicityNotices.id });
  if (updated.length === 0) {
    throw new AppError('conflict.stale_version');
  }
  await appendAudit(tx, actor, {
    action: 'publicity.announce',
    targetType: 'publicity_notice',
    targetId: notice.id,
    scopeRegion: notice.regionCode,
    before: { status: notice.status, version: notice.version },
    after: { status: 'announced', version: notice.version + 1, centers: centerIds },
    detail: { announcedOn: on, centers: centerIds.length, documentNumber: input.documentNumber ?? null },
  });
  return centerIds;
}
