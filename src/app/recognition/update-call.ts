/**
 * Edits a call (title, dates, quotas, materials) and publishes or closes it; versioned writes. Publishing
 * tells the prospective applicants in the call's region.
 */
import { and, eq } from 'drizzle-orm';
import type { UpdateCallBody } from '../../contracts/recognition.ts';
import type { Db } from '../../db/client.ts';
import type { CallRow } from '../../db/loaders/recognition.ts';
import { calls } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { notify } from '../notifications/notify.ts';

async function bump(tx: Db, call: CallRow, expected: number, set: Partial<typeof calls.$inferInsert>) {
  const updated = await tx
    .update(calls)
    .set({ ...set, version: expected + 1, updatedAt: new Date() })
    .where(and(eq(calls.id, call.id), eq(calls.version, expected)))
    .returning({ id: calls.id });
  if (updated.length === 0) {
    throw new AppError('conflict.stale_version');
  }
}

export async function updateCall({
  actor,
  tx,
  call,
  input,
}: {
  actor: Actor;
  tx: Db;
  call: CallRow;
  input: UpdateCallBody;
}): Promise<void> {
  if (call.status === 'closed') {
    throw new AppError('conflict.illegal_transition', {
      reason: '申报通知已截止，不能修改',
      reasonEn: 'The call is closed and cannot be edited',
    });
  }
  const { version, ...set } = input;
  const opensOn = set.opensOn ?? call.opensOn;
  const closesOn = set.closesOn ?? call.closesOn;
  if (opensOn > closesOn) {
    throw new AppError('request.validation', {}, [
      {
        field: 'closesOn',
        code: 'request.validation',
        message: { zh: '截止日期不能早于开始日期', en: 'closesOn is before opensOn' },
      },
    ]);
  }
  await bump(tx, call, version, set);
  await appendAudit(tx, actor, {
    action: 'call.update',
    targetType: 'call',
    targetId: call.id,
    scopeRegion: call.regionCode,
    before: call,
    after: { ...call, ...set },
    detail: { fields: Object.keys(set) },
  });
}

/** draft → published → closed; anything else is an illegal transition. */
export async function setCallStatus({
  actor,
  tx,
  call,
  version,
  status,
}: {
  actor: Actor;
  tx: Db;
  call: CallRow;
  version: number;
  status: 'published' | 'closed';
}): Promise<void> {
  const allowed = status === 'published' ? call.status === 'draft' : call.status === 'published';
  if (call.version !== version) {
    throw new AppError('conflict.stale_version');
  }
  if (!allowed) {
    const labels: Record<string, string> = { draft: '草稿', published: '已发布', closed: '已截止' };
    throw new AppError('conflict.illegal_transition', {
      reason: `申报通知处于「${labels[call.status] ?? call.status}」状态，不能${status === 'published' ? '发布' : '截止'}`,
      reasonEn: `The call is ${call.status}; it cannot be ${status}`,
    });
  }
  await bump(tx, call, version, {
    status,
    ...(status === 'published' ? { publishedAt: new Date() } : {}),
  });
  await appendAudit(tx, actor, {
    action: status === 'published' ? 'call.publish' : 'call.close',
    targetType: 'call',
    targetId: call.id,
    scopeRegion: call.regionCode,
    before: { status: call.status },
    after: { status },
  });
  if (status === 'published') {
    // There is no subscription to calls: the audience is every applicant and enterprise organisation
    // located within the call's region, and each of their users can turn the kind off in 消息通知.
    await notify(tx, {
      roles: ['applicant', 'enterprise'],
      organisationsIn: call.regionCode,
      kind: 'call.published',
      params: {
        call: call.title,
        authority: call.issuingOrganisationName,
        year: call.year,
        opensOn: call.opensOn,
        closesOn: call.closesOn,
      },
      link: '/calls',
      exceptUserIds: [actor.userId],
    });
  }
}
