/**
 * The named components of a match score. Each returns a value in [0, 1] with the reason for it and, when
 * below 1, what would have scored higher — the explanation the screens show next to every result.
 */
import { findIndustry, industryName } from '../reference/industries.ts';
import { findRegion, NATIONAL_REGION_CODE, provinceOf, regionName } from '../reference/regions.ts';
import { SCENARIO_LABELS, type Scenario } from '../resources/vocabulary.ts';
import type { MatchItem, MatchNeed } from './types.ts';

export interface ComponentValue {
  value: number;
  why: string;
  whyNotHigher: string | null;
}

const yuanFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
const yuan = (fen: number) => `${yuanFormat.format(fen / 100)} 元`;
const indName = (code: string) => industryName(code) ?? code;
const regName = (code: string) => (code === NATIONAL_REGION_CODE ? '全国' : (regionName(code) ?? code));

/** The best industry match of an item: its value and the item's code that earns it. */
export function industryBest(need: MatchNeed, item: MatchItem): { value: number; code: string } {
  const target = findIndustry(need.industryCode);
  let best = 0;
  let bestCode = '';
  if (target === undefined) {
    return { value: 0, code: '' };
  }
  for (const code of item.industryCodes) {
    const industry = findIndustry(code);
    if (industry === undefined) {
      continue;
    }
    let value = 0;
    if (industry.code === target.code) {
      value = 1;
    } else if (industry.section === target.section) {
      if (industry.level === 'section') {
        value = 0.8;
      } else if (target.level === 'section') {
        value = 0.7;
      } else {
        value = 0.4;
      }
    }
    if (value > best) {
      best = value;
      bestCode = industry.code;
    }
  }
  return { value: best, code: bestCode };
}

/** Industry fit: the same division 1; the need's whole section 0.8; a section holding the need 0.7; a sibling division 0.4. */
export function industryFit(need: MatchNeed, item: MatchItem): ComponentValue {
  const target = findIndustry(need.industryCode);
  if (target === undefined) {
    return { value: 0, why: '需求未给出有效行业', whyNotHigher: null };
  }
  const { value: best, code: bestCode } = industryBest(need, item);
  const wanted = `需求行业为“${indName(target.code)}”`;
  if (best === 1) {
    return { value: 1, why: `适用行业包含“${indName(bestCode)}”，与需求行业一致`, whyNotHigher: null };
  }
  if (best > 0) {
    return {
      value: best,
      why: `适用行业“${indName(bestCode)}”与需求行业同属一个门类`,
      whyNotHigher: `${wanted}，本条未直接列出该行业`,
    };
  }
  return { value: 0, why: '适用行业与需求行业无交集', whyNotHigher: `${wanted}，本条面向其他行业` };
}

/** Scenario fit: the share of the need's scenarios (环节) the item serves. */
export function scenarioFit(need: MatchNeed, item: MatchItem): ComponentValue {
  if (need.scenarios.length === 0) {
    return { value: 0.5, why: '需求未指定应用场景', whyNotHigher: '填写应用场景可以更准确地匹配' };
  }
  const served = need.scenarios.filter((s) => item.scenarios.includes(s));
  const missing = need.scenarios.filter((s) => !item.scenarios.includes(s));
  const label = (list: readonly Scenario[]) => list.map((s) => SCENARIO_LABELS[s].zh).join('、');
  const value = served.length / need.scenarios.length;
  return {
    value,
    why: served.length > 0 ? `覆盖需求场景：${label(served)}` : '未覆盖需求的应用场景',
    whyNotHigher: missing.length > 0 ? `未覆盖：${label(missing)}` : null,
  };
}

function cityOf(code: string): string | null {
  const region = findRegion(code);
  if (region === undefined || region.level === 'province') {
    return null;
  }
  return region.level === 'prefecture' ? region.code : region.parent;
}

