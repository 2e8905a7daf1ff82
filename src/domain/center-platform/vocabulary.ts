/** The center platform's vocabulary (GLOSSARY.md): service types, confirmation states, event and offer kinds. */

export const serviceTypeValues = [
  'diagnosis',
  'consulting',
  'matchmaking',
  'productTest',
  'performanceEvaluation',
  'training',
  'orderMatching',
  'financeMatching',
] as const;
export type ServiceType = (typeof serviceTypeValues)[number];

export const serviceTypeLabels: Record<ServiceType, { zh: string; en: string }> = {
  diagnosis: { zh: '诊断评估', en: 'Diagnosis' },
  consulting: { zh: '咨询规划', en: 'Consulting' },
  matchmaking: { zh: '供需对接', en: 'Matchmaking' },
  productTest: { zh: '产品评测', en: 'Product test' },
  performanceEvaluation: { zh: '绩效评估', en: 'Performance evaluation' },
  training: { zh: '人才培训实训', en: 'Training' },
  orderMatching: { zh: '订单对接', en: 'Order matching' },
  financeMatching: { zh: '产融对接', en: 'Finance matching' },
};

/** The enterprise's answer to a ledger record about itself. */
export const confirmationValues = ['unconfirmed', 'confirmed', 'disputed'] as const;
export type Confirmation = (typeof confirmationValues)[number];

export const eventKindValues = ['contest', 'forum', 'matchmaking'] as const;
export type EventKind = (typeof eventKindValues)[number];

export const courseModeValues = ['online', 'offline', 'hybrid'] as const;
export type CourseMode = (typeof courseModeValues)[number];

export const offerKindValues = ['trial', 'discount', 'sharedEquipment', 'capacityOffer'] as const;
export type OfferKind = (typeof offerKindValues)[number];
/** An offer is open to claims and bookings while active. */
export const offerStatusValues = ['active', 'closed'] as const;
/** A claim: in trial, bought after the trial, discount taken, or ended. */
export const claimStatusValues = ['trial', 'purchased', 'discounted', 'ended'] as const;
export const bookingStatusValues = ['booked', 'cancelled'] as const;

/** Offers booked by time slot rather than claimed. */
export function isBookable(kind: OfferKind): boolean {
  return kind === 'sharedEquipment' || kind === 'capacityOffer';
}

export const financeProductKindValues = [
  'fund',
  'loan',
  'guarantee',
  'leasing',
  'insurance',
  'equity',
] as const;
export type FinanceProductKind = (typeof financeProductKindValues)[number];

/** A financing need: open until a match succeeds (matched) or it is withdrawn (closed). */
export const financeNeedStatusValues = ['open', 'matched', 'closed'] as const;

export const financeMatchStatusValues = ['proposed', 'succeeded', 'failed'] as const;
export type FinanceMatchStatus = (typeof financeMatchStatusValues)[number];

/** The enterprise may confirm or dispute a record once; a disputed record may be confirmed after correction. */
export function canAnswer(current: Confirmation, answer: 'confirmed' | 'disputed'): boolean {
  if (current === 'unconfirmed') {
    return true;
  }
  return current === 'disputed' && answer === 'confirmed';
}

/** Two half-open slots [start, end) overlap. */
export function slotsOverlap(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A session may take a new registration while registered seats remain. */
export function hasFreeSeat(seats: number, registered: number): boolean {
  return registered < seats;
}

/**
 * A session takes registrations up to and including its own day: once the day has passed there is
 * nothing left to attend, and attendance on it would count a 人次 that never happened.
 */
export function registrationOpen(sessionDate: string, today: string): boolean {
  return sessionDate >= today;
}

/**
 * Attendance is recorded from the session's own day on: a 人次 counts once it happened. The thresholds the
 * evaluation checks against these records count training held in the year (000 附件 引导性要素条件: 每年度
 * 开展1000人次以上人才实训培训活动; 001 认定标准: 上一年度…人才培训实训规模在2000人次以上).
 */
export function attendanceOpen(sessionDate: string, today: string): boolean {
  return sessionDate <= today;
}

/** A match outcome is decided once: proposed → succeeded | failed. */
export function canDecideMatch(current: FinanceMatchStatus): boolean {
  return current === 'proposed';
}

/** An ISO date plus n calendar days. */
export function addIsoDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
