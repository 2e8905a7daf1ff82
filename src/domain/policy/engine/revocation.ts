/** Revocation: automatic grounds counted from evaluation history, manual grounds from established events. */
import { compareDates } from '../../calendar/index.ts';
import type { EvaluationRecord, RevocationInput } from '../profile.ts';
import type { Localized, PolicyPack, RevocationGround, SourceRef } from '../schema.ts';
import { addYears } from './eligibility.ts';
import { msg } from './common.ts';

export interface GroundResult {
  id: string;
  description: Localized;
  trigger: 'automatic' | 'manual';
  triggered: boolean;
  reason: Localized;
  /** The date the ground was established (last triggering evaluation, or the event). */
  date: string | null;
  source: SourceRef;
}

export interface RevocationVerdict {
  due: boolean;
  grounds: GroundResult[];
  /** The first ground that applies, when due. */
  ground: GroundResult | null;
  revocationDate: string | null;
  /** The first day the lead unit may apply again; null without a ban rule or a date. */
  banEndsOn: string | null;
  banYears: number | null;
}

function isLow(pack: PolicyPack, ground: RevocationGround, r: EvaluationRecord): boolean {
  if (ground.trigger.kind !== 'automatic') {
    return false;
  }
  const scale = pack.rating;
  if (ground.trigger.condition === 'consecutive_lowest_star') {
    const lowest = scale?.kind === 'stars' ? scale.lowest : 1;
    return typeof r.rating === 'number' && r.rating <= lowest;
  }
  const failing = scale?.kind === 'grades' ? scale.failing : ['fail'];
  return typeof r.rating === 'string' && failing.includes(r.rating);
}

/**
 * "连续两次": the last `count` evaluations in sequence are all at the failing level. Evaluations are
 * counted as a sequence (by year); a passing result in between resets the run.
 */
function consecutiveRun(
  pack: PolicyPack,
  ground: RevocationGround,
  history: EvaluationRecord[],
  count: number,
): EvaluationRecord[] | null {
  const sorted = [...history].sort((a, b) => a.year - b.year);
  let run: EvaluationRecord[] = [];
  for (const r of sorted) {
    run = isLow(pack, ground, r) ? [...run, r] : [];
    if (run.length >= count) {
      return run.slice(-count);
    }
  }
  return null;
}

/** Whether revocation is due under the pack, which ground applies, and when the ban ends. */
export function evaluateRevocation(pack: PolicyPack, input: RevocationInput): RevocationVerdict {
  const grounds: GroundResult[] = [];
  for (const g of pack.revocation?.grounds ?? []) {
    const base = { id: g.id, description: g.description, source: g.source };
    if (g.trigger.kind === 'automatic') {
      const run = consecutiveRun(pack, g, input.evaluations, g.trigger.count);
      const last = run?.[run.length - 1];
      const years = run?.map((r) => r.year).join('、') ?? '';
      grounds.push({
        ...base,
        trigger: 'automatic',
        triggered: run !== null,
        date: last ? (last.decidedOn ?? `${last.year}-12-31`) : null,
        reason: run
          ? msg(
              `连续${g.trigger.count}次评价为最低档（${years}年度）`,
              `Lowest result in ${g.trigger.count} consecutive evaluations (${years})`,
            )
          : msg(`无连续${g.trigger.count}次最低档评价`, `No ${g.trigger.count} consecutive lowest results`),
      });
    } else {
      const event = g.trigger.event;
      const hit = input.events
        .filter((e) => e.kind === event)
        .sort((a, b) => compareDates(a.date, b.date))[0];
      grounds.push({
        ...base,
        trigger: 'manual',
        triggered: hit !== undefined,
        date: hit?.date ?? null,
        reason: hit
          ? msg(
              `已认定事实（${hit.date}）：${g.description.zh}，需主管部门决定`,
              `Established on ${hit.date}: ${g.description.en}; the authority decides`,
            )
          : msg('未发生', 'Not established'),
      });
    }
  }
  const triggered = grounds.filter((g) => g.triggered);
  const ground = triggered[0] ?? null;
  const revocationDate = input.revocationDate ?? ground?.date ?? null;
  const ban = pack.revocation?.ban ?? null;
  const banFrom = ban?.from === 'exit' ? (input.exitDate ?? revocationDate) : revocationDate;
  return {
    due: ground !== null,
    grounds,
    ground,
    revocationDate: ground ? revocationDate : null,
    banEndsOn: ground && ban && banFrom ? addYears(banFrom, ban.years) : null,
    banYears: ban?.years ?? null,
  };
}
