import {
  bigint,
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * The change feed's outbox (docs/federation.md). A trigger on every table that holds public records writes
 * one row per change in the same transaction as the change, so no writer can forget it. Only the newest
 * row per record is kept (the trigger deletes the older one): the feed says "this record changed", and
 * its payload is read from the record's current public projection when the feed is served.
 */
export const federationOutbox = pgTable(
  'federation_outbox',
  {
    /** Position within a transaction; also the record's version at this installation (strictly increasing). */
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    /** The writing transaction's id (pg_current_xact_id): the feed serves only rows below the xmin horizon. */
    txid: bigint('txid', { mode: 'number' }).notNull(),
    /** center | resource | call | publicity_notice | need */
    recordType: text('record_type').notNull(),
    recordId: uuid('record_id').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('federation_outbox_position_idx').on(t.txid, t.seq),
    index('federation_outbox_record_idx').on(t.recordType, t.recordId),
  ],
);

/**
 * One row: this installation's feed identity (cursors from another feed are foreign) and the position up
 * to which tombstones were purged (a cursor before it is expired: the hub must take a snapshot).
 */
export const federationFeedState = pgTable('federation_feed_state', {
  id: integer('id').primaryKey(),
  feedId: uuid('feed_id').notNull(),
  /** The region in this installation's URNs (GB/T 2260); 000000 until configured (DTPC_FEDERATION_REGION). */
  regionCode: text('region_code').notNull().default('000000'),
  purgedTxid: bigint('purged_txid', { mode: 'number' }).notNull().default(0),
  purgedSeq: bigint('purged_seq', { mode: 'number' }).notNull().default(0),
  purgedAt: timestamp('purged_at', { withTimezone: true, mode: 'date' }),
});

/** At a hub: a node whose feed it harvests (a province, or a city under a province hub). */
export const federationNodes = pgTable('federation_nodes', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  /** Base URL of the node, e.g. https://dtpc.sd.example.cn (the feed is at /api/federation/v1/changes). */
  baseUrl: text('base_url').notNull().unique(),
  regionCode: text('region_code').notNull(),
  /** The node's SM2 public key (hex), for its signed tree heads; optional until the node publishes one. */
  publicKey: text('public_key'),
  /** active | paused */
  status: text('status').notNull().default('active'),
  cursor: text('cursor'),
  highWater: text('high_water'),
  /** Feed entries between the cursor and the node's high-water mark at the last run (approximate). */
  lag: integer('lag').notNull().default(0),
  lastRunAt: timestamp('last_run_at', { withTimezone: true, mode: 'date' }),
  lastSuccessAt: timestamp('last_success_at', { withTimezone: true, mode: 'date' }),
  lastError: text('last_error'),
  /** The size of the node's newest tree head this hub verified and co-signed (0: none yet). */
  witnessedTreeSize: bigint('witnessed_tree_size', { mode: 'number' }).notNull().default(0),
  /** Why the node's log could not be witnessed (rolled back, forked, bad signature); null when it could. */
  witnessError: text('witness_error'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

/**
 * At a hub: a record harvested from a node. Identity is (node, urn), never a slug or title; the source's
 * modified time is kept apart from the harvest time; a tombstone soft-deletes (deletedAt) and keeps the
 * last payload for the provenance trail.
 */
export const federationRecords = pgTable(
  'federation_records',
  {
    nodeId: uuid('node_id')
      .notNull()
      .references(() => federationNodes.id),
    urn: text('urn').notNull(),
    recordType: text('record_type').notNull(),
    /** The origin's version of the record (its outbox position): a change applies only when newer. */
    version: bigint('version', { mode: 'number' }).notNull(),
    contentHash: text('content_hash').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    title: text('title').notNull().default(''),
    regionCode: text('region_code').notNull().default(''),
    sourceModifiedAt: timestamp('source_modified_at', { withTimezone: true, mode: 'date' }).notNull(),
    firstHarvestedAt: timestamp('first_harvested_at', { withTimezone: true, mode: 'date' }).notNull(),
    harvestedAt: timestamp('harvested_at', { withTimezone: true, mode: 'date' }).notNull(),
    deletedAt: timestamp('deleted_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    primaryKey({ columns: [t.nodeId, t.urn] }),
    index('federation_records_type_idx').on(t.recordType, t.regionCode),
  ],
);

/** At a hub: every change applied to a harvested record, with the run that applied it. */
export const federationProvenance = pgTable(
  'federation_provenance',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    nodeId: uuid('node_id').notNull(),
    urn: text('urn').notNull(),
    runId: uuid('run_id').notNull(),
    /** upsert | delete | sweep (absent from a snapshot) */
    op: text('op').notNull(),
    version: bigint('version', { mode: 'number' }).notNull(),
    contentHash: text('content_hash'),
    sourceModifiedAt: timestamp('source_modified_at', { withTimezone: true, mode: 'date' }),
    appliedAt: timestamp('applied_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('federation_provenance_record_idx').on(t.nodeId, t.urn, t.id)],
);

/** At a hub: one harvest run of one node, with its progress while it runs. */
export const federationRuns = pgTable(
  'federation_runs',
  {
    id: uuid('id').primaryKey(),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => federationNodes.id),
    /** changes | snapshot */
    mode: text('mode').notNull(),
    /** running | succeeded | failed */
    status: text('status').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'date' }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date' }),
    pages: integer('pages').notNull().default(0),
    applied: integer('applied').notNull().default(0),
    skipped: integer('skipped').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    swept: integer('swept').notNull().default(0),
    cursorFrom: text('cursor_from'),
    cursorTo: text('cursor_to'),
    error: text('error'),
    failures: jsonb('failures').$type<{ urn: string; reason: string }[]>().notNull().default([]),
  },
  (t) => [index('federation_runs_node_idx').on(t.nodeId, t.startedAt)],
);

/**
 * At a hub: the nodes' signed tree heads it verified (signature, and consistency with the previous one it
 * saw) and co-signed as a witness. Published, so that anyone holding a node's head can check that the hub
 * saw the same history; a node that rewrites its log can no longer produce a head consistent with these.
 */
export const federationWitnessedHeads = pgTable(
  'federation_witnessed_heads',
  {
    nodeId: uuid('node_id')
      .notNull()
      .references(() => federationNodes.id),
    treeSize: bigint('tree_size', { mode: 'number' }).notNull(),
    rootHash: text('root_hash').notNull(),
    /** The node's log key (the log's identity). */
    logPublicKey: text('log_public_key').notNull(),
    head: jsonb('head').$type<Record<string, unknown>>().notNull(),
    cosignature: jsonb('cosignature').$type<Record<string, unknown>>().notNull(),
    witnessedAt: timestamp('witnessed_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.nodeId, t.treeSize] }),
    index('federation_witnessed_heads_log_idx').on(t.logPublicKey, t.treeSize),
  ],
);
