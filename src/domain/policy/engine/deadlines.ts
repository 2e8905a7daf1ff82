/** Deadlines: publicity windows in working days, change filings, annual reports, evaluation windows. */
import { addCalendarMonths, fixedDateInYear, monthRange } from '../../calendar/index.ts';
import type { WorkingDayCalendar } from '../../calendar/types.ts';
import type {
  Deadline,
  Localized,
  PolicyPack,
  ProcessKind,
  ReportTemplate,
  SourceRef,
  Stage,
} from '../schema.ts';

/** A dated window with the rule it comes from. */
export interface DatedWindow {
  start: string;
  end: string;
  source: SourceRef;
}

function stagesOf(pack: PolicyPack, kind: ProcessKind): Stage[] {
  return pack.processes.filter((p) => p.kind === kind).flatMap((p) => p.stages);
}

/**
 * The publicity window (公示期) starting on `start`: N working days, the first being `start` when it is a
 * working day (else the next one). Null when the pack states no working-day publicity.
 */
export function publicityWindow(
  start: string,
  pack: PolicyPack,
  calendar: WorkingDayCalendar,
): (DatedWindow & { workingDays: number }) | null {
  const stage = stagesOf(pack, 'recognition').find(
    (s) => s.deadline?.kind === 'working_days' && s.actor === 'public',
  );
  if (!stage || stage.deadline?.kind !== 'working_days') {
    return null;
  }
  const first = calendar.isWorkingDay(start) ? start : calendar.addWorkingDays(start, 1);
  const end = calendar.addWorkingDays(first, stage.deadline.days - 1);
  return { start: first, end, workingDays: stage.deadline.days, source: stage.source };
}

/** Resolve a deadline relative to an event date (day/month/working-day counts) or a reference year. */
export function resolveDeadline(
  deadline: Deadline,
  ref: { date?: string; year?: number },
  calendar?: WorkingDayCalendar,
): { start?: string; end: string } | null {
  switch (deadline.kind) {
    case 'calendar_months':
      return ref.date ? { end: addCalendarMonths(ref.date, deadline.months) } : null;
    case 'calendar_days': {
      if (!ref.date) {
        return null;
      }
      const d = new Date(`${ref.date}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + deadline.days);
      return { end: d.toISOString().slice(0, 10) };
    }
    case 'working_days':
      return ref.date && calendar ? { end: calendar.addWorkingDays(ref.date, deadline.days) } : null;
    case 'fixed_date':
      return ref.year !== undefined
        ? {
            end: fixedDateInYear(
              ref.year + deadline.yearOffset,
              `${String(deadline.month).padStart(2, '0')}-${String(deadline.day).padStart(2, '0')}`,
            ),
          }
        : null;
    case 'month_range': {
      if (ref.year === undefined) {
        return null;
      }
      const r = monthRange(ref.year + deadline.yearOffset, deadline.fromMonth, deadline.toMonth);
      return { start: r.start, end: r.end };
    }
  }
}

/** The last day to file a change (更名、合并、分立、重组) that happened on `eventDate`; null if the pack has no rule. */
export function changeFilingDue(
  eventDate: string,
  pack: PolicyPack,
): { due: string; source: SourceRef } | null {
  const rule = pack.changeFiling;
  if (!rule) {
    return null;
  }
  const r = resolveDeadline(rule.deadline, { date: eventDate });
  return r ? { due: r.end, source: rule.source } : null;
}

/** The due date of the annual report covering `year` (Gansu: by Jan 31 of the next year); null if none. */
export function annualReportDue(year: number, pack: PolicyPack): { due: string; source: SourceRef } | null {
  const rule = pack.annualReport;
  if (!rule) {
    return null;
  }
  const r = resolveDeadline(rule.due, { year });
  return r ? { due: r.end, source: rule.source } : null;
}

/** The dated windows of the annual evaluation stages in `year` (national: Jul–Aug pre-review, Oct final review). */
export function evaluationWindows(
  year: number,
  pack: PolicyPack,
): (DatedWindow & { stageId: string; name: Localized; actor: Stage['actor'] })[] {
  const out: (DatedWindow & { stageId: string; name: Localized; actor: Stage['actor'] })[] = [];
  for (const s of stagesOf(pack, 'annual_evaluation')) {
    if (!s.deadline) {
      continue;
    }
    const r = resolveDeadline(s.deadline, { year });
    if (r) {
      out.push({
        stageId: s.id,
        name: s.name,
        actor: s.actor,
        start: r.start ?? r.end,
        end: r.end,
        source: s.source,
      });
    }
  }
  return out;
}

/** The due date of a report template (Fujian 培育情况表: Oct 25) in `year`. */
export function reportDue(template: ReportTemplate, year: number): string | null {
  return resolveDeadline(template.due, { year })?.end ?? null;
}

/** When the pack's rules expire (Gansu: two years from issue), given the issue date; null if unlimited. */
export function validityEnd(pack: PolicyPack, issueDate: string): string | null {
  return pack.validity ? addCalendarMonths(issueDate, pack.validity.years * 12) : null;
}

/** When a recognition or demonstration term ends (示范期2年), given the recognition date. */
export function recognitionTermEnd(pack: PolicyPack, recognisedOn: string): string | null {
  return pack.recognitionTerm ? addCalendarMonths(recognisedOn, pack.recognitionTerm.years * 12) : null;
}
