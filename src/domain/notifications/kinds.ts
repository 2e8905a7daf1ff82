/**
 * The notification kinds, each in the group its settings row sits in, with its name in Chinese and English
 * (the 消息通知 settings table and the API's validation both read this list; each kind's template text is
 * in src/app/notifications/templates.ts, which must cover exactly these kinds).
 */

export type Localised = { zh: string; en: string };

export const notificationGroupValues = [
  'recognition',
  'review',
  'publicity',
  'management',
  'platform',
  'other',
] as const;
export type NotificationGroup = (typeof notificationGroupValues)[number];

export const notificationGroupLabels: Record<NotificationGroup, Localised> = {
  recognition: { zh: '申报与认定', en: 'Calls and applications' },
  review: { zh: '专家评审', en: 'Expert review' },
  publicity: { zh: '公示与公告', en: 'Publicity and announcements' },
  management: { zh: '年度评价与动态管理', en: 'Annual evaluation and management' },
  platform: { zh: '服务平台', en: 'Service platform' },
  other: { zh: '其他', en: 'Other' },
};

export const notificationKindCatalogue = {
  'call.published': { group: 'recognition', zh: '申报通知发布', en: 'Call published' },
  'application.submitted': { group: 'recognition', zh: '新的申报待审核', en: 'New application to review' },
  'application.submitted_directly': {
    group: 'recognition',
    zh: '直接报省的申报待形式审查',
    en: 'Application filed directly with the province',
  },
  'application.returned': { group: 'recognition', zh: '申报被退回', en: 'Application returned' },
  'application.recommended': { group: 'recognition', zh: '收到推荐申报', en: 'Application recommended' },
  'application.withdrawn': { group: 'recognition', zh: '申报已撤回', en: 'Application withdrawn' },
  'application.formal_review_passed': {
    group: 'recognition',
    zh: '形式审查通过',
    en: 'Formal review passed',
  },
  'application.decided': { group: 'recognition', zh: '审定结果', en: 'Decision on an application' },
  'review.invited': { group: 'review', zh: '评审邀请', en: 'Review invitation' },
  'review.conflict_declared': { group: 'review', zh: '专家声明回避', en: 'Conflict of interest declared' },
  'review.completed': { group: 'review', zh: '专家评审完成', en: 'Expert review complete' },
  'publicity.opened': { group: 'publicity', zh: '公示开始', en: 'Publicity opened' },
  'objection.filed': { group: 'publicity', zh: '收到公示异议', en: 'Objection received' },
  'objection.upheld': { group: 'publicity', zh: '异议成立', en: 'Objection upheld' },
  'objection.dismissed': { group: 'publicity', zh: '异议不成立', en: 'Objection dismissed' },
  'announcement.published': { group: 'publicity', zh: '认定公告', en: 'Recognition announced' },
  'annual_report.submitted': {
    group: 'management',
    zh: '年度工作情况报告已报送',
    en: 'Annual report filed',
  },
  'annual_report.overdue': {
    group: 'management',
    zh: '年度工作情况报告逾期',
    en: 'Annual report overdue',
  },
  'evaluation.opened': { group: 'management', zh: '年度评价已开启', en: 'Annual evaluation opened' },
  'evaluation.reviewed': { group: 'management', zh: '年度评价待办', en: 'Annual evaluation to handle' },
  'evaluation.decided': { group: 'management', zh: '年度评价结果', en: 'Annual evaluation result' },
  'revocation.proposed': { group: 'management', zh: '撤销认定待决定', en: 'Revocation to decide' },
  'revocation.decided': { group: 'management', zh: '撤销认定决定', en: 'Revocation decision' },
  'change_filing.filed': { group: 'management', zh: '变更备案待确认', en: 'Change filing to confirm' },
  'change_filing.decided': { group: 'management', zh: '变更备案结果', en: 'Change filing decided' },
  'recommendation.submitted': {
    group: 'management',
    zh: '收到省级推荐',
    en: 'Provincial recommendation',
  },
  'service_record.awaiting_confirmation': {
    group: 'platform',
    zh: '服务记录待确认',
    en: 'Service record to confirm',
  },
  'course_registration.confirmed': {
    group: 'platform',
    zh: '培训报名成功',
    en: 'Training registration confirmed',
  },
  'finance_match.proposed': { group: 'platform', zh: '产融对接推荐', en: 'Finance match proposed' },
  'demand.answered': { group: 'platform', zh: '需求对接答复', en: 'Need answered by a supplier' },
  message: { group: 'other', zh: '系统消息', en: 'System message' },
} as const satisfies Record<string, Localised & { group: NotificationGroup }>;

export type NotificationKind = keyof typeof notificationKindCatalogue;
export const notificationKinds = Object.keys(notificationKindCatalogue) as NotificationKind[];
