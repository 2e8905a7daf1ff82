/**
 * Panel proposal (专家组组建): N experts per application, covering the review fields, within a per-expert
 * load cap, never with a conflicted expert. Greedy and deterministic: the hardest applications (fewest
 * eligible experts) are served first; within one, the scarcest field is covered first by the least-loaded
 * expert who has it; ties fall to ids. Whatever cannot be satisfied is reported with its reason — both
 * "at least N per application" and the load cap are hard (HotCRP #264, #382), so a shortfall is reported,
 * never solved by breaking one of them.
 */
import type { IsoDate } from '../calendar/types.ts';
import type { Localized } from '../policy/schema.ts';
import {
  affiliations,
  checkConflicts,
  DEFAULT_LOOKBACK_YEARS,
  type ApplicationParties,
  type ConflictReason,
  type ExpertFacts,
} from './conflicts.ts';
import { DEFAULT_PANEL_FIELDS, reviewFieldValues, type ReviewField } from './fields.ts';
import { fieldUncovered, notEnoughExperts, type UnusedExpert, type UnusedReason } from './shortfalls.ts';

/** An expert of the pool as the proposal sees it. */
export interface PoolExpert extends ExpertFacts {
  fields: readonly ReviewField[];
  /** The expert's region (their organisation's, GB/T 2260). */
  regionCode: string;
  available: boolean;
  /** Assignments the expert already carries outside this proposal. */
  currentLoad: number;
  /** The expert's own most assignments (专家库 评审上限); the batch cap applies when lower or unset. */
  maxLoad?: number | null;
}

/** An application to staff. */
export interface PanelApplication extends ApplicationParties {
  /** The application's region (lead unit's), for the soft preference of experts from elsewhere. */
  regionCode: string;
  /** Fields the panel must cover; defaults to the proposal's. */
  requiredFields?: readonly ReviewField[];
  /** Experts already on the panel who stay (checked again for conflicts; they count toward the load). */
  keep?: readonly string[];
  /** Experts who must not be proposed again for this application (declined, removed). */
  exclude?: readonly string[];
}

export interface PanelProposalInput {
  applications: readonly PanelApplication[];
  experts: readonly PoolExpert[];
  /** Experts per application (at least). */
  panelSize: number;
  /** Most assignments any expert may carry, including `currentLoad`. */
  loadCap: number;
  requiredFields?: readonly ReviewField[];
  onDate: IsoDate;
  lookbackYears?: number;
  organisationNames?: Readonly<Record<string, string>>;
  /** Display names by expert id, for the shortfall reasons (ids are shown otherwise). */
  expertNames?: Readonly<Record<string, string>>;
}

export interface ProposedMember {
  expertId: string;
  fields: ReviewField[];
  /** Already on the panel before this proposal. */
  kept: boolean;
}

export interface ProposedPanel {
  applicationId: string;
  members: ProposedMember[];
  coveredFields: ReviewField[];
  missingFields: ReviewField[];
}

export interface ExcludedExpert {
  applicationId: string;
  expertId: string;
  reasons: ConflictReason[];
}

export type ShortfallCode = 'not_enough_experts' | 'field_uncovered' | 'capacity_short';

export interface Shortfall {
  /** Null for a shortfall of the whole batch (capacity). */
  applicationId: string | null;
  code: ShortfallCode;
  field?: ReviewField;
  needed?: number;
  got?: number;
  message: Localized;
  /** What would fix it (add an expert of the field, mark one available, raise the cap, add a seat). */
  remedy: Localized;
}

export interface ExpertLoad {
  expertId: string;
  before: number;
  assigned: number;
  after: number;
}

export interface PanelProposal {
  panels: ProposedPanel[];
  excluded: ExcludedExpert[];
  shortfalls: Shortfall[];
  loads: ExpertLoad[];
  stats: {
    applications: number;
    experts: number;
    availableExperts: number;
    assignments: number;
    fullyStaffed: number;
    fieldsCovered: number;
  };
}

export interface ProposalProgress {
  done: number;
  total: number;
}

const FIELD_BIT: Record<ReviewField, number> = { technology: 1, industry: 2, management: 4, finance: 8 };

function maskOf(fields: readonly ReviewField[]): number {
  return fields.reduce((m, f) => m | FIELD_BIT[f], 0);
}

function bitCount(n: number): number {
  let c = 0;
  for (let x = n; x; x &= x - 1) {
    c++;
  }
  return c;
}

/** Region prefix of the city (first four digits): experts from the applicant's own city rank lower. */
function cityOf(regionCode: string): string {
  return regionCode.slice(0, 4);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) {
    list.push(value);
  } else {
    map.set(key, [value]);
  }
}

