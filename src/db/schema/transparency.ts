import { bigint, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The transparency log's Merkle tree (src/domain/transparency): the hash of every complete aligned
 * subtree — level 0 holds the leaf hashes, level k the subtree over leaves [index·2^k, (index+1)·2^k).
 * Such a subtree never changes once its last leaf exists, so it is written once; a root or a proof for
 * any tree size is then O(log n) stored hashes instead of a pass over every entry. Append-only, like
 * the audit log it mirrors: the hashes recorded here are what later edits to audit_log are checked
 * against.
 */
export const transparencyNodes = pgTable(
  'transparency_nodes',
  {
    level: integer('level').notNull(),
    index: bigint('index', { mode: 'number' }).notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.level, t.index] })],
);

/**
 * Signed tree heads (RFC 9162 §4.10) as published, one per tree size. Append-only; witness
 * co-signatures, when hubs add them, go in a table of their own so a head is never rewritten.
 */
export const transparencyTreeHeads = pgTable('transparency_tree_heads', {
  treeSize: bigint('tree_size', { mode: 'number' }).primaryKey(),
  rootHash: text('root_hash').notNull(),
  timestamp: timestamp('timestamp', { withTimezone: true, mode: 'string' }).notNull(),
  algorithm: text('algorithm').notNull(),
  publicKey: text('public_key').notNull(),
  signature: text('signature').notNull(),
});
