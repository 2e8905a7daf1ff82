import { describe, expect, it } from 'vitest';
import {
  defaultWarningRules,
  evaluateWarningRules,
  monthsBefore,
  type WarningFacts,
} from './warning-rules.ts';

const empty: WarningFacts = { today: '2025-06-15', anomalies: [], centers: [], targets: [] };

describe('warning rules', () => {
  it('raises a warning for each anomaly, with the numbers in its reason and a due date from the rule', () => {
    const w = evaluateWarningRules(defaultWarningRules, {
      ...empty,
      anomalies: [
        {
          seriesId: 's1',
          seriesName: '济南 服务次数',
          regionCode: '370100',
          anomaly: {
            period: '2025-05',
            value: 160,
            baseline: 102,
            sameMonthLastYear: 100,
            deviation: 58,
            z: 19.56,
            threshold: 3.5,
            method: 'robust-z-trailing-12',
          },
          fromEnd: 0,
        },
        {
          seriesId: 's1',
          seriesName: '济南 服务次数',
          regionCode: '370100',
          anomaly: {
            period: '2024-01',
            value: 1,
            baseline: 100,
            sameMonthLastYear: 100,
            deviation: -99,
            z: 33,
            threshold: 3.5,
            method: 'robust-z-trailing-12',
          },
          fromEnd: 16,
        },
      ],
    });
    // The old anomaly (16 periods back) is history, not news.
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({
      key: 'series-anomaly:s1:2025-05',
      severity: 'medium',
      regionCode: '370100',
      dueDate: '2025-06-25',
    });
    expect(w[0]!.reason.zh).toContain('稳健Z分数 19.56 超过阈值 3.5（稳健Z分数（前12个月中位数与MAD））');
    expect(w[0]!.reason.zh).not.toContain('robust-z');
  });

  it('warns about a center with no confirmed service in the last 3 months, not one recognised within them', () => {
    const w = evaluateWarningRules(defaultWarningRules, {
      ...empty,
      centers: [
        {
          centerId: 'idle',
          centerName: 'A',
          regionCode: '370100',
          lastConfirmedService: '2025-03-01',
          since: '2024-01-01',
        },
        {
          centerId: 'busy',
          centerName: 'B',
          regionCode: '370100',
          lastConfirmedService: '2025-04-01',
          since: '2024-01-01',
        },
        {
          centerId: 'new',
          centerName: 'C',
          regionCode: '370100',
          lastConfirmedService: null,
          since: '2025-05-01',
        },
        {
          centerId: 'never',
          centerName: 'D',
          regionCode: '370200',
          lastConfirmedService: null,
          since: '2024-01-01',
        },
      ],
    });
    expect(w.map((x) => x.subject.id)).toEqual(['idle', 'never']);
  });

  it('warns about a target projected red only', () => {
    const w = evaluateWarningRules(defaultWarningRules, {
      ...empty,
      targets: [
        { targetId: 'a', targetName: 'A', regionCode: '370000', status: 'red', projected: 3, value: 10 },
        { targetId: 'b', targetName: 'B', regionCode: '370000', status: 'amber', projected: 9.5, value: 10 },
      ],
    });
    expect(w.map((x) => [x.subject.id, x.severity])).toEqual([['a', 'high']]);
  });

  it('counts months back on the calendar', () => {
    expect(monthsBefore('2025-05-31', 3)).toBe('2025-02-28');
    expect(monthsBefore('2025-02-15', 3)).toBe('2024-11-15');
  });
});
