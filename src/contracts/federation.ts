/** The network (issue #12): the public change feed, and the hub's nodes, runs and harvested catalog. */
import { z } from 'zod';
import { FEDERATED_RECORD_TYPES } from '../domain/federation/feed.ts';

export const feedQuerySchema = z.object({
  after: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

export const feedItemSchema = z.object({
  urn: z.string(),
  op: z.enum(['upsert', 'delete']),
  version: z.number().int(),
  sourceModifiedAt: z.iso.datetime(),
  contentHash: z.string().optional(),
  payload: z.record(z.string(), z.unknown()).optional(),
});

export const feedPageSchema = z.object({
  items: z.array(feedItemSchema),
  /** The cursor to pass as `after` for the next page ('' at the end of a snapshot). */
  next: z.string(),
  /** The newest position the feed could serve when this page was read. */
  highWater: z.string(),
  /** True when `next` has reached `highWater` (the consumer is caught up). */
  complete: z.boolean(),
});

export const nodeViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  baseUrl: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  status: z.enum(['active', 'paused']),
  cursor: z.string().nullable(),
  highWater: z.string().nullable(),
  lag: z.number().int(),
  lastRunAt: z.iso.datetime().nullable(),
  lastSuccessAt: z.iso.datetime().nullable(),
  lastError: z.string().nullable(),
  liveRecords: z.number().int(),
  running: z.boolean(),
  /** SM2 public key of the node's transparency log (registered, or taken from its first verified head). */
  publicKey: z.string().nullable(),
  /** Size of the node's newest tree head this hub verified and co-signed. */
  witnessedTreeSize: z.number().int(),
  witnessError: z.string().nullable(),
});
export type NodeView = z.infer<typeof nodeViewSchema>;

export const registerNodeBodySchema = z.object({
  name: z.string().trim().min(1).max(100),
  baseUrl: z
    .string()
    .trim()
    .max(300)
    .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, { message: '请输入以 http:// 或 https:// 开头的节点地址' }),
  regionCode: z.string().regex(/^\d{6}$/, { message: '请输入 6 位行政区划代码' }),
  publicKey: z
    .string()
    .regex(/^04[0-9a-f]{128}$/i, { message: '请输入 SM2 公钥（04 开头的 130 位十六进制）' })
    .nullish(),
});

export const runViewSchema = z.object({
  id: z.uuid(),
  mode: z.enum(['changes', 'snapshot']),
  status: z.enum(['running', 'succeeded', 'failed']),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  pages: z.number().int(),
  applied: z.number().int(),
  skipped: z.number().int(),
  failed: z.number().int(),
  swept: z.number().int(),
  error: z.string().nullable(),
  failures: z.array(z.object({ urn: z.string(), reason: z.string() })),
});
export type RunView = z.infer<typeof runViewSchema>;

export const networkRecordsQuerySchema = z.object({
  type: z.enum(FEDERATED_RECORD_TYPES).optional(),
  q: z.string().trim().max(100).optional(),
  /** Two-digit province code (GB/T 2260 prefix) of the record's region. */
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  nodeId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const networkRecordSchema = z.object({
  nodeId: z.uuid(),
  nodeName: z.string(),
  urn: z.string(),
  recordType: z.enum(FEDERATED_RECORD_TYPES),
  title: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  version: z.number().int(),
  sourceModifiedAt: z.iso.datetime(),
  harvestedAt: z.iso.datetime(),
  /** The record at its source installation. */
  sourceUrl: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
});

export const networkRecordListSchema = z.object({
  items: z.array(networkRecordSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  facets: z.object({
    province: z.array(z.object({ value: z.string(), name: z.string(), count: z.number().int() })),
    recordType: z.array(z.object({ value: z.string(), count: z.number().int() })),
  }),
});
export type NetworkRecordList = z.infer<typeof networkRecordListSchema>;

export const witnessQuerySchema = z.object({
  /** The log's SM2 public key (hex), as in its signed tree heads. */
  logKey: z.string().regex(/^04[0-9a-fA-F]{128}$/),
  limit: z.coerce.number().int().min(1).max(100).default(10),
});
