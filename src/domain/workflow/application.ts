/**
 * The application (申报) state machine as data: states, transitions (action, from, to, actor roles,
 * guard) and the two functions every command uses — `nextTransitions` (what may happen now, and why
 * not) and `applyTransition` (the next state, or a typed error with the reason in zh/en).
 *
 * The pack drives it through its recognition stages (see plan.ts): whether the city step exists and
 * who skips it (Gansu central/provincial SOEs, 003 第十条), whether the emergency-management opinion
 * is needed before recommending (002 三（一）), and which stage each transition cites.
 *
 * Ownership of the commands behind the transitions: steps 1–4, formal review and the decision live in
 * src/app/recognition; expert review (panels, scores) fills `ctx.expertReview`; publicity, objections and
 * the announcement fill `ctx.publicity` and run `start_publicity`, `announce`, `reopen`.
 */
import type { Localized, OrgKind, Stage } from '../policy/schema.ts';
import { cityStepApplies, type WorkflowPlan } from './plan.ts';

export const applicationStates = [
  'draft',
  'submitted',
  'city_review',
  'returned',
  'recommended',
  'formal_review',
  'expert_review',
  'decided',
  'rejected',
  'publicity',
  'announced',
  'withdrawn',
] as const;
export type ApplicationState = (typeof applicationStates)[number];

