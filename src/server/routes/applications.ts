/**
 * Applications: scoped list and export, the detail with its timeline and the caller's next actions, the
 * applicant's working copy (form, members, materials), files, versions and their diff, live evaluation.
 * Workflow actions live in application-actions.ts.
 */
import { createReadStream } from 'node:fs';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  applicationDetailSchema,
  applicationListQuerySchema,
  applicationPageSchema,
  createApplicationBodySchema,
  evaluationViewSchema,
  fileViewSchema,
  materialViewSchema,
  setMembersBodySchema,
  updateApplicationBodySchema,
  versionDiffSchema,
} from '../../contracts/recognition.ts';
import { okSchema } from '../../contracts/common.ts';
import type { Actor } from '../../app/actor.ts';
import { AppError } from '../../app/errors.ts';
import { MAX_FILE_BYTES, discardStored, pathOf, type StoredFile } from '../../app/files/store.ts';
import { evaluateApplication, uniquenessConflicts, workflowContext } from '../../app/recognition/context.ts';
import { createApplication } from '../../app/recognition/create-application.ts';
import { addMaterial, removeMaterial, uploadAttachment } from '../../app/recognition/materials.ts';
import { diffSnapshots } from '../../app/recognition/snapshot.ts';
import { setMembers, updateApplication } from '../../app/recognition/update-application.ts';
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
import { EXPORT_LIMIT, sendWorkbook } from '../excel.ts';

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

/** Reads the single uploaded file of a multipart request (≤ 20 MB), or throws the matching AppError. */
async function readUpload(
  request: FastifyRequest,
): Promise<{ name: string; bytes: Buffer; fields: Record<string, string> }> {
  if (!request.isMultipart()) {
    throw new AppError('request.unsupported_media_type', { type: request.headers['content-type'] ?? '' });
  }
  const data = await request.file();
  if (!data) {
    throw new AppError('file.missing');
  }
  let bytes: Buffer;
  try {
    bytes = await data.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('file.too_large', { limit: MAX_FILE_BYTES / 1024 / 1024 });
    }
    throw error;
  }
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(data.fields)) {
    const field = Array.isArray(v) ? v[0] : v;
    if (field && field.type === 'field' && typeof field.value === 'string') {
      fields[k] = field.value;
    }
  }
  return { name: data.filename, bytes, fields };
}

