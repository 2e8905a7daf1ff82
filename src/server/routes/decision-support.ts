/**
 * 决策支持 routes: the 2025 targets against actual values, monitoring series with anomalies, risk
 * warnings and the network dashboard. Every read is scoped by the same policies as the rest.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  closeWarningBodySchema,
  commentBodySchema,
  dashboardQuerySchema,
  dashboardSchema,
  enterActualBodySchema,
  importActualsResultSchema,
  importSeriesBodySchema,
  refreshResultSchema,
  seriesSummarySchema,
  seriesViewSchema,
  targetListSchema,
  targetViewSchema,
  warningListQuerySchema,
  warningViewSchema,
} from '../../contracts/decision-support.ts';
import type { Actor } from '../../app/actor.ts';
import { AppError } from '../../app/errors.ts';
import { importSeries } from '../../app/monitoring/import-series.ts';
import { refreshMonitoring } from '../../app/monitoring/refresh.ts';
import { acknowledgeWarning, closeWarning, commentOnWarning } from '../../app/monitoring/warnings.ts';
import { today } from '../../app/publicity/clock.ts';
import { actualsTemplate, importTargetActuals } from '../../app/targets/import-actuals.ts';
import { enterTargetActual } from '../../app/targets/record-actual.ts';
import { packRegion, targetsPack, targetStatuses } from '../../app/targets/status.ts';
import type { Db } from '../../db/client.ts';
import {
  centerCountsByRegion,
  countOpenWarnings,
  findSeries,
  findWarning,
  listSeries,
  listWarnings,
  seriesPoints,
  type WarningRow,
} from '../../db/loaders/decision-support.ts';
import { describeRefusal, robustZTrailing12 } from '../../domain/monitoring/index.ts';
import { NATIONAL_REGION_CODE, jurisdictionPrefix } from '../../domain/jurisdiction/index.ts';
import { childrenOf, isValidRegionCode, regionFullName, regionName } from '../../domain/reference/regions.ts';
import { actorOf } from '../plugins/auth.ts';
import { authorize, can, listScope, type Policy } from '../policies/core.ts';
import { monitoringPolicy, targetPolicy, warningPolicy } from '../policies/decision-support.ts';
import { presentSeries, presentTargets, presentWarnings } from '../presenters/decision-support.ts';

const tags = ['decision-support'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const guard = (policy: Policy<never>, action: string) => ({ guard: { policy, action } });
const targetGuard = (action: string) => guard(targetPolicy as Policy<never>, action);
const monitorGuard = (action: string) => guard(monitoringPolicy as Policy<never>, action);
const warningGuard = (action: string) => guard(warningPolicy as Policy<never>, action);
const idParams = z.object({ id: z.uuid() });
const targetParams = z.object({ id: z.string().min(1).max(64) });

/** The widest jurisdiction the actor holds among authority grants. */
function homeRegion(actor: Actor): string {
  const codes = actor.grants
    .filter((g) => ['national_admin', 'provincial_admin', 'city_officer'].includes(g.role))
    .map((g) => (g.role === 'national_admin' ? NATIONAL_REGION_CODE : (g.regionCode ?? '')));
  return codes.sort((a, b) => jurisdictionPrefix(a).length - jurisdictionPrefix(b).length)[0] ?? '';
}

async function loadWarning(db: Db, actor: Actor, id: string, action: string): Promise<WarningRow> {
  const row = await findWarning(db, id);
  if (!row) {
    throw new AppError('not_found', { entity: 'risk_warning' });
  }
  authorize(warningPolicy, actor, 'read', row);
  authorize(warningPolicy, actor, action, row);
  return row;
}

