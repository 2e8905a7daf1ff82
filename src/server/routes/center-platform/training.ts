/** Training routes: the operator's courses, sessions, registrations and attendance; enterprises register. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { okSchema } from '../../../contracts/common.ts';
import {
  courseListQuerySchema,
  coursePageSchema,
  createCourseBodySchema,
  createSessionBodySchema,
  recordAttendanceBodySchema,
  registrationViewSchema,
} from '../../../contracts/center-platform/training.ts';
import { AppError } from '../../../app/errors.ts';
import { cancelRegistration } from '../../../app/center-platform/cancel-registration.ts';
import { createCourse } from '../../../app/center-platform/create-course.ts';
import { createSession } from '../../../app/center-platform/create-session.ts';
import { recordAttendance } from '../../../app/center-platform/record-attendance.ts';
import { registerForSession } from '../../../app/center-platform/register-for-session.ts';
import {
  findCourse,
  findRegistrationWithCenter,
  findSessionWithCenter,
  listCourses,
  listRegistrations,
  type CourseRow,
  type SessionRow,
} from '../../../db/loaders/center-platform/training.ts';
import { zhLabelOf } from '../../../contracts/vocabulary-labels.ts';
import { actorOf } from '../../plugins/auth.ts';
import { presentCourse, presentRegistration } from '../../presenters/center-platform.ts';
import {
  authorizeEnterprise,
  enterpriseGuard,
  idParams,
  loadCenter,
  operateGuard,
  requireRecognised,
  slugParams,
} from './common.ts';
import { centerListRoute, enterpriseListRoute } from './list-routes.ts';

const tags = ['center-platform'];

/** One spreadsheet line per session; a course without sessions still gets its line. */
type CourseLine = { course: CourseRow; session: SessionRow | null };
const courseLines = (rows: CourseRow[]): CourseLine[] =>
  rows.flatMap<CourseLine>((course) =>
    course.sessions.length > 0
      ? course.sessions.map((session) => ({ course, session }))
      : [{ course, session: null }],
  );

export const trainingRoutes: FastifyPluginAsyncZod = async (app) => {
  centerListRoute(app, {
    url: '/centers/:slug/courses',
    summary: '课程列表（运营）',
    querystring: courseListQuerySchema,
    response: coursePageSchema,
    list: (db, query) => listCourses(db, query, null),
    present: presentCourse,
    export: {
      summary: '导出培训课程（每个场次一行）',
      fileName: '培训课程.xlsx',
      sheet: '培训场次',
      lines: courseLines,
      columns: [
        { header: '课程', width: 32, value: (l) => l.course.title },
        { header: '形式', width: 14, value: (l) => zhLabelOf('courseMode', l.course.mode) },
        { header: '授课教师', width: 20, value: (l) => l.course.teachers.join('、') },
        { header: '日期', width: 12, value: (l) => l.session?.sessionDate ?? null },
        {
          header: '时间',
          width: 14,
          value: (l) => (l.session ? `${l.session.startTime}–${l.session.endTime}` : null),
        },
        { header: '地点', width: 28, value: (l) => l.session?.location ?? null },
        { header: '名额', width: 8, value: (l) => l.session?.seats ?? null },
        { header: '已报名', width: 8, value: (l) => l.session?.registered ?? null },
        { header: '已签到（人次）', width: 14, value: (l) => l.session?.attended ?? null },
      ],
    },
  });

  app.post(
    '/centers/:slug/courses',
    {
      config: operateGuard,
      schema: {
        tags,
        summary: '新建课程',
        params: slugParams,
        body: createCourseBodySchema,
        response: { 200: z.object({ id: z.uuid() }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const id = await app.db.transaction(async (tx) => {
        const center = await loadCenter(tx, actor, request.params.slug, 'operate');
        return createCourse({ actor, tx, center, input: request.body });
      });
      return { id };
    },
  );

  app.post(
    '/centers/:slug/courses/:courseId/sessions',
    {
      config: operateGuard,
      schema: {
        tags,
        summary: '新建培训场次',
        params: slugParams.extend({ courseId: z.uuid() }),
        body: createSessionBodySchema,
        response: { 200: z.object({ id: z.uuid() }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const id = await app.db.transaction(async (tx) => {
        const center = await loadCenter(tx, actor, request.params.slug, 'operate');
        const course = await findCourse(tx, request.params.courseId);
        if (!course || course.centerId !== center.id) {
          throw new AppError('not_found', { entity: 'course' });
        }
        return createSession({ actor, tx, center, courseId: course.id, input: request.body });
      });
      return { id };
    },
  );

  app.get(
    '/centers/:slug/sessions/:sessionId/registrations',
    {
      config: operateGuard,
      schema: {
        tags,
        summary: '场次报名名单',
        params: slugParams.extend({ sessionId: z.uuid() }),
        response: { 200: z.object({ items: z.array(registrationViewSchema) }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const center = await loadCenter(app.db, actor, request.params.slug, 'operate');
      const found = await findSessionWithCenter(app.db, request.params.sessionId);
      if (!found || found.center.id !== center.id) {
        throw new AppError('not_found', { entity: 'course_session' });
      }
      return { items: (await listRegistrations(app.db, found.session.id)).map(presentRegistration) };
    },
  );

  app.post(
    '/centers/:slug/sessions/:sessionId/attendance',
    {
      config: operateGuard,
      schema: {
        tags,
        summary: '登记签到（每人每场计 1 人次）',
        params: slugParams.extend({ sessionId: z.uuid() }),
        body: recordAttendanceBodySchema,
        response: { 200: z.object({ recorded: z.number().int() }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const recorded = await app.db.transaction(async (tx) => {
        const center = await loadCenter(tx, actor, request.params.slug, 'operate');
        return recordAttendance({
          actor,
          tx,
          center,
          sessionId: request.params.sessionId,
          registrationIds: request.body.registrationIds,
        });
      });
      return { recorded };
    },
  );

  enterpriseListRoute(app, {
    url: '/courses',
    summary: '可报名课程（企业）',
    querystring: courseListQuerySchema,
    response: coursePageSchema,
    list: (db, query, actor) => listCourses(db, { ...query, recognisedOnly: true }, actor.userId),
    present: presentCourse,
    authorize: true,
  });

  app.post(
    '/sessions/:id/registrations',
    {
      config: enterpriseGuard('register'),
      schema: {
        tags,
        summary: '报名培训场次',
        params: idParams,
        response: { 200: z.object({ id: z.uuid() }) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorizeEnterprise(actor, 'register');
      const id = await app.db.transaction(async (tx) => {
        const found = await findSessionWithCenter(tx, request.params.id);
        if (!found) {
          throw new AppError('not_found', { entity: 'course_session' });
        }
        requireRecognised(found.center, 'course_session');
        return registerForSession({
          actor,
          tx,
          sessionId: found.session.id,
          centerRegionCode: found.center.regionCode,
        });
      });
      return { id };
    },
  );

  app.post(
    '/registrations/:id/cancel',
    {
      config: enterpriseGuard('register'),
      schema: { tags, summary: '取消报名', params: idParams, response: { 200: okSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) => {
        const found = await findRegistrationWithCenter(tx, request.params.id);
        if (!found || found.registration.userId !== actor.userId) {
          throw new AppError('not_found', { entity: 'registration' });
        }
        await cancelRegistration({
          actor,
          tx,
          registrationId: found.registration.id,
          centerRegionCode: found.center.regionCode,
        });
      });
      return { ok: true as const };
    },
  );
};
