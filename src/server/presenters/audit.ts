/** Audit entries as the API shows them. */
import type { AuditEntryView } from '../../contracts/audit.ts';
import { auditActionLabel, auditTargetLabel } from '../../contracts/audit-labels.ts';
import type { AuditRow } from '../../db/loaders/audit.ts';

function summarise(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' ');
}

export function presentAudit(a: AuditRow, locale: 'zh-CN' | 'en' = 'zh-CN'): AuditEntryView {
  return {
    seq: a.seq,
    id: a.id,
    at: new Date(a.at).toISOString(),
    actorUserId: a.actorUserId,
    actorLabel: a.actorLabel,
    action: a.action,
    actionLabel: auditActionLabel(a.action, locale),
    targetType: a.targetType,
    targetLabel: auditTargetLabel(a.targetType, locale),
    targetId: a.targetId,
    ip: a.ip,
    beforeDigest: a.beforeDigest,
    afterDigest: a.afterDigest,
    summary: summarise(a.detail),
    hash: a.hash,
  };
}