/** The best region an item serves for the need: its value and the code that earns it. */
export function regionBest(need: MatchNeed, item: MatchItem): { value: number; code: string } {
  const needCity = cityOf(need.regionCode);
  const needProvince = provinceOf(need.regionCode)?.code ?? null;
  let best = 0;
  let bestCode = '';
  for (const code of item.regionCodes) {
    let value = 0;
    if (code === NATIONAL_REGION_CODE) {
      value = 0.4;
    } else if (code === need.regionCode || (needCity !== null && cityOf(code) === needCity)) {
      value = 1;
    } else if (needProvince !== null && provinceOf(code)?.code === needProvince) {
      value = findRegion(code)?.level === 'province' ? 0.7 : 0.5;
    }
    if (value > best) {
      best = value;
      bestCode = code;
    }
  }
  return { value: best, code: bestCode };
}

/** Region: serves the need's city 1 > its province 0.7 > another city of the province 0.5 > nationwide 0.4. */
export function regionFit(need: MatchNeed, item: MatchItem): ComponentValue {
  const needCity = cityOf(need.regionCode);
  const { value: best, code: bestCode } = regionBest(need, item);
  const local = needCity !== null ? regName(needCity) : regName(need.regionCode);
  if (best === 1) {
    return { value: 1, why: `服务区域覆盖${local}（同城）`, whyNotHigher: null };
  }
  if (best === 0.7) {
    return {
      value: best,
      why: `服务区域覆盖${regName(bestCode)}（同省）`,
      whyNotHigher: `未专门服务${local}`,
    };
  }
  if (best === 0.5) {
    return { value: best, why: `服务区域为同省的${regName(bestCode)}`, whyNotHigher: `未服务${local}` };
  }
  if (best === 0.4) {
    return { value: best, why: '面向全国服务', whyNotHigher: `无${local}或本省的本地服务` };
  }
  return { value: 0, why: '服务区域不含需求所在地', whyNotHigher: `只服务其他地区，不含${local}` };
}

/** Budget fit value: a price inside the band 1, below it 0.9, above it falling to 0 at twice the maximum; unknown 0.5. */
export function budgetValue(need: MatchNeed, item: MatchItem): number {
  const price = item.priceModel === 'free' ? 0 : (item.priceFen ?? null);
  if ((need.budgetMinFen === null && need.budgetMaxFen === null) || price === null) {
    return 0.5;
  }
  const min = need.budgetMinFen ?? 0;
  const max = need.budgetMaxFen ?? Number.POSITIVE_INFINITY;
  if (price >= min && price <= max) {
    return 1;
  }
  if (price < min) {
    return 0.9;
  }
  return max === 0 ? 0 : Math.max(0, 1 - (price - max) / max) * 0.8;
}

/** Budget fit with its reason. */
export function budgetFit(need: MatchNeed, item: MatchItem): ComponentValue {
  const price = item.priceModel === 'free' ? 0 : (item.priceFen ?? null);
  const value = budgetValue(need, item);
  if (need.budgetMinFen === null && need.budgetMaxFen === null) {
    return { value, why: '需求未填写预算', whyNotHigher: '填写预算区间可以更准确地匹配' };
  }
  if (price === null) {
    return { value, why: '价格面议或未标价', whyNotHigher: '没有参考价格，无法确认是否在预算内' };
  }
  if (value === 1) {
    return { value, why: `参考价 ${yuan(price)} 在预算区间内`, whyNotHigher: null };
  }
  if (price < (need.budgetMinFen ?? 0)) {
    return {
      value,
      why: `参考价 ${yuan(price)} 低于预算下限`,
      whyNotHigher: '价格低于预算，可能功能范围较小',
    };
  }
  return {
    value,
    why: `参考价 ${yuan(price)} 超出预算上限 ${yuan(need.budgetMaxFen ?? 0)}`,
    whyNotHigher: '价格高于预算',
  };
}

const GRADE_VALUES = { A: 1, B: 0.75, C: 0.5, D: 0.2 } as const;