export const applicationRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 10 } });

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
          { header: '类别/方向', width: 16, value: (a) => a.direction ?? a.type ?? '' },
          { header: '状态', width: 18, value: (a) => a.stateLabel.zh },
          { header: '版本', width: 8, value: (a) => a.currentVersionNo },
          { header: '提交时间', width: 22, value: (a) => a.submittedAt ?? '' },
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

  app.put(
    '/applications/:id/members',
    {
      config: { guard: applicationGuard('update') },
      schema: {
        tags: ['recognition'],
        summary: '设置联合申报单位（按统一社会信用代码，附合作协议）',
        params: idParams,
        body: setMembersBodySchema,
        response: { 200: applicationDetailSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) =>
        setMembers({
          actor,
          tx,
          app: await loadApplication(tx, actor, request.params.id, 'update'),
          input: request.body,
        }),
      );
      return applicationDetail(app.db, actor, request.params.id);
    },
  );

  app.post(
    '/applications/:id/materials',
    {
      config: { guard: applicationGuard('update') },
      schema: {
        tags: ['recognition'],
        summary: '上传申报材料（multipart：file，kind，metric；按内容识别类型，≤20MB）',
        params: idParams,
        response: { 200: materialViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const upload = await readUpload(request);
      const kind = upload.fields.kind ?? 'other';
      if (!/^[a-z][a-z0-9_]{0,63}$/.test(kind)) {
        throw new AppError('request.validation', {}, [
          { field: 'kind', code: 'request.validation', message: '' },
        ]);
      }
      let stored: StoredFile | null = null;
      try {
        const result = await app.db.transaction(async (tx) =>
          addMaterial({
            actor,
            tx,
            app: await loadApplication(tx, actor, request.params.id, 'update'),
            kind,
            metric: upload.fields.metric || null,
            name: upload.name,
            bytes: upload.bytes,
            onStored: (f) => (stored = f),
          }),
        );
        return {
          id: result.materialId,
          kind,
          metric: upload.fields.metric || null,
          file: {
            id: result.file.id,
            name: result.file.name,
            size: result.file.size,
            mime: result.file.mime,
            sha256: result.file.sha256,
          },
        };
      } catch (error) {
        discardStored(stored);
        throw error;
      }
    },
  );

  app.delete(
    '/applications/:id/materials/:materialId',
    {
      config: { guard: applicationGuard('update') },
      schema: {
        tags: ['recognition'],
        summary: '删除申报材料',
        params: z.object({ id: z.uuid(), materialId: z.uuid() }),
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) =>
        removeMaterial({
          actor,
          tx,
          app: await loadApplication(tx, actor, request.params.id, 'update'),
          materialId: request.params.materialId,
        }),
      );
      return { ok: true as const };
    },
  );

  app.post(
    '/applications/:id/attachments',
    {
      config: { guard: applicationGuard('attach') },
      schema: {
        tags: ['recognition'],
        summary: '上传附件（现场照片、意见文件、合作协议等；multipart：file）',
        params: idParams,
        response: { 200: fileViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const upload = await readUpload(request);
      let stored: StoredFile | null = null;
      try {
        const file = await app.db.transaction(async (tx) =>
          uploadAttachment({
            actor,
            tx,
            app: await loadApplication(tx, actor, request.params.id, 'attach'),
            name: upload.name,
            bytes: upload.bytes,
            onStored: (f) => (stored = f),
          }),
        );
        return { id: file.id, name: file.name, size: file.size, mime: file.mime, sha256: file.sha256 };
      } catch (error) {
        discardStored(stored);
        throw error;
      }
    },
  );

  app.get(
    '/applications/:id/files/:fileId',
    {
      config: { guard: applicationGuard('read') },
      schema: {
        tags: ['recognition'],
        summary: '下载申报相关文件',
        params: z.object({ id: z.uuid(), fileId: z.uuid() }),
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await loadApplication(app.db, actor, request.params.id, 'read');
      const linked = await applicationFileIds(app.db, request.params.id);
      const [file] = linked.has(request.params.fileId)
        ? await filesByIds(app.db, [request.params.fileId])
        : [];
      if (!file) {
        throw new AppError('not_found', { entity: 'file' });
      }
      return reply
        .header('content-type', file.mime)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
        .send(createReadStream(pathOf(file.sha256)));
    },
  );

  app.get(
    '/applications/:id/evaluation',
    {
      config: { guard: applicationGuard('read') },
      schema: {
        tags: ['recognition'],
        summary: '申报条件与评价指标的实时判断（含出处）',
        params: idParams,
        response: { 200: evaluationViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const row = await loadApplication(app.db, actor, request.params.id, 'read');
      const e = await evaluateApplication(app.db, row);
      return {
        eligible: e.eligible && e.missingMaterials.length === 0,
        blocking: [...e.blocking.map((r) => r.id), ...e.missingMaterials.map((m) => `materials.${m.key}`)],
        rules: [
          ...e.rules.map((r) => ({
            id: r.id,
            passed: r.passed,
            reason: r.reason,
            source: r.source,
            ...(r.inPrinciple ? { inPrinciple: true } : {}),
          })),
          ...e.missingMaterials.map((m) => ({
            id: `materials.${m.key}`,
            passed: false,
            reason: { zh: `缺少必需材料：${m.name.zh}`, en: `Missing required material: ${m.name.en}` },
            source: { file: 'call', ref: row.callTitle, text: m.name.zh },
          })),
        ],
        criteria: e.criteria.criteria.map((c) => ({
          id: c.id,
          name: c.name,
          metric: c.metric,
          required: c.required,
          actual: c.actual,
          status: c.status,
          effect: c.effect,
          source: c.source,
        })),
        conflicts: [],
      };
    },
  );

  app.get(
    '/applications/:id/versions/:versionNo',
    {
      config: { guard: applicationGuard('read') },
      schema: {
        tags: ['recognition'],
        summary: '申报版本快照',
        params: z.object({ id: z.uuid(), versionNo: z.coerce.number().int().min(1) }),
        response: {
          200: z.object({
            versionNo: z.number().int(),
            submittedAt: z.string(),
            snapshot: z.record(z.string(), z.unknown()),
            evaluation: z.record(z.string(), z.unknown()),
          }),
        },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await loadApplication(app.db, actor, request.params.id, 'read');
      const v = (await versionsOf(app.db, request.params.id)).find(
        (x) => x.versionNo === request.params.versionNo,
      );
      if (!v) {
        throw new AppError('not_found', { entity: 'application_version' });
      }
      return {
        versionNo: v.versionNo,
        submittedAt: v.submittedAt.toISOString(),
        snapshot: v.snapshot,
        evaluation: v.evaluation,
      };
    },
  );

  app.get(
    '/applications/:id/diff',
    {
      config: { guard: applicationGuard('read') },
      schema: {
        tags: ['recognition'],
        summary: '两个版本之间的差异',
        params: idParams,
        querystring: z.object({
          from: z.coerce.number().int().min(1),
          to: z.coerce.number().int().min(1),
        }),
        response: { 200: versionDiffSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await loadApplication(app.db, actor, request.params.id, 'read');
      const versions = await versionsOf(app.db, request.params.id);
      const a = versions.find((v) => v.versionNo === request.query.from);
      const b = versions.find((v) => v.versionNo === request.query.to);
      if (!a || !b) {
        throw new AppError('not_found', { entity: 'application_version' });
      }
      return { from: a.versionNo, to: b.versionNo, changes: diffSnapshots(a.snapshot, b.snapshot) };
    },
  );
};
