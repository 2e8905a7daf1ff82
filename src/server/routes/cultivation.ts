/**
 * 培育情况表 (fujian-cultivation-2022): city officers keep their city's rows; the province reads all its
 * cities'; the export follows the document's layout (title, 单位/日期 header, the pack's columns).
 */
import ExcelJS from 'exceljs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  cultivationEntryBodySchema,
  cultivationEntryViewSchema,
  cultivationListQuerySchema,
  cultivationPageSchema,
  updateCultivationEntryBodySchema,
} from '../../contracts/recognition.ts';
import { okSchema } from '../../contracts/common.ts';
import type { Actor } from '../../app/actor.ts';
import { AppError } from '../../app/errors.ts';
import {
  CULTIVATION_PACK,
  createCultivationEntry,
  deleteCultivationEntry,
  updateCultivationEntry,
} from '../../app/recognition/cultivation.ts';
import { shanghaiToday } from '../../app/recognition/context.ts';
import type { Db } from '../../db/client.ts';
import { findCultivationEntry, listCultivationEntries } from '../../db/loaders/cultivation.ts';
import { getPack } from '../../domain/policy/index.ts';
import { regionFullName, regionName } from '../../domain/reference/regions.ts';
import { authorize, listScope, type Policy } from '../policies/core.ts';
import { cultivationPolicy } from '../policies/cultivation.ts';
import { actorOf } from '../plugins/auth.ts';
import { presentCultivation } from '../presenters/recognition.ts';
import { EXPORT_LIMIT } from '../excel.ts';
import { zhLabelOf } from '../../contracts/vocabulary-labels.ts';

const guard = (action: string) => ({ policy: cultivationPolicy as Policy<never>, action });
const idParams = z.object({ id: z.uuid() });

async function loadEntry(db: Db, actor: Actor, id: string, action: 'read' | 'manage') {
  const entry = await findCultivationEntry(db, id);
  if (!entry) {
    throw new AppError('not_found', { entity: 'cultivation_entry' });
  }
  const subject = { id: entry.id, regionCode: entry.regionCode };
  // Reads out of view answer 404; writes out of jurisdiction 403.
  authorize(cultivationPolicy, actor, action, subject);
  return entry;
}

function template() {
  const t = getPack(CULTIVATION_PACK)?.reportTemplates.find((x) => x.id === 'cultivation_report');
  if (!t) {
    throw new Error('the cultivation report template is missing from its pack');
  }
  return t;
}

export const cultivationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/cultivation-report',
    {
      config: { guard: guard('read') },
      schema: {
        tags: ['recognition'],
        summary: '培育情况表（市级维护，省级汇总）',
        querystring: cultivationListQuerySchema,
        response: { 200: cultivationPageSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { rows, total } = await listCultivationEntries(
        app.db,
        listScope(cultivationPolicy, actor),
        request.query,
      );
      return {
        items: rows.map((r) => presentCultivation(r, actor)),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.get(
    '/cultivation-report/export.xlsx',
    {
      config: { guard: guard('read') },
      schema: {
        tags: ['recognition'],
        summary: '导出培育情况表（按文件表样）',
        querystring: cultivationListQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { rows } = await listCultivationEntries(app.db, listScope(cultivationPolicy, actor), {
        ...request.query,
        page: 1,
        pageSize: EXPORT_LIMIT,
      });
      const t = template();
      const workbook = new ExcelJS.Workbook();
      workbook.creator = 'DTPC';
      const sheet = workbook.addWorksheet('培育情况表');
      const width = t.columns.length;
      sheet.mergeCells(1, 1, 1, width);
      sheet.getCell(1, 1).value = t.name.zh;
      sheet.getCell(1, 1).font = { bold: true, size: 16 };
      sheet.getCell(1, 1).alignment = { horizontal: 'center' };
      const cities = [...new Set(rows.map((r) => r.regionCode))];
      const unit = request.query.regionCode
        ? (regionName(request.query.regionCode) ?? request.query.regionCode)
        : cities.length === 1
          ? (regionName(cities[0]!) ?? cities[0]!)
          : cities.map((c) => regionName(c) ?? c).join('、') || '—';
      sheet.getCell(2, 1).value = `单位：${unit}`;
      sheet.mergeCells(2, 1, 2, Math.max(1, width - 3));
      sheet.getCell(2, width - 2).value = `日期：${shanghaiToday().replace(/-/g, '.')}`;
      sheet.mergeCells(2, width - 2, 2, width);
      const header = sheet.getRow(3);
      t.columns.forEach((c, i) => {
        header.getCell(i + 1).value = c.zh;
      });
      header.font = { bold: true };
      header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      const widths: Record<string, number> = {
        serialNo: 6,
        capabilitySummary: 40,
        physicalSites: 30,
        memberOrgs: 28,
      };
      sheet.columns = t.columns.map((c) => ({ width: widths[c.key] ?? 18 }));
      for (const r of rows) {
        const values: Record<string, string | number> = {
          serialNo: r.serialNo,
          name: r.name,
          category: zhLabelOf('centerType', r.category),
          leadOrg: r.leadOrg,
          memberOrgs: r.memberOrgs.join('、'),
          capabilitySummary: r.capabilitySummary,
          physicalSites: r.physicalSites,
          constructionPeriod: r.constructionPeriod,
          jurisdiction: regionFullName(r.jurisdiction) ?? r.jurisdiction,
        };
        const row = sheet.addRow(t.columns.map((c) => values[c.key] ?? ''));
        row.alignment = { wrapText: true, vertical: 'top' };
      }
      const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent('培育情况表.xlsx')}`,
        )
        .serializer((x: unknown) => x as string)
        .send(buffer);
    },
  );

  app.post(
    '/cultivation-report',
    {
      config: { guard: guard('manage') },
      schema: {
        tags: ['recognition'],
        summary: '新增培育情况记录（本市）',
        body: cultivationEntryBodySchema,
        response: { 200: cultivationEntryViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const grant = actor.grants.find((g) => g.role === 'city_officer');
      const regionCode = request.body.regionCode ?? grant?.regionCode;
      if (!regionCode) {
        throw new AppError('forbidden');
      }
      authorize(cultivationPolicy, actor, 'manage', { id: '', regionCode });
      const id = await app.db.transaction((tx) =>
        createCultivationEntry({ actor, tx, input: request.body, regionCode }),
      );
      return presentCultivation((await findCultivationEntry(app.db, id))!, actor);
    },
  );

  app.patch(
    '/cultivation-report/:id',
    {
      config: { guard: guard('manage') },
      schema: {
        tags: ['recognition'],
        summary: '修改培育情况记录',
        params: idParams,
        body: updateCultivationEntryBodySchema,
        response: { 200: cultivationEntryViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) =>
        updateCultivationEntry({
          actor,
          tx,
          entry: await loadEntry(tx, actor, request.params.id, 'manage'),
          input: request.body,
        }),
      );
      return presentCultivation((await findCultivationEntry(app.db, request.params.id))!, actor);
    },
  );

  app.delete(
    '/cultivation-report/:id',
    {
      config: { guard: guard('manage') },
      schema: {
        tags: ['recognition'],
        summary: '删除培育情况记录',
        params: idParams,
        querystring: z.object({ version: z.coerce.number().int().min(1) }),
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) =>
        deleteCultivationEntry({
          actor,
          tx,
          entry: await loadEntry(tx, actor, request.params.id, 'manage'),
          version: request.query.version,
        }),
      );
      return { ok: true as const };
    },
  );
};
