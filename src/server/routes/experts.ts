/**
 * The expert pool (专家库): a province lists, exports, edits and imports the experts of its jurisdiction,
 * keeps their employment history and the conflicts they declared outside any task. Routes are glue: the
 * rules live in src/domain/review, the commands in src/app/experts.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addExpertEmploymentBodySchema,
  declareExpertConflictBodySchema,
  endExpertEmploymentBodySchema,
  expertImportReportSchema,
  expertListQuerySchema,
  expertPageSchema,
  expertViewSchema,
  updateExpertBodySchema,
  type ExpertListQuery,
} from '../../contracts/expert-pool.ts';
import type { Actor } from '../../app/actor.ts';
import { AppError } from '../../app/errors.ts';
import {
  addExpertEmployment,
  declareExpertConflict,
  endExpertEmployment,
} from '../../app/experts/history.ts';
import { commitExpertImport, dryRunExpertImport } from '../../app/experts/import-experts.ts';
import { updateExpertProfile } from '../../app/experts/profile.ts';
import { writeSheet } from '../../app/resources/spreadsheet.ts';
import type { Db } from '../../db/client.ts';
import {
  expertDeclarations,
  expertEmploymentHistory,
  expertSeats,
  findExpert,
  listExperts,
  type ExpertFilter,
  type ExpertRow,
} from '../../db/loaders/expert-pool.ts';
import { makeCreditCode } from '../../domain/organisation/credit-code.ts';
import { regionName } from '../../domain/reference/regions.ts';
import {
  EXPERT_IMPORT_COLUMNS,
  assignmentStatusLabels,
  parseReviewFields,
  reviewFieldLabels,
  type AssignmentStatus,
} from '../../domain/review/index.ts';
import { EXPORT_LIMIT, sendWorkbook, shanghaiDateTime } from '../excel.ts';
import { actorOf } from '../plugins/auth.ts';
import { authorize, can, listScope, type Policy } from '../policies/core.ts';
import { expertPoolPolicy } from '../policies/expert.ts';

const guard = (action: string) => ({ policy: expertPoolPolicy as Policy<never>, action });
const tags = ['experts'];
const idParams = z.object({ id: z.uuid() });
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_FILE_BYTES = 5 * 1024 * 1024;

function filterOf(q: ExpertListQuery): ExpertFilter {
  return {
    page: q.page,
    pageSize: q.pageSize,
    ...(q.field ? { field: { code: q.field, zh: reviewFieldLabels[q.field].zh } } : {}),
    ...(q.available ? { available: q.available === 'true' } : {}),
    ...(q.q ? { q: q.q } : {}),
  };
}

function presentSummary(e: ExpertRow) {
  return {
    userId: e.userId,
    username: e.username,
    name: e.name,
    title: e.title,
    fields: parseReviewFields(e.fields),
    regionCode: e.regionCode,
    regionName: regionName(e.regionCode) ?? e.regionCode,
    organisationName: e.organisationName,
    organisationCreditCode: e.organisationCreditCode,
    available: e.available,
    disabled: e.disabled,
    maxLoad: e.maxLoad,
    load: e.load,
    conflicts: e.conflicts,
    version: e.version,
    updatedAt: e.updatedAt.toISOString(),
  };
}

async function loadExpert(db: Db, actor: Actor, id: string, action: 'read' | 'manage') {
  const expert = await findExpert(db, id);
  if (!expert) {
    throw new AppError('not_found', { entity: 'expert' });
  }
  authorize(expertPoolPolicy, actor, 'read', expert);
  if (action !== 'read') {
    authorize(expertPoolPolicy, actor, action, expert);
  }
  return expert;
}

async function expertView(db: Db, actor: Actor, id: string) {
  const expert = await loadExpert(db, actor, id, 'read');
  const [jobs, declared, seats] = await Promise.all([
    expertEmploymentHistory(db, id),
    expertDeclarations(db, id),
    expertSeats(db, id),
  ]);
  return {
    ...presentSummary(expert),
    employment: jobs.map((j) => ({
      id: j.id,
      organisationCreditCode: j.organisationCreditCode,
      organisationName: j.organisationName,
      fromDate: j.fromDate,
      toDate: j.toDate,
      current: j.toDate === null,
    })),
    declaredConflicts: declared.map((d) => ({ ...d, createdAt: d.createdAt.toISOString() })),
    assignments: seats.map((s) => ({
      ...s,
      statusLabel: assignmentStatusLabels[s.status as AssignmentStatus] ?? { zh: s.status, en: s.status },
      updatedAt: s.updatedAt.toISOString(),
    })),
    abilities: { manage: can(expertPoolPolicy, actor, 'manage', expert) },
  };
}

/** The region new experts of an import join: the importer's own (provincial, else national) grant. */
function importRegion(actor: Actor): string {
  const grant =
    actor.grants.find((g) => g.role === 'provincial_admin' && g.regionCode) ??
    actor.grants.find((g) => g.role === 'national_admin' && g.regionCode);
  if (!grant?.regionCode) {
    throw new AppError('forbidden');
  }
  return grant.regionCode;
}

