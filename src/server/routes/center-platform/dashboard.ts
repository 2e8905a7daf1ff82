/** The center dashboard: record-proven metrics for a year, monthly trends, and the records behind each number. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  centerSummarySchema,
  dashboardViewSchema,
  drillDownQuerySchema,
  evidencePageSchema,
  metricsQuerySchema,
} from '../../../contracts/center-platform/metrics.ts';
import { AppError } from '../../../app/errors.ts';
import { computeCenterMetrics, computeMetricTrends } from '../../../app/metrics/compute-center-metrics.ts';
import { listPlatformCenters } from '../../../db/loaders/center-platform/centers.ts';
import { loadEvidence } from '../../../db/loaders/center-platform/evidence.ts';
import { findMetric } from '../../../domain/metrics/index.ts';
import { findRecordMetric, notProvableHere, yearPeriod } from '../../../domain/metrics/from-records.ts';
import { can, listScope } from '../../policies/core.ts';
import { centerPlatformPolicy } from '../../policies/center-platform.ts';
import { actorOf } from '../../plugins/auth.ts';
import { loadCenter, metricsGuard, slugParams } from './common.ts';

const tags = ['center-platform'];

export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/me/centers',
    {
      config: { guard: 'authenticated' },
      schema: {
        tags,
        summary: '我可使用或管理的促进中心',
        response: { 200: z.object({ items: z.array(centerSummarySchema) }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const scope = listScope(centerPlatformPolicy, actor, 'viewMetrics');
      const enterprise = actor.grants.some((g) => g.role === 'enterprise');
      const rows = await listPlatformCenters(app.db, scope, enterprise);
      return {
        items: rows.map((c) => ({
          id: c.id,
          name: c.name,
          slug: c.slug,
          regionCode: c.regionCode,
          status: c.status,
          operate: can(centerPlatformPolicy, actor, 'operate', c),
        })),
      };
    },
  );

  app.get(
    '/centers/:slug/dashboard',
    {
      config: metricsGuard,
      schema: {
        tags,
        summary: '促进中心看板：由记录计算的指标',
        params: slugParams,
        querystring: metricsQuerySchema,
        response: { 200: dashboardViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const center = await loadCenter(app.db, actor, request.params.slug, 'viewMetrics');
      const started = performance.now();
      const period = yearPeriod(request.query.year);
      const results = await computeCenterMetrics(app.db, center.id, period);
      const trends = await computeMetricTrends(app.db, center.id, period);
      return {
        center: { id: center.id, name: center.name, slug: center.slug },
        year: request.query.year,
        metrics: results.map((r) => {
          const def = findMetric(r.key)!;
          return {
            key: r.key,
            zh: def.zh,
            en: def.en,
            unit: def.unit,
            period: def.period,
            value: r.value,
            pending: { value: r.pending.value, count: r.pending.records.length },
            disputed: { value: r.disputed.value, count: r.disputed.records.length },
          };
        }),
        trends,
        notProvable: Object.entries(notProvableHere).map(([key, reason]) => ({
          key,
          zh: findMetric(key)?.zh ?? key,
          reason,
        })),
        computedInMs: Math.round(performance.now() - started),
      };
    },
  );

  app.get(
    '/centers/:slug/metrics/:key/records',
    {
      config: metricsGuard,
      schema: {
        tags,
        summary: '指标背后的记录（穿透）',
        params: slugParams.extend({ key: z.string().max(64) }),
        querystring: drillDownQuerySchema,
        response: { 200: evidencePageSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const center = await loadCenter(app.db, actor, request.params.slug, 'viewMetrics');
      if (!findRecordMetric(request.params.key)) {
        throw new AppError('not_found', { entity: 'metric' });
      }
      const [result] = await computeCenterMetrics(app.db, center.id, yearPeriod(request.query.year), [
        request.params.key,
      ]);
      const refs =
        request.query.part === 'value'
          ? result!.records
          : request.query.part === 'pending'
            ? result!.pending.records
            : result!.disputed.records;
      const { page, pageSize } = request.query;
      const items = await loadEvidence(app.db, refs.slice((page - 1) * pageSize, page * pageSize));
      return { items, total: refs.length, page, pageSize };
    },
  );
};