export const applicationStateLabels: Record<ApplicationState, Localized> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已提交（待市级审核）', en: 'Submitted (awaiting city review)' },
  city_review: { zh: '市级审核中', en: 'City review' },
  returned: { zh: '已退回修改', en: 'Returned for revision' },
  recommended: { zh: '已报省（待形式审查）', en: 'At the province (awaiting formal review)' },
  formal_review: { zh: '形式审查中', en: 'Formal review' },
  expert_review: { zh: '专家评审中', en: 'Expert review' },
  decided: { zh: '已审定（拟认定）', en: 'Approved (proposed for recognition)' },
  rejected: { zh: '未通过', en: 'Rejected' },
  publicity: { zh: '公示中', en: 'In publicity' },
  announced: { zh: '已公告', en: 'Announced' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

/** States in which the applicant edits the working copy. */
export const editableStates: readonly ApplicationState[] = ['draft', 'returned'];
/** States after which nothing more happens. */
export const terminalStates: readonly ApplicationState[] = ['rejected', 'announced', 'withdrawn'];

/** Who acts. Authority transitions name both levels: the call's level decides which one is in charge. */
export type WorkflowRole = 'applicant' | 'city_officer' | 'provincial_admin' | 'national_admin' | 'expert';

export const applicationActions = [
  'submit',
  'withdraw',
  'record_qualification_review',
  'record_site_check',
  'attach_emergency_opinion',
  'recommend',
  'city_return',
  'start_formal_review',
  'formal_review_pass',
  'formal_review_return',
  'approve',
  'reject',
  'start_publicity',
  'announce',
  'reopen',
] as const;
export type ApplicationAction = (typeof applicationActions)[number];

export const applicationActionLabels: Record<ApplicationAction, Localized> = {
  submit: { zh: '提交申报', en: 'Submit' },
  withdraw: { zh: '撤回申报', en: 'Withdraw' },
  record_qualification_review: { zh: '资格审核', en: 'Qualification review' },
  record_site_check: { zh: '现场核查', en: 'Site check' },
  attach_emergency_opinion: { zh: '应急管理部门意见', en: 'Emergency-management opinion' },
  recommend: { zh: '推荐报省', en: 'Recommend to the province' },
  city_return: { zh: '退回（市级）', en: 'Return (city)' },
  start_formal_review: { zh: '开始形式审查', en: 'Start formal review' },
  formal_review_pass: { zh: '形式审查通过', en: 'Pass formal review' },
  formal_review_return: { zh: '形式审查退回', en: 'Return at formal review' },
  approve: { zh: '审定通过', en: 'Approve' },
  reject: { zh: '审定不通过', en: 'Reject' },
  start_publicity: { zh: '开始公示', en: 'Start publicity' },
  announce: { zh: '公告', en: 'Announce' },
  reopen: { zh: '异议成立，重新审定', en: 'Objection upheld: reopen the decision' },
};

/** A conflict with the pack's uniqueness rules across the call (decision step). */
export interface UniquenessConflict {
  ruleId: string;
  inPrinciple: boolean;
  reason: Localized;
}

/** What the guards read. Commands fill the parts their transition needs. */
export interface WorkflowContext {
  plan: WorkflowPlan;
  leadOrgKind: OrgKind;
  /** The actor's roles that hold for this application (after jurisdiction); omitted = do not filter. */
  roles?: readonly WorkflowRole[];
  /** The call accepts submissions (published, within its dates). */
  callOpen?: boolean;
  /** Hard eligibility failures of the form being submitted (empty = eligible). */
  eligibilityFailures?: readonly Localized[];
  cityReview?: {
    checklistPassed: boolean | null;
    siteCheckRecorded: boolean;
    emergencyOpinionAttached: boolean;
  };
  documentNumber?: string | null;
  /** Filled by expert review: false while scores are missing. Omitted = not tracked. */
  expertReview?: { complete: boolean; reason?: Localized };
  /** Uniqueness conflicts across the call; `acknowledged` lets the authority decide despite 原则上 ones. */
  uniqueness?: { conflicts: readonly UniquenessConflict[]; acknowledged: boolean };
  /** Filled by publicity: the window and its objections. */
  publicity?: { windowClosed: boolean; openObjections: number; upheldObjections: number };
}

/** A guard answers null when the transition may happen, else the reason it may not. */
export type Guard = (ctx: WorkflowContext, state: ApplicationState) => Localized | null;

/** The plan step a transition performs (its citation). */
export type PlanStep =
  | 'submission'
  | 'city'
  | 'emergencyOpinion'
  | 'formalReview'
  | 'expertReview'
  | 'decision'
  | 'publicity'
  | 'announcement';

export interface Transition {
  action: ApplicationAction;
  from: readonly ApplicationState[];
  /** The usual target; `route` picks another one from the context (submission without a city step). */
  to: ApplicationState;
  route?: (ctx: WorkflowContext) => ApplicationState;
  actors: readonly WorkflowRole[];
  step: PlanStep;
  guard?: Guard;
  /** Whether the step exists at all under this pack (no such button otherwise). */
  applies?: (ctx: WorkflowContext) => boolean;
  /** Applicant-facing: a comment (reason) must be given. */
  requiresComment?: boolean;
}

const AUTHORITY: readonly WorkflowRole[] = ['provincial_admin', 'national_admin'];

const submitGuard: Guard = (ctx) => {
  if (ctx.callOpen === false) {
    return { zh: '申报通知未发布或不在申报期内', en: 'The call is not open for submissions' };
  }
  const failures = ctx.eligibilityFailures ?? [];
  if (failures.length > 0) {
    return {
      zh: `不符合申报条件：${failures.map((f) => f.zh).join('；')}`,
      en: `Not eligible: ${failures.map((f) => f.en).join('; ')}`,
    };
  }
  return null;
};

const recommendGuard: Guard = (ctx) => {
  const r = ctx.cityReview;
  if (!r || r.checklistPassed !== true) {
    return { zh: '资格审核尚未完成或未通过', en: 'The qualification review is not done or not passed' };
  }
  if (ctx.plan.city?.siteCheckRequired && !r.siteCheckRecorded) {
    return { zh: '尚未填写现场核查记录', en: 'The site check has not been recorded' };
  }
  if (ctx.plan.emergencyOpinion && !r.emergencyOpinionAttached) {
    return {
      zh: '推荐前须征求同级应急管理部门意见（尚未附意见）',
      en: 'The emergency-management department’s opinion must be attached before recommending',
    };
  }
  if (!ctx.documentNumber || ctx.documentNumber.trim() === '') {
    return { zh: '推荐须有正式文件文号', en: 'A recommendation needs a formal document number' };
  }
  return null;
};

const expertReviewDone: Guard = (ctx) =>
  ctx.expertReview && !ctx.expertReview.complete
    ? (ctx.expertReview.reason ?? { zh: '专家评审尚未完成', en: 'The expert review is not complete' })
    : null;

const approveGuard: Guard = (ctx, state) => {
  const pending = expertReviewDone(ctx, state);
  if (pending) {
    return pending;
  }
  const conflicts = ctx.uniqueness?.conflicts ?? [];
  const hard = conflicts.filter((c) => !c.inPrinciple);
  if (hard.length > 0) {
    return {
      zh: `与本批次唯一性规则冲突：${hard.map((c) => c.reason.zh).join('；')}`,
      en: `Conflicts with the call's uniqueness rules: ${hard.map((c) => c.reason.en).join('; ')}`,
    };
  }
  if (conflicts.length > 0 && !ctx.uniqueness?.acknowledged) {
    return {
      zh: `存在“原则上”唯一性冲突，须确认后方可通过：${conflicts.map((c) => c.reason.zh).join('；')}`,
      en: `In-principle uniqueness conflicts must be acknowledged: ${conflicts.map((c) => c.reason.en).join('; ')}`,
    };
  }
  return null;
};

const announceGuard: Guard = (ctx) => {
  const p = ctx.publicity;
  if (!p || !p.windowClosed) {
    return { zh: '公示期尚未结束', en: 'The publicity window has not closed' };
  }
  if (p.openObjections > 0) {
    return { zh: '尚有未处理的异议', en: 'Objections are still open' };
  }
  if (p.upheldObjections > 0) {
    return { zh: '异议成立，须重新审定', en: 'An objection was upheld; the decision must be reopened' };
  }
  return null;
};

const emergencyRequired: Guard = (ctx) =>
  ctx.plan.emergencyOpinion
    ? null
    : {
        zh: '本政策包不要求应急管理部门意见',
        en: 'This pack does not require an emergency-management opinion',
      };

// Withdrawal is possible until review starts; at the province only when the file came straight there.
const withdrawBeforeReview: Guard = (ctx, state) =>
  state === 'recommended' && cityStepApplies(ctx.plan, ctx.leadOrgKind)
    ? { zh: '已进入审核，不能撤回', en: 'Review has started; the application can no longer be withdrawn' }
    : null;

/** Every transition. Others add theirs by pushing to this list before the server starts. */
export const applicationTransitions: Transition[] = [
  {
    // 中央在甘企业和省属企业可直接向省工信厅申报 (003 第十条): without a city step, straight to the province.
    action: 'submit',
    from: ['draft', 'returned'],
    to: 'submitted',
    route: (ctx) => (cityStepApplies(ctx.plan, ctx.leadOrgKind) ? 'submitted' : 'recommended'),
    actors: ['applicant'],
    step: 'submission',
    guard: submitGuard,
  },
  {
    action: 'withdraw',
    from: ['draft', 'submitted', 'returned', 'recommended'],
    to: 'withdrawn',
    actors: ['applicant'],
    step: 'submission',
    guard: withdrawBeforeReview,
  },
  {
    action: 'record_qualification_review',
    from: ['submitted', 'city_review'],
    to: 'city_review',
    actors: ['city_officer'],
    step: 'city',
  },
  {
    action: 'record_site_check',
    from: ['submitted', 'city_review'],
    to: 'city_review',
    actors: ['city_officer'],
    step: 'city',
  },
  {
    action: 'attach_emergency_opinion',
    from: ['submitted', 'city_review'],
    to: 'city_review',
    actors: ['city_officer'],
    step: 'emergencyOpinion',
    applies: (ctx) => ctx.plan.emergencyOpinion !== null,
    guard: emergencyRequired,
  },
  {
    action: 'recommend',
    from: ['city_review'],
    to: 'recommended',
    actors: ['city_officer'],
    step: 'city',
    guard: recommendGuard,
  },
  {
    action: 'city_return',
    from: ['submitted', 'city_review'],
    to: 'returned',
    actors: ['city_officer'],
    step: 'city',
    requiresComment: true,
  },
  {
    action: 'start_formal_review',
    from: ['recommended'],
    to: 'formal_review',
    actors: AUTHORITY,
    step: 'formalReview',
  },
  {
    action: 'formal_review_pass',
    from: ['recommended', 'formal_review'],
    to: 'expert_review',
    actors: AUTHORITY,
    step: 'formalReview',
  },
  {
    action: 'formal_review_return',
    from: ['recommended', 'formal_review'],
    to: 'returned',
    actors: AUTHORITY,
    step: 'formalReview',
    requiresComment: true,
  },
  {
    action: 'approve',
    from: ['expert_review'],
    to: 'decided',
    actors: AUTHORITY,
    step: 'decision',
    guard: approveGuard,
  },
  {
    action: 'reject',
    from: ['formal_review', 'expert_review'],
    to: 'rejected',
    actors: AUTHORITY,
    step: 'decision',
    requiresComment: true,
  },
  { action: 'start_publicity', from: ['decided'], to: 'publicity', actors: AUTHORITY, step: 'publicity' },
  {
    action: 'announce',
    from: ['publicity'],
    to: 'announced',
    actors: AUTHORITY,
    step: 'announcement',
    guard: announceGuard,
  },
  {
    action: 'reopen',
    from: ['publicity'],
    to: 'expert_review',
    actors: AUTHORITY,
    step: 'publicity',
    requiresComment: true,
  },
];

/** The pack stage a plan step corresponds to (null when the document has no such stage). */
export function stageOf(plan: WorkflowPlan, step: PlanStep): Stage | null {
  switch (step) {
    case 'submission':
      return null;
    case 'city':
      return plan.city?.stages[0] ?? null;
    default:
      return plan[step];
  }
}

/** A transition that may follow from the current state, with the reason when its guard blocks it. */
export interface NextTransition {
  action: ApplicationAction;
  to: ApplicationState;
  step: PlanStep;
  stage: Stage | null;
  requiresComment: boolean;
  blockedBy: Localized | null;
}

function roleMatches(t: Transition, ctx: WorkflowContext): boolean {
  return ctx.roles === undefined || t.actors.some((r) => ctx.roles!.includes(r));
}

/**
 * The transitions out of `state` for the actor's roles, one per action: the first whose guard passes,
 * or (when all are blocked) the first with its reason.
 */
export function nextTransitions(state: ApplicationState, ctx: WorkflowContext): NextTransition[] {
  const out = new Map<ApplicationAction, NextTransition>();
  for (const t of applicationTransitions) {
    if (!t.from.includes(state) || !roleMatches(t, ctx) || t.applies?.(ctx) === false) {
      continue;
    }
    const blockedBy = t.guard?.(ctx, state) ?? null;
    const existing = out.get(t.action);
    if (existing && (existing.blockedBy === null || blockedBy !== null)) {
      continue;
    }
    out.set(t.action, {
      action: t.action,
      to: t.route?.(ctx) ?? t.to,
      step: t.step,
      stage: stageOf(ctx.plan, t.step),
      requiresComment: t.requiresComment ?? false,
      blockedBy,
    });
  }
  return [...out.values()];
}

/** Thrown for a transition the state machine does not allow; answered as 409 conflict.illegal_transition. */
export class IllegalTransitionError extends Error {
  readonly code = 'conflict.illegal_transition';
  constructor(
    readonly action: string,
    readonly state: ApplicationState,
    readonly reason: Localized,
  ) {
    super(`${action} from ${state}: ${reason.en}`);
    this.name = 'IllegalTransitionError';
  }
}

function isAction(action: string): action is ApplicationAction {
  return (applicationActions as readonly string[]).includes(action);
}

/** The transition `action` performs from `state`; throws IllegalTransitionError with the reason. */
export function applyTransition(
  state: ApplicationState,
  action: string,
  ctx: WorkflowContext,
): NextTransition {
  if (!isAction(action)) {
    throw new IllegalTransitionError(action, state, {
      zh: `未知操作：${action}`,
      en: `Unknown action: ${action}`,
    });
  }
  const label = applicationActionLabels[action];
  const stateLabel = applicationStateLabels[state];
  const candidates = applicationTransitions.filter((t) => t.action === action && t.from.includes(state));
  if (candidates.length === 0) {
    throw new IllegalTransitionError(action, state, {
      zh: `申报处于「${stateLabel.zh}」状态，不能执行「${label.zh}」`,
      en: `The application is ${stateLabel.en.toLowerCase()}; “${label.en}” is not possible`,
    });
  }
  const forRole = candidates.filter((t) => roleMatches(t, ctx));
  if (forRole.length === 0) {
    throw new IllegalTransitionError(action, state, {
      zh: `「${label.zh}」须由${candidates[0]!.actors.join('/')}执行`,
      en: `“${label.en}” is done by ${candidates[0]!.actors.join('/')}`,
    });
  }
  let firstReason: Localized | null = null;
  for (const t of forRole) {
    const blockedBy =
      t.applies?.(ctx) === false ? emergencyRequired(ctx, state) : (t.guard?.(ctx, state) ?? null);
    if (blockedBy === null) {
      return {
        action,
        to: t.route?.(ctx) ?? t.to,
        step: t.step,
        stage: stageOf(ctx.plan, t.step),
        requiresComment: t.requiresComment ?? false,
        blockedBy: null,
      };
    }
    firstReason ??= blockedBy;
  }
  throw new IllegalTransitionError(action, state, firstReason!);
}
