/**
 * Importing a center's resources from .xlsx/.csv: template download, dry run (report, nothing written) and
 * commit (a job whose progress the web UI polls; one transaction, all rows or none). The file is the raw
 * request body (application/octet-stream, the .xlsx type or text/csv), up to 30 MB.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importJobViewSchema, importQuerySchema, importReportSchema } from '../../contracts/resources.ts';
import { AppError } from '../../app/errors.ts';
import { commitImport, readImportFile, validateImport } from '../../app/resources/import-resources.ts';
import { findJob, startJob } from '../../app/resources/import-jobs.ts';
import {
  TEMPLATE_COLUMNS,
  TEMPLATE_EXAMPLE,
  TEMPLATE_INSTRUCTIONS,
} from '../../app/resources/import-columns.ts';
import { writeSheet } from '../../app/resources/spreadsheet.ts';
import type { Policy } from '../policies/core.ts';
import { centerPolicy } from '../policies/center.ts';
import { actorOf } from '../plugins/auth.ts';
import { loadOperatedCenter } from './resource-admin.ts';

const guard = { policy: centerPolicy as Policy<never>, action: 'operate' };
const slugParams = z.object({ slug: z.string().max(64) });
const MAX_FILE_BYTES = 30 * 1024 * 1024;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function fileOf(body: unknown): Buffer {
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw new AppError('resource.import_unreadable', { reason: '请上传 .xlsx 或 .csv 文件' });
  }
  return body;
}

export const resourceImportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser(
    ['application/octet-stream', XLSX_TYPE, 'text/csv'],
    { parseAs: 'buffer', bodyLimit: MAX_FILE_BYTES },
    (_request, body, done) => done(null, body),
  );

  app.get(
    '/centers/:slug/resources/import-template.xlsx',
    {
      config: { guard },
      schema: { tags: ['resources'], summary: '下载资源导入模板', params: slugParams },
    },
    async (request, reply) => {
      await loadOperatedCenter(app.db, actorOf(request), request.params.slug);
      const buffer = await writeSheet(
        TEMPLATE_COLUMNS,
        [TEMPLATE_COLUMNS.map((c) => TEMPLATE_EXAMPLE[c.header] ?? '')],
        TEMPLATE_INSTRUCTIONS,
      );
      return reply
        .header('content-type', XLSX_TYPE)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent('资源导入模板.xlsx')}`,
        )
        .serializer((x: unknown) => x as string)
        .send(buffer);
    },
  );

  app.post(
    '/centers/:slug/resources/import/dry-run',
    {
      config: { guard },
      bodyLimit: MAX_FILE_BYTES,
      schema: {
        tags: ['resources'],
        summary: '试导入：逐行检查，不写入',
        params: slugParams,
        querystring: importQuerySchema,
        response: { 200: importReportSchema },
      },
    },
    async (request) => {
      const center = await loadOperatedCenter(app.db, actorOf(request), request.params.slug);
      const file = await readImportFile(fileOf(request.body), request.query.format);
      return (await validateImport(app.db, center, file)).report;
    },
  );

  app.post(
    '/centers/:slug/resources/import',
    {
      config: { guard },
      bodyLimit: MAX_FILE_BYTES,
      schema: {
        tags: ['resources'],
        summary: '确认导入（全部成功或全部不导入），返回可查询进度的任务',
        params: slugParams,
        querystring: importQuerySchema,
        response: { 202: importJobViewSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const center = await loadOperatedCenter(app.db, actor, request.params.slug);
      const file = await readImportFile(fileOf(request.body), request.query.format);
      const job = startJob(actor.userId, center.id, file.rows.length);
      // Runs after the answer; the web UI polls GET /resource-import-jobs/:id.
      void (async () => {
        try {
          const validated = await validateImport(app.db, center, file, job.progress);
          if (validated.report.errors.length > 0) {
            job.fail('resource.import_invalid', validated.report);
            return;
          }
          job.progress(0, validated.cards.length);
          const { created } = await app.db.transaction((tx) =>
            commitImport({ actor, tx, center, validated, onProgress: job.progress }),
          );
          job.succeed(created, validated.report);
        } catch (error) {
          request.log.error({ err: error }, 'resource import failed');
          job.fail(error instanceof AppError ? error.code : 'internal');
        }
      })();
      return reply.code(202).send(findJob(job.id, actor.userId)!);
    },
  );

  app.get(
    '/resource-import-jobs/:id',
    {
      config: { guard },
      schema: {
        tags: ['resources'],
        summary: '导入任务进度',
        params: z.object({ id: z.string().max(64) }),
        response: { 200: importJobViewSchema },
      },
    },
    async (request) => {
      const job = findJob(request.params.id, actorOf(request).userId);
      if (!job) {
        throw new AppError('not_found', { entity: 'import_job' });
      }
      const { centerId: _center, ...view } = job;
      return view;
    },
  );
};
