/**
 * Annual reports (年度工作情况报告): the operator files its center's report for a finished year, with the
 * values its records prove beside the declared ones; authorities list who filed (overdue ones flagged and
 * reminded). Both lists export to .xlsx through the same loaders.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../app/actor.ts';
import { provenValues } from '../../app/evaluation/prefill.ts';
import { remindOverdueReports } from '../../app/evaluation/remind-overdue-reports.ts';
import { saveAnnualReport } from '../../app/evaluation/save-annual-report.ts';
import { submitAnnualReport } from '../../app/evaluation/submit-annual-report.ts';
import { AppError } from '../../app/errors.ts';
import {
  annualReportViewSchema,
  centerReportsSchema,
  remindBodySchema,
  remindResultSchema,
  reportExportQuerySchema,
  reportListQuerySchema,
  reportStandingPageSchema,
  saveAnnualReportBodySchema,
  versionBodySchema,
  yearParams,
  type ReportListQuery,
  type ReportStandingView,
} from '../../contracts/evaluation.ts';
import { yesNo, zhLabelOf } from '../../contracts/vocabulary-labels.ts';
import type { Db } from '../../db/client.ts';
import { findCenterBySlug, type CenterRow } from '../../db/loaders/centers.ts';
import { centerYears, findReport, reportsOfCenter } from '../../db/loaders/evaluation.ts';
import { getPack } from '../../domain/policy/packs/index.ts';
import { EXPORT_LIMIT, sendWorkbook, type Column } from '../excel.ts';
import { authorize, can, listScope, type Policy } from '../policies/core.ts';
import { annualReportPolicy } from '../policies/evaluation.ts';
import { actorOf } from '../plugins/auth.ts';
import { presentReport, presentStanding } from '../presenters/evaluation.ts';
import { lastFinishedYear } from '../../app/evaluation/last-finished-year.ts';

const reportGuard = (action: string) => ({
  guard: { policy: annualReportPolicy as Policy<never>, action },
});
const slugParams = z.object({ slug: z.string().min(1).max(100) });
const reportTags = ['annual-reports'];

/** The center by slug, if the actor may `action` its reports (unknown or unreadable → 404, else 403). */
async function reportCenter(db: Db, actor: Actor, slug: string, action: 'read' | 'file'): Promise<CenterRow> {
  const center = await findCenterBySlug(db, slug);
  if (!center || !can(annualReportPolicy, actor, 'read', center)) {
    throw new AppError('not_found', { entity: 'center' });
  }
  authorize(annualReportPolicy, actor, action, center);
  return center;
}

/** Every finished year since the center's recognition, newest first, with its report's standing (list and export). */
async function centerStandings(db: Db, center: CenterRow): Promise<ReportStandingView[]> {
  const reports = await reportsOfCenter(db, center.id);
  const items: ReportStandingView[] = [];
  if (center.recognisedOn) {
    const first = Number(center.recognisedOn.slice(0, 4));
    for (let year = lastFinishedYear(); year >= first; year -= 1) {
      items.push(presentStanding(center, year, reports.find((r) => r.year === year) ?? null));
    }
  }
  return items;
}

/** The recognised centers in the actor's jurisdiction with their report of `year`, filtered (list and export). */
async function jurisdictionStandings(
  db: Db,
  actor: Actor,
  year: number,
  filter: Pick<ReportListQuery, 'state' | 'overdue'>,
): Promise<ReportStandingView[]> {
  const rows = await centerYears(db, listScope(annualReportPolicy, actor), year);
  return rows
    .filter((r) => r.center.status === 'recognised')
    .map((r) => presentStanding(r.center, year, r.report))
    .filter((s) => (filter.state ? s.state === filter.state : true))
    .filter((s) => (filter.overdue ? String(s.overdue) === filter.overdue : true));
}

/** A report's standing as the screens show it: its state, when due, whether late, when filed. */
const standingColumns: Column<ReportStandingView>[] = [
  { header: '报送状态', width: 10, value: (r) => zhLabelOf('reportState', r.state) },
  { header: '截止日期', width: 14, value: (r) => r.dueOn ?? '按年度通知' },
  { header: '逾期未报', width: 10, value: (r) => yesNo(r.overdue) },
  { header: '逾期报送', width: 10, value: (r) => yesNo(r.late) },
  { header: '报送日期', width: 12, value: (r) => r.submittedOn },
];

