/**
 * Field paths of a request (`members.0.creditCode`, `metricValues.floorArea`) in the words of the form
 * that sent them ("成员单位第 1 项 · 统一社会信用代码", "场地面积（平方米）"), for the summary of a validation
 * error. The `errors[].field` paths stay as they are: the web puts each message beside its field by them.
 * Unknown keys are left out rather than shown raw.
 */
import type { Locale } from '../contracts/common.ts';
import { findMetric } from '../domain/metrics/index.ts';

type Names = { zh: string; en: string };

const fieldNames: Record<string, Names> = {
  members: { zh: '成员单位', en: 'Member' },
  creditCode: { zh: '统一社会信用代码', en: 'Unified social credit code' },
  name: { zh: '名称', en: 'Name' },
  centerName: { zh: '促进中心名称', en: 'Center name' },
  organisationName: { zh: '单位名称', en: 'Organisation name' },
  regionCode: { zh: '所在地区', en: 'Region' },
  industryCode: { zh: '所属行业', en: 'Industry' },
  industryCodes: { zh: '所属行业', en: 'Industries' },
  metricValues: { zh: '', en: '' },
  facts: { zh: '情况说明', en: 'Facts' },
  factDates: { zh: '情况日期', en: 'Fact dates' },
  summary: { zh: '概述', en: 'Summary' },
  title: { zh: '标题', en: 'Title' },
  description: { zh: '说明', en: 'Description' },
  comment: { zh: '意见', en: 'Comment' },
  reason: { zh: '意见', en: 'Opinion' },
  opinion: { zh: '意见', en: 'Opinion' },
  documentNumber: { zh: '文号', en: 'Document number' },
  decidedOn: { zh: '决定日期', en: 'Decision date' },
  date: { zh: '日期', en: 'Date' },
  startsOn: { zh: '开始日期', en: 'Start date' },
  endsOn: { zh: '截止日期', en: 'End date' },
  opensOn: { zh: '申报开始日期', en: 'Opening date' },
  closesOn: { zh: '申报截止日期', en: 'Closing date' },
  year: { zh: '年度', en: 'Year' },
  email: { zh: '电子邮箱', en: 'E-mail' },
  emailEnabled: { zh: '同时发送邮件', en: 'Also send by e-mail' },
  channels: { zh: '通知方式', en: 'Channels' },
  inApp: { zh: '站内消息', en: 'In-app' },
  byEmail: { zh: '邮件', en: 'E-mail' },
  phone: { zh: '联系电话', en: 'Phone' },
  contact: { zh: '联系方式', en: 'Contact' },
  username: { zh: '登录名', en: 'Username' },
  password: { zh: '密码', en: 'Password' },
  displayName: { zh: '姓名', en: 'Name' },
  roles: { zh: '角色', en: 'Role' },
  role: { zh: '角色', en: 'Role' },
  fields: { zh: '评审领域', en: 'Review fields' },
  expertFields: { zh: '评审领域', en: 'Review fields' },
  participants: { zh: '参加人员', en: 'Participants' },
  findings: { zh: '核查情况', en: 'Findings' },
  checklist: { zh: '审核清单', en: 'Checklist' },
  note: { zh: '说明', en: 'Note' },
  amount: { zh: '金额', en: 'Amount' },
  quantity: { zh: '数量', en: 'Quantity' },
  attachments: { zh: '附件', en: 'Attachments' },
  version: { zh: '版本', en: 'Version' },
  page: { zh: '页码', en: 'Page' },
  pageSize: { zh: '每页条数', en: 'Page size' },
  q: { zh: '检索词', en: 'Search terms' },
  days: { zh: '工作日数', en: 'Working days' },
};

/** The human name of a field path, or null when none of its parts is known. */
export function fieldLabel(path: readonly (string | number)[], locale: Locale): string | null {
  const en = locale === 'en';
  const parts: string[] = [];
  let known = false;
  path.forEach((segment, i) => {
    const key = String(segment);
    if (/^\d+$/.test(key)) {
      parts.push(en ? `#${Number(key) + 1}` : `第 ${Number(key) + 1} 项`);
      return;
    }
    if (path[i - 1] === 'metricValues') {
      const metric = findMetric(key);
      if (metric) {
        known = true;
        parts.push(`${en ? metric.en : metric.zh}（${en ? metric.unit.en : metric.unit.zh}）`);
      }
      return;
    }
    const names = fieldNames[key];
    if (names) {
      known = true;
      if (names.zh !== '') {
        parts.push(en ? names.en : names.zh);
      }
    }
  });
  if (!known) {
    return null;
  }
  // "成员单位 第 1 项 · 统一社会信用代码": an index joins the name before it.
  return parts.reduce(
    (out, p) => (out === '' ? p : /^(第 |#)/.test(p) ? `${out}${en ? ' ' : ''}${p}` : `${out} · ${p}`),
    '',
  );
}
