/**
 * One labels layer: the Chinese and English name of every enum value a screen or an export shows. Each
 * table is keyed by the contract's own value list, so a value added without a label fails typecheck.
 * Exports use `zhLabelOf`; the web's translations name the same values with the same words.
 */
import { changeFilingStatusLabels, changeKindLabels } from './change-filing-labels.ts';
import type { EvaluationRowView, reportStateValues } from './evaluation.ts';
import type { PublicityPhase } from './publicity.ts';
import type { callStatusSchema } from './recognition.ts';
import type { recommendationStatusValues } from './recommendations.ts';
import type { revocationOriginValues } from './revocation.ts';
import { revocationStatusLabels } from './revocation-labels.ts';
import type { panelStatusValues } from './review.ts';
import type { assessmentStatusSchema } from './diagnosis.ts';
import type {
  bookingStatusValues,
  claimStatusValues,
  confirmationValues,
  courseModeValues,
  eventKindValues,
  financeMatchStatusValues,
  financeNeedStatusValues,
  financeProductKindValues,
  offerKindValues,
  offerStatusValues,
} from '../domain/center-platform/vocabulary.ts';
import { serviceTypeLabels } from '../domain/center-platform/vocabulary.ts';
import {
  CONTACT_VISIBILITY_LABELS,
  DEMAND_OUTCOME_LABELS,
  DEMAND_POSTER_LABELS,
  DEMAND_STATUS_LABELS,
} from '../domain/matching/demand.ts';
import { SUPPLIER_GRADE_LABELS } from '../domain/resources/supplier-grade.ts';
import {
  PRICE_MODEL_LABELS,
  RESOURCE_ACCESS_LABELS,
  RESOURCE_KIND_LABELS,
  RESOURCE_STATUS_LABELS,
  SCENARIO_LABELS,
} from '../domain/resources/vocabulary.ts';
import { assignmentStatusLabels } from '../domain/review/assignment.ts';
import { reviewFieldLabels } from '../domain/review/fields.ts';
import { applicationStateLabels } from '../domain/workflow/application.ts';
import {
  centerKindLabels,
  centerLevelLabels,
  centerTypeLabels,
  directoryStatusLabels,
} from './directory-labels.ts';
import { federatedRecordTypeLabels } from './federation-labels.ts';
import { organisationKindLabels, roleLabels } from './labels.ts';

/** A label in both UI languages. */
export interface Localised {
  zh: string;
  en: string;
}

/** A complete label table for the values `V`. */
export type LabelTable<V extends string> = Readonly<Record<V, Localised>>;

export const callStatusLabels: LabelTable<(typeof callStatusSchema.options)[number]> = {
  draft: { zh: '草稿', en: 'Draft' },
  published: { zh: '已发布', en: 'Published' },
  closed: { zh: '已截止', en: 'Closed' },
};

export const panelStatusLabels: LabelTable<(typeof panelStatusValues)[number]> = {
  draft: { zh: '待确认', en: 'Draft' },
  confirmed: { zh: '已邀请', en: 'Invited' },
};

export const confirmationLabels: LabelTable<(typeof confirmationValues)[number]> = {
  unconfirmed: { zh: '待企业确认', en: 'Awaiting confirmation' },
  confirmed: { zh: '企业已确认', en: 'Confirmed' },
  disputed: { zh: '企业有异议', en: 'Disputed' },
};

export const eventKindLabels: LabelTable<(typeof eventKindValues)[number]> = {
  contest: { zh: '赛事', en: 'Contest' },
  forum: { zh: '高峰论坛', en: 'Forum' },
  matchmaking: { zh: '供需对接活动', en: 'Matchmaking event' },
};

export const courseModeLabels: LabelTable<(typeof courseModeValues)[number]> = {
  online: { zh: '线上', en: 'Online' },
  offline: { zh: '线下', en: 'On site' },
  hybrid: { zh: '线上线下结合', en: 'Hybrid' },
};

export const offerKindLabels: LabelTable<(typeof offerKindValues)[number]> = {
  trial: { zh: '先试用后购买', en: 'Trial, then buy' },
  discount: { zh: '优惠服务', en: 'Discount' },
  sharedEquipment: { zh: '设备共享', en: 'Shared equipment' },
  capacityOffer: { zh: '产能对接', en: 'Capacity' },
};

export const offerStatusLabels: LabelTable<(typeof offerStatusValues)[number]> = {
  active: { zh: '发布中', en: 'Active' },
  closed: { zh: '已下架', en: 'Closed' },
};

export const claimStatusLabels: LabelTable<(typeof claimStatusValues)[number]> = {
  trial: { zh: '试用中', en: 'In trial' },
  purchased: { zh: '已购买', en: 'Purchased' },
  discounted: { zh: '已享受优惠', en: 'Discounted' },
  ended: { zh: '已结束', en: 'Ended' },
};

export const bookingStatusLabels: LabelTable<(typeof bookingStatusValues)[number]> = {
  booked: { zh: '已预约', en: 'Booked' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};

export const financeProductKindLabels: LabelTable<(typeof financeProductKindValues)[number]> = {
  fund: { zh: '基金', en: 'Fund' },
  loan: { zh: '贷款', en: 'Loan' },
  guarantee: { zh: '担保', en: 'Guarantee' },
  leasing: { zh: '融资租赁', en: 'Leasing' },
  insurance: { zh: '保险', en: 'Insurance' },
  equity: { zh: '股权投资', en: 'Equity' },
};

export const financeNeedStatusLabels: LabelTable<(typeof financeNeedStatusValues)[number]> = {
  open: { zh: '待对接', en: 'Open' },
  matched: { zh: '已对接成功', en: 'Matched' },
  closed: { zh: '已关闭', en: 'Closed' },
};

export const financeMatchStatusLabels: LabelTable<(typeof financeMatchStatusValues)[number]> = {
  proposed: { zh: '对接中', en: 'Proposed' },
  succeeded: { zh: '成功', en: 'Succeeded' },
  failed: { zh: '未成功', en: 'Failed' },
};

export const assessmentStatusLabels: LabelTable<(typeof assessmentStatusSchema.options)[number]> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已提交', en: 'Submitted' },
};