function fileOf(body: unknown): Buffer {
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw new AppError('resource.import_unreadable', { reason: '请上传 .xlsx 文件' });
  }
  return body;
}

export const expertRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser(
    ['application/octet-stream', XLSX_TYPE],
    { parseAs: 'buffer', bodyLimit: MAX_FILE_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.get(
    '/experts',
    {
      config: { guard: guard('read') },
      schema: {
        tags,
        summary: '专家库列表（领域、单位、可用状态、当前负荷）',
        querystring: expertListQuerySchema,
        response: { 200: expertPageSchema },
      },
    },
    async (request) => {
      const { rows, total } = await listExperts(
        app.db,
        listScope(expertPoolPolicy, actorOf(request)),
        filterOf(request.query),
      );
      return {
        items: rows.map(presentSummary),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.get(
    '/experts/export.xlsx',
    {
      config: { guard: guard('read') },
      schema: {
        tags,
        summary: '导出专家库',
        querystring: expertListQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (request, reply) => {
      const { rows } = await listExperts(app.db, listScope(expertPoolPolicy, actorOf(request)), {
        ...filterOf({ ...request.query, page: 1, pageSize: EXPORT_LIMIT }),
      });
      return sendWorkbook(
        reply,
        '专家库.xlsx',
        '专家库',
        [
          { header: '姓名', width: 14, value: (r) => r.name },
          { header: '登录名', width: 16, value: (r) => r.username },
          { header: '职称', width: 14, value: (r) => r.title ?? '' },
          {
            header: '评审领域',
            width: 20,
            value: (r) =>
              parseReviewFields(r.fields)
                .map((f) => reviewFieldLabels[f].zh)
                .join('、') || '未设置',
          },
          { header: '所属专家库', width: 14, value: (r) => regionName(r.regionCode) ?? r.regionCode },
          { header: '工作单位', width: 30, value: (r) => r.organisationName },
          { header: '工作单位统一社会信用代码', width: 24, value: (r) => r.organisationCreditCode },
          { header: '是否可用', value: (r) => (r.disabled ? '账号已停用' : r.available ? '可用' : '不可用') },
          { header: '评审上限', value: (r) => r.maxLoad ?? '按批次设定' },
          { header: '当前评审任务', value: (r) => r.load },
          { header: '已声明回避', value: (r) => r.conflicts },
          { header: '更新时间', width: 20, value: (r) => shanghaiDateTime(r.updatedAt) },
        ],
        rows,
      );
    },
  );

  app.get(
    '/experts/import-template.xlsx',
    {
      config: { guard: guard('manage') },
      schema: { tags, summary: '下载专家导入模板' },
    },
    async (_request, reply) => {
      const buffer = await writeSheet(
        EXPERT_IMPORT_COLUMNS.map((c) => ({
          header: c.header,
          required: c.required,
          width: 20,
          note: c.note,
        })),
        [
          [
            'wang.expert',
            '王工',
            makeCreditCode({ regionCode: '370100', serial: 1 }),
            '某某科技有限公司',
            '技术、产业',
            '高级工程师',
            '是',
            '5',
            '2020-01-01',
          ],
        ],
        [
          '每行一位专家；带 * 的列必填。',
          '评审领域：技术、产业、管理、财务，可填多个，用顿号分隔。',
          '工作单位须已在「机构管理」中登记；登录名已存在的专家会被更新，不存在的新建账号（由管理员重置口令后告知专家）。',
          '是否可用：是 / 否；评审上限：1–100 的整数，空白表示按批次设定；任职起始日期：YYYY-MM-DD。',
        ],
      );
      return reply
        .header('content-type', XLSX_TYPE)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent('专家导入模板.xlsx')}`,
        )
        .serializer((x: unknown) => x as string)
        .send(buffer);
    },
  );

  app.post(
    '/experts/import/dry-run',
    {
      config: { guard: guard('manage') },
      bodyLimit: MAX_FILE_BYTES,
      schema: { tags, summary: '试导入专家：逐行检查，不写入', response: { 200: expertImportReportSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      return dryRunExpertImport(app.db, fileOf(request.body), importRegion(actor));
    },
  );

  app.post(
    '/experts/import',
    {
      config: { guard: guard('manage') },
      bodyLimit: MAX_FILE_BYTES,
      schema: {
        tags,
        summary: '导入专家（全部成功或全部不导入）',
        response: { 200: expertImportReportSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const file = fileOf(request.body);
      return app.db.transaction((tx) =>
        commitExpertImport({ actor, tx, file, regionCode: importRegion(actor) }),
      );
    },
  );

  app.get(
    '/experts/:id',
    {
      config: { guard: guard('read') },
      schema: {
        tags,
        summary: '专家详情（任职经历、回避声明、评审任务）',
        params: idParams,
        response: { 200: expertViewSchema },
      },
    },
    async (request) => expertView(app.db, actorOf(request), request.params.id),
  );

  /** Loads and authorises the expert inside one transaction, runs the command, answers the fresh view. */
  async function manage(
    actor: Actor,
    id: string,
    run: (c: { actor: Actor; tx: Db; expert: ExpertRow }) => Promise<unknown>,
  ) {
    await app.db.transaction(async (tx) =>
      run({ actor, tx, expert: await loadExpert(tx, actor, id, 'manage') }),
    );
    return expertView(app.db, actor, id);
  }

  app.patch(
    '/experts/:id',
    {
      config: { guard: guard('manage') },
      schema: {
        tags,
        summary: '修改专家的评审领域、职称、可用状态与评审上限',
        params: idParams,
        body: updateExpertBodySchema,
        response: { 200: expertViewSchema },
      },
    },
    async (request) =>
      manage(actorOf(request), request.params.id, (c) => updateExpertProfile({ ...c, input: request.body })),
  );

  app.post(
    '/experts/:id/employments',
    {
      config: { guard: guard('manage') },
      schema: {
        tags,
        summary: '登记任职经历',
        params: idParams,
        body: addExpertEmploymentBodySchema,
        response: { 200: expertViewSchema },
      },
    },
    async (request) =>
      manage(actorOf(request), request.params.id, (c) => addExpertEmployment({ ...c, input: request.body })),
  );

  app.post(
    '/experts/:id/employments/:employmentId/end',
    {
      config: { guard: guard('manage') },
      schema: {
        tags,
        summary: '登记离职（结束任职经历）',
        params: z.object({ id: z.uuid(), employmentId: z.uuid() }),
        body: endExpertEmploymentBodySchema,
        response: { 200: expertViewSchema },
      },
    },
    async (request) =>
      manage(actorOf(request), request.params.id, (c) =>
        endExpertEmployment({ ...c, employmentId: request.params.employmentId, toDate: request.body.toDate }),
      ),
  );

  app.post(
    '/experts/:id/conflicts',
    {
      config: { guard: guard('manage') },
      schema: {
        tags,
        summary: '登记专家在评审任务之外声明的利益冲突（回避单位）',
        params: idParams,
        body: declareExpertConflictBodySchema,
        response: { 200: expertViewSchema },
      },
    },
    async (request) =>
      manage(actorOf(request), request.params.id, (c) =>
        declareExpertConflict({ ...c, input: request.body }),
      ),
  );
};
