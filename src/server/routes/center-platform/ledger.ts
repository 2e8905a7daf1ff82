/** 服务台账 routes: the operator's ledger (list, export, create, template, import) and the enterprise's answers. */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  answerServiceRecordBodySchema,
  attachmentViewSchema,
  createServiceRecordBodySchema,
  importResultSchema,
  serviceRecordListQuerySchema,
  serviceRecordPageSchema,
  serviceRecordViewSchema,
} from '../../../contracts/center-platform/ledger.ts';
import { answerServiceRecord } from '../../../app/center-platform/answer-service-record.ts';
import {
  attachServiceRecordEvidence,
  type ServiceRecordAttachmentRow,
} from '../../../app/center-platform/attach-service-record-evidence.ts';
import { createServiceRecord } from '../../../app/center-platform/create-service-record.ts';
import { importServiceRecords, ledgerTemplate } from '../../../app/center-platform/import-service-records.ts';
import { AppError } from '../../../app/errors.ts';
import type { Actor } from '../../../app/actor.ts';
import type { Db } from '../../../db/client.ts';
import { findServiceRecord, listServiceRecords } from '../../../db/loaders/center-platform/ledger.ts';
import { findOrganisation } from '../../../db/loaders/organisations.ts';
import { zhLabelOf } from '../../../contracts/vocabulary-labels.ts';
import { regionFullName } from '../../../domain/reference/regions.ts';
import { authorize } from '../../policies/core.ts';
import { serviceRecordPolicy } from '../../policies/center-platform.ts';
import { actorOf } from '../../plugins/auth.ts';
import { presentRecord } from '../../presenters/center-platform.ts';
import { inUploadTransaction, multipartOptions, readUpload, sendStoredFile } from '../../uploads.ts';
import { idParams, loadCenter, operateGuard, recordGuard, slugParams } from './common.ts';
import { centerListRoute, enterpriseListRoute } from './list-routes.ts';

