/**
 * 数字化水平评测 routes. Models and stateless scoring are public (the same function as
 * `dtpc diagnosis score`); assessments are an enterprise's own drafts and submissions, read by the
 * authorities of its jurisdiction.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf, pageQuerySchema } from '../../contracts/common.ts';
import {
  assessmentStatusSchema,
  assessmentChangeViewSchema,
  assessmentSummarySchema,
  assessmentViewSchema,
  benchmarkViewSchema,
  createAssessmentBodySchema,
  createAssistedAssessmentBodySchema,
  diagnosisModelSchema,
  diagnosisModelSummarySchema,
  diagnosisResultSchema,
  modelValidationSchema,
  saveAssessmentBodySchema,
  scoreBodySchema,
  submitAssessmentBodySchema,
  type DiagnosisModelSummary,
} from '../../contracts/diagnosis.ts';
import type { Actor } from '../../app/actor.ts';
import { AppError } from '../../app/errors.ts';
import { requireModel, scoreOrThrow } from '../../app/diagnosis/answers.ts';
import { createAssessment } from '../../app/diagnosis/create-assessment.ts';
import { saveAssessment } from '../../app/diagnosis/save-assessment.ts';
import { submitAssessment } from '../../app/diagnosis/submit-assessment.ts';
import type { Db } from '../../db/client.ts';
import { findOrganisationByCreditCode } from '../../db/loaders/organisations.ts';
import { normalizeCreditCode } from '../../domain/organisation/credit-code.ts';
import { fieldError } from '../../app/errors.ts';
import { loadCenter, operateGuard, slugParams } from './center-platform/common.ts';
import {
  benchmarkCounts,
  findAssessedOrganisation,
  findPreviousSubmitted,
  findAssessment,
  listAssessments,
  type AssessmentRow,
} from '../../db/loaders/assessments.ts';
import {
  applicableCells,
  compareResults,
  diagnosisModels,
  getDiagnosisModel,
  type DiagnosisResult,
  MIN_SAMPLE,
  pickBenchmark,
  type DiagnosisModel,
} from '../../domain/diagnosis/index.ts';
import { yesNo, zhLabelOf } from '../../contracts/vocabulary-labels.ts';
import { regionFullName } from '../../domain/reference/regions.ts';
import { EXPORT_LIMIT, sendWorkbook, shanghaiDateTime } from '../excel.ts';
import { actorOf } from '../plugins/auth.ts';
import { assessmentPolicy, diagnosisModelPolicy } from '../policies/assessment.ts';
import { authorize, listScope, type Policy } from '../policies/core.ts';
import { presentAssessment, presentAssessmentSummary } from '../presenters/assessment.ts';

const tags = ['diagnosis'];
const guard = (action: string) => ({
  guard: { policy: assessmentPolicy as Policy<never>, action },
});
const modelParams = z.object({ id: z.string().min(1).max(64) });
const idParams = z.object({ id: z.uuid() });
const assessmentListQuerySchema = pageQuerySchema.extend({
  status: assessmentStatusSchema.optional(),
  modelId: z.string().max(64).optional(),
});

function summarise(m: DiagnosisModel): DiagnosisModelSummary {
  return {
    id: m.id,
    version: m.version,
    title: m.title,
    summary: m.summary ?? null,
    source: { title: m.source.title, docNumber: m.source.docNumber ?? null, year: m.source.year },
    maxScore: m.maxScore,
    questionCount: m.dimensions.reduce(
      (n, d) => n + d.indicators.reduce((k, i) => k + i.questions.length, 0),
      0,
    ),
    scenarioCount: m.scenarios.length,
    levelRuleUncertain: m.levels.uncertain === true,
  };
}

/** The assessment, if the actor may `action` it: unknown or unreadable → 404, not theirs → 403. */
async function loadAssessment(db: Db, actor: Actor, id: string, action: string): Promise<AssessmentRow> {
  const row = await findAssessment(db, id);
  if (!row) {
    throw new AppError('not_found', { entity: 'assessment' });
  }
  authorize(assessmentPolicy, actor, 'read', row);
  authorize(assessmentPolicy, actor, action, row);
  return row;
}

