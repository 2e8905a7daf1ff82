import { date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { centers } from './centers.ts';

/** One paragraph of a notice in both languages. */
export interface NoticeText {
  zh: string;
  en: string;
}

/**
 * A decision notice (决定书): the document an authority issues with a recognition, rating, revocation or
 * change-confirmation decision — its 文号, date, the authority's name, the outcome and its opinion. Frozen
 * at decision time in the same transaction as the decision, so the printed notice is what was decided
 * even after the center is renamed or the pack revised. One per decision (an application decided again
 * after an upheld objection has two).
 */
export const decisionNotices = pgTable(
  'decision_notices',
  {
    id: uuid('id').primaryKey(),
    /** recognition | rating | revocation | change */
    kind: text('kind').notNull(),
    /** application | center_evaluation | revocation | change_filing */
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    centerId: uuid('center_id').references(() => centers.id, { onDelete: 'set null' }),
    /** The region whose authorities may read it (the subject's). */
    regionCode: text('region_code').notNull(),
    /** Organisations the notice is addressed to (lead unit, operator), who may read it too. */
    addresseeOrganisationIds: uuid('addressee_organisation_ids').array().notNull(),
    authorityName: text('authority_name').notNull(),
    documentNumber: text('document_number').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    /** The outcome code of the decision (approve, reject, a rating id, revoke, dismiss, confirm, return). */
    outcome: text('outcome').notNull(),
    title: jsonb('title').$type<NoticeText>().notNull(),
    addressee: text('addressee').notNull(),
    body: jsonb('body').$type<NoticeText[]>().notNull(),
    opinion: text('opinion').notNull(),
    /** Source documents the decision rests on, as cited by the pack. */
    basis: jsonb('basis').$type<NoticeText[]>().notNull(),
    issuedByUserId: uuid('issued_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    // Not unique: an application decided again after an upheld objection gets a second notice.
    index('decision_notices_subject_idx').on(t.subjectId, t.createdAt),
    index('decision_notices_center_idx').on(t.centerId),
  ],
);
