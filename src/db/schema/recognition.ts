import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from './organisations.ts';
import { users } from './accounts.ts';

/** One required material of a call (申报书, 建设方案, 合作协议 …). */
export interface CallMaterial {
  key: string;
  name: { zh: string; en: string };
  required: boolean;
}

/** A quota of a call: per type/kind/direction, `approximate` for 左右. */
export interface CallQuota {
  key: string;
  count: number;
  approximate: boolean;
}

/**
 * A call for applications (申报通知 / 申报批次): a yearly call under one policy pack, issued by an
 * authority for its region. Draft → published → closed.
 */
export const calls = pgTable(
  'calls',
  {
    id: uuid('id').primaryKey(),
    packId: text('pack_id').notNull(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    level: text('level').notNull(),
    types: text('types').array().notNull(),
    kinds: text('kinds').array().notNull(),
    directions: text('directions').array().notNull(),
    quotas: jsonb('quotas').$type<CallQuota[]>().notNull(),
    requiredMaterials: jsonb('required_materials').$type<CallMaterial[]>().notNull(),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    /** draft | published | closed */
    status: text('status').notNull(),
    issuingOrganisationId: uuid('issuing_organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The issuing authority's jurisdiction root (GB/T 2260; 000000 national). */
    regionCode: text('region_code').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('calls_region_idx').on(t.regionCode), index('calls_status_idx').on(t.status, t.year)],
);

/** The applicant's working copy of the form (申报书 data) while drafting; frozen into a version on submit. */
export interface ApplicationForm {
  summary: string;
  buildStatus: 'built' | 'under_construction' | 'planned' | null;
  consortiumAgreementSigned: boolean;
  metricValues: Record<string, number>;
  facts: Record<string, boolean>;
  factDates: Record<string, string>;
  incidents: { date: string; kind: string; severity: string; description?: string }[];
}

/** An application (申报) by a lead unit to one call. `state` is the workflow state (src/domain/workflow). */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey(),
    callId: uuid('call_id')
      .notNull()
      .references(() => calls.id),
    leadOrganisationId: uuid('lead_organisation_id')
      .notNull()
      .references(() => organisations.id),
    centerName: text('center_name').notNull(),
    level: text('level').notNull(),
    type: text('type'),
    kind: text('kind'),
    direction: text('direction'),
    industryCode: text('industry_code'),
    state: text('state').notNull(),
    /** 0 until first submitted; then the number of the latest frozen version. */
    currentVersionNo: integer('current_version_no').notNull().default(0),
    /** The lead unit's region (属地): the city and province that review it. */
    regionCode: text('region_code').notNull(),
    form: jsonb('form').$type<ApplicationForm>().notNull(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('applications_call_idx').on(t.callId),
    index('applications_region_idx').on(t.regionCode),
    index('applications_lead_idx').on(t.leadOrganisationId),
    index('applications_state_idx').on(t.state),
  ],
);

/** A frozen, submitted version: the whole form incl. metric values, members and materials. */
export const applicationVersions = pgTable(
  'application_versions',
  {
    id: uuid('id').primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    versionNo: integer('version_no').notNull(),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
    /** The engine's verdict at submission (eligibility and criteria), kept with the version. */
    evaluation: jsonb('evaluation').$type<Record<string, unknown>>().notNull(),
    submittedByUserId: uuid('submitted_by_user_id').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('application_versions_no_idx').on(t.applicationId, t.versionNo)],
);

/** A consortium member (联合申报单位), by credit code; registered organisations are linked. */
export const applicationMembers = pgTable(
  'application_members',
  {
    id: uuid('id').primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    creditCode: text('credit_code').notNull(),
    name: text('name').notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    orgKind: text('org_kind').notNull(),
    legalPerson: boolean('legal_person').notNull().default(true),
    /** The signed consortium agreement (合作协议) file. */
    agreementFileId: uuid('agreement_file_id').references(() => files.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('application_members_app_idx').on(t.applicationId)],
);

/**
 * Uploaded files: metadata of the content-addressed store (bytes at <dataDir>/files/<sha256[0..2]>/<sha256>).
 * The mime type is the one detected from the content, never the one the client claimed.
 */
export const files = pgTable(
  'files',
  {
    id: uuid('id').primaryKey(),
    sha256: text('sha256').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    mime: text('mime').notNull(),
    name: text('name').notNull(),
    uploadedByUserId: uuid('uploaded_by_user_id').references(() => users.id),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('files_sha_idx').on(t.sha256)],
);

/** A material attached to an application's draft (申报书, 建设方案, evidence for a metric, photos…). */
export const applicationMaterials = pgTable(
  'application_materials',
  {
    id: uuid('id').primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
    /** A call material key (application_form, construction_plan …), `evidence`, or `other`. */
    kind: text('kind').notNull(),
    /** For evidence: the metric it supports. */
    metric: text('metric'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('application_materials_app_idx').on(t.applicationId)],
);

/** The timeline: every transition with actor, time, comment, attachments and document number. */
export const applicationTransitions = pgTable(
  'application_transitions',
  {
    id: uuid('id').primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    action: text('action').notNull(),
    fromState: text('from_state').notNull(),
    toState: text('to_state').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    actorRole: text('actor_role').notNull(),
    actorOrganisationName: text('actor_organisation_name').notNull().default(''),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    comment: text('comment').notNull().default(''),
    attachments: jsonb('attachments').$type<string[]>().notNull(),
    documentNumber: text('document_number'),
    versionNo: integer('version_no').notNull().default(0),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index('application_transitions_app_idx').on(t.applicationId, t.at)],
);

/** One item of the city's qualification-review checklist. */
export interface ChecklistItem {
  key: string;
  label: string;
  passed: boolean;
  note?: string;
}

/** The city step of one submitted version: qualification review, site check, emergency-management opinion. */
export const cityReviews = pgTable(
  'city_reviews',
  {
    id: uuid('id').primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    versionNo: integer('version_no').notNull(),
    checklist: jsonb('checklist').$type<ChecklistItem[]>(),
    checklistPassed: boolean('checklist_passed'),
    checklistNote: text('checklist_note'),
    siteCheckDate: date('site_check_date', { mode: 'string' }),
    siteCheckParticipants: text('site_check_participants').array(),
    siteCheckFindings: text('site_check_findings'),
    siteCheckPhotos: jsonb('site_check_photos').$type<string[]>(),
    emergencyOpinion: jsonb('emergency_opinion').$type<{
      authority: string;
      opinion: string;
      date: string;
      documentNumber?: string | null;
      fileId?: string | null;
    }>(),
    reviewerUserId: uuid('reviewer_user_id').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('city_reviews_version_idx').on(t.applicationId, t.versionNo)],
);

/** One row of a city's cultivation report (Fujian 培育情况表), columns as in the pack's template. */
export const cultivationReportEntries = pgTable(
  'cultivation_report_entries',
  {
    id: uuid('id').primaryKey(),
    packId: text('pack_id').notNull(),
    year: integer('year').notNull(),
    /** The filing city (单位). */
    regionCode: text('region_code').notNull(),
    serialNo: integer('serial_no').notNull(),
    name: text('name').notNull(),
    category: text('category').notNull(),
    leadOrg: text('lead_org').notNull(),
    memberOrgs: text('member_orgs').array().notNull(),
    capabilitySummary: text('capability_summary').notNull(),
    physicalSites: text('physical_sites').notNull(),
    constructionPeriod: text('construction_period').notNull(),
    /** 属地 of the center (GB/T 2260). */
    jurisdiction: text('jurisdiction').notNull(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('cultivation_report_region_idx').on(t.regionCode, t.year)],
);
