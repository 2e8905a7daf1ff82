/**
 * What the matching engine ranks and for whom: a need (需求) and catalog items (resource cards with the
 * few facts ranking needs beyond the card: the provider's standing, an offer's expiry, case evidence).
 */
import type { ResourceKind, Scenario } from '../resources/vocabulary.ts';
import type { SupplierGrade } from '../resources/supplier-grade.ts';

/** A need as the engine sees it (the API's need carries more). */
export interface MatchNeed {
  title: string;
  description: string;
  /** GB/T 4754-2017 section ('C') or division ('C34'). */
  industryCode: string;
  scenarios: readonly Scenario[];
  /** GB/T 2260 code of where the enterprise is (a county, city or province). */
  regionCode: string;
  /** Budget band in fen; null ends are open. */
  budgetMinFen: number | null;
  budgetMaxFen: number | null;
  /** The enterprise's unified social credit code: a supplier with the same code is a conflict of interest. */
  enterpriseCreditCode?: string | null;
}

/** Standing of the organisation behind an item; revoked or banned providers never rank. */
export type ProviderStatus = 'active' | 'revoked' | 'banned';

/** A catalog item: the API's resource card fields the engine reads, plus matching facts. */
export interface MatchItem {
  id: string;
  kind: ResourceKind;
  title: string;
  summary: string;
  providerName: string;
  providerCreditCode?: string | null;
  industryCodes: readonly string[];
  scenarios: readonly string[];
  regionCodes: readonly string[];
  priceModel: string;
  priceFen?: number | null;
  /** 分级评价 of the provider (suppliers carry their own). */
  grade?: SupplierGrade | null;
  deploymentCount?: number;
  /** Deployments (cases) of this item or its provider per industry code: the evidence component. */
  caseEvidence?: readonly { industryCode: string; count: number }[];
  status?: string;
  providerStatus?: ProviderStatus;
  /** Last day an offer is valid (YYYY-MM-DD); past it the item never ranks. */
  expiresOn?: string | null;
  /** ISO date or instant of the last update; drives freshness. */
  updatedAt?: string | null;
}

export const componentNames = [
  'industry',
  'scenario',
  'region',
  'budget',
  'text',
  'grade',
  'evidence',
  'freshness',
] as const;
export type ComponentName = (typeof componentNames)[number];

/** Weight of each component; a score is Σ weight × value with every value in [0, 1]. */
export type MatchWeights = Readonly<Record<ComponentName, number>>;

/** One component of one result: its value in [0, 1], its weighted contribution, and why. */
export interface ComponentExplanation {
  name: ComponentName;
  value: number;
  weight: number;
  contribution: number;
  /** Why this value, in Chinese (shown as "why this result"). */
  why: string;
  /** What would have scored higher, when the value is below 1 ("why not higher"). */
  whyNotHigher: string | null;
}

export interface RankedItem {
  id: string;
  score: number;
  components: Record<ComponentName, number>;
  explanation: ComponentExplanation[];
}

export type ExclusionReason =
  'provider_revoked' | 'provider_banned' | 'offer_expired' | 'conflict_of_interest' | 'not_published';

export interface ExcludedItem {
  id: string;
  reason: ExclusionReason;
  why: string;
}

export interface RankResult {
  ranked: RankedItem[];
  excluded: ExcludedItem[];
}