/** Supplier grade (分级评价): A 1, B 0.75, C 0.5, D 0.2, not graded 0.3. */
export function gradeFit(_need: MatchNeed, item: MatchItem): ComponentValue {
  const grade = item.grade ?? null;
  if (grade === null) {
    return { value: 0.3, why: '提供方尚无分级评价', whyNotHigher: '分级评价为 A 级的提供方得分更高' };
  }
  return {
    value: GRADE_VALUES[grade],
    why: `提供方分级评价为 ${grade} 级`,
    whyNotHigher: grade === 'A' ? null : '分级评价为 A 级的提供方得分更高',
  };
}

/** Deployments in the need's industry (same division full, same section half) and anywhere. */
function evidenceCounts(need: MatchNeed, item: MatchItem): { same: number; anywhere: number } {
  const target = findIndustry(need.industryCode);
  let same = 0;
  for (const e of item.caseEvidence ?? []) {
    const industry = findIndustry(e.industryCode);
    if (industry === undefined || target === undefined) {
      continue;
    }
    if (industry.code === target.code) {
      same += e.count;
    } else if (industry.section === target.section) {
      same += e.count / 2;
    }
  }
  return { same, anywhere: item.deploymentCount ?? 0 };
}

const saturate = (n: number) => Math.min(1, Math.log1p(n) / Math.log1p(10));

/** Case evidence value: same-industry deployments saturating at 10; deployments elsewhere count 0.3. */
export function evidenceValue(need: MatchNeed, item: MatchItem): number {
  const { same, anywhere } = evidenceCounts(need, item);
  return Math.max(saturate(same), 0.3 * saturate(anywhere));
}

/** Case evidence with its reason. */
export function evidenceFit(need: MatchNeed, item: MatchItem): ComponentValue {
  const { same, anywhere } = evidenceCounts(need, item);
  const value = evidenceValue(need, item);
  if (same > 0) {
    return {
      value,
      why: `在同行业有 ${Math.round(same * 10) / 10} 个应用案例`,
      whyNotHigher: value < 1 ? '同行业案例达到 10 个时此项满分' : null,
    };
  }
  if (anywhere > 0) {
    return { value, why: `在其他行业有 ${anywhere} 次部署应用`, whyNotHigher: '没有需求行业内的应用案例' };
  }
  return { value: 0, why: '暂无应用案例', whyNotHigher: '没有部署应用或案例记录' };
}

const DAY_MS = 86_400_000;

function ageInDays(item: MatchItem, today: string): number | null {
  if (item.updatedAt === undefined || item.updatedAt === null) {
    return null;
  }
  return Math.max(0, Math.floor((Date.parse(today) - Date.parse(item.updatedAt.slice(0, 10))) / DAY_MS));
}

/** Freshness value: updated within 180 days 1, falling linearly to 0 at three years; unknown 0.5. */
export function freshnessValue(_need: MatchNeed, item: MatchItem, today: string): number {
  const days = ageInDays(item, today);
  if (days === null) {
    return 0.5;
  }
  return days <= 180 ? 1 : Math.max(0, 1 - (days - 180) / (1095 - 180));
}

/** Freshness with its reason. */
export function freshnessFit(need: MatchNeed, item: MatchItem, today: string): ComponentValue {
  const days = ageInDays(item, today);
  if (days === null) {
    return { value: 0.5, why: '更新时间未知', whyNotHigher: '近期更新的信息得分更高' };
  }
  const value = freshnessValue(need, item, today);
  return { value, why: `${days} 天前更新`, whyNotHigher: value < 1 ? '半年内更新的信息此项满分' : null };
}

/** Supplier grade value. */
export function gradeValue(_need: MatchNeed, item: MatchItem): number {
  const grade = item.grade ?? null;
  return grade === null ? 0.3 : GRADE_VALUES[grade];
}

/** Scenario fit value: the share of the need's scenarios the item serves; 0.5 when the need names none. */
export function scenarioValue(need: MatchNeed, item: MatchItem): number {
  if (need.scenarios.length === 0) {
    return 0.5;
  }
  let served = 0;
  for (const s of need.scenarios) {
    if (item.scenarios.includes(s)) {
      served += 1;
    }
  }
  return served / need.scenarios.length;
}
