import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The audit chain. Append-only (a trigger rejects UPDATE and DELETE); each row's hash covers its own
 * content and the previous row's hash, so an altered or removed row breaks verification from there on.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    id: uuid('id').notNull().unique(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    ip: text('ip'),
    /** Region the target belongs to, so provincial admins see their own province's entries. */
    scopeRegion: text('scope_region'),
    beforeDigest: text('before_digest'),
    afterDigest: text('after_digest'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull(),
    algorithm: text('algorithm').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_target_idx').on(t.targetType, t.targetId),
    index('audit_log_actor_idx').on(t.actorUserId),
    index('audit_log_at_idx').on(t.at),
    index('audit_log_scope_idx').on(t.scopeRegion),
  ],
);

/**
 * Signed checkpoints of the chain's head (src/domain/audit/checkpoint.ts). Also appended to a file outside
 * the database, so deleting these rows together with the newest log rows is still detected.
 */
export const auditCheckpoints = pgTable('audit_checkpoints', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  hash: text('hash').notNull(),
  at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
  algorithm: text('algorithm').notNull(),
  publicKey: text('public_key').notNull(),
  signature: text('signature').notNull(),
});
