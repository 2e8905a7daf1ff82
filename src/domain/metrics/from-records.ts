/**
 * Metrics proven by records: for each catalogued metric the platform's records can prove, which records
 * count, over which window, and what is counted (records, or distinct enterprises / regions / industries).
 * Every counted unit carries the id of the record that proves it, so each number drills down to evidence.
 *
 * Ledger records the enterprise has not confirmed (or has disputed) never count towards the proven value;
 * what they would add is reported separately as `pending` and `disputed`.
 */
import type { Confirmation, EventKind, ServiceType } from '../center-platform/vocabulary.ts';
import { findMetric } from './index.ts';

/** Where a metric's records come from. */
export type RecordSource =
  | 'serviceRecords'
  | 'courseAttendance'
  | 'centerEvents'
  | 'contestTeams'
  | 'industryEducationAgreements'
  | 'offerClaims';

/** What one counted unit is. */
export type CountUnit = 'record' | 'enterprise' | 'region' | 'industry';

/** A filter on one source's records. */
export interface SourceSpec {
  source: RecordSource;
  serviceTypes?: readonly ServiceType[];
  /** Only records about SMEs (中小企业). */
  smeOnly?: boolean;
  /** Only free or discounted (普惠) services. */
  preferentialOnly?: boolean;
  eventKinds?: readonly EventKind[];
}

export interface RecordMetricDefinition {
  key: string;
  /** Records of these sources are pooled; distinct units are counted across all of them. */
  sources: readonly SourceSpec[];
  unit: CountUnit;
  /** `period`: records dated inside the period; `toDate`: every record up to the period's end. */
  window: 'period' | 'toDate';
}

const LEDGER = 'serviceRecords' as const;

/** The definitions, one per provable metric this module owns (resource-pool metrics are computed there). */
export const recordMetricDefinitions: readonly RecordMetricDefinition[] = [
  { key: 'enterprisesServed', sources: [{ source: LEDGER }], unit: 'enterprise', window: 'period' },
  { key: 'smesServed', sources: [{ source: LEDGER, smeOnly: true }], unit: 'enterprise', window: 'period' },
  { key: 'smePartners', sources: [{ source: LEDGER, smeOnly: true }], unit: 'enterprise', window: 'toDate' },
  {
    key: 'smesBenefitingPreferential',
    sources: [
      { source: LEDGER, smeOnly: true, preferentialOnly: true },
      { source: 'offerClaims', smeOnly: true },
    ],
    unit: 'enterprise',
    window: 'period',
  },
  {
    key: 'diagnosisRegions',
    sources: [{ source: LEDGER, serviceTypes: ['diagnosis', 'consulting'] }],
    unit: 'region',
    window: 'toDate',
  },
  {
    key: 'diagnosisIndustries',
    sources: [{ source: LEDGER, serviceTypes: ['diagnosis', 'consulting'] }],
    unit: 'industry',
    window: 'toDate',
  },
  {
    key: 'matchmakingEvents',
    sources: [{ source: 'centerEvents', eventKinds: ['matchmaking'] }],
    unit: 'record',
    window: 'period',
  },
  {
    key: 'talentEvents',
    sources: [{ source: 'centerEvents', eventKinds: ['contest', 'forum'] }],
    unit: 'record',
    window: 'period',
  },
  {
    key: 'talentContests',
    sources: [{ source: 'centerEvents', eventKinds: ['contest'] }],
    unit: 'record',
    window: 'period',
  },
  { key: 'contestTeams', sources: [{ source: 'contestTeams' }], unit: 'record', window: 'period' },
  { key: 'trainingPersonTimes', sources: [{ source: 'courseAttendance' }], unit: 'record', window: 'period' },
  {
    key: 'industryEducationAgreements',
    sources: [{ source: 'industryEducationAgreements' }],
    unit: 'record',
    window: 'period',
  },
];

/** Catalogued provable metrics that these records cannot prove, with the reason (shown in reports). */
export const notProvableHere: Readonly<Record<string, string>> = {
  aboveScaleIndustryShareServed: '需要行业规上企业总数作分母，台账只能给出分子（已服务的规上企业）',
  modelsAggregated: '资源池指标，由资源池模块计算',
  modelLinksCovered: '资源池指标，由资源池模块计算',
  suppliersAggregated: '资源池指标，由资源池模块计算',
  smeSolutions: '资源池指标，由资源池模块计算',
};

export function findRecordMetric(key: string): RecordMetricDefinition | undefined {
  return recordMetricDefinitions.find((d) => d.key === key);
}

/** A closed date range, ISO YYYY-MM-DD. */
export interface Period {
  from: string;
  to: string;
}

