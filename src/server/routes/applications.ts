/**
 * Applications: scoped list and export, creation, the detail with its timeline and the caller's next
 * actions, the applicant's form. Sub-resources: members, materials, attachments and files in
 * application-materials.ts; live evaluation, versions and their diff in application-versions.ts; workflow
 * actions in application-actions.ts. Shared here: the guard, the loader and the detail.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  applicationDetailSchema,
  applicationListQuerySchema,
  applicationPageSchema,
  createApplicationBodySchema,
  updateApplicationBodySchema,
} from '../../contracts/recognition.ts';
import type { Actor } from '../../app/actor.ts';
import { AppError } from '../../app/errors.ts';
import { evaluateApplication, uniquenessConflicts, workflowContext } from '../../app/recognition/context.ts';
import { createApplication } from '../../app/recognition/create-application.ts';
import { updateApplication } from '../../app/recognition/update-application.ts';
import type { Db } from '../../db/client.ts';
import {
  applicationFileIds,
  applicationMaterialsOf,
  applicationMembersOf,
  filesByIds,
  findApplication,
  findCall,
  findCityReview,
  listApplications,
  timelineOf,
  versionsOf,
  type ApplicationRow,
} from '../../db/loaders/recognition.ts';
import { editableStates, nextTransitions, type ApplicationState } from '../../domain/workflow/application.ts';
import { authorize, listScope, type Policy } from '../policies/core.ts';
import { applicationPolicy, workflowRolesOf } from '../policies/application.ts';
import { actorOf } from '../plugins/auth.ts';
import { presentApplication, presentApplicationDetail, subjectOf } from '../presenters/recognition.ts';
import { centerTypeLabels } from '../../contracts/directory.ts';
import { EXPORT_LIMIT, sendWorkbook, shanghaiDateTime } from '../excel.ts';

export const applicationGuard = (action: string) => ({ policy: applicationPolicy as Policy<never>, action });
export const idParams = z.object({ id: z.uuid() });

/** Loads an application for `action`: reads outside the caller's view answer 404, writes 403. */
export async function loadApplication(
  db: Db,
  actor: Actor,
  id: string,
  action: string,
): Promise<ApplicationRow> {
  const app = await findApplication(db, id);
  if (!app) {
    throw new AppError('not_found', { entity: 'application' });
  }
  // Reads out of view answer 404; writes out of jurisdiction 403 (authorize decides which).
  authorize(applicationPolicy, actor, action, subjectOf(app));
  return app;
}

/** The detail as the caller sees it: timeline, city review, and the next actions their roles allow. */
export async function applicationDetail(db: Db, actor: Actor, id: string) {
  const app = (await findApplication(db, id))!;
  const roles = workflowRolesOf(actor, subjectOf(app));
  const authority = roles.includes('provincial_admin') || roles.includes('national_admin');
  // The applicant sees submission blocked, with the reasons, while the pre-check fails.
  const pre =
    roles.includes('applicant') && editableStates.includes(app.state as ApplicationState)
      ? await evaluateApplication(db, app)
      : null;
  const ctx = await workflowContext(db, app, roles, {
    ...(pre
      ? {
          eligibilityFailures: [
            ...pre.blocking.map((r) => r.reason),
            ...pre.missingMaterials.map((m) => ({
              zh: `缺少必需材料：${m.name.zh}`,
              en: `Missing material: ${m.name.en}`,
            })),
          ],
        }
      : {}),
    ...(authority && app.state === 'expert_review'
      ? { uniqueness: { conflicts: await uniquenessConflicts(db, app), acknowledged: false } }
      : {}),
    // The document number is typed with the recommendation itself; do not show it as a blocker here.
    ...(app.state === 'city_review' ? { documentNumber: 'pending' } : {}),
  });
  const [members, materials, versions, timeline, ids] = [
    await applicationMembersOf(db, app.id),
    await applicationMaterialsOf(db, app.id),
    await versionsOf(db, app.id),
    await timelineOf(db, app.id),
    await applicationFileIds(db, app.id),
  ];
  const call = (await findCall(db, app.callId))!;
  const files = new Map((await filesByIds(db, [...ids])).map((f) => [f.id, f]));
  return presentApplicationDetail(app, actor, {
    members,
    materials,
    versions,
    timeline,
    cityReview: app.currentVersionNo > 0 ? await findCityReview(db, app.id, app.currentVersionNo) : undefined,
    files,
    requiredMaterials: call.requiredMaterials,
    next: nextTransitions(app.state as ApplicationState, ctx),
  });
}

