/**
 * The ranking engine: hard filters first (revoked or banned providers, expired offers, conflicts of
 * interest, unpublished items never rank), then a score that is the sum of named weighted components,
 * each kept with its reason. Pure: the caller passes today's date and the text relevance function.
 */
import {
  budgetFit,
  evidenceFit,
  freshnessFit,
  gradeFit,
  industryFit,
  regionFit,
  scenarioFit,
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

/** Ranks the items for a need, best first (ties by id); excluded items are listed apart with their reason. */
export function rankForNeed(need: MatchNeed, items: readonly MatchItem[], options: RankOptions): RankResult {
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const ranked: RankedItem[] = [];
  const excluded: ExcludedItem[] = [];
  for (const item of items) {
    const exclusion = exclusionOf(need, item, options.today);
    if (exclusion !== null) {
      excluded.push(exclusion);
      continue;
    }
    ranked.push(scoreItem(need, item, options.today, weights, options.textRelevance));
  }
  ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ranked: options.limit === undefined ? ranked : ranked.slice(0, options.limit), excluded };
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
  out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return options.limit === undefined ? out : out.slice(0, options.limit);
}
