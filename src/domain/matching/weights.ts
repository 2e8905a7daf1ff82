/**
 * Default weights (data, overridable per installation): text and industry fit lead, then scenario,
 * region, grade, evidence, budget and freshness. They add up to 1, so a score reads as a share of 100.
 */
import { z } from 'zod';
import { componentNames, type ComponentName, type MatchWeights } from './types.ts';

export const DEFAULT_WEIGHTS: MatchWeights = {
  text: 0.3,
  industry: 0.2,
  scenario: 0.15,
  region: 0.1,
  grade: 0.08,
  budget: 0.07,
  evidence: 0.06,
  freshness: 0.04,
};

/** The Chinese name of each component, as the screens show it. */
export const COMPONENT_LABELS: Readonly<Record<ComponentName, { zh: string; en: string }>> = {
  industry: { zh: '行业匹配', en: 'Industry fit' },
  scenario: { zh: '场景匹配', en: 'Scenario fit' },
  region: { zh: '地域就近', en: 'Region' },
  budget: { zh: '预算匹配', en: 'Budget fit' },
  text: { zh: '文本相关', en: 'Text relevance' },
  grade: { zh: '分级评价', en: 'Supplier grade' },
  evidence: { zh: '同行业案例', en: 'Case evidence' },
  freshness: { zh: '信息新鲜度', en: 'Freshness' },
};

/** Installation weights: every component named, non-negative, not all zero. */
export const matchWeightsSchema = z
  .strictObject(
    Object.fromEntries(
      componentNames.map((name) => [
        name,
        z
          .number({ error: `权重 ${COMPONENT_LABELS[name].zh} 应为数字` })
          .min(0, { error: `权重 ${COMPONENT_LABELS[name].zh} 不能为负` })
          .max(10, { error: `权重 ${COMPONENT_LABELS[name].zh} 不超过 10` }),
      ]),
    ) as Record<ComponentName, z.ZodNumber>,
  )
  .refine((w) => Object.values(w).some((v) => v > 0), { error: '权重不能全为 0' });

/** Defaults with an installation's overrides applied. */
export function resolveWeights(overrides: Partial<MatchWeights> = {}): MatchWeights {
  return { ...DEFAULT_WEIGHTS, ...overrides };
}