/** The calendar year as a period. */
export function yearPeriod(year: number): Period {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The date range a definition reads for a period. */
export function windowOf(def: RecordMetricDefinition, period: Period): { from: string | null; to: string } {
  return def.window === 'period' ? { from: period.from, to: period.to } : { from: null, to: period.to };
}

/** One record as the metrics see it (any source). Sources without confirmation count as confirmed. */
export interface MetricRecord {
  source: RecordSource;
  id: string;
  date: string;
  enterpriseId?: string | null;
  regionCode?: string | null;
  industryCode?: string | null;
  serviceType?: ServiceType;
  sme?: boolean;
  preferential?: boolean;
  eventKind?: EventKind;
  confirmation?: Confirmation;
}

/** Whether a record passes one source's filter (the SQL in app/metrics applies the same conditions). */
export function matchesSpec(spec: SourceSpec, r: MetricRecord): boolean {
  if (r.source !== spec.source) {
    return false;
  }
  if (spec.serviceTypes && (!r.serviceType || !spec.serviceTypes.includes(r.serviceType))) {
    return false;
  }
  if (spec.smeOnly && !r.sme) {
    return false;
  }
  if (spec.preferentialOnly && !r.preferential) {
    return false;
  }
  if (spec.eventKinds && (!r.eventKind || !spec.eventKinds.includes(r.eventKind))) {
    return false;
  }
  return true;
}

/** The unit a record counts as, or null when it has none (e.g. a ledger record without industry). */
export function unitOf(unit: CountUnit, r: MetricRecord): string | null {
  switch (unit) {
    case 'record':
      return `${r.source}:${r.id}`;
    case 'enterprise':
      return r.enterpriseId ?? null;
    case 'region':
      return r.regionCode ?? null;
    case 'industry':
      return r.industryCode ?? null;
  }
}

/** A candidate: the earliest record proving one unit under one confirmation state. */
export interface UnitCandidate {
  unit: string;
  confirmation: Confirmation;
  source: RecordSource;
  id: string;
  date: string;
}

export interface EvidenceRef {
  source: RecordSource;
  id: string;
}

export interface MetricPart {
  value: number;
  records: EvidenceRef[];
}

export interface MetricResult {
  key: string;
  /** Proven value: units proven by confirmed records (and by sources that need no confirmation). */
  value: number;
  /** One record per counted unit. */
  records: EvidenceRef[];
  /** Units only unconfirmed ledger records would add. */
  pending: MetricPart;
  /** Units only disputed ledger records would add. */
  disputed: MetricPart;
}

function earlier(a: UnitCandidate, b: UnitCandidate): boolean {
  return a.date < b.date || (a.date === b.date && a.id < b.id);
}

/**
 * Reduces candidates to the result: a unit proven by a confirmed record counts in `value`; otherwise an
 * unconfirmed one puts it in `pending`; otherwise a disputed one puts it in `disputed`.
 * Each unit is represented by its earliest record in the strongest state.
 */
export function reduceCandidates(key: string, candidates: readonly UnitCandidate[]): MetricResult {
  const rank: Record<Confirmation, number> = { confirmed: 0, unconfirmed: 1, disputed: 2 };
  const best = new Map<string, UnitCandidate>();
  for (const c of candidates) {
    const current = best.get(c.unit);
    if (
      !current ||
      rank[c.confirmation] < rank[current.confirmation] ||
      (rank[c.confirmation] === rank[current.confirmation] && earlier(c, current))
    ) {
      best.set(c.unit, c);
    }
  }
  const parts: Record<Confirmation, EvidenceRef[]> = { confirmed: [], unconfirmed: [], disputed: [] };
  const ordered = [...best.values()].sort((a, b) => (earlier(a, b) ? -1 : earlier(b, a) ? 1 : 0));
  for (const c of ordered) {
    parts[c.confirmation].push({ source: c.source, id: c.id });
  }
  return {
    key,
    value: parts.confirmed.length,
    records: parts.confirmed,
    pending: { value: parts.unconfirmed.length, records: parts.unconfirmed },
    disputed: { value: parts.disputed.length, records: parts.disputed },
  };
}

/** The candidates a definition draws from in-memory records for a period. */
export function candidatesOf(
  def: RecordMetricDefinition,
  records: readonly MetricRecord[],
  period: Period,
): UnitCandidate[] {
  const window = windowOf(def, period);
  const out: UnitCandidate[] = [];
  for (const r of records) {
    if ((window.from !== null && r.date < window.from) || r.date > window.to) {
      continue;
    }
    if (!def.sources.some((s) => matchesSpec(s, r))) {
      continue;
    }
    const unit = unitOf(def.unit, r);
    if (unit === null) {
      continue;
    }
    out.push({ unit, confirmation: r.confirmation ?? 'confirmed', source: r.source, id: r.id, date: r.date });
  }
  return out;
}

/** Evaluates one definition on in-memory records (the reference semantics the SQL path must match). */
export function evaluateMetric(
  def: RecordMetricDefinition,
  records: readonly MetricRecord[],
  period: Period,
): MetricResult {
  return reduceCandidates(def.key, candidatesOf(def, records, period));
}

/** Evaluates every definition. */
export function evaluateAll(records: readonly MetricRecord[], period: Period): MetricResult[] {
  return recordMetricDefinitions.map((d) => evaluateMetric(d, records, period));
}

/** Month buckets (YYYY-MM) of a period, in order. */
export function monthsOf(period: Period): string[] {
  const out: string[] = [];
  let [y, m] = period.from.slice(0, 7).split('-').map(Number) as [number, number];
  const end = period.to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    if (key > end) {
      break;
    }
    out.push(key);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** Definitions reference catalogued metrics only (checked by the unit test). */
export function uncataloguedDefinitions(): string[] {
  return recordMetricDefinitions.filter((d) => !findMetric(d.key)?.provableFromRecords).map((d) => d.key);
}
