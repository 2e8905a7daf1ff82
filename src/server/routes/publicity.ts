/**
 * Publicity (公示): public notices and the objection form; the authority opens notices, handles
 * objections (uphold → decision reopened, or dismiss) and announces (公告 → directory).
 */
import { createReadStream, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../app/actor.ts';
import { AppError, fieldError } from '../../app/errors.ts';
import { announcePublicity } from '../../app/publicity/announce.ts';
import { today } from '../../app/publicity/clock.ts';
import {
  OBJECTION_MAX_BYTES,
  OBJECTION_MAX_FILES,
  discardWritten,
  fileObjection,
  type Upload,
} from '../../app/publicity/file-objection.ts';
import { openPublicity } from '../../app/publicity/open-publicity.ts';
import { resolveObjection } from '../../app/publicity/resolve-objection.ts';
import { computeWindow, countWindow, suggestedEnd } from '../../app/publicity/window.ts';
import { currentCalendar } from '../../app/calendar-years.ts';
import { okSchema } from '../../contracts/common.ts';
import {
  announceBodySchema,
  objectionFieldsSchema,
  objectionReceiptSchema,
  objectionViewSchema,
  openPublicityBodySchema,
  publicityCandidateSchema,
  publicityListQuerySchema,
  publicityNoticeViewSchema,
  publicityPageSchema,
  publicityWindowQuerySchema,
  publicityWindowSchema,
  resolveObjectionBodySchema,
} from '../../contracts/publicity.ts';
import type { Db } from '../../db/client.ts';
import {
  entriesOf,
  findNotice,
  findObjection,
  listNotices,
  objectionFiles,
  objectionsOf,
  publicityCandidates,
  type NoticeFilter,
} from '../../db/loaders/publicity.ts';
import { findApplication, findCall } from '../../db/loaders/recognition.ts';
import { getPack } from '../../domain/policy/index.ts';
import { regionFullName } from '../../domain/reference/regions.ts';
import { EXPORT_LIMIT, sendWorkbook } from '../excel.ts';
import { zhLabelOf } from '../../contracts/vocabulary-labels.ts';
import { RequestValidationError } from '../validation.ts';
import { authorize, type Policy } from '../policies/core.ts';
import { workflowRolesOf } from '../policies/application.ts';
import { publicityPolicy } from '../policies/publicity.ts';
import { actorOf } from '../plugins/auth.ts';
import {
  countObjections,
  presentNotice,
  presentNoticeSummary,
  presentObjection,
} from '../presenters/publicity.ts';

const manage = { policy: publicityPolicy as Policy<never>, action: 'manage' };
const idParams = z.object({ id: z.uuid() });
const objectionParams = z.object({ id: z.uuid(), objectionId: z.uuid() });

/** A notice the actor manages (404 when it does not exist, 403 outside the jurisdiction). */
async function managedNotice(db: Db, actor: Actor, id: string) {
  const notice = await findNotice(db, id);
  if (!notice) {
    throw new AppError('not_found', { entity: 'publicity_notice' });
  }
  authorize(publicityPolicy, actor, 'manage', notice);
  return notice;
}

/** Reads the objection form: multipart (fields + files `attachments`) or JSON (no files). */
async function readObjectionForm(request: FastifyRequest): Promise<{ fields: unknown; uploads: Upload[] }> {
  if (!request.isMultipart()) {
    return { fields: request.body ?? {}, uploads: [] };
  }
  const fields: Record<string, string> = {};
  const uploads: Upload[] = [];
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (uploads.length >= OBJECTION_MAX_FILES) {
          throw fieldError('objection.too_many_files', 'attachments', { max: OBJECTION_MAX_FILES });
        }
        uploads.push({ name: part.filename, bytes: await part.toBuffer() });
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') {
      throw fieldError('objection.file_too_large', 'attachments', {
        limit: OBJECTION_MAX_BYTES / 1024 / 1024,
      });
    }
    if (code === 'FST_FILES_LIMIT') {
      throw fieldError('objection.too_many_files', 'attachments', { max: OBJECTION_MAX_FILES });
    }
    throw error;
  }
  // Empty file inputs (no file chosen) arrive as zero-byte parts.
  return { fields, uploads: uploads.filter((u) => u.bytes.length > 0) };
}

