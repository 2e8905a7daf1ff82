/**
 * A province recommends one of its recognised provincial centers to MIIT (000 第十九条: 根据质量评价结果，
 * 择优推荐), with its decided evaluations attached as they stand. Only centers whose latest decided
 * evaluation passes can be recommended; one recommendation per center and year. MIIT is notified.
 */
import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { RecommendBody } from '../../contracts/recommendations.ts';
import type { Db } from '../../db/client.ts';
import { decidedEvaluationsOf, type ManagedCenterRow } from '../../db/loaders/management.ts';
import { recommendations } from '../../db/schema/index.ts';
import { ratingRank } from '../../domain/management/management.ts';
import { getPack } from '../../domain/policy/index.ts';
import { regionFullName } from '../../domain/reference/regions.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';
import { notify } from '../notifications/notify.ts';
import { today } from '../publicity/clock.ts';

/** Why a center cannot be recommended (null: it can), from its status, level and latest decided rating. */
export function recommendationBlocker(
  center: ManagedCenterRow,
  evaluations: { rating: string | null }[],
): { zh: string; en: string } | null {
  if (center.status !== 'recognised') {
    return { zh: '促进中心未处于认定状态', en: 'the center is not recognised' };
  }
  if (center.level !== 'provincial') {
    return { zh: '只推荐省级促进中心', en: 'only provincial centers are recommended' };
  }
  const latest = evaluations[evaluations.length - 1];
  if (!latest) {
    return { zh: '尚无已审定的年度评价结果', en: 'no decided annual evaluation yet' };
  }
  const pack = center.packId ? getPack(center.packId) : undefined;
  if (!pack || ratingRank(pack, latest.rating) === 0) {
    return { zh: '最近一次评价结果未达标', en: 'the latest evaluation did not pass' };
  }
  return null;
}

export async function recommendCenter({
  actor,
  tx,
  center,
  input,
}: {
  actor: Actor;
  tx: Db;
  center: ManagedCenterRow;
  input: RecommendBody;
}): Promise<string> {
  const evaluations = await decidedEvaluationsOf(tx, center.id);
  const blocker = recommendationBlocker(center, evaluations);
  if (blocker) {
    throw new AppError('recommendation.not_eligible', { reason: blocker.zh, reasonEn: blocker.en });
  }
  const [existing] = await tx
    .select({ id: recommendations.id })
    .from(recommendations)
    .where(
      and(
        eq(recommendations.centerId, center.id),
        eq(recommendations.year, input.year),
        eq(recommendations.status, 'submitted'),
      ),
    )
    .limit(1);
  if (existing) {
    throw new AppError('recommendation.duplicate');
  }
  const id = uuidv7();
  const row = {
    id,
    centerId: center.id,
    regionCode: center.regionCode,
    year: input.year,
    reason: input.reason,
    evaluations: evaluations.map((e) => ({ year: e.year, rating: e.rating ?? '', decidedOn: e.decidedOn })),
    status: 'submitted',
    recommendedOn: today(),
    recommendedByUserId: actor.userId,
  };
  await tx.insert(recommendations).values(row);
  await appendAudit(tx, actor, {
    action: 'recommendation.submit',
    targetType: 'recommendation',
    targetId: id,
    scopeRegion: center.regionCode,
    after: row,
    detail: { center: center.id, year: input.year },
  });
  await notify(tx, {
    role: 'national_admin',
    regionCode: center.regionCode,
    kind: 'recommendation.submitted',
    params: {
      center: center.name,
      province: regionFullName(`${center.regionCode.slice(0, 2)}0000`) ?? '',
      year: input.year,
    },
    link: '/management/recommendations',
  });
  return id;
}
