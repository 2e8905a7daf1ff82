/**
 * The network (docs/federation.md). Public: this installation's change feed and snapshot, the exact
 * contract other installations harvest. Hub administration: registering nodes, harvesting them, their
 * status, and the catalog of what was harvested.
 */
import {
  federatedRecordTypeLabels,
  type FederatedRecordTypeLabelKey,
} from '../../contracts/federation-labels.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  feedPageSchema,
  feedQuerySchema,
  networkRecordListSchema,
  networkRecordsQuerySchema,
  nodeViewSchema,
  registerNodeBodySchema,
  runViewSchema,
  witnessQuerySchema,
} from '../../contracts/federation.ts';
import { witnessedHeads, witnessedHeadSchema } from '../../app/federation/witness.ts';
import { readChanges, readSnapshot } from '../../app/federation/feed.ts';
import { harvestNode, recentRuns, registerNode } from '../../app/federation/harvest.ts';
import { listNetworkRecords, nodeViews } from '../../app/federation/network.ts';
import { authorize, type Policy } from '../policies/core.ts';
import { federationPolicy } from '../policies/federation.ts';
import { actorOf } from '../plugins/auth.ts';
import { EXPORT_LIMIT, sendWorkbook, shanghaiDateTime } from '../excel.ts';

const tags = ['federation'];
const guard = (action: string) => ({ guard: { policy: federationPolicy as Policy<never>, action } });

function presentRun(r: Awaited<ReturnType<typeof recentRuns>>[number]) {
  return {
    id: r.id,
    mode: r.mode === 'snapshot' ? ('snapshot' as const) : ('changes' as const),
    status: r.status as 'running' | 'succeeded' | 'failed',
    startedAt: r.startedAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
    pages: r.pages,
    applied: r.applied,
    skipped: r.skipped,
    failed: r.failed,
    swept: r.swept,
    error: r.error,
    failures: r.failures,
  };
}

export const federationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/federation/v1/changes',
    {
      config: { guard: 'public' },
      schema: {
        tags,
        summary: '变更流：公开记录在游标之后的新增、修改与删除（墓碑）',
        querystring: feedQuerySchema,
        response: { 200: feedPageSchema },
      },
    },
    async (request) => readChanges(app.db, request.query),
  );

  app.get(
    '/federation/v1/snapshot',
    {
      config: { guard: 'public' },
      schema: {
        tags,
        summary: '全量快照：当前全部公开记录（游标过期后使用）',
        querystring: feedQuerySchema,
        response: { 200: feedPageSchema },
      },
    },
    async (request) => readSnapshot(app.db, request.query),
  );

  app.get(
    '/federation/v1/witness',
    {
      config: { guard: 'public' },
      schema: {
        tags,
        summary: '本枢纽见证并联署的节点签名树头（按节点日志公钥）',
        querystring: witnessQuerySchema,
        response: { 200: z.object({ items: z.array(witnessedHeadSchema) }) },
      },
    },
    async (request) => ({ items: await witnessedHeads(app.db, request.query.logKey, request.query.limit) }),
  );

  app.get(
    '/federation/nodes',
    {
      config: guard('readNetwork'),
      schema: {
        tags,
        summary: '已登记节点及其采集状态',
        response: { 200: z.object({ items: z.array(nodeViewSchema) }) },
      },
    },
    async (request) => {
      authorize(federationPolicy, actorOf(request), 'readNetwork', null);
      return { items: await nodeViews(app.db) };
    },
  );

  app.post(
    '/federation/nodes',
    {
      config: guard('manageNodes'),
      schema: { tags, summary: '登记节点', body: registerNodeBodySchema, response: { 201: nodeViewSchema } },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorize(federationPolicy, actor, 'manageNodes', null);
      const node = await app.db.transaction((tx) => registerNode(tx, actor, request.body));
      const view = (await nodeViews(app.db)).find((n) => n.id === node.id)!;
      return reply.code(201).send(view);
    },
  );

  app.post(
    '/federation/nodes/:id/harvest',
    {
      config: guard('harvest'),
      schema: {
        tags,
        summary: '立即采集该节点（后台运行，返回本次采集）',
        params: z.object({ id: z.uuid() }),
        response: { 202: runViewSchema },
      },
    },
    async (request, reply) => {
      authorize(federationPolicy, actorOf(request), 'harvest', null);
      const nodeId = request.params.id;
      const runId = await new Promise<string>((resolve, reject) => {
        harvestNode(app.db, nodeId, { onStarted: resolve }).catch((e: unknown) => {
          reject(e);
          request.log.error(e);
        });
      });
      const [run] = (await recentRuns(app.db, nodeId, 5)).filter((r) => r.id === runId);
      return reply.code(202).send(presentRun(run!));
    },
  );

  app.get(
    '/federation/nodes/:id/runs',
    {
      config: guard('readNetwork'),
      schema: {
        tags,
        summary: '该节点最近的采集记录（含进行中的进度）',
        params: z.object({ id: z.uuid() }),
        response: { 200: z.object({ items: z.array(runViewSchema) }) },
      },
    },
    async (request) => {
      authorize(federationPolicy, actorOf(request), 'readNetwork', null);
      return { items: (await recentRuns(app.db, request.params.id)).map(presentRun) };
    },
  );

  app.get(
    '/federation/records',
    {
      config: guard('readNetwork'),
      schema: {
        tags,
        summary: '全网目录：各节点采集到的公开记录（按省份分面）',
        querystring: networkRecordsQuerySchema,
        response: { 200: networkRecordListSchema },
      },
    },
    async (request) => {
      authorize(federationPolicy, actorOf(request), 'readNetwork', null);
      return listNetworkRecords(app.db, request.query);
    },
  );

  app.get(
    '/federation/records/export.xlsx',
    {
      config: guard('readNetwork'),
      schema: {
        tags,
        summary: '导出全网目录（当前筛选条件）',
        querystring: networkRecordsQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (request, reply) => {
      authorize(federationPolicy, actorOf(request), 'readNetwork', null);
      const list = await listNetworkRecords(app.db, { ...request.query, page: 1, pageSize: EXPORT_LIMIT });
      return sendWorkbook(
        reply,
        '全网目录.xlsx',
        '全网目录',
        [
          { header: '名称', width: 40, value: (r) => r.title },
          {
            header: '类型',
            width: 12,
            value: (r) => federatedRecordTypeLabels[r.recordType as FederatedRecordTypeLabelKey]?.zh ?? '',
          },
          { header: '地区', width: 24, value: (r) => r.regionName },
          { header: '来源节点', width: 20, value: (r) => r.nodeName },
          { header: '源端更新时间', width: 18, value: (r) => shanghaiDateTime(r.sourceModifiedAt) },
          { header: '采集时间', width: 18, value: (r) => shanghaiDateTime(r.harvestedAt) },
          { header: '原记录地址', width: 50, value: (r) => r.sourceUrl ?? '' },
          { header: '记录标识', width: 60, value: (r) => r.urn },
        ],
        list.items,
      );
    },
  );
};
