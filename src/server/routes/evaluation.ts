/**
 * The annual evaluation (年度质量评价): authorities open evaluations, review and decide them on a form
 * pre-filled from the center's records and its annual report (routes/annual-reports.ts), and publish the
 * rating.
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../app/actor.ts';
import { decideEvaluation } from '../../app/evaluation/decide-evaluation.ts';
import { openEvaluation } from '../../app/evaluation/open-evaluation.ts';
import { prefillEvaluation } from '../../app/evaluation/prefill.ts';
import { publishEvaluation } from '../../app/evaluation/publish-evaluation.ts';
import { ratingLabel } from '../../app/evaluation/ratings.ts';
import { reviewEvaluation } from '../../app/evaluation/review-evaluation.ts';
import { AppError, fieldError } from '../../app/errors.ts';
import {
  decideEvaluationBodySchema,
  evaluationExportQuerySchema,
  evaluationListQuerySchema,
  evaluationPageSchema,
  evaluationViewSchema,
  openEvaluationBodySchema,
  publishedRatingsSchema,
  reviewEvaluationBodySchema,
  versionBodySchema,
  type EvaluationListQuery,
} from '../../contracts/evaluation.ts';
import { zhLabelOf } from '../../contracts/vocabulary-labels.ts';
import type { Db } from '../../db/client.ts';
import { findCenter, type CenterRow } from '../../db/loaders/centers.ts';
import {
  centerYears,
  findEvaluation,
  findReport,
  type EvaluationRow,
  publishedEvaluations,
} from '../../db/loaders/evaluation.ts';
import { evaluationChain, nextStep, type EvaluationStatus } from '../../domain/evaluation/cycle.ts';
import { getPack } from '../../domain/policy/packs/index.ts';
import { authorize, can, listScope, type Policy } from '../policies/core.ts';
import { authorizeStep, evaluationPolicy } from '../policies/evaluation.ts';
import { actorOf } from '../plugins/auth.ts';
import { EXPORT_LIMIT, sendWorkbook } from '../excel.ts';
import { presentEvaluation, presentEvaluationRow } from '../presenters/evaluation.ts';
import { lastFinishedYear } from '../../app/evaluation/last-finished-year.ts';

const evaluationGuard = (action: string) => ({
  guard: { policy: evaluationPolicy as Policy<never>, action },
});
const idParams = z.object({ id: z.uuid() });
const evaluationTags = ['evaluations'];

/** An evaluation with its center, readable by the actor (else 404). */
async function readableEvaluation(db: Db, actor: Actor, id: string) {
  const evaluation = await findEvaluation(db, id);
  const center = evaluation ? await findCenter(db, evaluation.centerId) : undefined;
  if (!evaluation || !center) {
    throw new AppError('not_found', { entity: 'evaluation' });
  }
  authorize(evaluationPolicy, actor, 'read', center);
  return { evaluation, center };
}

/** Checks that `action` is the evaluation's next step (409 otherwise) and that the actor holds its role (403). */
function authorizeNext(actor: Actor, center: CenterRow, packId: string, status: string, action: string) {
  const step = nextStep(evaluationChain(getPack(packId)!)!, status as EvaluationStatus);
  if (action === 'publish') {
    if (status !== 'decided') {
      throw new AppError('conflict.illegal_transition', { reason: status });
    }
    authorizeStep(actor, center.regionCode, evaluationChain(getPack(packId)!)!.decider);
    return;
  }
  if (!step || step.action !== action) {
    throw new AppError('conflict.illegal_transition', { reason: status });
  }
  authorizeStep(actor, center.regionCode, step.role);
}

/** The centers in the actor's jurisdiction under a pack that evaluates, with their `year` (list and export). */
async function evaluationRows(db: Db, actor: Actor, year: number, status?: EvaluationListQuery['status']) {
  const rows = await centerYears(db, listScope(evaluationPolicy, actor), year);
  return rows
    .filter((r) => (r.center.packId ? evaluationChain(getPack(r.center.packId)!) !== null : false))
    .map((r) => presentEvaluationRow(r, year, actor))
    .filter((r) => (status ? r.status === status : true));
}

