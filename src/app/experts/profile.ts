/**
 * A province edits an expert's pool profile: fields, title, availability, own load cap. Versioned: an edit
 * made on a stale copy is refused. An expert account without a profile gets one here (it enters the pool).
 */
import { and, eq } from 'drizzle-orm';
import type { UpdateExpertBody } from '../../contracts/expert-pool.ts';
import type { Db } from '../../db/client.ts';
import type { ExpertRow } from '../../db/loaders/expert-pool.ts';
import { expertProfiles } from '../../db/schema/index.ts';
import { parseReviewFields } from '../../domain/review/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError, fieldError } from '../errors.ts';

export async function updateExpertProfile({
  actor,
  tx,
  expert,
  input,
}: {
  actor: Actor;
  tx: Db;
  expert: ExpertRow;
  input: UpdateExpertBody;
}): Promise<void> {
  if (input.version !== expert.version) {
    throw new AppError('conflict.stale_version');
  }
  const before = {
    fields: parseReviewFields(expert.fields),
    title: expert.title,
    available: expert.available,
    maxLoad: expert.maxLoad,
  };
  const after = {
    fields: input.fields ?? before.fields,
    title: input.title === undefined ? before.title : input.title || null,
    available: input.available ?? before.available,
    maxLoad: input.maxLoad === undefined ? before.maxLoad : input.maxLoad,
  };
  if (after.fields.length === 0) {
    throw fieldError('expert.fields_required', 'fields');
  }
  if (!expert.hasProfile) {
    await tx.insert(expertProfiles).values({ userId: expert.userId, ...after });
  } else {
    const rows = await tx
      .update(expertProfiles)
      .set({ ...after, version: expert.version + 1, updatedAt: new Date() })
      .where(and(eq(expertProfiles.userId, expert.userId), eq(expertProfiles.version, expert.version)))
      .returning({ userId: expertProfiles.userId });
    if (rows.length === 0) {
      throw new AppError('conflict.stale_version');
    }
  }
  await appendAudit(tx, actor, {
    action: expert.hasProfile ? 'expert.update' : 'expert.profile_created',
    targetType: 'expert',
    targetId: expert.userId,
    scopeRegion: expert.regionCode,
    before: expert.hasProfile ? before : null,
    after,
    detail: { fields: after.fields, available: after.available },
  });
}
