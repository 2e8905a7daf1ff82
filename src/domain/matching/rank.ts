/**
 * The ranking engine: hard filters first (revoked or banned providers, expired offers, conflicts of
 * interest, unpublished items never rank), then a score that is the sum of named weighted components,
 * each kept with its reason. Pure: the caller passes today's date and the text relevance function.
 */
import {
  budgetFit,
  budgetValue,
  evidenceFit,
  evidenceValue,
  freshnessFit,
  freshnessValue,
  gradeFit,
  gradeValue,
  industryBest,
  industryFit,
  regionBest,
  regionFit,
  scenarioFit,
  scenarioValue,
  type ComponentValue,
} from './components.ts';
import { jiebaTextRelevance, type TextRelevance } from './text-relevance.ts';
import {
  componentNames,
  type ComponentExplanation,
  type ComponentName,
  type ExcludedItem,
  type MatchItem,
  type MatchNeed,
  type MatchWeights,
  type RankedItem,
  type RankResult,
} from './types.ts';
import { DEFAULT_WEIGHTS } from './weights.ts';

export interface RankOptions {
  /** Today in Asia/Shanghai, YYYY-MM-DD (offers expire and freshness counts from it). */
  today: string;
  weights?: MatchWeights;
  textRelevance?: TextRelevance;
  /** Keep the best N (all when absent). */
  limit?: number;
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** The text a need is matched on. */
export const needText = (need: MatchNeed): string => `${need.title} ${need.description}`;
/** The text an item is matched on. */
export const itemText = (item: MatchItem): string => `${item.title} ${item.summary}`;

/** Why an item must not rank for this need, or null when it may. */
export function exclusionOf(need: MatchNeed, item: MatchItem, today: string): ExcludedItem | null {
  const id = item.id;
  if (item.providerStatus === 'revoked') {
    return { id, reason: 'provider_revoked', why: `提供方“${item.providerName}”已被撤销，不参与匹配` };
  }
  if (item.providerStatus === 'banned') {
    return { id, reason: 'provider_banned', why: `提供方“${item.providerName}”处于禁入期，不参与匹配` };
  }
  if (item.expiresOn !== undefined && item.expiresOn !== null && item.expiresOn < today) {
    return { id, reason: 'offer_expired', why: `该服务已于 ${item.expiresOn} 到期` };
  }
  const own = need.enterpriseCreditCode?.trim().toUpperCase();
  if (own && item.providerCreditCode?.trim().toUpperCase() === own) {
    return { id, reason: 'conflict_of_interest', why: '提供方与需求企业为同一统一社会信用代码（利益冲突）' };
  }
  if (item.status !== undefined && item.status !== 'published') {
    return { id, reason: 'not_published', why: '该资源未发布' };
  }
  return null;
}

/** Every component of one item for one need, with its weighted contribution. */
export function scoreItem(
  need: MatchNeed,
  item: MatchItem,
  today: string,
  weights: MatchWeights = DEFAULT_WEIGHTS,
  textRelevance: TextRelevance = jiebaTextRelevance,
): RankedItem {
  const text = textRelevance(needText(need), itemText(item));
  const values: Record<ComponentName, ComponentValue> = {
    industry: industryFit(need, item),
    scenario: scenarioFit(need, item),
    region: regionFit(need, item),
    budget: budgetFit(need, item),
    text: {
      value: text,
      why:
        text > 0
          ? `标题与简介覆盖需求描述中 ${Math.round(text * 100)}% 的关键词权重`
          : '标题与简介与需求描述无共同关键词',
      whyNotHigher: text < 1 ? '需求描述中的部分关键词未出现在标题或简介中' : null,
    },
    grade: gradeFit(need, item),
    evidence: evidenceFit(need, item),
    freshness: freshnessFit(need, item, today),
  };
  const explanation: ComponentExplanation[] = componentNames.map((name) => {
    const v = values[name];
    return {
      name,
      value: round(v.value),
      weight: weights[name],
      contribution: round(v.value * weights[name]),
      why: v.why,
      whyNotHigher: v.whyNotHigher,
    };
  });
  const components = Object.fromEntries(explanation.map((e) => [e.name, e.contribution])) as Record<
    ComponentName,
    number
  >;
  const score = round(explanation.reduce((sum, e) => sum + e.contribution, 0));
  return { id: item.id, score, components, explanation };
}

/**
 * The score alone (no explanation): ranking many items computes only numbers, and explains only the
 * results it keeps. Rounded per component exactly as `scoreItem` rounds, so both give the same score.
 */
export function scoreValue(
  need: MatchNeed,
  item: MatchItem,
  today: string,
  weights: MatchWeights = DEFAULT_WEIGHTS,
  textRelevance: TextRelevance = jiebaTextRelevance,
): number {
  const part = (value: number, weight: number) => (weight === 0 ? 0 : round(value * weight));
  return round(
    part(industryBest(need, item).value, weights.industry) +
      part(scenarioValue(need, item), weights.scenario) +
      part(regionBest(need, item).value, weights.region) +
      part(budgetValue(need, item), weights.budget) +
      part(weights.text === 0 ? 0 : textRelevance(needText(need), itemText(item)), weights.text) +
      part(gradeValue(need, item), weights.grade) +
      part(evidenceValue(need, item), weights.evidence) +
      part(freshnessValue(need, item, today), weights.freshness),
  );
}

const byScore = (a: { id: string; score: number }, b: { id: string; score: number }) =>
  b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Ranks the items for a need, best first (ties by id); excluded items are listed apart with their reason. */
export function rankForNeed(need: MatchNeed, items: readonly MatchItem[], options: RankOptions): RankResult {
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const relevance = options.textRelevance ?? jiebaTextRelevance;
  const scored: { id: string; score: number; item: MatchItem }[] = [];
  const excluded: ExcludedItem[] = [];
  for (const item of items) {
    const exclusion = exclusionOf(need, item, options.today);
    if (exclusion !== null) {
      excluded.push(exclusion);
      continue;
    }
    scored.push({ id: item.id, score: scoreValue(need, item, options.today, weights, relevance), item });
  }
  scored.sort(byScore);
  const kept = options.limit === undefined ? scored : scored.slice(0, options.limit);
  const ranked = kept.map(({ item }) => scoreItem(need, item, options.today, weights, relevance));
  return { ranked, excluded };
}

/** Ranks needs for one supplier's item (the reverse direction: which open needs should it answer). */
export function rankNeedsForItem(
  item: MatchItem,
  needs: readonly (MatchNeed & { id: string })[],
  options: RankOptions,
): RankedItem[] {
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const out = needs
    .filter((need) => exclusionOf(need, item, options.today) === null)
    .map((need) => ({
      ...scoreItem(need, item, options.today, weights, options.textRelevance),
      id: need.id,
    }));
  out.sort(byScore);
  return options.limit === undefined ? out : out.slice(0, options.limit);
}
