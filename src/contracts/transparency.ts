/**
 * The public transparency log (RFC 9162 in spirit, SM3/SM2 in substance): signed tree heads, inclusion and
 * consistency proofs, and the leaf records of published decisions. Shared by the routes, the CLI's remote
 * verification and the public "验证决定" page.
 */
import { z } from 'zod';
import { idSchema } from './common.ts';

const hashSchema = z.string().regex(/^[0-9a-f]{64}$/);
/** Tree sizes and leaf indexes: non-negative safe integers (bigint columns). */
const MAX_TREE_SIZE = Number.MAX_SAFE_INTEGER;

/** A size or index in a query or path; zod's own (localised) messages name the field. */
function sizeParam(min: number) {
  return z.coerce.number().int().min(min).max(MAX_TREE_SIZE);
}

export const witnessCosignatureSchema = z.object({
  publicKey: z.string(),
  timestamp: z.string(),
  signature: z.string(),
});

export const signedTreeHeadSchema = z.object({
  treeSize: z.number().int(),
  rootHash: hashSchema,
  timestamp: z.string(),
  algorithm: z.literal('sm3-sm2'),
  publicKey: z.string(),
  signature: z.string(),
  /** Co-signatures of witnesses (hubs); absent until a witness has signed. */
  witnesses: z.array(witnessCosignatureSchema).optional(),
});
export type SignedTreeHeadView = z.infer<typeof signedTreeHeadSchema>;

export const treeHeadListQuerySchema = z.object({
  /** Heads with a tree size below this (the next page); newest first. */
  before: sizeParam(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const treeHeadListSchema = z.object({ items: z.array(signedTreeHeadSchema) });

export const treeSizeParamsSchema = z.object({ treeSize: sizeParam(0) });

export const inclusionQuerySchema = z.object({
  leafIndex: sizeParam(0),
  /** Defaults to the latest signed tree head. */
  treeSize: sizeParam(1).optional(),
});
export const inclusionProofSchema = z.object({
  leafIndex: z.number().int(),
  treeSize: z.number().int(),
  leafHash: hashSchema,
  /** PATH(leafIndex, D[treeSize]) of RFC 9162 §2.1.3.1, leaf side first. */
  auditPath: z.array(hashSchema),
});
export type InclusionProofView = z.infer<typeof inclusionProofSchema>;

export const consistencyQuerySchema = z.object({
  first: sizeParam(1),
  second: sizeParam(1),
});
export const consistencyProofSchema = z.object({
  first: z.number().int(),
  second: z.number().int(),
  /** PROOF(first, D[second]) of RFC 9162 §2.1.4.1; empty when first = second. */
  consistencyPath: z.array(hashSchema),
});
export type ConsistencyProofView = z.infer<typeof consistencyProofSchema>;

export const decisionKindSchema = z.enum(['recognition', 'rating', 'revocation']);

/** The leaf record (src/domain/transparency/leaf.ts): what a published decision's leaf hashes. */
export const leafRecordSchema = z.object({
  v: z.literal(1),
  seq: z.number().int(),
  id: z.string(),
  at: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  scopeRegion: z.string().nullable(),
  beforeDigest: z.string().nullable(),
  afterDigest: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  chainHash: z.string(),
});
export type LeafRecordView = z.infer<typeof leafRecordSchema>;

export const entryParamsSchema = z.object({ index: sizeParam(0) });
export const logEntrySchema = z.object({
  leafIndex: z.number().int(),
  /** The leaf hash as recorded in the tree. */
  leafHash: hashSchema,
  /** The decision this entry records, when it is a published one; otherwise only the hash is public. */
  decisionKind: decisionKindSchema.nullable(),
  record: leafRecordSchema.nullable(),
});
export type LogEntryView = z.infer<typeof logEntrySchema>;

export const decisionParamsSchema = z.object({ decisionId: idSchema });
export const decisionQuerySchema = z.object({
  kind: decisionKindSchema.optional(),
  treeSize: sizeParam(1).optional(),
});
/** Everything needed to check a decision offline: its leaf record, the head, and the audit path. */
export const decisionProofSchema = z.object({
  decisionKind: decisionKindSchema,
  decisionId: z.string(),
  record: leafRecordSchema,
  leafIndex: z.number().int(),
  treeHead: signedTreeHeadSchema,
  auditPath: z.array(hashSchema),
});
export type DecisionProofView = z.infer<typeof decisionProofSchema>;

export const publishResultSchema = z.object({
  published: z.boolean(),
  treeHead: signedTreeHeadSchema.nullable(),
});