export const evaluationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/evaluations',
    {
      config: evaluationGuard('read'),
      schema: {
        tags: evaluationTags,
        summary: '年度评价列表（辖区内已认定的促进中心及其评价状态）',
        querystring: evaluationListQuerySchema,
        response: { 200: evaluationPageSchema },
      },
    },
    async (request) => {
      const { year, status, page, pageSize } = request.query;
      const all = await evaluationRows(app.db, actorOf(request), year, status);
      return { items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length, page, pageSize };
    },
  );

  app.get(
    '/evaluations/export.xlsx',
    {
      config: evaluationGuard('read'),
      schema: {
        tags: evaluationTags,
        summary: '导出年度评价列表（不指定年度时为上一年度）',
        querystring: evaluationExportQuerySchema,
      },
    },
    async (request, reply) => {
      const year = request.query.year ?? lastFinishedYear();
      const rows = await evaluationRows(app.db, actorOf(request), year, request.query.status);
      return sendWorkbook(
        reply,
        `年度评价（${year}年度）.xlsx`,
        '年度评价',
        [
          { header: '年度', width: 8, value: (r) => r.year },
          { header: '促进中心', width: 36, value: (r) => r.centerName },
          { header: '属地', width: 20, value: (r) => r.regionName },
          { header: '适用政策', width: 30, value: (r) => r.packName?.zh ?? '' },
          { header: '年度报告', width: 10, value: (r) => zhLabelOf('reportState', r.reportState) },
          { header: '状态', width: 12, value: (r) => zhLabelOf('evaluationStatus', r.status) },
          { header: '评价结果', width: 14, value: (r) => r.ratingLabel?.zh ?? '' },
          { header: '公布日期', width: 14, value: (r) => r.publishedOn },
        ],
        rows.slice(0, EXPORT_LIMIT),
      );
    },
  );

  app.post(
    '/evaluations',
    {
      config: evaluationGuard('open'),
      schema: {
        tags: evaluationTags,
        summary: '开启某促进中心某年度的评价（从认定次年起）',
        body: openEvaluationBodySchema,
        response: { 200: evaluationViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const id = await app.db.transaction(async (tx) => {
        const center = await findCenter(tx, request.body.centerId);
        if (!center || !can(evaluationPolicy, actor, 'read', center)) {
          throw fieldError('not_found', 'centerId', { entity: 'center' });
        }
        authorize(evaluationPolicy, actor, 'open', center);
        return openEvaluation({ actor, tx, center, year: request.body.year });
      });
      return evaluationView(app.db, actor, id);
    },
  );

  async function evaluationView(db: Db, actor: Actor, id: string) {
    const started = performance.now();
    const { evaluation, center } = await readableEvaluation(db, actor, id);
    const pack = getPack(evaluation.packId)!;
    const report = (await findReport(db, center.id, evaluation.year)) ?? null;
    const form = await prefillEvaluation(db, {
      center,
      pack,
      year: evaluation.year,
      report,
      judgements: evaluation.judgements,
    });
    return presentEvaluation({
      evaluation,
      center,
      pack,
      report,
      form,
      actor,
      computedInMs: Math.round(performance.now() - started),
    });
  }

  /**
   * One step of the evaluation chain (review, decide, publish): in a transaction, the evaluation readable by
   * the actor (404), its next step being `step` (409) and the actor holding that step's role (403), then the
   * step's command; answers the evaluation as it now stands.
   */
  async function actOnEvaluation(
    request: FastifyRequest<{ Params: { id: string } }>,
    step: 'review' | 'decide' | 'publish',
    command: (found: { actor: Actor; tx: Db; center: CenterRow; evaluation: EvaluationRow }) => Promise<void>,
  ) {
    const actor = actorOf(request);
    await app.db.transaction(async (tx) => {
      const { evaluation, center } = await readableEvaluation(tx, actor, request.params.id);
      authorizeNext(actor, center, evaluation.packId, evaluation.status, step);
      await command({ actor, tx, center, evaluation });
    });
    return evaluationView(app.db, actor, request.params.id);
  }

  app.get(
    '/evaluations/:id',
    {
      config: evaluationGuard('read'),
      schema: {
        tags: evaluationTags,
        summary: '评价表：由记录计算的值与申报值对照（差异超过阈值标红）',
        params: idParams,
        response: { 200: evaluationViewSchema },
      },
    },
    async (request) => evaluationView(app.db, actorOf(request), request.params.id),
  );

  app.post(
    '/evaluations/:id/review',
    {
      config: evaluationGuard('act'),
      schema: {
        tags: evaluationTags,
        summary: '初审/预审意见（按政策包的评价环节）',
        params: idParams,
        body: reviewEvaluationBodySchema,
        response: { 200: evaluationViewSchema },
      },
    },
    async (request) =>
      actOnEvaluation(request, 'review', (step) => reviewEvaluation({ ...step, input: request.body })),
  );

  app.post(
    '/evaluations/:id/decide',
    {
      config: evaluationGuard('act'),
      schema: {
        tags: evaluationTags,
        summary: '审定评价结果（等级或星级，附理由）',
        params: idParams,
        body: decideEvaluationBodySchema,
        response: { 200: evaluationViewSchema },
      },
    },
    async (request) =>
      actOnEvaluation(request, 'decide', (step) => decideEvaluation({ ...step, input: request.body })),
  );

  app.post(
    '/evaluations/:id/publish',
    {
      config: evaluationGuard('act'),
      schema: {
        tags: evaluationTags,
        summary: '公布评价结果（在促进中心公开页面显示年度与等级）',
        params: idParams,
        body: versionBodySchema,
        response: { 200: evaluationViewSchema },
      },
    },
    async (request) =>
      actOnEvaluation(request, 'publish', (step) =>
        publishEvaluation({ ...step, version: request.body.version }),
      ),
  );

  app.get(
    '/directory/:id/ratings',
    {
      config: { guard: 'public' },
      schema: {
        tags: evaluationTags,
        summary: '促进中心已公布的年度评价结果（公开）',
        params: idParams,
        response: { 200: publishedRatingsSchema },
      },
    },
    async (request) => {
      const center = await findCenter(app.db, request.params.id);
      if (!center) {
        throw new AppError('not_found', { entity: 'center' });
      }
      const rows = await publishedEvaluations(app.db, center.id);
      return {
        items: rows.flatMap((e) => {
          const pack = getPack(e.packId);
          return pack && e.rating && e.publishedOn
            ? [
                {
                  id: e.id,
                  year: e.year,
                  rating: e.rating,
                  label: ratingLabel(pack, e.rating),
                  publishedOn: e.publishedOn,
                  source: pack.rating?.source ?? null,
                },
              ]
            : [];
        }),
      };
    },
  );
};