export const annualReportRoutes: FastifyPluginAsyncZod = async (app) => {
  async function reportView(db: Db, actor: Actor, center: CenterRow, year: number) {
    const report = (await findReport(db, center.id, year)) ?? null;
    const pack = center.packId ? getPack(center.packId) : undefined;
    const proven = pack ? await provenValues(db, center, pack, year) : {};
    return presentReport(center, year, report, proven, can(annualReportPolicy, actor, 'file', center));
  }

  app.get(
    '/centers/:slug/annual-reports',
    {
      config: reportGuard('read'),
      schema: {
        tags: reportTags,
        summary: '促进中心各年度工作情况报告（报送状态、截止日期）',
        params: slugParams,
        response: { 200: centerReportsSchema },
      },
    },
    async (request) => {
      const center = await reportCenter(app.db, actorOf(request), request.params.slug, 'read');
      return { items: await centerStandings(app.db, center) };
    },
  );

  app.get(
    '/centers/:slug/annual-reports/export.xlsx',
    {
      config: reportGuard('read'),
      schema: { tags: reportTags, summary: '导出促进中心各年度工作情况报告的报送情况', params: slugParams },
    },
    async (request, reply) => {
      const center = await reportCenter(app.db, actorOf(request), request.params.slug, 'read');
      return sendWorkbook(
        reply,
        `年度工作情况报告（${center.name}）.xlsx`,
        '年度工作情况报告',
        [{ header: '年度', width: 8, value: (r) => r.year }, ...standingColumns],
        await centerStandings(app.db, center),
      );
    },
  );

  app.get(
    '/centers/:slug/annual-reports/:year',
    {
      config: reportGuard('read'),
      schema: {
        tags: reportTags,
        summary: '年度工作情况报告（含由记录计算的参考值）',
        params: yearParams,
        response: { 200: annualReportViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const center = await reportCenter(app.db, actor, request.params.slug, 'read');
      return reportView(app.db, actor, center, request.params.year);
    },
  );

  app.put(
    '/centers/:slug/annual-reports/:year',
    {
      config: reportGuard('file'),
      schema: {
        tags: reportTags,
        summary: '保存年度工作情况报告草稿（运营方）',
        params: yearParams,
        body: saveAnnualReportBodySchema,
        response: { 200: annualReportViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { slug, year } = request.params;
      const center = await app.db.transaction(async (tx) => {
        const c = await reportCenter(tx, actor, slug, 'file');
        await saveAnnualReport({ actor, tx, center: c, year, input: request.body });
        return c;
      });
      return reportView(app.db, actor, center, year);
    },
  );

  app.post(
    '/centers/:slug/annual-reports/:year/submit',
    {
      config: reportGuard('file'),
      schema: {
        tags: reportTags,
        summary: '报送年度工作情况报告（运营方；报送后不可修改）',
        params: yearParams,
        body: versionBodySchema,
        response: { 200: annualReportViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { slug, year } = request.params;
      const center = await app.db.transaction(async (tx) => {
        const c = await reportCenter(tx, actor, slug, 'file');
        const report = await findReport(tx, c.id, year);
        if (!report) {
          throw new AppError('not_found', { entity: 'annual_report' });
        }
        await submitAnnualReport({ actor, tx, center: c, report, version: request.body.version });
        return c;
      });
      return reportView(app.db, actor, center, year);
    },
  );

  app.get(
    '/annual-reports',
    {
      config: reportGuard('read'),
      schema: {
        tags: reportTags,
        summary: '年度工作情况报告报送情况（辖区内；可筛选逾期）',
        querystring: reportListQuerySchema,
        response: { 200: reportStandingPageSchema },
      },
    },
    async (request) => {
      const { year, page, pageSize, ...filter } = request.query;
      const all = await jurisdictionStandings(app.db, actorOf(request), year, filter);
      return { items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length, page, pageSize };
    },
  );

  app.get(
    '/annual-reports/export.xlsx',
    {
      config: reportGuard('read'),
      schema: {
        tags: reportTags,
        summary: '导出年度工作情况报告报送情况（不指定年度时为上一年度）',
        querystring: reportExportQuerySchema,
      },
    },
    async (request, reply) => {
      const { year: asked, ...filter } = request.query;
      const year = asked ?? lastFinishedYear();
      const rows = await jurisdictionStandings(app.db, actorOf(request), year, filter);
      return sendWorkbook(
        reply,
        `年度工作情况报告报送情况（${year}年度）.xlsx`,
        '报送情况',
        [
          { header: '年度', width: 8, value: (r) => r.year },
          { header: '促进中心', width: 36, value: (r) => r.centerName },
          { header: '属地', width: 20, value: (r) => r.regionName },
          { header: '适用政策', width: 30, value: (r) => r.packName?.zh ?? '' },
          ...standingColumns,
          { header: '催报日期', width: 12, value: (r) => r.overdueNotifiedOn },
        ],
        rows.slice(0, EXPORT_LIMIT),
      );
    },
  );

  app.post(
    '/annual-reports/reminders',
    {
      config: reportGuard('remind'),
      schema: {
        tags: reportTags,
        summary: '催报：向逾期未报送的促进中心及其主管部门发出提醒（每份报告一次）',
        body: remindBodySchema,
        response: { 200: remindResultSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return app.db.transaction(async (tx) => {
        const rows = (
          await centerYears(tx, listScope(annualReportPolicy, actor, 'remind'), request.body.year)
        ).filter((r) => r.center.status === 'recognised');
        return remindOverdueReports({ actor, tx, year: request.body.year, rows });
      });
    },
  );
};
