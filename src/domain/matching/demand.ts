/**
 * The need pool's life cycle (需求池): posted → pending review → published (or rejected) → closed with an
 * outcome; a published need past its deadline reads as expired. Invitations: invited → accepted / declined,
 * and an accepted one → agreed when the center records the agreement (达成合作).
 */
import type { Localised } from '../organisation/credit-code.ts';

export const demandStatusValues = ['pending_review', 'published', 'rejected', 'closed'] as const;
export type DemandStatus = (typeof demandStatusValues)[number];
/** What the screens show: the stored status, or `expired` for a published need past its deadline. */
export const demandDisplayStatusValues = [...demandStatusValues, 'expired'] as const;
export type DemandDisplayStatus = (typeof demandDisplayStatusValues)[number];

export const DEMAND_STATUS_LABELS: Readonly<Record<DemandDisplayStatus, Localised>> = {
  pending_review: { zh: '待审核', en: 'Pending review' },
  published: { zh: '已发布', en: 'Published' },
  rejected: { zh: '未通过审核', en: 'Rejected' },
  closed: { zh: '已关闭', en: 'Closed' },
  expired: { zh: '已过期', en: 'Expired' },
};

export const demandOutcomeValues = ['agreed', 'no_match', 'withdrawn'] as const;
export type DemandOutcome = (typeof demandOutcomeValues)[number];
export const DEMAND_OUTCOME_LABELS: Readonly<Record<DemandOutcome, Localised>> = {
  agreed: { zh: '达成合作', en: 'Agreement reached' },
  no_match: { zh: '未找到合适的供给', en: 'No suitable supplier' },
  withdrawn: { zh: '企业撤回', en: 'Withdrawn' },
};

export const contactVisibilityValues = ['public', 'center_only'] as const;
export type ContactVisibility = (typeof contactVisibilityValues)[number];
export const CONTACT_VISIBILITY_LABELS: Readonly<Record<ContactVisibility, Localised>> = {
  public: { zh: '公开', en: 'Public' },
  center_only: { zh: '仅促进中心可见', en: 'Center only' },
};

export const demandPosterValues = ['enterprise', 'center'] as const;
export type DemandPoster = (typeof demandPosterValues)[number];
export const DEMAND_POSTER_LABELS: Readonly<Record<DemandPoster, Localised>> = {
  enterprise: { zh: '企业发布', en: 'Posted by the enterprise' },
  center: { zh: '促进中心代发', en: 'Posted by the center' },
};

export const invitationStatusValues = ['invited', 'accepted', 'declined', 'agreed'] as const;
export type InvitationStatus = (typeof invitationStatusValues)[number];
export const INVITATION_STATUS_LABELS: Readonly<Record<InvitationStatus, Localised>> = {
  invited: { zh: '已邀请', en: 'Invited' },
  accepted: { zh: '已接受', en: 'Accepted' },
  declined: { zh: '已婉拒', en: 'Declined' },
  agreed: { zh: '达成合作', en: 'Agreement reached' },
};

/** The status a need shows on `today`. */
export function displayStatus(status: DemandStatus, deadline: string, today: string): DemandDisplayStatus {
  return status === 'published' && deadline < today ? 'expired' : status;
}

/** Why an action is refused in the need's current state, or null when it is allowed. */
export type Refusal = Localised | null;

export function refuseModeration(status: DemandStatus): Refusal {
  return status === 'pending_review'
    ? null
    : { zh: '只有待审核的需求可以审核', en: 'Only needs pending review can be moderated' };
}

export function refuseClose(status: DemandStatus): Refusal {
  return status === 'pending_review' || status === 'published'
    ? null
    : { zh: '需求已关闭或未通过审核', en: 'The need is closed or was rejected' };
}

/** Invitations and agreements need a published need that has not expired. */
export function refuseMatchmaking(status: DemandStatus, deadline: string, today: string): Refusal {
  const shown = displayStatus(status, deadline, today);
  if (shown === 'expired') {
    return { zh: `需求已于 ${deadline} 截止`, en: `The need's deadline ${deadline} has passed` };
  }
  return shown === 'published'
    ? null
    : { zh: '需求尚未发布或已关闭', en: 'The need is not published or is closed' };
}

export function refuseAnswer(status: InvitationStatus): Refusal {
  return status === 'invited' ? null : { zh: '该邀请已答复', en: 'This invitation has been answered' };
}

export function refuseAgreement(status: InvitationStatus): Refusal {
  return status === 'accepted'
    ? null
    : {
        zh: '只有已接受邀请的供应商可以登记达成合作',
        en: 'Only an accepted invitation can reach an agreement',
      };
}
