/**
 * The public directory (名录) of promotion centers: list with filters, export, detail, the public map's
 * per-province counts; the per-province overview for admins.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  directoryDetailSchema,
  directoryMapSchema,
  directoryPageSchema,
  directoryQuerySchema,
  directorySummarySchema,
} from '../../contracts/directory.ts';
import { isoDateSchema } from '../../contracts/common.ts';
import { AppError } from '../../app/errors.ts';
import { today } from '../../app/publicity/clock.ts';
import {
  directoryStatuses,
  findDirectoryEntry,
  listDirectory,
  recognisedByProvince,
} from '../../db/loaders/directory.ts';
import { jurisdictionPrefix } from '../../domain/jurisdiction/index.ts';
import { listProvinces } from '../../domain/reference/regions.ts';
import { EXPORT_LIMIT, sendWorkbook } from '../excel.ts';
import { listScope, type Policy } from '../policies/core.ts';
import { directoryPolicy } from '../policies/directory.ts';
import { actorOf } from '../plugins/auth.ts';
import {
  directionName,
  directoryLabelTables as L,
  presentDirectoryDetail,
  presentDirectoryEntry,
  zhLabel,
} from '../presenters/directory.ts';

export const directoryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/directory',
    {
      config: { guard: 'public' },
      schema: {
        tags: ['directory'],
        summary: '促进中心名录（公开）',
        querystring: directoryQuerySchema,
        response: { 200: directoryPageSchema },
      },
    },
    async (request) => {
      const { rows, total } = await listDirectory(app.db, {
        ...request.query,
        asOf: request.query.asOf ?? today(),
      });
      return {
        items: rows.map(presentDirectoryEntry),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.get(
    '/directory/export.xlsx',
    {
      config: { guard: 'public' },
      schema: {
        tags: ['directory'],
        summary: '导出促进中心名录',
        querystring: directoryQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (request, reply) => {
      const asOf = request.query.asOf ?? today();
      const { rows } = await listDirectory(app.db, {
        ...request.query,
        asOf,
        page: 1,
        pageSize: EXPORT_LIMIT,
      });
      return sendWorkbook(
        reply,
        `促进中心名录（截至${asOf}）.xlsx`,
        '名录',
        [
          { header: '序号', width: 8, value: (r) => r.serial },
          { header: '促进中心名称', width: 40, value: (r) => r.name },
          { header: '级别', width: 10, value: (r) => zhLabel(L.level, r.level) },
          { header: '类型', width: 10, value: (r) => zhLabel(L.type, r.type) },
          {
            header: '功能方向',
            width: 18,
            value: (r) => zhLabel(L.kind, r.kind) || directionName(r.packId, r.direction),
          },
          { header: '属地', width: 28, value: (r) => presentDirectoryEntry(r).regionName },
          { header: '牵头单位', width: 36, value: (r) => r.leadOrganisationName },
          { header: '认定日期', width: 14, value: (r) => r.recognisedOn },
          { header: '状态', width: 10, value: (r) => zhLabel(L.status, r.status) },
        ],
        rows.map((r, i) => ({ ...r, serial: i + 1 })),
      );
    },
  );

  app.get(
    '/directory/summary',
    {
      config: { guard: { policy: directoryPolicy as Policy<never>, action: 'summary' } },
      schema: {
        tags: ['directory'],
        summary: '名录分省统计（全国名录）',
        querystring: z.object({ asOf: isoDateSchema.optional() }),
        response: { 200: directorySummarySchema },
      },
    },
    async (request) => {
      const asOf = request.query.asOf ?? today();
      const scope = listScope(directoryPolicy, actorOf(request), 'summary');
      const prefixes = scope.all ? [''] : scope.regionPrefixes;
      const rows: Awaited<ReturnType<typeof directoryStatuses>> = [];
      for (const prefix of prefixes) {
        rows.push(...(await directoryStatuses(app.db, asOf, prefix)));
      }
      const provinces = listProvinces()
        .filter((p) => prefixes.some((prefix) => p.code.startsWith(prefix)))
        .map((p) => {
          const mine = rows.filter((r) => r.regionCode.startsWith(jurisdictionPrefix(p.code)));
          const byLevel: Record<string, number> = {};
          for (const r of mine.filter((x) => x.status === 'recognised')) {
            byLevel[r.level] = (byLevel[r.level] ?? 0) + 1;
          }
          return {
            regionCode: p.code,
            regionName: p.name,
            recognised: mine.filter((r) => r.status === 'recognised').length,
            revoked: mine.filter((r) => r.status === 'revoked').length,
            byLevel,
          };
        });
      return { asOf, provinces };
    },
  );

  app.get(
    '/directory/map',
    {
      config: { guard: 'public' },
      schema: {
        tags: ['directory'],
        summary: '名录地图：各省已认定促进中心数（公开）',
        querystring: z.object({ asOf: isoDateSchema.optional() }),
        response: { 200: directoryMapSchema },
      },
    },
    async (request) => {
      const asOf = request.query.asOf ?? today();
      const counts = await recognisedByProvince(app.db, asOf);
      return {
        asOf,
        provinces: listProvinces().map((p) => ({
          regionCode: p.code,
          regionName: p.name,
          recognised: counts.get(p.code.slice(0, 2)) ?? 0,
        })),
      };
    },
  );

  app.get(
    '/directory/:id',
    {
      config: { guard: 'public' },
      schema: {
        tags: ['directory'],
        summary: '名录条目详情（公开）',
        params: z.object({ id: z.uuid() }),
        querystring: z.object({ asOf: isoDateSchema.optional() }),
        response: { 200: directoryDetailSchema },
      },
    },
    async (request) => {
      const entry = await findDirectoryEntry(app.db, request.params.id, request.query.asOf ?? today());
      if (!entry) {
        throw new AppError('not_found', { entity: 'center' });
      }
      return presentDirectoryDetail(entry);
    },
  );
};
