/**
 * One labels layer: the Chinese and English name of every enum value a screen or an export shows. Each
 * table is keyed by the contract's own value list, so a value added without a label fails typecheck.
 * Exports use `zhLabelOf`; the web's translations name the same values with the same words.
 */
import { changeFilingStatusLabels, changeKindLabels } from './change-filings.ts';
import type { EvaluationRowView, reportStateValues } from './evaluation.ts';
import type { PublicityPhase } from './publicity.ts';
import type { callStatusSchema } from './recognition.ts';
import type { recommendationStatusValues } from './recommendations.ts';
import type { revocationOriginValues } from './revocation.ts';
import { revocationStatusLabels } from './revocation.ts';
import type { panelStatusValues } from './review.ts';
import type { confirmationValues, eventKindValues } from '../domain/center-platform/vocabulary.ts';
import { serviceTypeLabels } from '../domain/center-platform/vocabulary.ts';
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
import { centerKindLabels, centerLevelLabels, centerTypeLabels, directoryStatusLabels } from './directory.ts';
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