/** A diagnosis level as the screens name it (0: no level reached). */
export const assessmentLevelLabels: LabelTable<'0' | '1' | '2' | '3' | '4' | '5'> = {
  0: { zh: '未达到一级', en: 'Below level 1' },
  1: { zh: '一级', en: 'Level 1' },
  2: { zh: '二级', en: 'Level 2' },
  3: { zh: '三级', en: 'Level 3' },
  4: { zh: '四级', en: 'Level 4' },
  5: { zh: '五级', en: 'Level 5' },
};

/** 公示 as it stands on a day (upcoming, open, closed awaiting the announcement, announced). */
export const publicityPhaseLabels: LabelTable<PublicityPhase> = {
  upcoming: { zh: '尚未开始', en: 'Not started' },
  open: { zh: '公示中', en: 'Open' },
  closed: { zh: '公示期满', en: 'Closed' },
  announced: { zh: '已公告', en: 'Announced' },
};

/** A center's evaluation of a year, `not_opened` while there is none. */
export const evaluationStatusLabels: LabelTable<EvaluationRowView['status']> = {
  not_opened: { zh: '未开启', en: 'Not opened' },
  open: { zh: '待办理', en: 'Open' },
  city_reviewed: { zh: '市级已初审', en: 'City reviewed' },
  province_reviewed: { zh: '省级已预审', en: 'Province pre-reviewed' },
  decided: { zh: '已审定', en: 'Decided' },
};

export const reportStateLabels: LabelTable<(typeof reportStateValues)[number]> = {
  missing: { zh: '未报送', en: 'Not filed' },
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已报送', en: 'Filed' },
};

export const revocationOriginLabels: LabelTable<(typeof revocationOriginValues)[number]> = {
  automatic: { zh: '系统按评价结果提出', en: 'Proposed from evaluation results' },
  manual: { zh: '主管部门依情形发起', en: 'Opened by the authority' },
};

export const recommendationStatusLabels: LabelTable<(typeof recommendationStatusValues)[number]> = {
  submitted: { zh: '已推荐', en: 'Recommended' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

/** Yes / no cells. */
export const yesNoLabels: LabelTable<'yes' | 'no'> = {
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
};

/** Every table, by what it names: the single place exports (and tests) look labels up. */
export const vocabularyLabels = {
  role: roleLabels,
  organisationKind: organisationKindLabels,
  centerLevel: centerLevelLabels,
  centerType: centerTypeLabels,
  centerKind: centerKindLabels,
  directoryStatus: directoryStatusLabels,
  applicationState: applicationStateLabels,
  callStatus: callStatusLabels,
  panelStatus: panelStatusLabels,
  assignmentStatus: assignmentStatusLabels,
  reviewField: reviewFieldLabels,
  resourceKind: RESOURCE_KIND_LABELS,
  resourceStatus: RESOURCE_STATUS_LABELS,
  resourceAccess: RESOURCE_ACCESS_LABELS,
  priceModel: PRICE_MODEL_LABELS,
  scenario: SCENARIO_LABELS,
  supplierGrade: SUPPLIER_GRADE_LABELS,
  serviceType: serviceTypeLabels,
  confirmation: confirmationLabels,
  eventKind: eventKindLabels,
  federatedRecordType: federatedRecordTypeLabels,
  publicityPhase: publicityPhaseLabels,
  evaluationStatus: evaluationStatusLabels,
  reportState: reportStateLabels,
  revocationStatus: revocationStatusLabels,
  revocationOrigin: revocationOriginLabels,
  changeKind: changeKindLabels,
  changeFilingStatus: changeFilingStatusLabels,
  recommendationStatus: recommendationStatusLabels,
  courseMode: courseModeLabels,
  offerKind: offerKindLabels,
  offerStatus: offerStatusLabels,
  claimStatus: claimStatusLabels,
  bookingStatus: bookingStatusLabels,
  financeProductKind: financeProductKindLabels,
  financeNeedStatus: financeNeedStatusLabels,
  financeMatchStatus: financeMatchStatusLabels,
  demandStatus: DEMAND_STATUS_LABELS,
  demandOutcome: DEMAND_OUTCOME_LABELS,
  demandPoster: DEMAND_POSTER_LABELS,
  contactVisibility: CONTACT_VISIBILITY_LABELS,
  assessmentStatus: assessmentStatusLabels,
  assessmentLevel: assessmentLevelLabels,
} as const;

export type Vocabulary = keyof typeof vocabularyLabels;

/**
 * The Chinese label of `value` in the named vocabulary: '' for none, and the value itself only for a code
 * the table does not know (data written before a value was renamed), so nothing is silently dropped.
 */
export function zhLabelOf(vocabulary: Vocabulary, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  const table = vocabularyLabels[vocabulary] as Readonly<Record<string, Localised | undefined>>;
  return table[value]?.zh ?? value;
}

/** `true` → 是, `false` → 否. */
export function yesNo(value: boolean): string {
  return yesNoLabels[value ? 'yes' : 'no'].zh;
}
