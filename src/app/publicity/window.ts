/**
 * The publicity window of a notice: N Chinese working days by the pack (003 第十三条, 002 三（三）: 5),
 * or, when the pack's document states no length (000 第十六条), the last day the authority sets.
 */
import type { PublicityRule } from '../../db/schema/publicity.ts';
import { CalendarCoverageError } from '../../domain/calendar/errors.ts';
import type { WorkingDayCalendar } from '../../domain/calendar/types.ts';
import { publicityWindow } from '../../domain/policy/engine/index.ts';
import type { PolicyPack } from '../../domain/policy/index.ts';
import { AppError, fieldError } from '../errors.ts';

export interface ComputedWindow {
  startsOn: string;
  endsOn: string | null;
  rule: PublicityRule;
}

/** The pack's publicity stage (the one the public acts in), for citing even when it sets no length. */
function publicityStage(pack: PolicyPack) {
  return pack.processes
    .filter((p) => p.kind === 'recognition')
    .flatMap((p) => p.stages)
    .find((s) => s.actor === 'public' || s.id === 'publicity');
}

/** The window starting on `startsOn`; `endsOn` only counts when the pack states no working-day length. */
export function computeWindow(
  pack: PolicyPack,
  calendar: WorkingDayCalendar,
  startsOn: string,
  endsOn?: string,
): ComputedWindow {
  let byPack;
  try {
    byPack = publicityWindow(startsOn, pack, calendar);
  } catch (error) {
    if (error instanceof CalendarCoverageError) {
      throw new AppError('calendar.not_covered', { year: error.year });
    }
    throw error;
  }
  if (byPack) {
    return {
      startsOn: byPack.start,
      endsOn: byPack.end,
      rule: { basis: 'pack', packId: pack.id, workingDays: byPack.workingDays, source: byPack.source },
    };
  }
  const stage = publicityStage(pack);
  const rule: PublicityRule = {
    basis: 'manual',
    packId: pack.id,
    workingDays: null,
    source: stage ? stage.source : null,
  };
  if (endsOn !== undefined && endsOn < startsOn) {
    throw fieldError('publicity.window_invalid', 'endsOn', { startsOn, endsOn });
  }
  return { startsOn, endsOn: endsOn ?? null, rule };
}

/**
 * How many working days a window holds (start and end inclusive), and the years it reaches without a
 * loaded holiday arrangement — where a count would be a guess, so it is null and the years are named.
 */
export function countWindow(
  calendar: WorkingDayCalendar,
  startsOn: string,
  endsOn: string | null,
): { workingDays: number | null; uncoveredYears: number[] } {
  if (endsOn === null || endsOn < startsOn) {
    return { workingDays: null, uncoveredYears: [] };
  }
  const covered = new Set(calendar.coveredYears());
  const first = Number(startsOn.slice(0, 4));
  const last = Number(endsOn.slice(0, 4));
  const uncoveredYears: number[] = [];
  for (let y = first; y <= last; y += 1) {
    if (!covered.has(y)) {
      uncoveredYears.push(y);
    }
  }
  if (uncoveredYears.length > 0) {
    return { workingDays: null, uncoveredYears };
  }
  let workingDays = 0;
  // A publicity window is days to weeks long; a year-long typo is still only 366 steps.
  for (let d = new Date(`${startsOn}T00:00:00Z`); ; d.setUTCDate(d.getUTCDate() + 1)) {
    const iso = d.toISOString().slice(0, 10);
    if (iso > endsOn) {
      break;
    }
    if (calendar.isWorkingDay(iso)) {
      workingDays += 1;
    }
  }
  return { workingDays, uncoveredYears };
}

/** The last day of `days` working days from `startsOn` (counted from the first working day on or after it). */
export function suggestedEnd(
  calendar: WorkingDayCalendar,
  startsOn: string,
  days: number | undefined,
): string | undefined {
  if (days === undefined) {
    return undefined;
  }
  try {
    const first = calendar.isWorkingDay(startsOn) ? startsOn : calendar.addWorkingDays(startsOn, 1);
    return calendar.addWorkingDays(first, days - 1);
  } catch (error) {
    if (error instanceof CalendarCoverageError) {
      throw new AppError('calendar.not_covered', { year: error.year });
    }
    throw error;
  }
}

/** Like computeWindow, but a window without an end is refused (the authority must set one). */
export function requireWindow(
  pack: PolicyPack,
  calendar: WorkingDayCalendar,
  startsOn: string,
  endsOn?: string,
): ComputedWindow & { endsOn: string } {
  const w = computeWindow(pack, calendar, startsOn, endsOn);
  if (w.rule.basis === 'pack' && endsOn !== undefined && endsOn !== w.endsOn) {
    throw fieldError('publicity.window_fixed_by_pack', 'endsOn', {
      days: w.rule.workingDays,
      endsOn: w.endsOn,
    });
  }
  if (w.endsOn === null) {
    throw fieldError('publicity.window_required', 'endsOn', { packId: pack.id });
  }
  return { ...w, endsOn: w.endsOn };
}
