/** The records behind a metric, loaded by source and id, as one list for the dashboard's drill-down. */
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../client.ts';
import {
  centerEvents,
  contestTeams,
  courseAttendance,
  courseSessions,
  courses,
  industryEducationAgreements,
  offerClaims,
  organisations,
  serviceRecords,
  smeOffers,
} from '../../schema/index.ts';
import type { EvidenceRef, RecordSource } from '../../../domain/metrics/from-records.ts';

export interface EvidenceRow {
  source: RecordSource;
  id: string;
  date: string;
  title: string;
  enterpriseName: string | null;
  detail: string;
  confirmation: string | null;
}

async function load(db: Db, source: RecordSource, ids: string[]): Promise<EvidenceRow[]> {
  if (ids.length === 0) {
    return [];
  }
  switch (source) {
    case 'serviceRecords':
      return (
        await db
          .select({ r: serviceRecords, name: organisations.name })
          .from(serviceRecords)
          .innerJoin(organisations, eq(organisations.id, serviceRecords.enterpriseId))
          .where(inArray(serviceRecords.id, ids))
      ).map(({ r, name }) => ({
        source,
        id: r.id,
        date: r.serviceDate,
        title: r.title,
        enterpriseName: name,
        detail: r.serviceType,
        confirmation: r.confirmation,
      }));
    case 'courseAttendance':
      return (
        await db
          .select({ a: courseAttendance, title: courses.title, name: organisations.name })
          .from(courseAttendance)
          .innerJoin(courseSessions, eq(courseSessions.id, courseAttendance.sessionId))
          .innerJoin(courses, eq(courses.id, courseSessions.courseId))
          .innerJoin(organisations, eq(organisations.id, courseAttendance.organisationId))
          .where(inArray(courseAttendance.id, ids))
      ).map(({ a, title, name }) => ({
        source,
        id: a.id,
        date: a.attendedOn,
        title,
        enterpriseName: name,
        detail: '',
        confirmation: null,
      }));
    case 'centerEvents':
      return (await db.select().from(centerEvents).where(inArray(centerEvents.id, ids))).map((e) => ({
        source,
        id: e.id,
        date: e.heldOn,
        title: e.title,
        enterpriseName: null,
        detail: e.kind,
        confirmation: null,
      }));
    case 'contestTeams':
      return (
        await db
          .select({ t: contestTeams, title: centerEvents.title, heldOn: centerEvents.heldOn })
          .from(contestTeams)
          .innerJoin(centerEvents, eq(centerEvents.id, contestTeams.eventId))
          .where(inArray(contestTeams.id, ids))
      ).map(({ t, title, heldOn }) => ({
        source,
        id: t.id,
        date: heldOn,
        title: `${title} · ${t.name}`,
        enterpriseName: t.affiliation || null,
        detail: String(t.members),
        confirmation: null,
      }));
    case 'industryEducationAgreements':
      return (
        await db
          .select()
          .from(industryEducationAgreements)
          .where(inArray(industryEducationAgreements.id, ids))
      ).map((a) => ({
        source,
        id: a.id,
        date: a.signedOn,
        title: a.title,
        enterpriseName: a.enterpriseName,
        detail: a.institutionName,
        confirmation: null,
      }));
    case 'offerClaims':
      return (
        await db
          .select({ c: offerClaims, title: smeOffers.title, name: organisations.name })
          .from(offerClaims)
          .innerJoin(smeOffers, eq(smeOffers.id, offerClaims.offerId))
          .innerJoin(organisations, eq(organisations.id, offerClaims.organisationId))
          .where(inArray(offerClaims.id, ids))
      ).map(({ c, title, name }) => ({
        source,
        id: c.id,
        date: c.claimedOn,
        title,
        enterpriseName: name,
        detail: c.status,
        confirmation: null,
      }));
  }
}

/** Details of the given references, in the order given. */
export async function loadEvidence(db: Db, refs: readonly EvidenceRef[]): Promise<EvidenceRow[]> {
  const bySource = new Map<RecordSource, string[]>();
  for (const r of refs) {
    bySource.set(r.source, [...(bySource.get(r.source) ?? []), r.id]);
  }
  const rows = new Map<string, EvidenceRow>();
  for (const [source, ids] of bySource) {
    for (const row of await load(db, source, ids)) {
      rows.set(`${source}:${row.id}`, row);
    }
  }
  return refs.flatMap((r) => rows.get(`${r.source}:${r.id}`) ?? []);
}