export const decisionSupportRoutes: FastifyPluginAsyncZod = async (app) => {
  // Target-value imports arrive as the raw .xlsx bytes (as the ledger import does).
  app.addContentTypeParser(
    [XLSX, 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );

  async function targetList(db: Db, actor: Actor) {
    const pack = targetsPack();
    const subject = { regionCode: packRegion(pack) };
    authorize(targetPolicy, actor, 'read', subject);
    return presentTargets(pack, await targetStatuses(db, today()), today(), {
      enter: can(targetPolicy, actor, 'enter', subject),
      import: can(targetPolicy, actor, 'import', subject),
    });
  }

  app.get(
    '/targets',
    {
      config: targetGuard('read'),
      schema: {
        tags,
        summary: '2025年目标：实际值（平台计算/录入/导入）、线性预测、状态与责任单位',
        response: { 200: targetListSchema },
      },
    },
    async (request) => targetList(app.db, actorOf(request)),
  );

  app.post(
    '/targets/:id/actuals',
    {
      config: targetGuard('enter'),
      schema: {
        tags,
        summary: '录入目标实际值（附依据）',
        params: targetParams,
        body: enterActualBodySchema,
        response: { 200: targetViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const pack = targetsPack();
      const target = pack.targets.find((t) => t.id === request.params.id);
      if (!target) {
        throw new AppError('not_found', { entity: 'target' });
      }
      const subject = { regionCode: packRegion(pack) };
      authorize(targetPolicy, actor, 'read', subject);
      authorize(targetPolicy, actor, 'enter', subject);
      return app.db.transaction(async (tx) => {
        await enterTargetActual({
          actor,
          tx,
          packId: pack.id,
          targetId: target.id,
          regionCode: subject.regionCode,
          ...request.body,
        });
        const list = await targetList(tx, actor);
        return list.items.find((t) => t.id === target.id)!;
      });
    },
  );

  app.get(
    '/targets/import/template.xlsx',
    { config: targetGuard('import'), schema: { tags, summary: '目标实际值导入模板' } },
    async (request, reply) => {
      const actor = actorOf(request);
      const pack = targetsPack();
      authorize(targetPolicy, actor, 'import', { regionCode: packRegion(pack) });
      const buffer = await actualsTemplate(pack);
      return reply
        .header('content-type', XLSX)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent('目标实际值导入模板.xlsx')}`,
        )
        .serializer((x: unknown) => x as string)
        .send(buffer);
    },
  );

  app.post(
    '/targets/import',
    {
      config: targetGuard('import'),
      bodyLimit: 10 * 1024 * 1024,
      schema: {
        tags,
        summary: '从 .xlsx 导入目标实际值（先试导入，再全部提交）',
        description:
          '请求体为 .xlsx 文件内容，列：目标编号、实际值、截至日期、依据。dryRun=true 只检查并逐行报告错误；提交时有任何错误则一条也不导入。',
        querystring: z.object({
          dryRun: z.enum(['true', 'false']).default('true'),
          fileName: z.string().max(200).default('import.xlsx'),
        }),
        response: { 200: importActualsResultSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const body = request.body;
      if (!Buffer.isBuffer(body) || body.length === 0) {
        throw new AppError('import.unreadable', { reason: '请上传 .xlsx 文件' });
      }
      const pack = targetsPack();
      authorize(targetPolicy, actor, 'import', { regionCode: packRegion(pack) });
      return app.db.transaction(async (tx) =>
        importTargetActuals({
          actor,
          tx,
          pack,
          buffer: body,
          fileName: request.query.fileName,
          today: today(),
          dryRun: request.query.dryRun === 'true',
        }),
      );
    },
  );

  app.get(
    '/monitoring/series',
    {
      config: monitorGuard('read'),
      schema: { tags, summary: '监测序列（本辖区）', response: { 200: z.array(seriesSummarySchema) } },
    },
    async (request) => {
      const rows = await listSeries(app.db, listScope(monitoringPolicy, actorOf(request)));
      return rows.map((s) => ({
        id: s.id,
        name: s.name,
        indicator: s.indicator,
        unit: s.unit,
        regionCode: s.regionCode,
        regionName: regionFullName(s.regionCode) ?? s.regionCode,
        source: s.source as 'computed' | 'imported',
        months: s.months,
        lastPeriod: s.lastPeriod,
      }));
    },
  );

  async function seriesView(db: Db, actor: Actor, id: string) {
    const s = await findSeries(db, id);
    if (!s) {
      throw new AppError('not_found', { entity: 'monitoring_series' });
    }
    authorize(monitoringPolicy, actor, 'read', s);
    const points = (await seriesPoints(db, [s.id])).map((p) => ({ period: p.period, value: p.value }));
    const outcome = robustZTrailing12.detect(points, { mergeJanFeb: s.mergeJanFeb });
    return presentSeries(s, points, outcome, describeRefusal);
  }

  app.get(
    '/monitoring/series/:id',
    {
      config: monitorGuard('read'),
      schema: {
        tags,
        summary: '监测序列详情：逐月数值与异常点（每点说明基准、偏离、稳健Z分数、阈值与方法）',
        params: idParams,
        response: { 200: seriesViewSchema },
      },
    },
    async (request) => seriesView(app.db, actorOf(request), request.params.id),
  );

  app.post(
    '/monitoring/series',
    {
      config: monitorGuard('import'),
      schema: {
        tags,
        summary: '导入监测序列（CSV：period,value）',
        body: importSeriesBodySchema,
        response: { 200: seriesViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const body = request.body;
      if (!isValidRegionCode(body.regionCode)) {
        throw new AppError('request.validation', {}, [
          {
            field: 'regionCode',
            code: 'request.validation',
            message: { zh: '未知的行政区划代码', en: 'Unknown region code' },
          },
        ]);
      }
      authorize(monitoringPolicy, actor, 'import', { regionCode: body.regionCode });
      return app.db.transaction(async (tx) => {
        const id = await importSeries({ actor, tx, ...body });
        return seriesView(tx, actor, id);
      });
    },
  );

  app.post(
    '/monitoring/refresh',
    {
      config: monitorGuard('refresh'),
      schema: {
        tags,
        summary: '刷新本辖区的监测序列并按预警规则生成预警（重复运行不会重复生成）',
        response: { 200: refreshResultSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const scope = listScope(monitoringPolicy, actor, 'refresh');
      return app.db.transaction(async (tx) =>
        refreshMonitoring({ actor, tx, scope, scopeRegion: homeRegion(actor), today: today() }),
      );
    },
  );

  async function warningViews(db: Db, actor: Actor, rows: WarningRow[]) {
    return presentWarnings(db, rows, (w) => ({
      acknowledge: w.status === 'open' && can(warningPolicy, actor, 'acknowledge', w),
      comment: w.status !== 'closed' && can(warningPolicy, actor, 'comment', w),
      close: w.status !== 'closed' && can(warningPolicy, actor, 'close', w),
    }));
  }

  app.get(
    '/warnings',
    {
      config: warningGuard('read'),
      schema: {
        tags,
        summary: '风险预警（本辖区；默认未关闭的）',
        querystring: warningListQuerySchema,
        response: { 200: z.array(warningViewSchema) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const status = request.query.status;
      const statuses = status === 'active' ? ['open', 'acknowledged'] : [status];
      const rows = await listWarnings(app.db, listScope(warningPolicy, actor), statuses);
      return warningViews(app.db, actor, rows);
    },
  );

  const warningAction = (
    url: string,
    action: 'acknowledge' | 'comment' | 'close',
    summary: string,
    body: z.ZodType,
    run: (tx: Db, actor: Actor, w: WarningRow, body: never) => Promise<void>,
  ) =>
    app.post(
      url,
      {
        config: warningGuard(action),
        schema: { tags, summary, params: idParams, body, response: { 200: warningViewSchema } },
      },
      async (request) => {
        const actor = actorOf(request);
        return app.db.transaction(async (tx) => {
          const w = await loadWarning(tx, actor, request.params.id, action);
          await run(tx, actor, w, request.body as never);
          const [view] = await warningViews(tx, actor, [(await findWarning(tx, w.id))!]);
          return view!;
        });
      },
    );

  warningAction(
    '/warnings/:id/acknowledge',
    'acknowledge',
    '确认收到预警',
    z.object({}).strict().default({}),
    (tx, actor, warning) => acknowledgeWarning({ actor, tx, warning }),
  );
  warningAction(
    '/warnings/:id/comments',
    'comment',
    '对预警发表意见',
    commentBodySchema,
    (tx, actor, warning, body: { body: string }) => commentOnWarning({ actor, tx, warning, body: body.body }),
  );
  warningAction(
    '/warnings/:id/close',
    'close',
    '关闭预警（填写处理结果）',
    closeWarningBodySchema,
    (tx, actor, warning, body: { note: string }) => closeWarning({ actor, tx, warning, note: body.note }),
  );

  app.get(
    '/decision/dashboard',
    {
      config: monitorGuard('dashboard'),
      schema: {
        tags,
        summary: '决策支持看板：本辖区各地区促进中心数（按级别）、未关闭预警数',
        querystring: dashboardQuerySchema,
        response: { 200: dashboardSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const region = request.query.region ?? homeRegion(actor);
      if (region !== NATIONAL_REGION_CODE && !isValidRegionCode(region)) {
        throw new AppError('not_found', { entity: 'region' });
      }
      authorize(monitoringPolicy, actor, 'read', { regionCode: region });
      const scope = {
        all: region === NATIONAL_REGION_CODE,
        regionPrefixes: [jurisdictionPrefix(region)],
        organisationIds: [],
      };
      const counts = await centerCountsByRegion(app.db, scope);
      // National → provinces, province → its cities, city → itself.
      const parts =
        region === NATIONAL_REGION_CODE || region.endsWith('0000')
          ? childrenOf(region)
          : [{ code: region, name: regionName(region) ?? region }];
      const buckets = parts.map((r) => ({
        regionCode: r.code,
        regionName: r.name,
        national: 0,
        provincial: 0,
        municipal: 0,
      }));
      for (const c of counts) {
        const b = buckets.find((x) => c.regionCode.startsWith(jurisdictionPrefix(x.regionCode)));
        if (b && (c.level === 'national' || c.level === 'provincial' || c.level === 'municipal')) {
          b[c.level] += c.n;
        }
      }
      const pack = targetsPack();
      return {
        region: { code: region, name: regionFullName(region) ?? region },
        centersByRegion: buckets,
        openWarnings: await countOpenWarnings(app.db, scope),
        showTargets: can(targetPolicy, actor, 'read', { regionCode: packRegion(pack) }),
      };
    },
  );
};
