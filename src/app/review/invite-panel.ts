/** The province confirms a panel and invites its proposed experts (every seat checked for conflicts again). */
import type { Db } from '../../db/client.ts';
import {
  expertPool,
  findCallRef,
  panelSeats,
  type PanelRow,
  type ReviewApplication,
} from '../../db/loaders/review.ts';
import { jurisdictionPrefix } from '../../domain/jurisdiction/index.ts';
import { isActive, nextAssignmentStatus, type AssignmentStatus } from '../../domain/review/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { notify } from '../notifications/notify.ts';
import { bumpPanel, conflictsOf, illegal, setSeatStatus } from './context.ts';

export async function invitePanel({
  actor,
  tx,
  panel,
  app,
  version,
  dueOn,
}: {
  actor: Actor;
  tx: Db;
  panel: PanelRow;
  app: ReviewApplication;
  version: number;
  dueOn: string;
}): Promise<number> {
  if (app.state !== 'expert_review') {
    throw new AppError('review.not_in_expert_review', { state: app.state });
  }
  const seats = await panelSeats(tx, panel.id);
  const active = seats.filter((s) => isActive(s.status as AssignmentStatus));
  if (active.length < panel.panelSize) {
    throw new AppError('review.panel_short', { active: active.length, needed: panel.panelSize });
  }
  const proposed = seats.filter((s) => s.status === 'proposed');
  // Hard constraint: nobody with a conflict is invited, whatever happened since the proposal.
  const call = await findCallRef(tx, panel.callId);
  const pool = await expertPool(
    tx,
    jurisdictionPrefix(call!.regionCode),
    proposed.map((s) => s.expertUserId),
  );
  for (const seat of proposed) {
    const expert = pool.find((e) => e.userId === seat.expertUserId);
    if (!expert) {
      throw new AppError('review.not_in_pool');
    }
    const reasons = conflictsOf(expert, app);
    if (reasons.length > 0) {
      throw new AppError('review.conflict_of_interest', {
        reason: `${seat.expertName}：${reasons.map((r) => r.message.zh).join('；')}`,
        reasonEn: `${seat.expertName}: ${reasons.map((r) => r.message.en).join('; ')}`,
      });
    }
  }
  await bumpPanel(tx, panel, version, {
    status: 'confirmed',
    confirmedAt: panel.confirmedAt ?? new Date(),
    needsReassignment: false,
  });
  const now = new Date();
  for (const seat of proposed) {
    const next = nextAssignmentStatus('proposed', 'confirm');
    if (!next.ok) {
      throw illegal(next.reason);
    }
    await setSeatStatus(tx, seat, seat.version, { status: next.to, invitedAt: now });
  }
  if (proposed.length > 0) {
    await notify(tx, {
      userIds: proposed.map((s) => s.expertUserId),
      kind: 'review.invited',
      params: { application: app.centerName, due: dueOn },
      link: '/review/tasks',
    });
  }
  await appendAudit(tx, actor, {
    action: 'review.invited',
    targetType: 'review_panel',
    targetId: panel.id,
    scopeRegion: panel.regionCode,
    after: { invited: proposed.map((s) => s.expertUserId), dueOn },
    detail: { applicationId: app.id, invited: proposed.length },
  });
  return proposed.length;
}
