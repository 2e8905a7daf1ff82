/** Audit entries as the API shows them. */
import type { AuditEntryView } from '../../contracts/audit.ts';
import { auditActionLabel, auditTargetLabel } from '../../contracts/audit-labels.ts';
import type { AuditRow } from '../../db/loaders/audit.ts';
import { policyPacks } from '../../domain/policy/packs/index.ts';
import { applicationStateLabels, type ApplicationState } from '../../domain/workflow/application.ts';

type Names = { zh: string; en: string };

/** The detail keys an official reads in the audit view; the rest (ids, digests, paths) stays in the record. */
const detailKeys: Record<string, Names> = {
  from: { zh: '原状态', en: 'From' },
  to: { zh: '新状态', en: 'To' },
  center: { zh: '促进中心', en: 'Center' },
  year: { zh: '年度', en: 'Year' },
  title: { zh: '标题', en: 'Title' },
  name: { zh: '名称', en: 'Name' },
  username: { zh: '账号', en: 'Account' },
  organisation: { zh: '单位', en: 'Organisation' },
  rating: { zh: '评价结果', en: 'Rating' },
  proposed: { zh: '系统建议', en: 'Proposed' },
  flagged: { zh: '差异指标数', en: 'Flagged metrics' },
  count: { zh: '数量', en: 'Count' },
  date: { zh: '日期', en: 'Date' },
  on: { zh: '日期', en: 'Date' },
  heldOn: { zh: '举办日期', en: 'Held on' },
  decidedOn: { zh: '决定日期', en: 'Decided on' },
  documentNumber: { zh: '文号', en: 'Document number' },
  late: { zh: '逾期', en: 'Late' },
  providerName: { zh: '服务方', en: 'Provider' },
  banEndsOn: { zh: '禁止申报至', en: 'Ban until' },
};

/** Who acted when no user did: the system's own jobs, by the label they record (`system:<label>`). */
const systemActors: Record<string, Names> = {
  'demo-seed': { zh: '系统（演示数据）', en: 'System (demo data)' },
  factory: { zh: '系统（测试数据）', en: 'System (test data)' },
  cli: { zh: '系统（命令行）', en: 'System (command line)' },
  命令行: { zh: '系统（命令行）', en: 'System (command line)' },
  'cli-import': { zh: '系统（命令行导入）', en: 'System (command-line import)' },
  public: { zh: '公众', en: 'Public' },
  login: { zh: '登录（未识别的账号）', en: 'Sign-in (unknown account)' },
};

/** The actor as a reader names them: the account name, or what the system was doing. */
export function actorText(actorLabel: string, locale: 'zh-CN' | 'en'): string {
  if (!actorLabel.startsWith('system:')) {
    return actorLabel;
  }
  const names = systemActors[actorLabel.slice('system:'.length)];
  const en = locale === 'en';
  return names ? (en ? names.en : names.zh) : en ? 'System' : '系统';
}

/** Rating grades by id across the shipped packs (the audit detail records the id, not the pack). */
const gradeNames = new Map<string, Names>(
  policyPacks.flatMap((p) =>
    p.rating?.kind === 'grades' ? p.rating.grades.map((g) => [g.id, g.name] as const) : [],
  ),
);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function valueText(key: string, v: unknown, en: boolean): string | null {
  if (v === null || v === undefined || v === '') {
    return null;
  }
  if (typeof v === 'boolean') {
    return en ? (v ? 'yes' : 'no') : v ? '是' : '否';
  }
  if (typeof v === 'number') {
    return String(v);
  }
  if (typeof v === 'string') {
    if (UUID.test(v)) {
      return null;
    }
    if ((key === 'rating' || key === 'proposed') && gradeNames.has(v)) {
      const grade = gradeNames.get(v)!;
      return en ? grade.en : grade.zh;
    }
    if ((key === 'from' || key === 'to') && v in applicationStateLabels) {
      const label = applicationStateLabels[v as ApplicationState];
      return en ? label.en : label.zh;
    }
    return v;
  }
  return null;
}

/** "原状态：形式审查；新状态：专家评审" — known keys in the reader's words, codes translated, ids left out. */
function summarise(detail: Record<string, unknown>, locale: 'zh-CN' | 'en'): string {
  const en = locale === 'en';
  return Object.entries(detail)
    .flatMap(([k, v]) => {
      const key = detailKeys[k];
      const text = key ? valueText(k, v, en) : null;
      return key && text !== null ? [`${en ? key.en : key.zh}${en ? ': ' : '：'}${text}`] : [];
    })
    .join(en ? '; ' : '；');
}

export function presentAudit(a: AuditRow, locale: 'zh-CN' | 'en' = 'zh-CN'): AuditEntryView {
  return {
    seq: a.seq,
    id: a.id,
    at: new Date(a.at).toISOString(),
    actorUserId: a.actorUserId,
    actorLabel: actorText(a.actorLabel, locale),
    action: a.action,
    actionLabel: auditActionLabel(a.action, locale),
    targetType: a.targetType,
    targetLabel: auditTargetLabel(a.targetType, locale),
    targetId: a.targetId,
    ip: a.ip,
    beforeDigest: a.beforeDigest,
    afterDigest: a.afterDigest,
    summary: summarise(a.detail, locale),
    hash: a.hash,
  };
}
