/**
 * The public transparency log (docs/transparency.md): signed tree heads, proofs and the leaves of published
 * decisions, readable without an account by anyone who wants to check this installation's history.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  consistencyProofSchema,
  consistencyQuerySchema,
  decisionParamsSchema,
  decisionProofSchema,
  decisionQuerySchema,
  entryParamsSchema,
  inclusionProofSchema,
  inclusionQuerySchema,
  logEntrySchema,
  publishResultSchema,
  signedTreeHeadSchema,
  treeHeadListQuerySchema,
  treeHeadListSchema,
  treeSizeParamsSchema,
} from '../../contracts/transparency.ts';
import { AppError } from '../../app/errors.ts';
import {
  consistencyProofBetween,
  decisionProof,
  inclusionProofAt,
  latestTreeHead,
  listTreeHeads,
  logEntryAt,
  publishTreeHead,
  treeHeadAt,
} from '../../app/transparency.ts';
import type { Policy } from '../policies/core.ts';
import { auditPolicy } from '../policies/audit.ts';

const tags = ['transparency'];

export const transparencyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/sth',
    {
      config: { guard: 'public' },
      schema: { tags, summary: '最新的签名树头（公开）', response: { 200: signedTreeHeadSchema } },
    },
    async () => {
      const head = await latestTreeHead(app.db);
      if (!head) {
        throw new AppError('not_found', { entity: 'tree_head' });
      }
      return head;
    },
  );

  app.post(
    '/sth',
    {
      config: { guard: { policy: auditPolicy as Policy<never>, action: 'verify' } },
      schema: { tags, summary: '立即发布签名树头（管理员）', response: { 200: publishResultSchema } },
    },
    async () => publishTreeHead(app.db),
  );

  app.get(
    '/sths',
    {
      config: { guard: 'public' },
      schema: {
        tags,
        summary: '已发布的签名树头（公开，新的在前）',
        querystring: treeHeadListQuerySchema,
        response: { 200: treeHeadListSchema },
      },
    },
    async (request) => ({ items: await listTreeHeads(app.db, request.query) }),
  );

  app.get(
    '/sth/:treeSize',
    {
      config: { guard: 'public' },
      schema: {
        tags,
        summary: '指定大小的签名树头（公开）',
        params: treeSizeParamsSchema,
        response: { 200: signedTreeHeadSchema },
      },
    },
    async (request) => {
      const head = await treeHeadAt(app.db, request.params.treeSize);
      if (!head) {
        throw new AppError('not_found', { entity: 'tree_head' });
      }
      return head;
    },
  );

  app.get(
    '/proof/inclusion',
    {
      config: { guard: 'public' },
      schema: {
        tags,
        summary: '包含证明（RFC 9162 §2.1.3，公开）',
        querystring: inclusionQuerySchema,
        response: { 200: inclusionProofSchema },
      },
    },
    async (request) => inclusionProofAt(app.db, request.query.leafIndex, request.query.treeSize),
  );

  app.get(
    '/proof/consistency',
    {
      config: { guard: 'public' },
      schema: {
        tags,
        summary: '一致性证明（RFC 9162 §2.1.4，公开）',
        querystring: consistencyQuerySchema,
        response: { 200: consistencyProofSchema },
      },
    },
    async (request) => consistencyProofBetween(app.db, request.query.first, request.query.second),
  );

  app.get(
    '/entries/:index',
    {
      config: { guard: 'public' },
      schema: {
        tags,
        summary: '日志条目：已公开的决定显示内容，其余只显示哈希（公开）',
        params: entryParamsSchema,
        response: { 200: logEntrySchema },
      },
    },
    async (request) => logEntryAt(app.db, request.params.index),
  );

  app.get(
    '/decisions/:decisionId',
    {
      config: { guard: 'public' },
      schema: {
        tags,
        summary: '已公开决定的日志记录及其包含证明（认定、评价结果、撤销；公开）',
        params: decisionParamsSchema,
        querystring: decisionQuerySchema,
        response: { 200: decisionProofSchema },
      },
    },
    async (request) => decisionProof(app.db, request.params.decisionId, request.query),
  );
};