export const diagnosisRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/diagnosis/models',
    {
      config: { guard: 'public' },
      schema: { tags, summary: '评测模型列表', response: { 200: z.array(diagnosisModelSummarySchema) } },
    },
    async () => diagnosisModels.map(summarise),
  );

  app.get(
    '/diagnosis/models/:id',
    {
      config: { guard: 'public' },
      schema: {
        tags,
        summary: '评测模型详情（维度、指标、题目、场景、等级规则，均附出处与待核实标记）',
        params: modelParams,
        response: { 200: diagnosisModelSchema },
      },
    },
    async (request) => requireModel(request.params.id),
  );

  app.post(
    '/diagnosis/models/:id/score',
    {
      config: { guard: 'public' },
      schema: {
        tags,
        summary: '按模型计算得分与等级，不保存（与 dtpc diagnosis score --json 相同）',
        params: modelParams,
        body: scoreBodySchema,
        response: { 200: diagnosisResultSchema },
      },
    },
    async (request) => scoreOrThrow(requireModel(request.params.id), request.body.answers, false),
  );

  app.post(
    '/diagnosis/models/validate',
    {
      config: { guard: { policy: diagnosisModelPolicy as Policy<never>, action: 'validate' } },
      schema: {
        tags,
        summary: '校验评测模型文件（主管部门，不保存）',
        body: z.unknown(),
        response: { 200: modelValidationSchema },
      },
    },
    async (request) => {
      const r = diagnosisModelSchema.safeParse(request.body);
      return r.success
        ? { ok: true, id: r.data.id, issues: [] }
        : {
            ok: false,
            id: null,
            issues: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
          };
    },
  );

  app.post(
    '/assessments',
    {
      config: guard('create'),
      schema: {
        tags,
        summary: '开始自评（保存草稿）',
        body: createAssessmentBodySchema,
        response: { 200: assessmentViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return app.db.transaction(async (tx) => {
        const organisation = await findAssessedOrganisation(tx, actor.organisationId);
        if (!organisation) {
          throw new AppError('not_found', { entity: 'organisation' });
        }
        authorize(assessmentPolicy, actor, 'create', {
          organisationId: organisation.id,
          regionCode: organisation.regionCode,
        });
        const id = await createAssessment({ actor, tx, organisation, input: request.body });
        return presentAssessment((await findAssessment(tx, id))!, actor);
      });
    },
  );

  app.post(
    '/centers/:slug/assessments',
    {
      config: operateGuard,
      schema: {
        tags,
        summary: '辅助诊断：促进中心代企业开展评测（提交后记入服务台账，由企业确认）',
        params: slugParams,
        body: createAssistedAssessmentBodySchema,
        response: { 200: assessmentViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return app.db.transaction(async (tx) => {
        const center = await loadCenter(tx, actor, request.params.slug, 'operate');
        const creditCode = normalizeCreditCode(request.body.enterpriseCreditCode);
        const enterprise = await findOrganisationByCreditCode(tx, creditCode);
        if (!enterprise) {
          throw fieldError('ledger.enterprise_unknown', 'enterpriseCreditCode', { creditCode });
        }
        const id = await createAssessment({
          actor,
          tx,
          organisation: enterprise,
          input: { modelId: request.body.modelId, answers: request.body.answers },
          centerId: center.id,
        });
        return presentAssessment((await findAssessment(tx, id))!, actor);
      });
    },
  );

  app.get(
    '/assessments',
    {
      config: guard('read'),
      schema: {
        tags,
        summary: '评测列表（企业：本企业；主管部门：辖区内）',
        querystring: assessmentListQuerySchema,
        response: { 200: pageOf(assessmentSummarySchema) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { rows, total } = await listAssessments(
        app.db,
        listScope(assessmentPolicy, actor),
        request.query,
      );
      return {
        items: rows.map((r) => presentAssessmentSummary(r, actor)),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.get(
    '/assessments/export.xlsx',
    {
      config: guard('read'),
      schema: {
        tags,
        summary: '导出评测列表（与列表相同的范围和筛选）',
        querystring: assessmentListQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (request, reply) => {
      const { rows } = await listAssessments(app.db, listScope(assessmentPolicy, actorOf(request)), {
        ...request.query,
        page: 1,
        pageSize: EXPORT_LIMIT,
      });
      return sendWorkbook(
        reply,
        '数字化水平评测.xlsx',
        '评测',
        [
          { header: '企业名称', width: 32, value: (r) => r.organisationName },
          { header: '统一社会信用代码', width: 22, value: (r) => r.organisationCreditCode },
          { header: '地区', width: 24, value: (r) => regionFullName(r.regionCode) ?? r.regionCode },
          {
            header: '评测模型',
            width: 36,
            value: (r) => getDiagnosisModel(r.modelId)?.title.zh ?? r.modelId,
          },
          { header: '状态', width: 10, value: (r) => zhLabelOf('assessmentStatus', r.status) },
          { header: '总分', width: 8, value: (r) => r.score },
          {
            header: '等级',
            width: 12,
            value: (r) => (r.level === null ? null : zhLabelOf('assessmentLevel', String(r.level))),
          },
          { header: '促进中心辅助诊断', width: 16, value: (r) => yesNo(r.centerId !== null) },
          { header: '提交时间', value: (r) => shanghaiDateTime(r.submittedAt) },
          { header: '更新时间', value: (r) => shanghaiDateTime(r.updatedAt) },
        ],
        rows,
      );
    },
  );

  app.get(
    '/assessments/:id',
    {
      config: guard('read'),
      schema: { tags, summary: '评测详情与结果', params: idParams, response: { 200: assessmentViewSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      return presentAssessment(await loadAssessment(app.db, actor, request.params.id, 'read'), actor);
    },
  );

  app.get(
    '/assessments/:id/benchmark',
    {
      config: guard('read'),
      schema: {
        tags,
        summary: '对标：同行业、同地区、同规模企业中的百分位（附样本量，样本不足 15 家时逐级放宽）',
        params: idParams,
        response: { 200: benchmarkViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const row = await loadAssessment(app.db, actor, request.params.id, 'read');
      if (row.status !== 'submitted' || row.score === null) {
        return { minSample: MIN_SAMPLE, benchmark: null };
      }
      const keys = {
        industryDivision: row.industryDivision,
        regionCode: row.regionCode,
        sizeBand: row.sizeBand,
      };
      const counts = await benchmarkCounts(app.db, row.modelId, keys, row.score, applicableCells(keys));
      return { minSample: MIN_SAMPLE, benchmark: pickBenchmark(counts) };
    },
  );

  app.get(
    '/assessments/:id/change',
    {
      config: guard('read'),
      schema: {
        tags,
        summary: '复评对比（T0/T1）：与本企业上一次提交的同一模型评测相比，总分、等级和各维度的变化',
        params: idParams,
        response: { 200: assessmentChangeViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const row = await loadAssessment(app.db, actor, request.params.id, 'read');
      if (row.status !== 'submitted' || row.submittedAt === null || row.result === null) {
        return { previous: null, change: null };
      }
      const previous = await findPreviousSubmitted(app.db, { ...row, submittedAt: row.submittedAt });
      if (!previous?.result || previous.submittedAt === null) {
        return { previous: null, change: null };
      }
      return {
        previous: {
          id: previous.id,
          submittedAt: previous.submittedAt.toISOString(),
          score: previous.score ?? 0,
          level: previous.level ?? 0,
        },
        change: compareResults(
          previous.result as unknown as DiagnosisResult,
          row.result as unknown as DiagnosisResult,
        ),
      };
    },
  );

  app.put(
    '/assessments/:id/answers',
    {
      config: guard('edit'),
      schema: {
        tags,
        summary: '保存草稿答卷',
        params: idParams,
        body: saveAssessmentBodySchema,
        response: { 200: assessmentViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return app.db.transaction(async (tx) => {
        const row = await loadAssessment(tx, actor, request.params.id, 'edit');
        await saveAssessment({ actor, tx, row, input: request.body });
        return presentAssessment((await findAssessment(tx, row.id))!, actor);
      });
    },
  );

  app.post(
    '/assessments/:id/submit',
    {
      config: guard('submit'),
      schema: {
        tags,
        summary: '承诺并提交评测',
        params: idParams,
        body: submitAssessmentBodySchema,
        response: { 200: assessmentViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return app.db.transaction(async (tx) => {
        const row = await loadAssessment(tx, actor, request.params.id, 'submit');
        await submitAssessment({ actor, tx, row, input: request.body });
        return presentAssessment((await findAssessment(tx, row.id))!, actor);
      });
    },
  );
};
