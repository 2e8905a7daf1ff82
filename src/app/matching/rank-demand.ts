/** Ranks the published catalog for a need with the matching engine (the same one `dtpc match` uses). */
import type { Db } from '../../db/client.ts';
import { loadCandidates, type CandidateItem, type DemandRow } from '../../db/loaders/matching.ts';
import { rankForNeed, type MatchNeed, type RankResult } from '../../domain/matching/index.ts';
import type { Scenario } from '../../domain/resources/vocabulary.ts';
import { today } from '../publicity/clock.ts';
import { installationWeights } from './weights.ts';

/** The need as the engine reads it. */
export function needOf(demand: DemandRow): MatchNeed {
  return {
    title: demand.title,
    description: demand.description,
    industryCode: demand.industryCode,
    scenarios: demand.scenarios as Scenario[],
    regionCode: demand.regionCode,
    budgetMinFen: demand.budgetMinFen,
    budgetMaxFen: demand.budgetMaxFen,
    enterpriseCreditCode: demand.enterpriseCreditCode,
  };
}

export async function rankDemand(
  db: Db,
  demand: DemandRow,
  limit?: number,
): Promise<RankResult & { candidates: Map<string, CandidateItem> }> {
  const items = await loadCandidates(db);
  const result = rankForNeed(needOf(demand), items, {
    today: today(),
    weights: installationWeights(),
    limit,
  });
  return { ...result, candidates: new Map(items.map((i) => [i.id, i])) };
}
