/**
 * One template per notification kind, in Chinese and English. `{name}` placeholders are filled from the
 * params given to `notify`. Add a kind to src/domain/notifications/kinds.ts (its group and name on the
 * settings page) and here (its text) before notifying with it.
 */
import { formatMessage } from '../../contracts/errors.ts';
import type { Locale } from '../../contracts/common.ts';
import type { NotificationKind } from '../../domain/notifications/kinds.ts';
import { chineseDate, isIsoDate } from '../../domain/calendar/dates.ts';

export interface Template {
  title: { zh: string; en: string };
  body: { zh: string; en: string };
}

export const notificationTemplates = {
  'application.submitted': {
    title: { zh: '新的申报待审核：{application}', en: 'New application to review: {application}' },
    body: {
      zh: '{organisation} 提交了「{application}」（{call}），请进行资格审核与现场核查。',
      en: '{organisation} submitted "{application}" ({call}); please carry out the qualification review and site check.',
    },
  },
  'application.returned': {
    title: { zh: '申报被退回：{application}', en: 'Application returned: {application}' },
    body: {
      zh: '「{application}」被退回修改，原因：{reason}',
      en: '"{application}" was returned for revision. Reason: {reason}',
    },
  },
  'application.recommended': {
    title: { zh: '收到推荐申报：{application}', en: 'Application recommended: {application}' },
    body: {
      zh: '{authority} 推荐了「{application}」，请进行形式审查。',
      en: '{authority} recommended "{application}"; please carry out the formal review.',
    },
  },
  'application.withdrawn': {
    title: { zh: '申报已撤回：{application}', en: 'Application withdrawn: {application}' },
    body: { zh: '申报单位撤回了「{application}」。', en: 'The applicant withdrew "{application}".' },
  },
  'review.invited': {
    title: { zh: '评审邀请：{application}', en: 'Review invitation: {application}' },
    body: {
      zh: '您被邀请评审「{application}」，请于 {due} 前完成评分。如存在利益冲突，请及时声明回避。',
      en: 'You are invited to review "{application}" by {due}. Declare any conflict of interest.',
    },
  },
  'review.conflict_declared': {
    title: { zh: '专家声明回避：{application}', en: 'Conflict declared: {application}' },
    body: {
      zh: '{expert} 声明与「{application}」存在利益冲突，请调整评审组。',
      en: '{expert} declared a conflict of interest with "{application}"; adjust the panel.',
    },
  },
  'review.completed': {
    title: { zh: '专家评审完成：{application}', en: 'Expert review complete: {application}' },
    body: {
      zh: '「{application}」的全部专家已提交评分，请审定。',
      en: 'All experts have scored "{application}"; it is ready for a decision.',
    },
  },
  'application.decided': {
    title: { zh: '审定结果：{application}', en: 'Decision: {application}' },
    body: {
      zh: '「{application}」的审定结果为：{outcome}。{reason}',
      en: 'The decision on "{application}": {outcomeEn}. {reason}',
    },
  },
  'application.submitted_directly': {
    title: {
      zh: '直接报省的申报待形式审查：{application}',
      en: 'Application filed directly with the province: {application}',
    },
    body: {
      zh: '{organisation}（中央在甘企业或省属企业）依申报通知直接向省级主管部门提交了「{application}」（{call}），无需市级审核，请进行形式审查。',
      en: '{organisation} (a central or provincial SOE) filed "{application}" ({call}) directly with the province, without a city step; please carry out the formal review.',
    },
  },
  'application.formal_review_passed': {
    title: {
      zh: '形式审查通过，待组建专家评审组：{application}',
      en: 'Formal review passed; form the expert panel: {application}',
    },
    body: {
      zh: '「{application}」已通过形式审查，进入专家评审，请组建专家评审组并邀请专家。',
      en: '"{application}" passed the formal review; form its expert panel and invite the experts.',
    },
  },
  'publicity.opened': {
    title: { zh: '公示开始：{notice}', en: 'Publicity opened: {notice}' },
    body: {
      zh: '「{application}」列入公示名单，公示期 {start} 至 {end}。',
      en: '"{application}" is on the publicity list from {start} to {end}.',
    },
  },
  'objection.filed': {
    title: { zh: '收到公示异议：{notice}', en: 'Objection received: {notice}' },
    body: {
      zh: '有人对「{application}」提出异议，请在公示处理页核实并处理。',
      en: 'An objection was filed against "{application}"; review it on the publicity page.',
    },
  },
  'objection.upheld': {
    title: { zh: '异议成立：{application}', en: 'Objection upheld: {application}' },
    body: {
      zh: '针对「{application}」的异议经核实成立，审定结论已重新打开。理由：{reason}',
      en: 'An objection against "{application}" was upheld and the decision reopened. Reason: {reason}',
    },
  },
  'objection.dismissed': {
    title: { zh: '异议不成立：{application}', en: 'Objection dismissed: {application}' },
    body: {
      zh: '针对「{application}」的异议经核实不成立。理由：{reason}',
      en: 'An objection against "{application}" was dismissed. Reason: {reason}',
    },
  },
  'annual_report.submitted': {
    title: { zh: '年度工作情况报告已报送：{center}', en: 'Annual report filed: {center}' },
    body: {
      zh: '「{center}」报送了 {year} 年度工作情况报告。',
      en: '"{center}" filed its annual report for {year}.',
    },
  },
  'annual_report.overdue': {
    title: { zh: '年度工作情况报告逾期：{center}', en: 'Annual report overdue: {center}' },
    body: {
      zh: '「{center}」{year} 年度工作情况报告应于 {due} 前报送，至今未报送（{ref}）。',
      en: '"{center}" has not filed its {year} annual report, due {due} ({ref}).',
    },
  },
  'evaluation.opened': {
    title: { zh: '年度评价已开启：{center}', en: 'Annual evaluation opened: {center}' },
    body: {
      zh: '「{center}」{year} 年度评价已开启，下一环节：{step}。',
      en: 'The {year} evaluation of "{center}" is open; next step: {stepEn}.',
    },
  },
  'evaluation.reviewed': {
    title: { zh: '年度评价待办：{center}', en: 'Annual evaluation to handle: {center}' },
    body: {
      zh: '「{center}」{year} 年度评价已完成{done}，请办理：{step}。',
      en: 'The {year} evaluation of "{center}" passed {doneEn}; please handle: {stepEn}.',
    },
  },
  'evaluation.decided': {
    title: { zh: '年度评价结果：{center}', en: 'Annual evaluation result: {center}' },
    body: {
      zh: '「{center}」{year} 年度评价结果为「{rating}」。理由：{reason}',
      en: 'The {year} evaluation of "{center}" was rated "{ratingEn}". Reason: {reason}',
    },
  },
  'announcement.published': {
    title: { zh: '认定公告：{center}', en: 'Recognition announced: {center}' },
    body: {
      zh: '「{center}」已于 {date} 公告认定，列入促进中心名录。',
      en: '"{center}" was announced as recognised on {date} and entered in the directory.',
    },
  },
  'revocation.proposed': {
    title: { zh: '撤销认定待决定：{center}', en: 'Revocation to decide: {center}' },
    body: {
      zh: '「{center}」符合撤销情形：{ground}（{source}）。请核实并决定。',
      en: '"{center}" meets a revocation ground: {groundEn} ({source}). Please review and decide.',
    },
  },
  'revocation.decided': {
    title: { zh: '撤销认定决定：{center}', en: 'Revocation decision: {center}' },
    body: {
      zh: '「{center}」的撤销程序结果：{outcome}。{reason}',
      en: 'The revocation of "{center}" was decided: {outcomeEn}. {reason}',
    },
  },
  'change_filing.filed': {
    title: { zh: '变更备案待确认：{center}', en: 'Change filing to confirm: {center}' },
    body: {
      zh: '「{center}」报送了{kind}变更（变更日期 {changeDate}，报送 {filedOn}{lateZh}）。',
      en: '"{center}" filed a {kindEn} (changed {changeDate}, filed {filedOn}{lateEn}).',
    },
  },
  'change_filing.decided': {
    title: { zh: '变更备案结果：{center}', en: 'Change filing decided: {center}' },
    body: {
      zh: '「{center}」的{kind}变更备案：{outcome}。{reason}',
      en: 'The {kindEn} filing of "{center}": {outcomeEn}. {reason}',
    },
  },
  'recommendation.submitted': {
    title: { zh: '收到省级推荐：{center}', en: 'Provincial recommendation: {center}' },
    body: {
      zh: '{province}推荐「{center}」（{year}年度）申报国家级促进中心，附历年评价结果。',
      en: '{province} recommended "{center}" ({year}) to the national level, with its evaluation history.',
    },
  },
  'call.published': {
    title: { zh: '申报通知发布：{call}', en: 'Call published: {call}' },
    body: {
      zh: '{authority}发布了「{call}」，申报时间 {opensOn} 至 {closesOn}。请在“申报通知”中查看申报条件，并在截止前提交申报。',
      en: '{authority} published "{call}"; applications are open from {opensOn} to {closesOn}. See its conditions under Calls and apply before it closes.',
    },
  },
  'service_record.awaiting_confirmation': {
    title: { zh: '服务记录待确认：{center}', en: 'Service record to confirm: {center}' },
    body: {
      zh: '「{center}」在服务台账中登记了为贵单位提供的{what}。请在“企业服务 · 我的服务记录”中核对，确认或提出异议。',
      en: '"{center}" recorded {whatEn} for your organisation in its service ledger. Check it under Enterprise services › My service records and confirm or dispute it.',
    },
  },
  'course_registration.confirmed': {
    title: { zh: '培训报名成功：{course}', en: 'Registered for training: {course}' },
    body: {
      zh: '您已报名「{center}」的培训课程「{course}」，时间：{when}。如需取消，请在开课前于“企业服务 · 培训报名”中操作。',
      en: 'You are registered for "{course}" at "{center}", {whenEn}. To cancel, use Enterprise services › Training before the day.',
    },
  },
  'finance_match.proposed': {
    title: { zh: '产融对接推荐：{product}', en: 'Finance match proposed: {product}' },
    body: {
      zh: '「{center}」为贵单位 {amount}的融资需求（{purpose}）推荐了{institution}的「{product}」。请在“企业服务 · 融资需求”中查看并与中心联系。',
      en: '"{center}" matched your financing need of {amountEn} ({purpose}) with "{product}" by {institution}. See it under Enterprise services › Financing and contact the center.',
    },
  },
  'demand.answered': {
    title: { zh: '需求对接答复：{demand}', en: 'Supplier answered: {demand}' },
    body: {
      zh: '{provider}对贵单位在「{center}」发布的需求「{demand}」的对接邀请答复为：{answer}。{noteZh}',
      en: '{provider} answered the invitation to your need "{demand}" (posted with "{center}"): {answerEn}. {noteEn}',
    },
  },
  message: {
    title: { zh: '{title}', en: '{titleEn}' },
    body: { zh: '{body}', en: '{bodyEn}' },
  },
} as const satisfies Record<NotificationKind, Template>;

