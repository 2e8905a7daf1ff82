import { describe, expect, it } from 'vitest';
import { chineseDate, composeNotice } from './notice.ts';

describe('decision notice text', () => {
  it('writes dates as official documents do', () => {
    expect(chineseDate('2026-01-05')).toBe('2026年1月5日');
  });

  it('recognition: approval names the center and the lead unit; rejection lists the unmet conditions', () => {
    const approve = composeNotice({
      kind: 'recognition',
      outcome: 'approve',
      centerName: '济南促进中心',
      leadName: '济南智造公司',
      unmet: [],
    });
    expect(approve.title.zh).toBe('关于济南促进中心认定申请的审定决定');
    expect(approve.addressee).toBe('济南智造公司');
    expect(approve.body[0]!.zh).toContain('审定通过，拟予认定。经公示无异议后，予以公告认定。');
    const reject = composeNotice({
      kind: 'recognition',
      outcome: 'reject',
      centerName: '济南促进中心',
      leadName: '济南智造公司',
      unmet: ['服务企业数量', '场地面积'],
    });
    expect(reject.body.map((b) => b.zh).join('')).toContain('不予认定');
    expect(reject.body[1]!.zh).toBe('未达到的条件：服务企业数量；场地面积。');
  });

  it('revocation: the ban is stated up to the day before its exclusive end', () => {
    const n = composeNotice({
      kind: 'revocation',
      outcome: 'revoke',
      centerName: 'A中心',
      leadName: 'B公司',
      ground: { zh: '连续两年年度评价不合格', en: 'failed twice' },
      effectiveOn: '2026-03-01',
      banEndsOn: '2029-03-01',
    });
    expect(n.body[0]!.zh).toContain('自2026年3月1日起不再列入促进中心名录');
    expect(n.body[1]!.zh).toBe('B公司在2029年2月28日（含）前不得再次申报。');
    const dismissed = composeNotice({
      kind: 'revocation',
      outcome: 'dismiss',
      centerName: 'A中心',
      leadName: 'B公司',
      ground: { zh: '连续两年年度评价不合格', en: 'failed twice' },
      effectiveOn: '2026-03-01',
      banEndsOn: null,
    });
    expect(dismissed.title.zh).toBe('关于不予撤销A中心认定的决定');
    expect(dismissed.body).toHaveLength(1);
  });

  it('rating and change confirmation', () => {
    const r = composeNotice({
      kind: 'rating',
      centerName: 'A中心',
      leadName: 'B公司',
      year: 2025,
      rating: { zh: '良好', en: 'Good' },
    });
    expect(r.body[0]!.zh).toBe('经年度评价，「A中心」2025年度评价结果为：良好。');
    const c = composeNotice({
      kind: 'change',
      outcome: 'confirm',
      centerName: 'A中心',
      leadName: 'B公司',
      changeKind: { zh: '更名', en: 'Rename' },
      changeDate: '2026-02-01',
      filedOn: '2026-02-20',
      newName: 'C中心',
    });
    expect(c.title.zh).toBe('关于A中心更名备案的确认意见');
    expect(c.body[0]!.zh).toContain('变更后名称为「C中心」');
    expect(c.body[0]!.zh).toContain('予以确认');
  });
});
