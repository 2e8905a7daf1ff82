import { sql } from 'drizzle-orm';
import {
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { centers } from './centers.ts';
import { organisations } from './organisations.ts';
import { users } from './accounts.ts';
import { files } from './recognition.ts';

/** A `tsvector` built in the app from Chinese-aware tokens (src/domain/search), never by a database parser. */
const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
});

/**
 * A resource in a center's pool (资源池): supplier, solution, model, algorithm, tool, dataset, knowledge,
 * case or infrastructure. The card's shared fields are columns (they are filtered and faceted); the
 * kind-specific details are JSON validated by src/contracts/resources.ts.
 */
export const resources = pgTable(
  'resources',
  {
    id: uuid('id').primaryKey(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    providerName: text('provider_name').notNull(),
    providerCreditCode: text('provider_credit_code'),
    industryCodes: text('industry_codes').array().notNull(),
    scenarios: text('scenarios').array().notNull(),
    /** GB/T 2260 codes served; 000000 = the whole country. */
    regionCodes: text('region_codes').array().notNull(),
    priceModel: text('price_model').notNull(),
    priceFen: integer('price_fen'),
    /** public | on_request | members_only */
    access: text('access').notNull(),
    /** draft | published | archived */
    status: text('status').notNull(),
    releaseVersion: text('release_version').notNull().default(''),
    attachments: jsonb('attachments').$type<{ name: string; url: string }[]>().notNull().default([]),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    /** Supplier grade (分级评价) derived from the evaluation's weighted score; null for other kinds. */
    grade: text('grade'),
    gradeScore: real('grade_score'),
    infrastructureSubkind: text('infrastructure_subkind'),
    reuseCount: integer('reuse_count').notNull().default(0),
    deploymentCount: integer('deployment_count').notNull().default(0),
    /**
     * Every searchable word (title, summary, provider, kind, details) without positions, plus facet and
     * sampling-bucket lexemes (src/domain/search/tokenize.ts filterLexemes); matched through its GIN index.
     */
    searchVector: tsvector('search_vector').notNull(),
    /** The title alone, small enough to rank every match cheaply (a title hit outranks a summary hit). */
    titleVector: tsvector('title_vector').notNull().default(''),
    importBatchId: uuid('import_batch_id'),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('resources_search_idx').using('gin', t.searchVector),
    index('resources_industries_idx').using('gin', t.industryCodes),
    index('resources_scenarios_idx').using('gin', t.scenarios),
    index('resources_regions_idx').using('gin', t.regionCodes),
    index('resources_center_idx').on(t.centerId, t.updatedAt),
    // The catalog's sort orders, read in index order for a broad search (src/db/loaders/resources.ts).
    index('resources_published_order_idx')
      .on(t.publishedAt.desc().nullsLast(), t.id.desc())
      .where(sql`status = 'published'`),
    index('resources_reuse_order_idx')
      .on(sql`(reuse_count + deployment_count) desc`, t.publishedAt.desc().nullsLast(), t.id.desc())
      .where(sql`status = 'published'`),
    index('resources_title_idx').using('gin', t.titleVector),
    index('resources_provider_idx').on(t.providerName),
    index('resources_kind_idx').on(t.kind, t.grade),
  ],
);

/** Who took a resource up and when: reuse of a model/tool, or deployment of a product in an enterprise. */
export const resourceAdoptions = pgTable(
  'resource_adoptions',
  {
    id: uuid('id').primaryKey(),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => resources.id),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    /** reuse | deployment */
    kind: text('kind').notNull(),
    adopterName: text('adopter_name').notNull(),
    adopterCreditCode: text('adopter_credit_code'),
    adopterOrganisationId: uuid('adopter_organisation_id').references(() => organisations.id),
    adoptedOn: date('adopted_on', { mode: 'string' }).notNull(),
    note: text('note').notNull().default(''),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('resource_adoptions_resource_idx').on(t.resourceId),
    index('resource_adoptions_center_idx').on(t.centerId, t.adoptedOn),
  ],
);

/** A request to see a gated resource's attachments, decided by the center's operator. */
export const resourceAccessRequests = pgTable(
  'resource_access_requests',
  {
    id: uuid('id').primaryKey(),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => resources.id),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    requesterUserId: uuid('requester_user_id')
      .notNull()
      .references(() => users.id),
    requesterOrganisationId: uuid('requester_organisation_id')
      .notNull()
      .references(() => organisations.id),
    purpose: text('purpose').notNull(),
    /** pending | approved | rejected */
    status: text('status').notNull(),
    note: text('note').notNull().default(''),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('resource_access_requests_center_idx').on(t.centerId, t.status),
    index('resource_access_requests_requester_idx').on(t.resourceId, t.requesterUserId),
  ],
);

/**
 * A file uploaded to a resource (产品手册, 数据样例, 模型说明 …): the bytes live in the content-addressed store
 * (src/app/files/store.ts), the name, type and size in `files`. Downloads follow the resource's access rule.
 */
export const resourceFiles = pgTable(
  'resource_files',
  {
    id: uuid('id').primaryKey(),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => resources.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('resource_files_resource_idx').on(t.resourceId, t.createdAt)],
);
