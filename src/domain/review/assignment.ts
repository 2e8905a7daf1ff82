/**
 * The life of one panel seat (评审任务) and the visibility rules that hang on it.
 *
 *   proposed ──confirm──▶ invited ──accept──▶ accepted ──submit──▶ submitted
 *                            │                   │
 *                            └──decline──▶ declined
 *   proposed | invited | accepted ──declare_conflict──▶ conflicted   (the expert, at any time before submitting)
 *   proposed | invited | accepted ──remove──▶ removed                 (the province, when adjusting)
 */
import type { Localized } from '../policy/schema.ts';

export const assignmentStatusValues = [
  'proposed',
  'invited',
  'accepted',
  'declined',
  'submitted',
  'conflicted',
  'removed',
] as const;
export type AssignmentStatus = (typeof assignmentStatusValues)[number];

export type AssignmentAction =
  'confirm' | 'accept' | 'decline' | 'submit' | 'declare_conflict' | 'remove' | 'save';

const transitions: Record<
  Exclude<AssignmentAction, 'save'>,
  { from: AssignmentStatus[]; to: AssignmentStatus }
> = {
  confirm: { from: ['proposed'], to: 'invited' },
  accept: { from: ['invited'], to: 'accepted' },
  decline: { from: ['invited'], to: 'declined' },
  submit: { from: ['accepted'], to: 'submitted' },
  declare_conflict: { from: ['proposed', 'invited', 'accepted'], to: 'conflicted' },
  remove: { from: ['proposed', 'invited', 'accepted'], to: 'removed' },
};

export const assignmentStatusLabels: Record<AssignmentStatus, Localized> = {
  proposed: { zh: '拟邀请', en: 'Proposed' },
  invited: { zh: '已邀请', en: 'Invited' },
  accepted: { zh: '已接受', en: 'Accepted' },
  declined: { zh: '已谢绝', en: 'Declined' },
  submitted: { zh: '已提交', en: 'Submitted' },
  conflicted: { zh: '已回避', en: 'Recused (conflict)' },
  removed: { zh: '已撤换', en: 'Removed' },
};

/** Seats that still count toward the panel (and the expert's load). */
export const ACTIVE_STATUSES: readonly AssignmentStatus[] = ['proposed', 'invited', 'accepted', 'submitted'];

export function isActive(status: AssignmentStatus): boolean {
  return ACTIVE_STATUSES.includes(status);
}

export type TransitionResult = { ok: true; to: AssignmentStatus } | { ok: false; reason: Localized };

/** The next status, or the reason the action is not allowed now. Saving a draft keeps the status. */
export function nextAssignmentStatus(from: AssignmentStatus, action: AssignmentAction): TransitionResult {
  if (action === 'save') {
    return from === 'accepted'
      ? { ok: true, to: 'accepted' }
      : {
          ok: false,
          reason: {
            zh: `评审任务状态为「${assignmentStatusLabels[from].zh}」，不能保存评分`,
            en: `Scores cannot be saved while the assignment is ${assignmentStatusLabels[from].en.toLowerCase()}`,
          },
        };
  }
  const t = transitions[action];
  if (t.from.includes(from)) {
    return { ok: true, to: t.to };
  }
  return {
    ok: false,
    reason: {
      zh: `评审任务状态为「${assignmentStatusLabels[from].zh}」，不能执行该操作`,
      en: `Not allowed while the assignment is ${assignmentStatusLabels[from].en.toLowerCase()}`,
    },
  };
}

/** Phase-gated visibility (NIH's Submit phase): an expert sees other experts' scores only after submitting. */
export function mayViewPeerScores(ownStatus: AssignmentStatus): boolean {
  return ownStatus === 'submitted';
}

export interface ReviewReadiness {
  complete: boolean;
  active: number;
  submitted: number;
  needed: number;
  reason: Localized | null;
}

/**
 * Whether the expert review of one application is complete: at least `minPanel` seats are active and
 * every active seat has submitted.
 */
export function reviewReadiness(statuses: readonly AssignmentStatus[], minPanel: number): ReviewReadiness {
  const active = statuses.filter(isActive).length;
  const submitted = statuses.filter((s) => s === 'submitted').length;
  let reason: Localized | null = null;
  if (submitted < minPanel) {
    reason = {
      zh: `已提交评分 ${submitted} 份，至少需要 ${minPanel} 份`,
      en: `${submitted} score sheets submitted; at least ${minPanel} are needed`,
    };
  } else if (submitted < active) {
    reason = {
      zh: `还有 ${active - submitted} 位专家未提交评分`,
      en: `${active - submitted} experts have not submitted yet`,
    };
  }
  return { complete: reason === null, active, submitted, needed: minPanel, reason };
}
