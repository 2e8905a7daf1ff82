import { describe, expect, it } from 'vitest';
import type { AuditRow } from '../../db/loaders/audit.ts';
import { presentAudit } from './audit.ts';

const row = (detail: Record<string, unknown>) =>
  ({
    seq: 1,
    id: '0190a3b0-0000-7000-8000-000000000001',
    at: new Date('2026-06-15T02:03:04Z'),
    actorUserId: null,
    actorLabel: '系统',
    action: 'application.transition',
    targetType: 'application',
    targetId: '0190a3b0-0000-7000-8000-000000000002',
    ip: null,
    beforeDigest: null,
    afterDigest: null,
    detail,
    hash: 'x',
  }) as unknown as AuditRow;

describe('audit summaries in the reader’s words', () => {
  it('translates states, leaves ids and unknown keys out', () => {
    const detail = {
      from: 'formal_review',
      to: 'expert_review',
      applicationId: '0190a3b0-0000-7000-8000-000000000002',
      internalKey: 'x',
      late: true,
    };
    expect(presentAudit(row(detail)).summary).toBe('原状态：形式审查中；新状态：专家评审中；逾期：是');
    expect(presentAudit(row(detail), 'en').summary).toMatch(/^From: .+; To: .+; Late: yes$/);
  });

  it('names ratings by their grade, not their id', () => {
    const summary = presentAudit(row({ year: 2025, rating: 'fail', proposed: 'good' })).summary;
    expect(summary).toBe('年度：2025；评价结果：不合格；系统建议：良好');
  });

  it('names the system actors by what the system was doing', () => {
    const at = (actorLabel: string, locale: 'zh-CN' | 'en' = 'zh-CN') =>
      presentAudit({ ...row({}), actorLabel } as AuditRow, locale).actorLabel;
    expect(at('system:demo-seed')).toBe('系统（演示数据）');
    expect(at('system:cli', 'en')).toBe('System (command line)');
    expect(at('system:something-new')).toBe('系统');
    expect(at('province.sd')).toBe('province.sd');
  });
});
