/** Loading events with their teams and agreements, and industry–education agreements. */
import { and, count, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../../client.ts';
import {
  centerEvents,
  contestTeams,
  eventAgreements,
  industryEducationAgreements,
} from '../../schema/index.ts';

export type EventRow = typeof centerEvents.$inferSelect & {
  teams: (typeof contestTeams.$inferSelect)[];
  agreements: (typeof eventAgreements.$inferSelect)[];
};

export async function listEvents(
  db: Db,
  filter: {
    centerId: string;
    kind?: string | undefined;
    year?: number | undefined;
    page: number;
    pageSize: number;
  },
): Promise<{ rows: EventRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [
    eq(centerEvents.centerId, filter.centerId),
    filter.kind ? eq(centerEvents.kind, filter.kind) : undefined,
    filter.year ? gte(centerEvents.heldOn, `${filter.year}-01-01`) : undefined,
    filter.year ? lte(centerEvents.heldOn, `${filter.year}-12-31`) : undefined,
  ];
  const where = and(...conditions);
  const [totals] = await db.select({ total: count() }).from(centerEvents).where(where);
  const events = await db
    .select()
    .from(centerEvents)
    .where(where)
    .orderBy(desc(centerEvents.heldOn), desc(centerEvents.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const ids = events.map((e) => e.id);
  const teams = ids.length
    ? await db.select().from(contestTeams).where(inArray(contestTeams.eventId, ids))
    : [];
  const agreements = ids.length
    ? await db.select().from(eventAgreements).where(inArray(eventAgreements.eventId, ids))
    : [];
  return {
    rows: events.map((e) => ({
      ...e,
      teams: teams.filter((t) => t.eventId === e.id),
      agreements: agreements.filter((a) => a.eventId === e.id),
    })),
    total: Number(totals?.total ?? 0),
  };
}

export async function findEvent(db: Db, id: string) {
  const [row] = await db.select().from(centerEvents).where(eq(centerEvents.id, id));
  return row;
}

export async function listIeAgreements(db: Db, filter: { centerId: string; page: number; pageSize: number }) {
  const where = eq(industryEducationAgreements.centerId, filter.centerId);
  const [totals] = await db.select({ total: count() }).from(industryEducationAgreements).where(where);
  const rows = await db
    .select()
    .from(industryEducationAgreements)
    .where(where)
    .orderBy(desc(industryEducationAgreements.signedOn))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { rows, total: Number(totals?.total ?? 0) };
}
