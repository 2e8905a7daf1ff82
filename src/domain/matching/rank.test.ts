import { describe, expect, it } from 'vitest';
import { rankForNeed, rankNeedsForItem, scoreItem } from './rank.ts';
import { componentNames, type MatchItem, type MatchNeed } from './types.ts';
import { DEFAULT_WEIGHTS, matchWeightsSchema, resolveWeights } from './weights.ts';

const today = '2026-06-30';

const need: MatchNeed = {
  title: '数控机床联网与预测性维护',
  description: '我厂有 80 台数控机床，希望实现设备联网、数据采集和预测性维护，减少非计划停机。',
  industryCode: 'C34',
  scenarios: ['production', 'operation_service'],
  regionCode: '370112', // 济南市历城区
  budgetMinFen: 20_000_000,
  budgetMaxFen: 50_000_000,
  enterpriseCreditCode: '91370100MA3C5Y8X1K',
};

function makeItem(overrides: Partial<MatchItem> = {}): MatchItem {
  return {
    id: 'item-1',
    kind: 'solution',
    title: '数控机床预测性维护解决方案',
    summary: '采集数控机床主轴振动与电流数据，设备联网后做预测性维护，减少非计划停机。',
    providerName: '济南智造科技有限公司',
    providerCreditCode: '91370100MA3ABCDE1X',
    industryCodes: ['C34'],
    scenarios: ['production', 'operation_service'],
    regionCodes: ['370100'],
    priceModel: 'one_time',
    priceFen: 30_000_000,
    grade: 'A',
    deploymentCount: 12,
    caseEvidence: [{ industryCode: 'C34', count: 10 }],
    status: 'published',
    providerStatus: 'active',
    updatedAt: '2026-05-01',
    ...overrides,
  };
}

describe('scoreItem', () => {
  it('is the sum of the named weighted components, each with its reason', () => {
    const r = scoreItem(need, makeItem(), today);
    expect(Object.keys(r.components).sort()).toEqual([...componentNames].sort());
    const sum = Object.values(r.components).reduce((a, b) => a + b, 0);
    expect(r.score).toBeCloseTo(sum, 3);
    for (const e of r.explanation) {
      expect(e.contribution).toBeCloseTo(e.value * e.weight, 3);
      expect(e.why).toMatch(/\p{Script=Han}/u);
    }
    // a perfect structural fit: only text may fall short of its weight
    expect(r.components.industry).toBe(DEFAULT_WEIGHTS.industry);
    expect(r.components.region).toBe(DEFAULT_WEIGHTS.region);
    expect(r.components.budget).toBe(DEFAULT_WEIGHTS.budget);
  });

  it('prefers the same city over the province over a nationwide provider, and another province scores 0', () => {
    const region = (codes: string[]) =>
      scoreItem(need, makeItem({ regionCodes: codes }), today).components.region;
    expect(region(['370100'])).toBeGreaterThan(region(['370000']));
    expect(region(['370000'])).toBeGreaterThan(region(['370200']));
    expect(region(['370200'])).toBeGreaterThan(region(['000000']));
    expect(region(['000000'])).toBeGreaterThan(region(['620000']));
    expect(region(['620000'])).toBe(0);
  });

  it('fits the same division best, then its section, then a sibling division', () => {
    const industry = (codes: string[]) =>
      scoreItem(need, makeItem({ industryCodes: codes }), today).explanation.find(
        (e) => e.name === 'industry',
      )!.value;
    expect(industry(['C34'])).toBe(1);
    expect(industry(['C'])).toBe(0.8);
    expect(industry(['C13'])).toBe(0.4);
    expect(industry(['I65'])).toBe(0);
  });

  it('fits a price inside the budget band, and says why not higher when it is above', () => {
    const over = scoreItem(need, makeItem({ priceFen: 80_000_000 }), today).explanation.find(
      (e) => e.name === 'budget',
    )!;
    expect(over.value).toBeLessThan(0.8);
    expect(over.why).toContain('超出预算上限');
    expect(over.whyNotHigher).toBe('价格高于预算');
    const inside = scoreItem(need, makeItem(), today).explanation.find((e) => e.name === 'budget')!;
    expect(inside).toMatchObject({ value: 1, whyNotHigher: null });
  });

  it('counts only the scenarios the need asked for', () => {
    const half = scoreItem(need, makeItem({ scenarios: ['production', 'energy'] }), today).explanation.find(
      (e) => e.name === 'scenario',
    )!;
    expect(half.value).toBe(0.5);
    expect(half.whyNotHigher).toBe('未覆盖：运维服务');
  });

  it('ages: fresh items score full freshness, three-year-old items none', () => {
    const fresh = (updatedAt: string) =>
      scoreItem(need, makeItem({ updatedAt }), today).explanation.find((e) => e.name === 'freshness')!.value;
    expect(fresh('2026-03-01')).toBe(1);
    expect(fresh('2023-01-01')).toBe(0);
    expect(fresh('2025-01-01')).toBeGreaterThan(0);
  });
});

