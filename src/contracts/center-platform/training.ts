/** Training contracts: courses, sessions, registrations, attendance. */
import { z } from 'zod';
import { idSchema, isoDateSchema, pageOf, pageQuerySchema } from '../common.ts';
import { courseModeValues } from '../../domain/center-platform/vocabulary.ts';

export { courseModeValues };
export const courseModeSchema = z.enum(courseModeValues);
const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:mm');

export const createCourseBodySchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  summary: z.string().trim().max(2000).default(''),
  mode: courseModeSchema,
  teachers: z.array(z.string().trim().min(1).max(50)).min(1).max(20),
});
export type CreateCourseBody = z.infer<typeof createCourseBodySchema>;

export const createSessionBodySchema = z
  .strictObject({
    sessionDate: isoDateSchema,
    startTime: timeSchema,
    endTime: timeSchema,
    location: z.string().trim().max(200).default(''),
    seats: z.number().int().min(1).max(10000),
  })
  .refine((s) => s.startTime < s.endTime, { error: '结束时间应晚于开始时间', path: ['endTime'] });
export type CreateSessionBody = z.infer<typeof createSessionBodySchema>;

export const sessionViewSchema = z.object({
  id: idSchema,
  courseId: idSchema,
  sessionDate: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  location: z.string(),
  seats: z.number().int(),
  registered: z.number().int(),
  attended: z.number().int(),
  /** Whether attendance may be recorded today (from the session's day on). */
  attendanceOpen: z.boolean(),
  /** The caller's own registration, if any. */
  myRegistration: z.object({ id: idSchema, status: z.string(), attended: z.boolean() }).nullable(),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

export const courseViewSchema = z.object({
  id: idSchema,
  centerId: idSchema,
  centerName: z.string(),
  centerSlug: z.string(),
  title: z.string(),
  summary: z.string(),
  mode: courseModeSchema,
  teachers: z.array(z.string()),
  sessions: z.array(sessionViewSchema),
  createdAt: z.string(),
});
export type CourseView = z.infer<typeof courseViewSchema>;
export const coursePageSchema = pageOf(courseViewSchema);
export const courseListQuerySchema = pageQuerySchema.extend({ q: z.string().trim().max(100).optional() });
export type CourseListQuery = z.infer<typeof courseListQuerySchema>;
/** The public training calendar: courses of recognised centers with sessions from today on. */
export const publicCourseQuerySchema = courseListQuerySchema.extend({
  /** One center's courses (its slug), as its public page shows them. */
  center: z.string().trim().max(64).optional(),
});

export const registrationViewSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  user: z.object({ id: idSchema, displayName: z.string(), username: z.string() }),
  organisation: z.object({ id: idSchema, name: z.string() }),
  status: z.string(),
  attended: z.boolean(),
  createdAt: z.string(),
});
export type RegistrationView = z.infer<typeof registrationViewSchema>;

export const recordAttendanceBodySchema = z.strictObject({
  registrationIds: z.array(idSchema).min(1).max(1000),
});
export type RecordAttendanceBody = z.infer<typeof recordAttendanceBodySchema>;
