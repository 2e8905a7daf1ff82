/** Dates of facts that already happened (a decision, a site visit, a service delivered, an event held). */
import { AppError } from './errors.ts';
import { today } from './publicity/clock.ts';

/**
 * Refuses a date after today (Asia/Shanghai, DTPC_TODAY-aware): 400 management.future_date with the
 * field named, e.g. "现场核查日期不能晚于今天（2026-06-01）".
 */
export function assertNotFuture(date: string, field: string, label: { zh: string; en: string }): void {
  const now = today();
  if (date > now) {
    throw new AppError('management.future_date', {}, [
      {
        field,
        code: 'management.future_date',
        message: {
          zh: `${label.zh}不能晚于今天（${now}）`,
          en: `${label.en} cannot be after today (${now})`,
        },
      },
    ]);
  }
}

/**
 * Refuses a decision dated before the fact it decides on (a proposal, a filing): 400 management.date_too_early
 * with the field named, e.g. "决定日期不能早于撤销提议日期（2026-05-01）".
 */
export function assertNotBefore(
  date: string,
  floor: string,
  field: string,
  label: { zh: string; en: string },
  floorLabel: { zh: string; en: string },
): void {
  if (date < floor) {
    throw new AppError('management.date_too_early', {}, [
      {
        field,
        code: 'management.date_too_early',
        message: {
          zh: `${label.zh}不能早于${floorLabel.zh}（${floor}）`,
          en: `${label.en} cannot be before the ${floorLabel.en} (${floor})`,
        },
      },
    ]);
  }
}

const DECISION_DATE = { zh: '决定日期', en: 'Decision date' };

/**
 * A decision document's date (the `decidedOn` field): not after today and, when the decision answers a
 * proposal or a filing, not before it.
 */
export function assertDecisionDate(
  decidedOn: string,
  after?: { date: string; label: { zh: string; en: string } },
): void {
  assertNotFuture(decidedOn, 'decidedOn', DECISION_DATE);
  if (after) {
    assertNotBefore(decidedOn, after.date, 'decidedOn', DECISION_DATE, after.label);
  }
}