describe('rankForNeed', () => {
  it('ranks best first and explains each result', () => {
    const items = [
      makeItem({
        id: 'weak',
        title: '食品冷链仓储系统',
        summary: '冷库温度监控',
        industryCodes: ['C14'],
        scenarios: ['logistics'],
      }),
      makeItem({ id: 'strong' }),
      makeItem({ id: 'middle', regionCodes: ['000000'], grade: 'C', caseEvidence: [] }),
    ];
    const r = rankForNeed(need, items, { today });
    expect(r.ranked.map((x) => x.id)).toEqual(['strong', 'middle', 'weak']);
    expect(r.excluded).toEqual([]);
  });

  it('never ranks revoked or banned providers, expired offers, the enterprise itself or unpublished items', () => {
    const items = [
      makeItem({ id: 'ok' }),
      makeItem({ id: 'revoked', providerStatus: 'revoked' }),
      makeItem({ id: 'banned', providerStatus: 'banned' }),
      makeItem({ id: 'expired', expiresOn: '2026-06-29' }),
      makeItem({ id: 'self', providerCreditCode: '91370100ma3c5y8x1k' }),
      makeItem({ id: 'draft', status: 'draft' }),
      makeItem({ id: 'today', expiresOn: today }),
    ];
    const r = rankForNeed(need, items, { today });
    expect(r.ranked.map((x) => x.id).sort()).toEqual(['ok', 'today']);
    expect(Object.fromEntries(r.excluded.map((e) => [e.id, e.reason]))).toEqual({
      revoked: 'provider_revoked',
      banned: 'provider_banned',
      expired: 'offer_expired',
      self: 'conflict_of_interest',
      draft: 'not_published',
    });
  });

  it('takes weights as data: a text-only weighting ranks by text alone', () => {
    const textOnly = resolveWeights({
      industry: 0,
      scenario: 0,
      region: 0,
      budget: 0,
      grade: 0,
      evidence: 0,
      freshness: 0,
      text: 1,
    });
    const items = [
      makeItem({ id: 'a', title: '预测性维护', summary: '数控机床' }),
      makeItem({ id: 'b', title: '财务软件', summary: '报表' }),
    ];
    const r = rankForNeed(need, items, { today, weights: textOnly, limit: 1 });
    expect(r.ranked).toHaveLength(1);
    expect(r.ranked[0]!.id).toBe('a');
    expect(r.ranked[0]!.score).toBe(r.ranked[0]!.components.text);
  });

  it('validates installation weights naming the component in Chinese', () => {
    const bad = matchWeightsSchema.safeParse({ ...DEFAULT_WEIGHTS, region: -1 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('权重 地域就近 不能为负');
  });
});

describe('rankNeedsForItem', () => {
  it('ranks open needs for a supplier’s item, leaving out its own enterprise', () => {
    const item = makeItem();
    const needs = [
      { ...need, id: 'far', regionCode: '620102', industryCode: 'C13' },
      { ...need, id: 'near' },
      { ...need, id: 'own', enterpriseCreditCode: item.providerCreditCode ?? null },
    ];
    expect(rankNeedsForItem(item, needs, { today }).map((r) => r.id)).toEqual(['near', 'far']);
  });
});