export const publicityRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, {
    limits: { fileSize: OBJECTION_MAX_BYTES, files: OBJECTION_MAX_FILES + 1, fields: 10 },
  });

  app.get(
    '/publicity',
    {
      config: { guard: 'public' },
      schema: {
        tags: ['publicity'],
        summary: '公示列表（公开）',
        querystring: publicityListQuerySchema,
        response: { 200: publicityPageSchema },
      },
    },
    async (request) => {
      const { items, total } = await noticeSummaries(app.db, request.actor, request.query);
      return { items, total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.get(
    '/publicity/export.xlsx',
    {
      config: { guard: 'public' },
      schema: {
        tags: ['publicity'],
        summary: '导出公示列表（公开）',
        querystring: publicityListQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (request, reply) => {
      const { items } = await noticeSummaries(app.db, request.actor, {
        ...request.query,
        page: 1,
        pageSize: EXPORT_LIMIT,
      });
      return sendWorkbook(
        reply,
        '公示公告.xlsx',
        '公示列表',
        [
          { header: '公示标题', width: 40, value: (n) => n.title },
          { header: '发布机关', width: 24, value: (n) => n.issuer },
          { header: '地区', width: 20, value: (n) => n.regionName },
          { header: '公示开始日期', width: 14, value: (n) => n.startsOn },
          { header: '公示截止日期', width: 14, value: (n) => n.endsOn },
          { header: '项目数', width: 8, value: (n) => n.entryCount },
          { header: '状态', width: 10, value: (n) => zhLabelOf('publicityPhase', n.phase) },
          { header: '公告日期', width: 14, value: (n) => n.announcedOn },
          { header: '公告文号', width: 24, value: (n) => n.announcementNumber },
        ],
        items,
      );
    },
  );

  app.get(
    '/publicity/window',
    {
      config: { guard: 'public' },
      schema: {
        tags: ['publicity'],
        summary: '按政策包计算公示期（中国工作日）',
        querystring: publicityWindowQuerySchema,
        response: { 200: publicityWindowSchema },
      },
    },
    async (request) => {
      const pack = getPack(request.query.packId);
      if (!pack) {
        throw new AppError('not_found', { entity: 'policy_pack' });
      }
      const calendar = await currentCalendar(app.db);
      const startsOn = request.query.startsOn ?? today();
      const w = computeWindow(
        pack,
        calendar,
        startsOn,
        request.query.endsOn ?? suggestedEnd(calendar, startsOn, request.query.days),
      );
      return {
        startsOn: w.startsOn,
        endsOn: w.endsOn,
        rule: w.rule,
        ...countWindow(calendar, w.startsOn, w.endsOn),
      };
    },
  );

  app.get(
    '/publicity/candidates',
    {
      config: { guard: manage },
      schema: {
        tags: ['publicity'],
        summary: '可公示的申报（已审定通过）',
        querystring: z.object({ callId: z.uuid() }),
        response: { 200: z.array(publicityCandidateSchema) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const call = await findCall(app.db, request.query.callId);
      if (!call) {
        throw new AppError('not_found', { entity: 'call' });
      }
      authorize(publicityPolicy, actor, 'manage', call);
      const rows = await publicityCandidates(app.db, call.id);
      return rows.map(({ application: a, leadOrganisationName }) => ({
        id: a.id,
        centerName: a.centerName,
        leadOrganisationName,
        regionCode: a.regionCode,
        regionName: regionFullName(a.regionCode) ?? a.regionCode,
        level: a.level,
        type: a.type,
        kind: a.kind,
        direction: a.direction,
      }));
    },
  );

  app.post(
    '/publicity',
    {
      config: { guard: manage },
      schema: {
        tags: ['publicity'],
        summary: '发布公示（按政策包计算公示期）',
        body: openPublicityBodySchema,
        response: { 200: publicityNoticeViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const id = await app.db.transaction(async (tx) => {
        const call = await findCall(tx, request.body.callId);
        if (!call) {
          throw fieldError('not_found', 'callId', { entity: 'call' });
        }
        authorize(publicityPolicy, actor, 'manage', call);
        const applications = [];
        for (const appId of new Set(request.body.applicationIds)) {
          const row = await findApplication(tx, appId);
          if (!row || row.callId !== call.id) {
            throw fieldError('publicity.application_not_in_call', 'applicationIds');
          }
          const roles = workflowRolesOf(actor, row);
          if (roles.length === 0) {
            throw fieldError('publicity.application_not_in_call', 'applicationIds');
          }
          applications.push({ app: row, roles });
        }
        return openPublicity({ actor, tx, call, applications, input: request.body });
      });
      return noticeView(app.db, id, actor);
    },
  );

  app.get(
    '/publicity/:id',
    {
      config: { guard: 'public' },
      schema: {
        tags: ['publicity'],
        summary: '公示详情（公开：名单、公示期及依据）',
        params: idParams,
        response: { 200: publicityNoticeViewSchema },
      },
    },
    async (request) => noticeView(app.db, request.params.id, request.actor),
  );

  app.post(
    '/publicity/:id/objections',
    {
      config: {
        guard: 'public',
        rateLimit: {
          // Per IP: enough for a person, not for a flood.
          max: Number(process.env.DTPC_OBJECTION_RATE ?? 5),
          timeWindow: '1 hour',
        },
      },
      schema: {
        tags: ['publicity'],
        summary:
          '提出异议（公开；multipart：entryId、name、contact、content、attachments ≤3 个 PDF/PNG/JPEG ≤5MB）',
        params: idParams,
        response: { 200: objectionReceiptSchema },
      },
    },
    async (request) => {
      const notice = await findNotice(app.db, request.params.id);
      if (!notice) {
        throw new AppError('not_found', { entity: 'publicity_notice' });
      }
      const form = await readObjectionForm(request);
      const parsed = objectionFieldsSchema.safeParse(form.fields, { reportInput: true });
      if (!parsed.success) {
        throw new RequestValidationError(parsed.error.issues);
      }
      const written: string[] = [];
      try {
        const receipt = await app.db.transaction((tx) =>
          fileObjection({ tx, notice, fields: parsed.data, uploads: form.uploads, ip: request.ip, written }),
        );
        return { id: receipt.id, receivedAt: receipt.createdAt.toISOString() };
      } catch (error) {
        discardWritten(written);
        throw error;
      }
    },
  );

  app.get(
    '/publicity/:id/objections',
    {
      config: { guard: manage },
      schema: {
        tags: ['publicity'],
        summary: '异议列表（公示机关）',
        params: idParams,
        response: { 200: z.array(objectionViewSchema) },
      },
    },
    async (request) => {
      const notice = await managedNotice(app.db, actorOf(request), request.params.id);
      const rows = await objectionsOf(app.db, notice.id);
      const entries = await entriesOf(app.db, [notice.id]);
      const fileRows = await objectionFiles(
        app.db,
        rows.flatMap((o) => o.attachmentFileIds),
      );
      return rows.map((o) =>
        presentObjection(
          o,
          entries.find((e) => e.id === o.entryId),
          fileRows,
        ),
      );
    },
  );

  app.get(
    '/publicity/:id/objections/:objectionId/files/:fileId',
    {
      config: { guard: manage },
      schema: {
        tags: ['publicity'],
        summary: '下载异议附件（公示机关）',
        params: objectionParams.extend({ fileId: z.uuid() }),
      },
    },
    async (request, reply) => {
      const notice = await managedNotice(app.db, actorOf(request), request.params.id);
      const objection = await findObjection(app.db, request.params.objectionId);
      if (
        !objection ||
        objection.noticeId !== notice.id ||
        !objection.attachmentFileIds.includes(request.params.fileId)
      ) {
        throw new AppError('not_found', { entity: 'objection' });
      }
      const [file] = await objectionFiles(app.db, [request.params.fileId]);
      const path = file
        ? resolve(process.env.DTPC_DATA_DIR ?? 'data', 'files', file.sha256.slice(0, 2), file.sha256)
        : '';
      if (!file || !existsSync(path)) {
        throw new AppError('not_found', { entity: 'objection' });
      }
      return reply
        .header('content-type', file.mime)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
        .send(createReadStream(path));
    },
  );

  for (const outcome of ['uphold', 'dismiss'] as const) {
    app.post(
      `/publicity/:id/objections/:objectionId/${outcome}`,
      {
        config: { guard: manage },
        schema: {
          tags: ['publicity'],
          summary: outcome === 'uphold' ? '异议成立（重新审定）' : '异议不成立（驳回）',
          params: objectionParams,
          body: resolveObjectionBodySchema,
          response: { 200: okSchema },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        await app.db.transaction(async (tx) => {
          const notice = await managedNotice(tx, actor, request.params.id);
          const objection = await findObjection(tx, request.params.objectionId);
          if (!objection || objection.noticeId !== notice.id) {
            throw new AppError('not_found', { entity: 'objection' });
          }
          const [entry] = (await entriesOf(tx, [notice.id])).filter((e) => e.id === objection.entryId);
          const application = await findApplication(tx, entry!.applicationId);
          const roles = workflowRolesOf(actor, application!);
          await resolveObjection({ actor, tx, notice, objection, outcome, roles, input: request.body });
        });
        return { ok: true as const };
      },
    );
  }

  app.post(
    '/publicity/:id/announce',
    {
      config: { guard: manage },
      schema: {
        tags: ['publicity'],
        summary: '公告（公示期满无异议，列入名录）',
        params: idParams,
        body: announceBodySchema,
        response: { 200: publicityNoticeViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) => {
        const notice = await managedNotice(tx, actor, request.params.id);
        await announcePublicity({
          actor,
          tx,
          notice,
          rolesOf: (a) => workflowRolesOf(actor, a),
          input: request.body,
        });
      });
      return noticeView(app.db, request.params.id, actor);
    },
  );
};

/** A page of notice summaries as the list shows them (phase as of today), for the list and its export. */
async function noticeSummaries(db: Db, actor: Actor | null, query: Omit<NoticeFilter, 'today'>) {
  const on = today();
  const { rows, total } = await listNotices(db, { ...query, today: on });
  const entries = await entriesOf(
    db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((n) =>
      presentNoticeSummary(n, entries.filter((e) => e.noticeId === n.id).length, actor, on),
    ),
    total,
  };
}

async function noticeView(db: Db, id: string, actor: Actor | null) {
  const notice = await findNotice(db, id);
  if (!notice) {
    throw new AppError('not_found', { entity: 'publicity_notice' });
  }
  const entries = await entriesOf(db, [id]);
  const manageable = actor !== null;
  const counts = manageable ? countObjections(await objectionsOf(db, id)) : null;
  return presentNotice(notice, entries, actor, today(), counts);
}
