/**
 * Decision notices (决定书): issued in the same transaction as the decision they record, frozen, and read
 * by the authorities over the subject's region and by the organisations they are addressed to.
 */
import { and, desc, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/client.ts';
import { findOrganisation } from '../../db/loaders/organisations.ts';
import { decisionNotices, organisations } from '../../db/schema/index.ts';
import { composeNotice, type NoticeFacts, type NoticeText } from '../../domain/decisions/notice.ts';
import { documentTitle } from '../../contracts/source-documents.ts';
import { getPack } from '../../domain/policy/index.ts';
import type { Actor } from '../actor.ts';

export type NoticeRow = typeof decisionNotices.$inferSelect;

export interface IssueNoticeInput {
  subjectType: 'application' | 'center_evaluation' | 'revocation' | 'change_filing';
  subjectId: string;
  centerId: string | null;
  regionCode: string;
  addresseeOrganisationIds: string[];
  documentNumber: string;
  decidedOn: string;
  opinion: string;
  outcome: string;
  packId: string;
  /** The articles the decision applies (source file and article, as the pack cites them). */
  articles?: { file: string; ref: string }[];
  facts: NoticeFacts;
}

export async function issueDecisionNotice(tx: Db, actor: Actor, input: IssueNoticeInput): Promise<string> {
  const [authority] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, actor.organisationId))
    .limit(1);
  const composed = composeNotice(input.facts);
  const basis = noticeBasis(input.packId, input.articles ?? []);
  const id = uuidv7();
  await tx.insert(decisionNotices).values({
    id,
    kind: input.facts.kind,
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    centerId: input.centerId,
    regionCode: input.regionCode,
    addresseeOrganisationIds: [...new Set(input.addresseeOrganisationIds)],
    authorityName: authority?.name ?? actor.displayName,
    documentNumber: input.documentNumber,
    decidedOn: input.decidedOn,
    outcome: input.outcome,
    title: composed.title,
    addressee: composed.addressee,
    body: composed.body,
    opinion: input.opinion,
    basis,
    issuedByUserId: actor.userId,
  });
  return id;
}

/**
 * The documents a decision rests on: the pack's source document by its full title and 文号, with the
 * articles applied from it; articles of other documents follow under their short titles.
 */
function noticeBasis(packId: string, articles: { file: string; ref: string }[]): NoticeText[] {
  const doc = getPack(packId)?.sourceDocument;
  const quoted = (title: string) => (title.startsWith('《') ? title : `《${title}》`);
  const own = articles.filter((a) => a.file === doc?.file).map((a) => a.ref);
  const others = articles
    .filter((a) => a.file !== doc?.file)
    .map((a) => ({
      zh: `${documentTitle(a.file)}${a.ref}`,
      en: `${documentTitle(a.file, 'en')} ${a.ref}`,
    }));
  if (!doc) {
    return others;
  }
  return [
    {
      zh: `${quoted(doc.title.zh)}${doc.docNumber ? `（${doc.docNumber}）` : ''}${own.join('、')}`,
      en: `${doc.title.en}${doc.docNumber ? ` (${doc.docNumber})` : ''}${own.length ? ` ${own.join(', ')}` : ''}`,
    },
    ...others,
  ];
}

export async function findNotice(db: Db, id: string): Promise<NoticeRow | null> {
  const [row] = await db.select().from(decisionNotices).where(eq(decisionNotices.id, id)).limit(1);
  return row ?? null;
}

export async function noticesOfSubject(db: Db, subjectId: string): Promise<NoticeRow[]> {
  return db
    .select()
    .from(decisionNotices)
    .where(and(eq(decisionNotices.subjectId, subjectId)))
    .orderBy(desc(decisionNotices.createdAt));
}

/** The addressee's name as the notice prints it. */
export async function organisationName(db: Db, id: string): Promise<string> {
  return (await findOrganisation(db, id))?.name ?? '';
}
