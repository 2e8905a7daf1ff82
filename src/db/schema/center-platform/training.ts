import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { centers } from '../centers.ts';
import { organisations } from '../organisations.ts';
import { users } from '../accounts.ts';

/** A training course (人才培训实训) a center offers; it runs in one or more sessions. */
export const courses = pgTable(
  'courses',
  {
    id: uuid('id').primaryKey(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    /** online | offline | hybrid */
    mode: text('mode').notNull(),
    teachers: text('teachers').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('courses_center_idx').on(t.centerId)],
);

/** One scheduled run of a course with a seat limit. */
export const courseSessions = pgTable(
  'course_sessions',
  {
    id: uuid('id').primaryKey(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    sessionDate: date('session_date', { mode: 'string' }).notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    location: text('location').notNull().default(''),
    seats: integer('seats').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('course_sessions_course_idx').on(t.courseId),
    index('course_sessions_center_date_idx').on(t.centerId, t.sessionDate),
  ],
);

/** An enterprise user's registration for a session; one per user and session. */
export const courseRegistrations = pgTable(
  'course_registrations',
  {
    id: uuid('id').primaryKey(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => courseSessions.id),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** registered | cancelled */
    status: text('status').notNull().default('registered'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('course_registrations_session_user_idx').on(t.sessionId, t.userId),
    index('course_registrations_user_idx').on(t.userId),
  ],
);

/** Attendance recorded by the operator: one row is one person-time (人次). */
export const courseAttendance = pgTable(
  'course_attendance',
  {
    id: uuid('id').primaryKey(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => courseRegistrations.id),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => courseSessions.id),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    attendedOn: date('attended_on', { mode: 'string' }).notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('course_attendance_registration_idx').on(t.registrationId),
    index('course_attendance_center_date_idx').on(t.centerId, t.attendedOn),
  ],
);
