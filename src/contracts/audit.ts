/** Audit-log contracts: an append-only, SM3 hash-chained record of every state change. */
import { z } from 'zod';
import { isoDateSchema, pageOf, pageQuerySchema } from './common.ts';

export const auditEntryViewSchema = z.object({
  seq: z.number().int(),
  id: z.string(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  /** The action's readable name in the request's language (the code stays in `action`). */
  actionLabel: z.string(),
  targetType: z.string(),
  targetLabel: z.string(),
  targetId: z.string().nullable(),
  ip: z.string().nullable(),
  beforeDigest: z.string().nullable(),
  afterDigest: z.string().nullable(),
  summary: z.string(),
  hash: z.string(),
});
export type AuditEntryView = z.infer<typeof auditEntryViewSchema>;
export const auditPageSchema = pageOf(auditEntryViewSchema);

export const auditListQuerySchema = pageQuerySchema.extend({
  action: z.string().trim().max(64).optional(),
  actor: z.string().trim().max(64).optional(),
  targetType: z.string().trim().max(64).optional(),
  targetId: z.string().trim().max(64).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
export type AuditListQuery = z.infer<typeof auditListQuerySchema>;

export const auditVerifySchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  algorithm: z.enum(['sm3', 'sha256']),
  /** Signed checkpoints the chain was compared with, and the newest one's seq. */
  checkpoints: z.number().int(),
  lastCheckpointSeq: z.number().int().nullable(),
  firstProblem: z
    .object({
      seq: z.number().int(),
      kind: z.enum(['altered', 'missing', 'broken_link', 'truncated', 'rewritten', 'checkpoint_invalid']),
      detail: z.string(),
    })
    .nullable(),
});
export type AuditVerifyResult = z.infer<typeof auditVerifySchema>;

/** A signed checkpoint of the audit chain's head (SM2 over the canonical JSON of the other fields). */
export const auditCheckpointSchema = z.object({
  seq: z.number().int(),
  hash: z.string(),
  at: z.string(),
  algorithm: z.enum(['sm3', 'sha256']),
  publicKey: z.string(),
  signature: z.string(),
});
export type AuditCheckpointView = z.infer<typeof auditCheckpointSchema>;
