/** Loading courses with their sessions, seat use and the caller's registrations. */
import { and, count, desc, eq, gte, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../client.ts';
import {
  centers,
  courseAttendance,
  courseRegistrations,
  courseSessions,
  courses,
  organisations,
  users,
} from '../../schema/index.ts';

export type SessionRow = typeof courseSessions.$inferSelect & {
  registered: number;
  attended: number;
  myRegistration: { id: string; status: string; attended: boolean } | null;
};
export type CourseRow = typeof courses.$inferSelect & {
  centerName: string;
  centerSlug: string;
  sessions: SessionRow[];
};

export interface CourseFilter {
  centerId?: string | undefined;
  /** Only courses of recognised centers (the enterprise catalogue). */
  recognisedOnly?: boolean;
  q?: string | undefined;
  /**
   * The public calendar: only sessions on or after this day, only courses that still have one, soonest
   * first.
   */
  sessionsFrom?: string | undefined;
  page: number;
  pageSize: number;
}

async function sessionsOf(
  db: Db,
  courseIds: string[],
  userId: string | null,
  from: string | undefined,
): Promise<SessionRow[]> {
  if (courseIds.length === 0) {
    return [];
  }
  const sessions = await db
    .select()
    .from(courseSessions)
    .where(
      and(
        inArray(courseSessions.courseId, courseIds),
        from ? gte(courseSessions.sessionDate, from) : undefined,
      ),
    )
    .orderBy(courseSessions.sessionDate, courseSessions.startTime);
  const ids = sessions.map((s) => s.id);
  if (ids.length === 0) {
    return [];
  }
  const registered = await db
    .select({ sessionId: courseRegistrations.sessionId, n: count() })
    .from(courseRegistrations)
    .where(and(inArray(courseRegistrations.sessionId, ids), eq(courseRegistrations.status, 'registered')))
    .groupBy(courseRegistrations.sessionId);
  const attended = await db
    .select({ sessionId: courseAttendance.sessionId, n: count() })
    .from(courseAttendance)
    .where(inArray(courseAttendance.sessionId, ids))
    .groupBy(courseAttendance.sessionId);
  const mine = userId
    ? await db
        .select({
          id: courseRegistrations.id,
          sessionId: courseRegistrations.sessionId,
          status: courseRegistrations.status,
          attendanceId: courseAttendance.id,
        })
        .from(courseRegistrations)
        .leftJoin(courseAttendance, eq(courseAttendance.registrationId, courseRegistrations.id))
        .where(and(inArray(courseRegistrations.sessionId, ids), eq(courseRegistrations.userId, userId)))
    : [];
  const regBy = new Map(registered.map((r) => [r.sessionId, Number(r.n)]));
  const attBy = new Map(attended.map((r) => [r.sessionId, Number(r.n)]));
  const mineBy = new Map(mine.map((m) => [m.sessionId, m]));
  return sessions.map((s) => {
    const m = mineBy.get(s.id);
    return {
      ...s,
      registered: regBy.get(s.id) ?? 0,
      attended: attBy.get(s.id) ?? 0,
      myRegistration: m ? { id: m.id, status: m.status, attended: m.attendanceId !== null } : null,
    };
  });
}

/** The date of a course's first session on or after `from` (null when it has none). */
function nextSession(from: string): SQL {
  return sql`(select min(${courseSessions.sessionDate}) from ${courseSessions} where ${courseSessions.courseId} = ${courses.id} and ${courseSessions.sessionDate} >= ${from})`;
}

/** A page of courses, newest first (soonest session first with `sessionsFrom`), with sessions. */
export async function listCourses(
  db: Db,
  filter: CourseFilter,
  userId: string | null,
): Promise<{ rows: CourseRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [
    filter.centerId ? eq(courses.centerId, filter.centerId) : undefined,
    filter.recognisedOnly ? eq(centers.status, 'recognised') : undefined,
    filter.q ? ilike(courses.title, `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`) : undefined,
    filter.sessionsFrom ? sql`${nextSession(filter.sessionsFrom)} is not null` : undefined,
  ];
  const where = and(...conditions);
  const [totals] = await db
    .select({ total: count() })
    .from(courses)
    .innerJoin(centers, eq(centers.id, courses.centerId))
    .where(where);
  const rows = await db
    .select({ course: courses, centerName: centers.name, centerSlug: centers.slug })
    .from(courses)
    .innerJoin(centers, eq(centers.id, courses.centerId))
    .where(where)
    .orderBy(
      ...(filter.sessionsFrom ? [nextSession(filter.sessionsFrom)] : []),
      desc(courses.createdAt),
      desc(courses.id),
    )
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const sessions = await sessionsOf(
    db,
    rows.map((r) => r.course.id),
    userId,
    filter.sessionsFrom,
  );
  return {
    rows: rows.map((r) => ({
      ...r.course,
      centerName: r.centerName,
      centerSlug: r.centerSlug,
      sessions: sessions.filter((s) => s.courseId === r.course.id),
    })),
    total: Number(totals?.total ?? 0),
  };
}

export async function findCourse(db: Db, id: string) {
  const [row] = await db.select().from(courses).where(eq(courses.id, id));
  return row;
}

/** A session with its center (for authorization). */
export async function findSessionWithCenter(db: Db, id: string) {
  const [row] = await db
    .select({ session: courseSessions, center: centers })
    .from(courseSessions)
    .innerJoin(centers, eq(centers.id, courseSessions.centerId))
    .where(eq(courseSessions.id, id));
  return row;
}

export async function findRegistrationWithCenter(db: Db, id: string) {
  const [row] = await db
    .select({ registration: courseRegistrations, center: centers })
    .from(courseRegistrations)
    .innerJoin(centers, eq(centers.id, courseRegistrations.centerId))
    .where(eq(courseRegistrations.id, id));
  return row;
}

/** Everyone registered for a session, with attendance. */
export async function listRegistrations(db: Db, sessionId: string) {
  return db
    .select({
      registration: courseRegistrations,
      displayName: users.displayName,
      username: users.username,
      organisationName: organisations.name,
      attendanceId: courseAttendance.id,
    })
    .from(courseRegistrations)
    .innerJoin(users, eq(users.id, courseRegistrations.userId))
    .innerJoin(organisations, eq(organisations.id, courseRegistrations.organisationId))
    .leftJoin(courseAttendance, eq(courseAttendance.registrationId, courseRegistrations.id))
    .where(eq(courseRegistrations.sessionId, sessionId))
    .orderBy(courseRegistrations.createdAt);
}
