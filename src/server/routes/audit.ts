import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  auditCheckpointSchema,
  auditListQuerySchema,
  auditPageSchema,
  auditVerifySchema,
} from '../../contracts/audit.ts';
import { verifyAuditChain } from '../../app/audit.ts';
import { latestCheckpoint } from '../../app/audit-checkpoints.ts';
import { AppError } from '../../app/errors.ts';
import { listAudit } from '../../db/loaders/audit.ts';
import { listScope, type Policy } from '../policies/core.ts';
import { auditPolicy } from '../policies/audit.ts';
import { actorOf } from '../plugins/auth.ts';
import { requestLocale } from '../locale.ts';
import { presentAudit } from '../presenters/audit.ts';
import { EXPORT_LIMIT, sendWorkbook, shanghaiDateTime } from '../excel.ts';

const guard = (action: string) => ({ policy: auditPolicy as Policy<never>, action });

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      config: { guard: guard('read') },
      schema: {
        tags: ['audit'],
        summary: '审计日志',
        querystring: auditListQuerySchema,
        response: { 200: auditPageSchema },
      },
    },
    async (request) => {
      const { rows, total } = await listAudit(
        app.db,
        listScope(auditPolicy, actorOf(request)),
        request.query,
      );
      return {
        items: rows.map((row) => presentAudit(row, requestLocale(request))),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.get(
    '/audit/export.xlsx',
    {
      config: { guard: guard('read') },
      schema: {
        tags: ['audit'],
        summary: '导出审计日志',
        querystring: auditListQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (request, reply) => {
      const { rows } = await listAudit(app.db, listScope(auditPolicy, actorOf(request)), {
        ...request.query,
        page: 1,
        pageSize: EXPORT_LIMIT,
      });
      return sendWorkbook(
        reply,
        '审计日志.xlsx',
        '审计日志',
        [
          { header: '序号', width: 8, value: (a) => a.seq },
          { header: '时间', width: 24, value: (a) => shanghaiDateTime(a.at) },
          { header: '操作人', value: (a) => a.actorLabel },
          { header: '操作', width: 30, value: (a) => a.actionLabel },
          { header: '操作代码', width: 26, value: (a) => a.action },
          { header: '对象类型', value: (a) => a.targetLabel },
          { header: '对象', width: 38, value: (a) => a.targetId },
          { header: '来源 IP', value: (a) => a.ip },
          { header: '哈希', width: 66, value: (a) => a.hash },
        ],
        rows.map((row) => ({ ...row, ...presentAudit(row) })),
      );
    },
  );

  app.get(
    '/audit/verify',
    {
      config: { guard: guard('verify') },
      schema: { tags: ['audit'], summary: '校验审计哈希链', response: { 200: auditVerifySchema } },
    },
    async () => verifyAuditChain(app.db),
  );

  app.get(
    '/audit/checkpoint',
    {
      config: { guard: 'public' },
      schema: {
        tags: ['audit'],
        summary: '审计链最新的签名检查点（公开，供上级节点与公众见证）',
        response: { 200: auditCheckpointSchema },
      },
    },
    async () => {
      const checkpoint = await latestCheckpoint(app.db);
      if (!checkpoint) {
        throw new AppError('not_found', { entity: 'audit_checkpoint' });
      }
      return checkpoint;
    },
  );
};