/** A proposal run in steps, so that a caller can report progress (or yield) between them. */
export interface PanelProposer {
  /** Applications to staff. */
  readonly total: number;
  /** Applications staffed so far. */
  readonly done: number;
  /** Staffs up to `limit` more applications; returns how many it staffed. */
  step(limit: number): number;
  /** The proposal; call once every application is staffed. */
  result(): PanelProposal;
}

/** Proposes panels. Pure and deterministic: the same input (in any order) gives the same panels. */
export function proposePanels(
  input: PanelProposalInput,
  onProgress?: (p: ProposalProgress) => void,
): PanelProposal {
  const proposer = createPanelProposer(input);
  const chunk = Math.max(1, Math.floor(proposer.total / 100));
  while (proposer.done < proposer.total) {
    proposer.step(chunk);
    onProgress?.({ done: proposer.done, total: proposer.total });
  }
  return proposer.result();
}

/** The stepwise form of `proposePanels` (same result, however the steps are cut). */
export function createPanelProposer(input: PanelProposalInput): PanelProposer {
  const years = input.lookbackYears ?? DEFAULT_LOOKBACK_YEARS;
  const defaultFields = input.requiredFields ?? DEFAULT_PANEL_FIELDS;
  const experts = [...input.experts].sort((a, b) =>
    a.expertId < b.expertId ? -1 : a.expertId > b.expertId ? 1 : 0,
  );
  const indexOf = new Map(experts.map((e, i) => [e.expertId, i]));
  const n = experts.length;
  const fieldMask = experts.map((e) => maskOf(e.fields));
  const city = experts.map((e) => cityOf(e.regionCode));
  const load = experts.map((e) => e.currentLoad);
  const assigned = new Array<number>(n).fill(0);
  const cap = experts.map((e) => Math.min(input.loadCap, e.maxLoad ?? Infinity));
  const usable = experts.map((e, i) => e.available && e.currentLoad < cap[i]!);
  // Organisations as small integers, marked with the current application's stamp when on its panel.
  const orgNumber = new Map<string, number>();
  const orgOf = Int32Array.from(experts, (e) => {
    let k = orgNumber.get(e.organisationId);
    if (k === undefined) {
      k = orgNumber.size;
      orgNumber.set(e.organisationId, k);
    }
    return k;
  });
  const orgStamp = new Int32Array(orgNumber.size).fill(-1);
  let stamp = 0;

  // Conflict index: organisation → experts tied to it (today or within the look-back), declarations.
  const byAffiliation = new Map<string, number[]>();
  const byDeclaredOrg = new Map<string, number[]>();
  const byDeclaredApp = new Map<string, number[]>();
  experts.forEach((e, i) => {
    for (const org of affiliations(e, input.onDate, years)) {
      push(byAffiliation, org, i);
    }
    for (const d of e.declarations) {
      if (d.organisationId) {
        push(byDeclaredOrg, d.organisationId, i);
      }
      if (d.applicationId) {
        push(byDeclaredApp, d.applicationId, i);
      }
    }
  });
  const conflictedOf = (app: PanelApplication): Set<number> => {
    const out = new Set<number>();
    const add = (list: number[] | undefined) => list?.forEach((i) => out.add(i));
    for (const org of [app.leadOrganisationId, ...app.memberOrganisationIds]) {
      add(byAffiliation.get(org));
      add(byDeclaredOrg.get(org));
    }
    for (const org of app.avoidOrganisationIds) {
      add(byAffiliation.get(org));
    }
    add(byDeclaredApp.get(app.applicationId));
    return out;
  };

  const excluded: ExcludedExpert[] = [];
  const shortfalls: Shortfall[] = [];
  const conflictOptions = {
    onDate: input.onDate,
    lookbackYears: years,
    ...(input.organisationNames ? { organisationNames: input.organisationNames } : {}),
  };

  // Order: fewest eligible experts first, then more required fields, then id.
  const prepared = input.applications.map((app, order) => {
    const conflicted = conflictedOf(app);
    const banned = new Set(conflicted);
    for (const id of app.exclude ?? []) {
      const i = indexOf.get(id);
      if (i !== undefined) {
        banned.add(i);
      }
    }
    let eligible = 0;
    for (let i = 0; i < n; i++) {
      if (usable[i] && !banned.has(i)) {
        eligible++;
      }
    }
    const required = [...new Set(app.requiredFields ?? defaultFields)];
    return { app, order, conflicted, banned, eligible, required };
  });
  const queue = [...prepared].sort(
    (a, b) =>
      a.eligible - b.eligible ||
      b.required.length - a.required.length ||
      (a.app.applicationId < b.app.applicationId ? -1 : a.app.applicationId > b.app.applicationId ? 1 : 0),
  );

  const totalCapacity = experts.reduce(
    (sum, e, i) => sum + (usable[i] ? Math.max(0, cap[i]! - e.currentLoad) : 0),
    0,
  );
  const seatsWanted = input.applications.reduce(
    (sum, a) => sum + Math.max(0, input.panelSize - (a.keep?.length ?? 0)),
    0,
  );
  if (totalCapacity < seatsWanted) {
    shortfalls.push({
      applicationId: null,
      code: 'capacity_short',
      needed: seatsWanted,
      got: totalCapacity,
      message: {
        zh: `专家库可用评审容量 ${totalCapacity} 人次，少于所需 ${seatsWanted} 人次（每位专家上限 ${input.loadCap} 项）`,
        en: `The pool can take ${totalCapacity} more assignments, fewer than the ${seatsWanted} needed (cap ${input.loadCap} per expert)`,
      },
      remedy: {
        zh: `在专家库中增加专家、将不可用的专家标记为可用，或提高每位专家的评审上限`,
        en: `add experts to the pool, mark unavailable experts available, or raise the load cap`,
      },
    });
  }

  // Every pool expert not on this panel, with the first reason that kept them off.
  const unusedOf = (app: PanelApplication, conflicted: Set<number>, taken: Uint8Array): UnusedExpert[] => {
    const excludedIds = new Set(app.exclude ?? []);
    const out: UnusedExpert[] = [];
    experts.forEach((e, i) => {
      if (taken[i]) {
        return;
      }
      const reason: UnusedReason = conflicted.has(i)
        ? 'conflicted'
        : excludedIds.has(e.expertId)
          ? 'excluded'
          : !e.available
            ? 'unavailable'
            : load[i]! >= cap[i]!
              ? 'at_cap'
              : 'seats_full';
      out.push({
        expertId: e.expertId,
        name: input.expertNames?.[e.expertId] ?? e.expertId,
        fields: e.fields,
        reason,
      });
    });
    return out;
  };

  const panels = new Map<string, ProposedPanel>();
  let done = 0;
  const staff = ({ app, conflicted, banned, required }: (typeof queue)[number]) => {
    // Conflicted experts are reported with their reasons, whether or not they would have been chosen.
    for (const i of [...conflicted].sort((a, b) => a - b)) {
      const reasons = checkConflicts(experts[i]!, app, conflictOptions);
      if (reasons.length > 0) {
        excluded.push({ applicationId: app.applicationId, expertId: experts[i]!.expertId, reasons });
      }
    }
    const chosen: number[] = [];
    const taken = new Uint8Array(n);
    const keptSet = new Set<number>();
    for (const id of app.keep ?? []) {
      const i = indexOf.get(id);
      if (i !== undefined && !conflicted.has(i) && !keptSet.has(i)) {
        keptSet.add(i);
        chosen.push(i);
        taken[i] = 1;
        load[i]! += 1;
      }
    }
    // Candidates once per application; the loops below only walk these.
    const candidates: number[] = [];
    for (let i = 0; i < n; i++) {
      if (usable[i] && !banned.has(i) && !taken[i]) {
        candidates.push(i);
      }
    }
    const requiredMask = maskOf(required);
    let covered = chosen.reduce((m, i) => m | fieldMask[i]!, 0);
    stamp++;
    for (const i of chosen) {
      orgStamp[orgOf[i]!] = stamp;
    }
    const appCity = cityOf(app.regionCode);
    const canTake = (i: number) => !taken[i] && load[i]! < cap[i]!;

    // Lexicographic preference, smaller is better.
    const better = (a: number, b: number, gainA: number, gainB: number): boolean => {
      const orgA = orgStamp[orgOf[a]!] === stamp ? 1 : 0;
      const orgB = orgStamp[orgOf[b]!] === stamp ? 1 : 0;
      if (orgA !== orgB) {
        return orgA < orgB;
      }
      if (gainA !== gainB) {
        return gainA > gainB;
      }
      if (load[a] !== load[b]) {
        return load[a]! < load[b]!;
      }
      const localA = city[a] === appCity ? 1 : 0;
      const localB = city[b] === appCity ? 1 : 0;
      if (localA !== localB) {
        return localA < localB;
      }
      return a < b;
    };
    const pick = (i: number) => {
      chosen.push(i);
      taken[i] = 1;
      orgStamp[orgOf[i]!] = stamp;
      covered |= fieldMask[i]!;
      load[i]! += 1;
      assigned[i]! += 1;
    };

    // 1. Cover required fields, scarcest first (least remaining capacity among eligible experts).
    while (chosen.length < input.panelSize && (covered & requiredMask) !== requiredMask) {
      const openMask = requiredMask & ~covered;
      const supply = [0, 0, 0, 0];
      for (const i of candidates) {
        if (canTake(i) && fieldMask[i]! & openMask) {
          const spare = cap[i]! - load[i]!;
          for (let k = 0; k < 4; k++) {
            if (fieldMask[i]! & openMask & (1 << k)) {
              supply[k]! += spare;
            }
          }
        }
      }
      let targetBit = 0;
      let targetSupply = Infinity;
      // Ties go to the order of `required` (the pack's order of fields).
      for (const f of required) {
        const k = reviewFieldValues.indexOf(f);
        if (openMask & FIELD_BIT[f] && supply[k]! > 0 && supply[k]! < targetSupply) {
          targetBit = FIELD_BIT[f];
          targetSupply = supply[k]!;
        }
      }
      if (targetBit === 0) {
        break; // no eligible expert with capacity has any open field
      }
      let best = -1;
      let bestGain = 0;
      for (const i of candidates) {
        if (!canTake(i) || (fieldMask[i]! & targetBit) === 0) {
          continue;
        }
        const gain = bitCount(fieldMask[i]! & openMask);
        if (best < 0 || better(i, best, gain, bestGain)) {
          best = i;
          bestGain = gain;
        }
      }
      pick(best);
    }

    // 2. Fill the remaining seats, favouring the fields least represented on the panel.
    while (chosen.length < input.panelSize) {
      const counts = reviewFieldValues.map((f) => chosen.filter((i) => fieldMask[i]! & FIELD_BIT[f]).length);
      const min = Math.min(...counts);
      const thinMask = reviewFieldValues.reduce((m, f, k) => (counts[k] === min ? m | FIELD_BIT[f] : m), 0);
      let best = -1;
      let bestGain = 0;
      for (const i of candidates) {
        if (!canTake(i)) {
          continue;
        }
        const gain = bitCount(fieldMask[i]! & thinMask);
        if (best < 0 || better(i, best, gain, bestGain)) {
          best = i;
          bestGain = gain;
        }
      }
      if (best < 0) {
        break;
      }
      pick(best);
    }

    const missing = required.filter((f) => (covered & FIELD_BIT[f]) === 0);
    if (chosen.length < input.panelSize || missing.length > 0) {
      const facts = {
        panelSize: input.panelSize,
        seated: chosen.length,
        loadCap: input.loadCap,
        unused: unusedOf(app, conflicted, taken),
      };
      if (chosen.length < input.panelSize) {
        shortfalls.push({
          applicationId: app.applicationId,
          code: 'not_enough_experts',
          needed: input.panelSize,
          got: chosen.length,
          ...notEnoughExperts(facts),
        });
      }
      for (const f of missing) {
        shortfalls.push({
          applicationId: app.applicationId,
          code: 'field_uncovered',
          field: f,
          ...fieldUncovered(f, facts),
        });
      }
    }
    panels.set(app.applicationId, {
      applicationId: app.applicationId,
      members: chosen.map((i) => ({
        expertId: experts[i]!.expertId,
        fields: [...experts[i]!.fields],
        kept: keptSet.has(i),
      })),
      coveredFields: required.filter((f) => (covered & FIELD_BIT[f]) !== 0),
      missingFields: missing,
    });
  };

  const result = (): PanelProposal => {
    const ordered = prepared.map((p) => panels.get(p.app.applicationId)!);
    const appRank = new Map(prepared.map((p) => [p.app.applicationId, p.order]));
    const byApp = (x: { applicationId: string | null }) =>
      x.applicationId === null ? -1 : (appRank.get(x.applicationId) ?? 0);
    return {
      panels: ordered,
      excluded: excluded.sort((a, b) => byApp(a) - byApp(b) || (a.expertId < b.expertId ? -1 : 1)),
      shortfalls: shortfalls.sort((a, b) => byApp(a) - byApp(b)),
      loads: experts.map((e, i) => ({
        expertId: e.expertId,
        before: e.currentLoad,
        // Newly proposed here; kept members are in `after` but not in `assigned`.
        assigned: assigned[i]!,
        after: load[i]!,
      })),
      stats: {
        applications: input.applications.length,
        experts: n,
        availableExperts: usable.filter(Boolean).length,
        assignments: assigned.reduce((s, x) => s + x, 0),
        fullyStaffed: ordered.filter(
          (p) => p.members.length >= input.panelSize && p.missingFields.length === 0,
        ).length,
        fieldsCovered: ordered.reduce((s, p) => s + p.coveredFields.length, 0),
      },
    };
  };

  return {
    total: queue.length,
    get done() {
      return done;
    },
    step(limit: number) {
      const until = Math.min(queue.length, done + Math.max(0, limit));
      const from = done;
      while (done < until) {
        staff(queue[done]!);
        done++;
      }
      return done - from;
    },
    result() {
      if (done < queue.length) {
        throw new Error(`proposal incomplete: ${done} of ${queue.length} applications staffed`);
      }
      return result();
    },
  };
}
