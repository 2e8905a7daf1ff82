/**
 * Expert review: proposal jobs, panels (province), review tasks (experts), the applicant's view.
 * Reviewer identities leave the server only to the province; peers see each other's scores only after
 * submitting their own.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { okSchema } from '../../contracts/common.ts';
import {
  addMemberBodySchema,
  aggregationViewSchema,
  applicantReviewViewSchema,
  avoidBodySchema,
  completeBodySchema,
  declareConflictBodySchema,
  defenseBodySchema,
  employmentBodySchema,
  employmentViewSchema,
  evidenceBodySchema,
  inviteBodySchema,
  jobViewSchema,
  panelListQuerySchema,
  panelPageSchema,
  panelVersionBodySchema,
  panelViewSchema,
  poolPageSchema,
  poolQuerySchema,
  proposeBodySchema,
  readinessSchema,
  removeMemberBodySchema,
  sheetBodySchema,
  sheetViewSchema,
  siteVisitBodySchema,
  taskListQuerySchema,
  taskPageSchema,
  taskVersionBodySchema,
  taskViewSchema,
} from '../../contracts/review.ts';
import type { Actor } from '../../app/actor.ts';
import { AppError } from '../../app/errors.ts';
import { addMember, reassignPanel, removeMember, setEvidenceValues } from '../../app/review/adjust-panel.ts';
import { completeReview } from '../../app/review/complete-review.ts';
import { formOf, readinessOf } from '../../app/review/context.ts';
import { addEmployment, removeEmployment, requestAvoidance } from '../../app/review/employment.ts';
import { invitePanel } from '../../app/review/invite-panel.ts';
import { runProposalJob, startProposal } from '../../app/review/propose-panels.ts';
import { recordDefense, recordSiteVisit } from '../../app/review/records.ts';
import { declareConflict, respondToInvitation, saveSheet } from '../../app/review/tasks.ts';
import type { Db } from '../../db/client.ts';
import {
  callLoads,
  defensesOf,
  employmentsOf,
  expertPool,
  findCallRef,
  findJob,
  findPanel,
  findPanelOfApplication,
  findReviewApplication,
  findTask,
  listPanels,
  listTasks,
  panelSeats,
  sheetVersions,
  siteVisitsOf,
  submittedSheets,
} from '../../db/loaders/review.ts';
import { jurisdictionPrefix } from '../../domain/jurisdiction/index.ts';
import {
  aggregateScores,
  isActive,
  parseReviewFields,
  type AssignmentStatus,
} from '../../domain/review/index.ts';
import { EXPORT_LIMIT, sendWorkbook, shanghaiDateTime } from '../excel.ts';
import { zhLabelOf } from '../../contracts/vocabulary-labels.ts';
import { regionFullName } from '../../domain/reference/regions.ts';
import { actorOf } from '../plugins/auth.ts';
import { workflowRolesOf } from '../policies/application.ts';
import { subjectOf } from '../presenters/recognition.ts';
import { loadApplication } from './applications.ts';
import { authorize, can, listScope, type Policy } from '../policies/core.ts';
import {
  applicationReviewPolicy,
  expertSelfPolicy,
  reviewPanelPolicy,
  reviewTaskPolicy,
} from '../policies/review.ts';
import {
  presentAggregation,
  presentJob,
  presentPanel,
  presentPanelSummary,
  presentPeerSheets,
  presentSheet,
  presentTask,
  presentTaskSummary,
} from '../presenters/review.ts';

const panelGuard = (action: string) => ({ policy: reviewPanelPolicy as Policy<never>, action });
const taskGuard = (action: string) => ({ policy: reviewTaskPolicy as Policy<never>, action });
const idParams = z.object({ id: z.uuid() });
const tags = ['review'];

async function loadPanel(db: Db, actor: Actor, id: string, action: string) {
  const panel = await findPanel(db, id);
  if (!panel) {
    throw new AppError('not_found', { entity: 'review_panel' });
  }
  authorize(reviewPanelPolicy, actor, 'read', panel);
  if (action !== 'read') {
    authorize(reviewPanelPolicy, actor, action, panel);
  }
  const app = (await findReviewApplication(db, panel.applicationId))!;
  return { panel, app };
}

async function loadTask(db: Db, actor: Actor, id: string, action: string) {
  const task = await findTask(db, id);
  if (!task) {
    throw new AppError('not_found', { entity: 'review_task' });
  }
  authorize(reviewTaskPolicy, actor, 'read', task);
  if (action !== 'read') {
    authorize(reviewTaskPolicy, actor, action, task);
  }
  const app = (await findReviewApplication(db, task.applicationId))!;
  return { task, app };
}

async function panelView(db: Db, actor: Actor, id: string) {
  const { panel, app } = await loadPanel(db, actor, id, 'read');
  const seats = await panelSeats(db, panel.id);
  const loads = await callLoads(db, panel.callId);
  const excludedIds = panel.notes.excluded.map((x) => x.expertUserId);
  const call = await findCallRef(db, panel.callId);
  const excludedExperts = await expertPool(db, jurisdictionPrefix(call!.regionCode), excludedIds);
  const readiness = await readinessOf(db, panel);
  const manage = can(reviewPanelPolicy, actor, 'manage', panel);
  return presentPanel({
    panel,
    app,
    seats,
    loads,
    names: new Map(excludedExperts.map((e) => [e.userId, e.name])),
    defenses: await defensesOf(db, app.id),
    siteVisits: await siteVisitsOf(db, app.id),
    readiness,
    abilities: { manage, complete: manage && readiness.complete && app.state === 'expert_review' },
  });
}

async function taskView(db: Db, actor: Actor, id: string) {
  const { task, app } = await loadTask(db, actor, id, 'read');
  const panel = await findPanel(db, task.panelId);
  return presentTask({
    task,
    app,
    form: formOf(app, panel),
    versions: await sheetVersions(db, task.id),
    peers: task.status === 'submitted' ? await submittedSheets(db, app.id) : [],
  });
}

export const reviewRoutes: FastifyPluginAsyncZod = async (app) => {
  /** A province action on a panel: load and authorise it, run the command in one transaction, answer the panel. */
  async function managePanel(
    actor: Actor,
    id: string,
    run: (ctx: { actor: Actor; tx: Db } & Awaited<ReturnType<typeof loadPanel>>) => Promise<unknown>,
  ) {
    await app.db.transaction(async (tx) => run({ actor, tx, ...(await loadPanel(tx, actor, id, 'manage')) }));
    return panelView(app.db, actor, id);
  }

  // ---- proposal jobs ------------------------------------------------------------------------

  app.post(
    '/review/calls/:id/proposals',
    {
      config: { guard: panelGuard('manage') },
      schema: {
        tags,
        summary: '生成专家组建议（后台任务，返回任务编号）',
        params: idParams,
        body: proposeBodySchema,
        response: { 202: jobViewSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const jobId = await app.db.transaction(async (tx) => {
        const call = await findCallRef(tx, request.params.id);
        if (!call) {
          throw new AppError('not_found', { entity: 'call' });
        }
        authorize(reviewPanelPolicy, actor, 'read', { regionCode: call.regionCode });
        authorize(reviewPanelPolicy, actor, 'manage', { regionCode: call.regionCode });
        return startProposal({
          actor,
          tx,
          callId: call.id,
          regionCode: call.regionCode,
          input: request.body,
        });
      });
      // After commit: the job runs in this process; the UI polls GET /review/jobs/:id.
      setImmediate(() => void runProposalJob(app.db, jobId, actor));
      return reply.code(202).send(presentJob((await findJob(app.db, jobId))!));
    },
  );

  app.get(
    '/review/jobs/:id',
    {
      config: { guard: panelGuard('read') },
      schema: { tags, summary: '专家组建议任务进度', params: idParams, response: { 200: jobViewSchema } },
    },
    async (request) => {
      const job = await findJob(app.db, request.params.id);
      if (!job) {
        throw new AppError('not_found', { entity: 'review_job' });
      }
      authorize(reviewPanelPolicy, actorOf(request), 'read', job);
      return presentJob(job);
    },
  );

  app.get(
    '/review/pool',
    {
      config: { guard: panelGuard('read') },
      schema: {
        tags,
        summary: '专家库与评审负荷（均衡视图）',
        querystring: poolQuerySchema,
        response: { 200: poolPageSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const call = await findCallRef(app.db, request.query.callId);
      if (!call) {
        throw new AppError('not_found', { entity: 'call' });
      }
      authorize(reviewPanelPolicy, actor, 'read', call);
      const pool = await expertPool(app.db, jurisdictionPrefix(call.regionCode));
      const loads = await callLoads(app.db, call.id);
      const { page, pageSize } = request.query;
      return {
        items: pool.slice((page - 1) * pageSize, page * pageSize).map((e) => ({
          expertUserId: e.userId,
          name: e.name,
          organisationName: e.organisationName,
          regionCode: e.regionCode,
          fields: parseReviewFields(e.fields),
          title: e.title,
          available: e.available,
          load: loads.get(e.userId) ?? 0,
        })),
        total: pool.length,
        page,
        pageSize,
      };
    },
  );

  // ---- panels ----------------------------------------------------------------------------------

  app.get(
    '/review/panels',
    {
      config: { guard: panelGuard('read') },
      schema: {
        tags,
        summary: '评审组列表',
        querystring: panelListQuerySchema,
        response: { 200: panelPageSchema },
      },
    },
    async (request) => {
      const { rows, total } = await listPanels(
        app.db,
        listScope(reviewPanelPolicy, actorOf(request)),
        request.query,
      );
      return {
        items: rows.map(presentPanelSummary),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.get(
    '/review/panels/export.xlsx',
    {
      config: { guard: panelGuard('read') },
      schema: {
        tags,
        summary: '导出评审组列表',
        querystring: panelListQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (request, reply) => {
      const { rows } = await listPanels(app.db, listScope(reviewPanelPolicy, actorOf(request)), {
        ...request.query,
        page: 1,
        pageSize: EXPORT_LIMIT,
      });
      return sendWorkbook(
        reply,
        '专家评审组.xlsx',
        '评审组',
        [
          { header: '申报名称', width: 36, value: (r) => r.applicationName },
          { header: '牵头单位', width: 32, value: (r) => r.leadOrganisationName },
          { header: '属地', width: 24, value: (r) => regionFullName(r.regionCode) ?? r.regionCode },
          { header: '状态', value: (r) => zhLabelOf('panelStatus', r.status) },
          { header: '要求人数', value: (r) => r.panelSize },
          { header: '有效专家', value: (r) => r.active },
          { header: '已提交', value: (r) => r.submitted },
          {
            header: '覆盖领域',
            value: (r) =>
              parseReviewFields(r.coveredFields)
                .map((f) => zhLabelOf('reviewField', f))
                .join('、'),
          },
          {
            header: '待调整',
            value: (r) => (r.needsReassignment || r.notes.shortfalls.length > 0 ? '是' : '否'),
          },
        ],
        rows,
      );
    },
  );

  app.get(
    '/review/panels/:id',
    {
      config: { guard: panelGuard('read') },
      schema: { tags, summary: '评审组详情', params: idParams, response: { 200: panelViewSchema } },
    },
    async (request) => panelView(app.db, actorOf(request), request.params.id),
  );

  app.post(
    '/review/panels/:id/members',
    {
      config: { guard: panelGuard('manage') },
      schema: {
        tags,
        summary: '增加评审专家（先查利益冲突）',
        params: idParams,
        body: addMemberBodySchema,
        response: { 200: panelViewSchema },
      },
    },
    async (request) =>
      managePanel(actorOf(request), request.params.id, (c) =>
        addMember({ ...c, version: request.body.version, expertUserId: request.body.expertUserId }),
      ),
  );

  app.post(
    '/review/panels/:id/members/:assignmentId/remove',
    {
      config: { guard: panelGuard('manage') },
      schema: {
        tags,
        summary: '撤换评审专家',
        params: z.object({ id: z.uuid(), assignmentId: z.uuid() }),
        body: removeMemberBodySchema,
        response: { 200: panelViewSchema },
      },
    },
    async (request) =>
      managePanel(actorOf(request), request.params.id, (c) =>
        removeMember({
          ...c,
          version: request.body.version,
          assignmentId: request.params.assignmentId,
          note: request.body.note,
        }),
      ),
  );

  app.post(
    '/review/panels/:id/reassign',
    {
      config: { guard: panelGuard('manage') },
      schema: {
        tags,
        summary: '按规则补足评审专家（回避或谢绝之后）',
        params: idParams,
        body: panelVersionBodySchema.extend({ loadCap: z.number().int().min(1).max(500).default(10) }),
        response: { 200: panelViewSchema },
      },
    },
    async (request) =>
      managePanel(actorOf(request), request.params.id, (c) =>
        reassignPanel({ ...c, version: request.body.version, loadCap: request.body.loadCap }),
      ),
  );

  app.post(
    '/review/panels/:id/invite',
    {
      config: { guard: panelGuard('manage') },
      schema: {
        tags,
        summary: '确认评审组并邀请专家',
        params: idParams,
        body: inviteBodySchema,
        response: { 200: panelViewSchema },
      },
    },
    async (request) =>
      managePanel(actorOf(request), request.params.id, (c) =>
        invitePanel({ ...c, version: request.body.version, dueOn: request.body.dueOn }),
      ),
  );

  app.put(
    '/review/panels/:id/evidence',
    {
      config: { guard: panelGuard('manage') },
      schema: {
        tags,
        summary: '录入佐证核定值',
        params: idParams,
        body: evidenceBodySchema,
        response: { 200: panelViewSchema },
      },
    },
    async (request) =>
      managePanel(actorOf(request), request.params.id, (c) =>
        setEvidenceValues({ ...c, version: request.body.version, values: request.body.values }),
      ),
  );

  app.post(
    '/review/panels/:id/defenses',
    {
      config: { guard: panelGuard('manage') },
      schema: {
        tags,
        summary: '记录现场答辩',
        params: idParams,
        body: defenseBodySchema,
        response: { 200: panelViewSchema },
      },
    },
    async (request) =>
      managePanel(actorOf(request), request.params.id, (c) => recordDefense({ ...c, input: request.body })),
  );

  app.post(
    '/review/panels/:id/site-visits',
    {
      config: { guard: panelGuard('manage') },
      schema: {
        tags,
        summary: '记录现场考察',
        params: idParams,
        body: siteVisitBodySchema,
        response: { 200: panelViewSchema },
      },
    },
    async (request) =>
      managePanel(actorOf(request), request.params.id, (c) => recordSiteVisit({ ...c, input: request.body })),
  );

  app.get(
    '/review/panels/:id/aggregation',
    {
      config: { guard: panelGuard('read') },
      schema: {
        tags,
        summary: '评分汇总（均值、中位数、标准差、分歧提示）',
        params: idParams,
        querystring: z.object({ threshold: z.coerce.number().min(0.01).max(1).optional() }),
        response: { 200: aggregationViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { panel, app: application } = await loadPanel(app.db, actor, request.params.id, 'read');
      const seats = await panelSeats(app.db, panel.id);
      const sheets = await submittedSheets(app.db, application.id);
      const form = formOf(application, panel);
      const active = seats.filter((s) => isActive(s.status as AssignmentStatus)).length;
      const aggregation = aggregateScores(
        form,
        sheets.map((s) => ({
          expertId: s.expertUserId,
          scores: s.scores,
          overall: s.overall,
          recommendation: s.recommendation as 'recommend' | 'not_recommend' | null,
          comment: s.comment,
        })),
        {
          expected: Math.max(active, panel.panelSize),
          ...(request.query.threshold ? { threshold: request.query.threshold } : {}),
        },
      );
      return {
        applicationId: application.id,
        applicationName: application.centerName,
        aggregation: presentAggregation(form, aggregation),
        sheets: presentPeerSheets(sheets, new Map(seats.map((s) => [s.expertUserId, s.expertName]))),
      };
    },
  );

  app.get(
    '/review/panels/:id/readiness',
    {
      config: { guard: panelGuard('read') },
      schema: { tags, summary: '专家评审是否完成', params: idParams, response: { 200: readinessSchema } },
    },
    async (request) => {
      const { panel } = await loadPanel(app.db, actorOf(request), request.params.id, 'read');
      return readinessOf(app.db, panel);
    },
  );

  app.post(
    '/review/panels/:id/complete',
    {
      config: { guard: panelGuard('manage') },
      schema: {
        tags,
        summary: '专家评审完成，审定通过（须全部评分已提交；文号、决定日期、审定意见必填）',
        params: idParams,
        body: completeBodySchema,
        response: { 200: panelViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) => {
        const { panel, app: application } = await loadPanel(tx, actor, request.params.id, 'manage');
        const row = await loadApplication(tx, actor, application.id, 'provinceReview');
        const sheets = await submittedSheets(tx, application.id);
        const aggregation = aggregateScores(
          formOf(application, panel),
          sheets.map((s) => ({
            expertId: s.expertUserId,
            scores: s.scores,
            overall: s.overall,
            recommendation: s.recommendation as 'recommend' | 'not_recommend' | null,
            comment: s.comment,
          })),
        );
        await completeReview({
          actor,
          tx,
          app: row,
          roles: workflowRolesOf(actor, subjectOf(row)),
          input: {
            version: request.body.applicationVersion,
            comment: request.body.comment,
            reasons: [],
            acknowledgeConflicts: request.body.acknowledgeConflicts,
            attachments: [],
            documentNumber: request.body.documentNumber,
            decidedOn: request.body.decidedOn,
          },
          summary: {
            overall: aggregation.overall,
            recommendations: aggregation.recommendations,
            disagreement: aggregation.disagreement,
          },
        });
      });
      return panelView(app.db, actor, request.params.id);
    },
  );

  // ---- experts: own tasks -------------------------------------------------------------------------

  app.get(
    '/review/tasks',
    {
      config: { guard: taskGuard('read') },
      schema: {
        tags,
        summary: '我的评审任务',
        querystring: taskListQuerySchema,
        response: { 200: taskPageSchema },
      },
    },
    async (request) => {
      const { rows, total } = await listTasks(app.db, actorOf(request).userId, request.query);
      return {
        items: rows.map(presentTaskSummary),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.get(
    '/review/tasks/export.xlsx',
    {
      config: { guard: taskGuard('read') },
      schema: {
        tags,
        summary: '导出我的评审任务',
        querystring: taskListQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (request, reply) => {
      const { rows } = await listTasks(app.db, actorOf(request).userId, {
        ...request.query,
        page: 1,
        pageSize: EXPORT_LIMIT,
      });
      return sendWorkbook(
        reply,
        '我的评审任务.xlsx',
        '评审任务',
        [
          { header: '申报名称', width: 36, value: (r) => r.applicationName },
          { header: '牵头单位', width: 32, value: (r) => r.leadOrganisationName },
          { header: '申报通知', width: 30, value: (r) => r.callTitle },
          { header: '状态', value: (r) => zhLabelOf('assignmentStatus', r.status) },
          { header: '提交时间', value: (r) => shanghaiDateTime(r.submittedAt) },
        ],
        rows,
      );
    },
  );

  app.get(
    '/review/tasks/:id',
    {
      config: { guard: taskGuard('read') },
      schema: { tags, summary: '评审任务与评分表', params: idParams, response: { 200: taskViewSchema } },
    },
    async (request) => taskView(app.db, actorOf(request), request.params.id),
  );

  for (const [path, accept] of [
    ['accept', true],
    ['decline', false],
  ] as const) {
    app.post(
      `/review/tasks/:id/${path}`,
      {
        config: { guard: taskGuard('respond') },
        schema: {
          tags,
          summary: accept ? '接受评审邀请' : '谢绝评审邀请',
          params: idParams,
          body: taskVersionBodySchema.extend({ note: z.string().trim().max(500).default('') }),
          response: { 200: taskViewSchema },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        await app.db.transaction(async (tx) => {
          const { task, app: application } = await loadTask(tx, actor, request.params.id, 'respond');
          await respondToInvitation({
            actor,
            tx,
            task,
            app: application,
            version: request.body.version,
            accept,
            note: request.body.note,
          });
        });
        return taskView(app.db, actor, request.params.id);
      },
    );
  }

  app.post(
    '/review/tasks/:id/conflict',
    {
      config: { guard: taskGuard('declare') },
      schema: {
        tags,
        summary: '声明利益冲突（回避）',
        params: idParams,
        body: declareConflictBodySchema,
        response: { 200: taskViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) => {
        const { task, app: application } = await loadTask(tx, actor, request.params.id, 'declare');
        await declareConflict({
          actor,
          tx,
          task,
          app: application,
          version: request.body.version,
          reason: request.body.reason,
          organisationCreditCode: request.body.organisationCreditCode,
        });
      });
      return taskView(app.db, actor, request.params.id);
    },
  );

  for (const [path, mode] of [
    ['sheet', 'draft'],
    ['submit', 'submit'],
  ] as const) {
    app.post(
      `/review/tasks/:id/${path}`,
      {
        config: { guard: taskGuard('score') },
        schema: {
          tags,
          summary: mode === 'draft' ? '保存评分草稿（保留每一版）' : '提交评分',
          params: idParams,
          body: sheetBodySchema.extend({ version: z.number().int().min(1) }),
          response: { 200: taskViewSchema },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        await app.db.transaction(async (tx) => {
          const { task, app: application } = await loadTask(tx, actor, request.params.id, 'score');
          const { version, ...sheet } = request.body;
          await saveSheet({ actor, tx, task, app: application, version, sheet, mode });
        });
        return taskView(app.db, actor, request.params.id);
      },
    );
  }

  app.get(
    '/review/tasks/:id/versions',
    {
      config: { guard: taskGuard('read') },
      schema: {
        tags,
        summary: '评分表全部历史版本',
        params: idParams,
        response: { 200: z.object({ items: z.array(sheetViewSchema) }) },
      },
    },
    async (request) => {
      const { task } = await loadTask(app.db, actorOf(request), request.params.id, 'read');
      return { items: (await sheetVersions(app.db, task.id)).map(presentSheet) };
    },
  );

  // ---- experts: employment history ---------------------------------------------------------------

  const selfGuard = { policy: expertSelfPolicy as Policy<never>, action: 'manageEmployment' };

  app.get(
    '/review/me/employments',
    {
      config: { guard: selfGuard },
      schema: {
        tags,
        summary: '我的任职经历',
        response: { 200: z.object({ items: z.array(employmentViewSchema) }) },
      },
    },
    async (request) => ({
      items: (await employmentsOf(app.db, actorOf(request).userId)).map((e) => ({
        id: e.id,
        organisationCreditCode: e.organisationCreditCode,
        organisationName: e.organisationName,
        fromDate: e.fromDate,
        toDate: e.toDate,
      })),
    }),
  );

  app.post(
    '/review/me/employments',
    {
      config: { guard: selfGuard },
      schema: { tags, summary: '新增任职经历', body: employmentBodySchema, response: { 200: okSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      authorize(expertSelfPolicy, actor, 'manageEmployment', { userId: actor.userId });
      await app.db.transaction((tx) =>
        addEmployment({ actor, tx, expertUserId: actor.userId, input: request.body }),
      );
      return { ok: true as const };
    },
  );

  app.delete(
    '/review/me/employments/:id',
    {
      config: { guard: selfGuard },
      schema: { tags, summary: '删除任职经历', params: idParams, response: { 200: okSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction((tx) =>
        removeEmployment({ actor, tx, expertUserId: actor.userId, id: request.params.id }),
      );
      return { ok: true as const };
    },
  );

  // ---- the applicant's side ----------------------------------------------------------------------

  const applicantGuard = (action: string) => ({ policy: applicationReviewPolicy as Policy<never>, action });

  async function loadOwnApplication(db: Db, actor: Actor, id: string, action: string) {
    const application = await findReviewApplication(db, id);
    if (!application) {
      throw new AppError('not_found', { entity: 'application' });
    }
    authorize(applicationReviewPolicy, actor, 'read', application);
    if (action !== 'read') {
      authorize(applicationReviewPolicy, actor, action, application);
    }
    return application;
  }

  app.get(
    '/review/applications/:id',
    {
      config: { guard: applicantGuard('read') },
      schema: {
        tags,
        summary: '申报的评审进度（不含专家身份）',
        params: idParams,
        response: { 200: applicantReviewViewSchema },
      },
    },
    async (request) => {
      const application = await loadOwnApplication(app.db, actorOf(request), request.params.id, 'read');
      const panel = await findPanelOfApplication(app.db, application.id);
      const seats = panel ? await panelSeats(app.db, panel.id) : [];
      const visible = seats.filter((s) => isActive(s.status as AssignmentStatus) && s.status !== 'proposed');
      return {
        applicationId: application.id,
        panelConfirmed: panel?.status === 'confirmed',
        experts: visible.length,
        submitted: visible.filter((s) => s.status === 'submitted').length,
        defenses: (await defensesOf(app.db, application.id)).map(({ d }) => ({
          heldOn: d.heldOn,
          location: d.location,
        })),
        siteVisits: (await siteVisitsOf(app.db, application.id)).map(({ v }) => ({ visitedOn: v.visitedOn })),
        avoidRequests: application.avoid.map((a) => ({ organisationName: a.name, reason: a.reason })),
      };
    },
  );

  app.post(
    '/review/applications/:id/avoid',
    {
      config: { guard: applicantGuard('requestAvoidance') },
      schema: {
        tags,
        summary: '申请回避（指定单位的专家）',
        params: idParams,
        body: avoidBodySchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) => {
        const application = await loadOwnApplication(tx, actor, request.params.id, 'requestAvoidance');
        await requestAvoidance({ actor, tx, app: application, input: request.body });
      });
      return { ok: true as const };
    },
  );
};