export type { NotificationKind };

/** Renders a kind's title and body in `locale`. */
export function renderNotification(
  kind: NotificationKind,
  params: Record<string, unknown>,
  locale: Locale,
): { title: string; body: string } {
  const template: Template = notificationTemplates[kind];
  const en = locale === 'en';
  // The free-form kind falls back to the Chinese text when no English is given.
  const given = kind === 'message' ? { titleEn: params.title, bodyEn: params.body, ...params } : params;
  // A date given whole (截止 {closesOn}) reads in Chinese as the screens write it: 2026年5月31日.
  const filled = en
    ? given
    : Object.fromEntries(Object.entries(given).map(([k, v]) => [k, isIsoDate(v) ? chineseDate(v) : v]));
  return {
    title: formatMessage(en ? template.title.en : template.title.zh, filled),
    body: formatMessage(en ? template.body.en : template.body.zh, filled),
  };
}

/** The e-mail subject of a notification (the platform's name in brackets, as official mail does). */
export function emailSubject(title: string, locale: Locale): string {
  return locale === 'en' ? `[DTPC] ${title}` : `【数促中心服务平台】${title}`;
}

/** The e-mail text: the body and a link to the platform. */
export function emailText(body: string, link: string | null, locale: Locale): string {
  const base = (process.env.DTPC_PUBLIC_URL ?? '').replace(/\/$/, '');
  const url = link ? `${base}${link}` : null;
  const footer =
    locale === 'en'
      ? 'This message was sent by the DTPC platform; do not reply.'
      : '本邮件由数促中心服务平台自动发送，请勿回复。';
  return [body, url ? (locale === 'en' ? `Open: ${url}` : `查看：${url}`) : null, '', footer]
    .filter((l) => l !== null)
    .join('\n');
}