function statesOf(state: string | undefined): string[] | undefined {
  return state ? state.split(',') : undefined;
}

export const applicationRoutes: FastifyPluginAsyncZod = async (app) => {
  const listQuery = (
    actor: Actor,
    q: z.infer<typeof applicationListQuerySchema>,
    page: number,
    pageSize: number,
  ) => {
    const scope = listScope(applicationPolicy, actor);
    const mine = q.mine ? { all: false, regionPrefixes: [], organisationIds: scope.organisationIds } : scope;
    return listApplications(app.db, mine, { ...q, states: statesOf(q.state), page, pageSize });
  };

  app.get(
    '/applications',
    {
      config: { guard: applicationGuard('read') },
      schema: {
        tags: ['recognition'],
        summary: '申报列表（按管辖范围）',
        querystring: applicationListQuerySchema,
        response: { 200: applicationPageSchema },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      const { rows, total } = await listQuery(actorOf(request), request.query, page, pageSize);
      return { items: rows.map(presentApplication), total, page, pageSize };
    },
  );

  app.get(
    '/applications/export.xlsx',
    {
      config: { guard: applicationGuard('read') },
      schema: {
        tags: ['recognition'],
        summary: '导出申报列表',
        querystring: applicationListQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (request, reply) => {
      const { rows } = await listQuery(
        actorOf(request),
        { ...request.query, page: 1, pageSize: 1 },
        1,
        EXPORT_LIMIT,
      );
      const view = rows.map(presentApplication);
      return sendWorkbook(
        reply,
        '申报列表.xlsx',
        '申报',
        [
          { header: '申报通知', width: 32, value: (a) => a.call.title },
          { header: '促进中心名称', width: 32, value: (a) => a.centerName },
          { header: '牵头单位', width: 32, value: (a) => a.leadOrganisation.name },
          { header: '统一社会信用代码', width: 22, value: (a) => a.leadOrganisation.creditCode },
          { header: '属地', width: 20, value: (a) => a.regionName },
          {
            header: '类别/方向',
            width: 16,
            value: (a) =>
              a.directionName?.zh ??
              (a.type ? (centerTypeLabels[a.type as keyof typeof centerTypeLabels]?.zh ?? '') : ''),
          },
          { header: '状态', width: 18, value: (a) => a.stateLabel.zh },
          { header: '版本', width: 8, value: (a) => a.currentVersionNo },
          { header: '提交时间', width: 22, value: (a) => shanghaiDateTime(a.submittedAt) },
        ],
        view,
      );
    },
  );

  app.post(
    '/applications',
    {
      config: { guard: applicationGuard('create') },
      schema: {
        tags: ['recognition'],
        summary: '新建申报（草稿）',
        body: createApplicationBodySchema,
        response: { 200: applicationDetailSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const id = await app.db.transaction(async (tx) => {
        const call = await findCall(tx, request.body.callId);
        if (!call || call.status !== 'published') {
          throw new AppError('not_found', { entity: 'call' }, [
            { field: 'callId', code: 'not_found', message: '' },
          ]);
        }
        const grant = actor.grants.find((g) => g.role === 'applicant')!;
        const leadOrganisationId = grant.organisationId ?? actor.organisationId;
        authorize(applicationPolicy, actor, 'create', {
          id: '',
          regionCode: '',
          leadOrganisationId,
          state: 'draft',
        });
        return createApplication({ actor, tx, call, input: request.body, leadOrganisationId });
      });
      return applicationDetail(app.db, actor, id);
    },
  );

  app.get(
    '/applications/:id',
    {
      config: { guard: applicationGuard('read') },
      schema: {
        tags: ['recognition'],
        summary: '申报详情（含流程记录与可执行操作）',
        params: idParams,
        response: { 200: applicationDetailSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await loadApplication(app.db, actor, request.params.id, 'read');
      return applicationDetail(app.db, actor, request.params.id);
    },
  );

  app.patch(
    '/applications/:id',
    {
      config: { guard: applicationGuard('update') },
      schema: {
        tags: ['recognition'],
        summary: '修改申报草稿（类别、指标值、声明事项等）',
        params: idParams,
        body: updateApplicationBodySchema,
        response: { 200: applicationDetailSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) =>
        updateApplication({
          actor,
          tx,
          app: await loadApplication(tx, actor, request.params.id, 'update'),
          input: request.body,
        }),
      );
      return applicationDetail(app.db, actor, request.params.id);
    },
  );
};