const presentAttachment = (a: ServiceRecordAttachmentRow) => ({
  id: a.id,
  fileName: a.fileName,
  mediaType: a.mediaType,
  sizeBytes: a.sizeBytes,
  sha256: a.sha256,
  createdAt: a.createdAt.toISOString(),
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function loadRecord(db: Db, actor: Actor, id: string, action: string) {
  const record = await findServiceRecord(db, id);
  if (!record) {
    throw new AppError('not_found', { entity: 'service_record' });
  }
  const subject = {
    enterpriseId: record.enterpriseId,
    centerRegionCode: record.centerRegionCode,
    operatorOrganisationId: record.operatorOrganisationId,
  };
  authorize(serviceRecordPolicy, actor, 'read', subject);
  authorize(serviceRecordPolicy, actor, action, subject);
  return record;
}

export const ledgerRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, multipartOptions);
  // Imports arrive as the raw .xlsx bytes.
  app.addContentTypeParser(
    [XLSX, 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );

  centerListRoute(app, {
    url: '/centers/:slug/ledger',
    summary: '服务台账列表',
    querystring: serviceRecordListQuerySchema,
    response: serviceRecordPageSchema,
    list: listServiceRecords,
    present: presentRecord,
    export: {
      summary: '导出服务台账',
      fileName: '服务台账.xlsx',
      sheet: '服务台账',
      columns: [
        { header: '服务日期', value: (r) => r.serviceDate },
        {
          header: '服务类型',
          value: (r) => zhLabelOf('serviceType', r.serviceType),
        },
        { header: '服务名称', width: 30, value: (r) => r.title },
        { header: '企业名称', width: 32, value: (r) => r.enterpriseName },
        { header: '统一社会信用代码', width: 22, value: (r) => r.enterpriseCreditCode },
        { header: '中小企业', value: (r) => (r.enterpriseSme ? '是' : '否') },
        { header: '专精特新', value: (r) => (r.enterpriseSpecialisedSme ? '是' : '否') },
        { header: '规上企业', value: (r) => (r.enterpriseAboveScale ? '是' : '否') },
        { header: '地区', width: 24, value: (r) => regionFullName(r.regionCode) ?? r.regionCode },
        { header: '行业代码', value: (r) => r.industryCode },
        { header: '服务成果', width: 30, value: (r) => r.outcome },
        { header: '金额（元）', value: (r) => (r.amountFen === null ? null : r.amountFen / 100) },
        { header: '普惠服务', value: (r) => (r.preferential ? '是' : '否') },
        { header: '企业确认', value: (r) => zhLabelOf('confirmation', r.confirmation) },
        { header: '异议理由', width: 30, value: (r) => r.confirmationNote },
      ],
    },
  });

  app.post(
    '/centers/:slug/ledger',
    {
      config: operateGuard,
      schema: {
        tags: ['center-platform'],
        summary: '登记服务台账',
        params: slugParams,
        body: createServiceRecordBodySchema,
        response: { 200: serviceRecordViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const id = await app.db.transaction(async (tx) => {
        const center = await loadCenter(tx, actor, request.params.slug, 'operate');
        return createServiceRecord({ actor, tx, center, input: request.body });
      });
      return presentRecord((await findServiceRecord(app.db, id))!, actor);
    },
  );

  app.get(
    '/centers/:slug/ledger/template.xlsx',
    {
      config: operateGuard,
      schema: { tags: ['center-platform'], summary: '服务台账导入模板', params: slugParams },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await loadCenter(app.db, actor, request.params.slug, 'operate');
      const sme = await findOrganisation(app.db, actor.organisationId);
      const buffer = await ledgerTemplate(sme?.creditCode ?? '');
      return reply
        .header('content-type', XLSX)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent('服务台账导入模板.xlsx')}`,
        )
        .serializer((x: unknown) => x as string)
        .send(buffer);
    },
  );

  app.post(
    '/centers/:slug/ledger/import',
    {
      config: operateGuard,
      bodyLimit: 10 * 1024 * 1024,
      schema: {
        tags: ['center-platform'],
        summary: '导入服务台账（先试导入，再全部提交）',
        description:
          '请求体为 .xlsx 文件内容。dryRun=true 只检查并逐行报告错误；提交时有任何错误则一条也不导入。',
        params: slugParams,
        querystring: z.object({ dryRun: z.enum(['true', 'false']).default('true') }),
        response: { 200: importResultSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const body = request.body;
      if (!Buffer.isBuffer(body) || body.length === 0) {
        throw new AppError('import.unreadable', { reason: '请上传 .xlsx 文件' });
      }
      const dryRun = request.query.dryRun === 'true';
      return app.db.transaction(async (tx) => {
        const center = await loadCenter(tx, actor, request.params.slug, 'operate');
        return importServiceRecords({ actor, tx, center, buffer: body, dryRun });
      });
    },
  );

  enterpriseListRoute(app, {
    url: '/my/service-records',
    summary: '我的服务记录（企业）',
    querystring: serviceRecordListQuerySchema,
    response: serviceRecordPageSchema,
    list: (db, query, actor) => listServiceRecords(db, { ...query, enterpriseId: actor.organisationId }),
    present: presentRecord,
    authorize: true,
  });

  app.get(
    '/service-records/:id',
    {
      config: recordGuard('read'),
      schema: {
        tags: ['center-platform'],
        summary: '服务台账记录详情',
        params: idParams,
        response: { 200: serviceRecordViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return presentRecord(await loadRecord(app.db, actor, request.params.id, 'read'), actor);
    },
  );

  app.post(
    '/service-records/:id/answer',
    {
      config: recordGuard('answer'),
      schema: {
        tags: ['center-platform'],
        summary: '企业确认或提出异议',
        params: idParams,
        body: answerServiceRecordBodySchema,
        response: { 200: serviceRecordViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) => {
        const record = await loadRecord(tx, actor, request.params.id, 'answer');
        await answerServiceRecord({ actor, tx, record, input: request.body });
      });
      return presentRecord((await findServiceRecord(app.db, request.params.id))!, actor);
    },
  );

  app.post(
    '/service-records/:id/attachments',
    {
      config: recordGuard('attach'),
      schema: {
        tags: ['center-platform'],
        summary: '上传服务佐证材料（multipart：file；按内容识别 PDF/PNG/JPEG/Word/Excel/ZIP，≤20MB）',
        params: idParams,
        response: { 200: attachmentViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const upload = await readUpload(request);
      const row = await inUploadTransaction(app.db, async (tx, onStored) =>
        attachServiceRecordEvidence({
          actor,
          tx,
          record: await loadRecord(tx, actor, request.params.id, 'attach'),
          name: upload.name,
          bytes: upload.bytes,
          onStored,
        }),
      );
      return presentAttachment(row);
    },
  );

  app.get(
    '/service-records/:id/attachments',
    {
      config: recordGuard('read'),
      schema: {
        tags: ['center-platform'],
        summary: '服务佐证材料列表',
        params: idParams,
        response: { 200: z.object({ items: z.array(attachmentViewSchema) }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const record = await loadRecord(app.db, actor, request.params.id, 'read');
      return { items: record.attachments.map(presentAttachment) };
    },
  );

  app.get(
    '/service-records/:id/attachments/:attachmentId',
    {
      config: recordGuard('read'),
      schema: {
        tags: ['center-platform'],
        summary: '下载服务佐证材料',
        params: z.object({ id: z.uuid(), attachmentId: z.uuid() }),
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const record = await loadRecord(app.db, actor, request.params.id, 'read');
      const attachment = record.attachments.find((a) => a.id === request.params.attachmentId);
      if (!attachment) {
        throw new AppError('not_found', { entity: 'file' });
      }
      return sendStoredFile(reply, attachment);
    },
  );
};
