/**
 * Recommendation upward (000 第十九条): the province's candidates ranked by their latest decided rating,
 * its recommendations with the evaluation history attached; MIIT reads every province's.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../app/errors.ts';
import { recommendCenter, recommendationBlocker } from '../../app/recommendations/recommend-center.ts';
import { withdrawRecommendation } from '../../app/recommendations/withdraw-recommendation.ts';
import {
  recommendBodySchema,
  recommendationCandidatesSchema,
  recommendationListQuerySchema,
  recommendationListSchema,
  recommendationViewSchema,
  withdrawBodySchema,
} from '../../contracts/recommendations.ts';
import { zhLabelOf } from '../../contracts/vocabulary-labels.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../app/actor.ts';
import { findCenter } from '../../db/loaders/centers.ts';
import {
  decidedEvaluationsOfCenters,
  findRecommendation,
  listRecommendations,
  organisationNames,
  recognisedCentersIn,
} from '../../db/loaders/management.ts';
import { ratingRank } from '../../domain/management/management.ts';
import { getPack } from '../../domain/policy/index.ts';
import { regionFullName } from '../../domain/reference/regions.ts';
import { authorize, listScope, type Policy } from '../policies/core.ts';
import { recommendationPolicy } from '../policies/recommendation.ts';
import { actorOf } from '../plugins/auth.ts';
import { EXPORT_LIMIT, sendWorkbook } from '../excel.ts';
import { presentRecommendation, presentSnapshots } from '../presenters/management.ts';
import { centerFor } from './center-for.ts';

const guard = (action: string) => ({ policy: recommendationPolicy as Policy<never>, action });

async function view(db: Db, actor: Actor, id: string) {
  const r = (await findRecommendation(db, id))!;
  const center = (await findCenter(db, r.centerId))!;
  const names = await organisationNames(db, [center.leadOrganisationId]);
  return presentRecommendation(r, center, names.get(center.leadOrganisationId) ?? '', actor);
}

/** The recommendations the actor may read, filtered as the list is (list and export). */
async function listed(db: Db, actor: Actor, query: z.infer<typeof recommendationListQuerySchema>) {
  const rows = await listRecommendations(db, listScope(recommendationPolicy, actor), query);
  return rows.map((r) => presentRecommendation(r.recommendation, r.center, r.leadName, actor));
}

export const recommendationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/recommendations',
    {
      config: { guard: guard('read') },
      schema: {
        tags: ['management'],
        summary: '向国家级推荐的促进中心（附历年评价结果）',
        querystring: recommendationListQuerySchema,
        response: { 200: recommendationListSchema },
      },
    },
    async (request) => ({ items: await listed(app.db, actorOf(request), request.query) }),
  );

  app.get(
    '/recommendations/export.xlsx',
    {
      config: { guard: guard('read') },
      schema: {
        tags: ['management'],
        summary: '导出择优推荐列表（附历年评价结果）',
        querystring: recommendationListQuerySchema,
      },
    },
    async (request, reply) => {
      const items = await listed(app.db, actorOf(request), request.query);
      return sendWorkbook(
        reply,
        '择优推荐.xlsx',
        '择优推荐',
        [
          { header: '促进中心', width: 36, value: (r) => r.center.name },
          { header: '属地', width: 20, value: (r) => r.regionName },
          { header: '牵头单位', width: 30, value: (r) => r.leadOrganisationName },
          { header: '推荐年度', width: 10, value: (r) => r.year },
          {
            header: '年度评价结果',
            width: 30,
            value: (r) => r.evaluations.map((e) => `${e.year}：${e.ratingLabel.zh}`).join('；'),
          },
          { header: '推荐理由', width: 40, value: (r) => r.reason },
          { header: '推荐日期', width: 14, value: (r) => r.recommendedOn },
          { header: '状态', width: 10, value: (r) => zhLabelOf('recommendationStatus', r.status) },
          { header: '撤回日期', width: 14, value: (r) => r.withdrawnOn },
        ],
        items.slice(0, EXPORT_LIMIT),
      );
    },
  );

  app.get(
    '/recommendations/candidates',
    {
      config: { guard: guard('recommend') },
      schema: {
        tags: ['management'],
        summary: '辖区内省级促进中心按最近一次评价结果排序（择优推荐候选）',
        response: { 200: recommendationCandidatesSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const centers = await recognisedCentersIn(
        app.db,
        listScope(recommendationPolicy, actor, 'recommend'),
        'provincial',
      );
      const evaluations = await decidedEvaluationsOfCenters(
        app.db,
        centers.map((c) => c.id),
      );
      const open = await listRecommendations(app.db, listScope(recommendationPolicy, actor, 'recommend'), {
        status: 'submitted',
      });
      const items = centers.map((c) => {
        const mine = evaluations.filter((e) => e.centerId === c.id);
        const snapshots = presentSnapshots(c.packId, mine);
        const latest = snapshots[snapshots.length - 1] ?? null;
        const pack = c.packId ? getPack(c.packId) : undefined;
        return {
          id: c.id,
          name: c.name,
          type: c.type,
          regionCode: c.regionCode,
          regionName: regionFullName(c.regionCode) ?? c.regionCode,
          latest,
          evaluations: snapshots,
          rank: pack ? ratingRank(pack, latest?.rating ?? null) : 0,
          eligible: recommendationBlocker(c, mine) === null,
          recommendationId: open.find((o) => o.center.id === c.id)?.recommendation.id ?? null,
        };
      });
      items.sort((a, b) => b.rank - a.rank || (b.latest?.year ?? 0) - (a.latest?.year ?? 0));
      return { items };
    },
  );

  app.post(
    '/recommendations',
    {
      config: { guard: guard('recommend') },
      schema: {
        tags: ['management'],
        summary: '推荐促进中心申报国家级（000 第十九条），附历年评价结果',
        body: recommendBodySchema,
        response: { 200: recommendationViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const id = await app.db.transaction(async (tx) => {
        const center = await centerFor(tx, actor, recommendationPolicy, 'recommend', request.body.centerId);
        return recommendCenter({ actor, tx, center, input: request.body });
      });
      return view(app.db, actor, id);
    },
  );

  app.post(
    '/recommendations/:id/withdraw',
    {
      config: { guard: guard('recommend') },
      schema: {
        tags: ['management'],
        summary: '撤回推荐',
        params: z.object({ id: z.uuid() }),
        body: withdrawBodySchema,
        response: { 200: recommendationViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) => {
        const r = await findRecommendation(tx, request.params.id);
        if (!r) {
          throw new AppError('not_found', { entity: 'recommendation' });
        }
        authorize(recommendationPolicy, actor, 'read', r);
        authorize(recommendationPolicy, actor, 'recommend', r);
        await withdrawRecommendation({ actor, tx, recommendation: r, version: request.body.version });
      });
      return view(app.db, actor, request.params.id);
    },
  );
};
