import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  calendarYearViewSchema,
  importCalendarBodySchema,
  importCalendarResultSchema,
  workingDaysQuerySchema,
  workingDaysResultSchema,
} from '../../contracts/calendar.ts';
import { AppError } from '../../app/errors.ts';
import {
  currentCalendar,
  loadCalendarYears,
  saveCalendarYear,
  writeCalendarSnapshot,
} from '../../app/calendar-years.ts';
import { CalendarCoverageError, parseCalendarNotice, createCalendar } from '../../domain/calendar/index.ts';
import { calendarPolicy } from '../policies/calendar.ts';
import type { Policy } from '../policies/core.ts';
import { actorOf } from '../plugins/auth.ts';

export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/calendar/working-days',
    {
      config: { guard: 'public' },
      schema: {
        tags: ['calendar'],
        summary: '计算第 n 个工作日（含节假日与调休）',
        querystring: workingDaysQuerySchema,
        response: { 200: workingDaysResultSchema },
      },
    },
    async (request) => {
      const calendar = await currentCalendar(app.db);
      try {
        return {
          from: request.query.from,
          n: request.query.n,
          result: calendar.addWorkingDays(request.query.from, request.query.n),
        };
      } catch (error) {
        if (error instanceof CalendarCoverageError) {
          throw new AppError('calendar.not_covered', { year: error.year });
        }
        throw error;
      }
    },
  );

  app.get(
    '/calendar/years',
    {
      config: { guard: 'public' },
      schema: {
        tags: ['calendar'],
        summary: '已覆盖的年度节假日安排',
        response: { 200: z.array(calendarYearViewSchema) },
      },
    },
    async () => {
      const imported = await loadCalendarYears(app.db);
      const calendar = createCalendar(imported);
      const importedYears = new Set(imported.map((y) => y.year));
      return calendar.coveredYears().flatMap((year) => {
        const schedule = calendar.scheduleFor(year);
        return schedule
          ? [{ ...schedule, source: importedYears.has(year) ? ('imported' as const) : ('package' as const) }]
          : [];
      });
    },
  );

  app.post(
    '/calendar/years',
    {
      config: { guard: { policy: calendarPolicy as Policy<never>, action: 'manage' } },
      schema: {
        tags: ['calendar'],
        summary: '导入年度节假日安排（国务院办公厅通知）',
        body: importCalendarBodySchema,
        response: { 200: importCalendarResultSchema },
      },
    },
    async (request) => {
      let parsed;
      try {
        parsed = parseCalendarNotice(request.body.text);
      } catch (error) {
        throw new AppError('calendar.invalid_notice', { reason: (error as Error).message }, [
          { field: 'text', code: 'calendar.invalid_notice', message: (error as Error).message },
        ]);
      }
      const warnings = await app.db.transaction((tx) =>
        saveCalendarYear(tx, actorOf(request), parsed.calendarYear),
      );
      if (app.dbKind === 'pglite') {
        await writeCalendarSnapshot(app.db);
      }
      return { year: parsed.calendarYear.year, warnings };
    },
  );
};
