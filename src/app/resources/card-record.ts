/** Turns a validated resource card into the columns stored: derived grade, subkind, search vector. */
import type { ResourceCard } from '../../contracts/resources.ts';
import { RESOURCE_KIND_LABELS } from '../../domain/resources/vocabulary.ts';
import { gradeOf, weightedScore } from '../../domain/resources/supplier-grade.ts';
import { filterLexemes, toLexemeVectorLiteral, toTsvectorLiteral } from '../../domain/search/tokenize.ts';
import type { resources } from '../../db/schema/index.ts';

type CardColumns = Omit<
  typeof resources.$inferInsert,
  'id' | 'centerId' | 'createdAt' | 'updatedAt' | 'version' | 'reuseCount' | 'deploymentCount'
>;

/** Words a visitor may search by that are not in the title or summary (details, labels, names). */
function detailText(card: ResourceCard): string {
  switch (card.kind) {
    case 'case':
      return [
        card.details.conditions,
        card.details.solution,
        ...card.details.results.map((r) => r.indicator),
      ].join(' ');
    case 'supplier':
      return card.details.evaluation.criteria.map((c) => `${c.name} ${c.evidence}`).join(' ');
    case 'infrastructure':
      return card.details.capacity;
    default:
      return card.details.specs;
  }
}

/**
 * The search vector literal, position-free: the words of the title (with segmenter words), summary,
 * provider, the kind's name and details, plus the facet and sampling-bucket lexemes (filterLexemes).
 * Scenario and industry names stay out of the words: they are facets, and as text they would make every
 * query on a common word (运维, 制造) match a large share of the pool.
 */
export function searchVectorOf(card: ResourceCard, identity: { id: string; centerId: string }): string {
  const grade = card.kind === 'supplier' ? gradeOf(weightedScore(card.details.evaluation.criteria)) : null;
  return toLexemeVectorLiteral(
    [
      { text: card.title, weight: 'A', words: true },
      { text: card.summary, weight: 'B' },
      { text: card.providerName, weight: 'C' },
      { text: RESOURCE_KIND_LABELS[card.kind].zh, weight: 'C' },
      { text: detailText(card).slice(0, 2000), weight: 'D' },
    ],
    filterLexemes({
      id: identity.id,
      centerId: identity.centerId,
      kind: card.kind,
      industryCodes: [...new Set(card.industryCodes)],
      scenarios: [...new Set(card.scenarios)],
      regionCodes: [...new Set(card.regionCodes)],
      providerName: card.providerName,
      grade,
    }),
  );
}

/** The title's own vector, used for ranking. */
export function titleVectorOf(card: ResourceCard): string {
  return toTsvectorLiteral([{ text: card.title, weight: 'A', words: true }]);
}

/** The stored columns of a card (without identity, counters and timestamps); the vector needs the identity. */
export function cardColumns(card: ResourceCard, identity: { id: string; centerId: string }): CardColumns {
  let grade: string | null = null;
  let gradeScore: number | null = null;
  if (card.kind === 'supplier') {
    gradeScore = weightedScore(card.details.evaluation.criteria);
    grade = gradeOf(gradeScore);
  }
  return {
    kind: card.kind,
    title: card.title,
    summary: card.summary,
    providerName: card.providerName,
    providerCreditCode: card.providerCreditCode ?? null,
    industryCodes: [...new Set(card.industryCodes)],
    scenarios: [...new Set(card.scenarios)],
    regionCodes: [...new Set(card.regionCodes)],
    priceModel: card.priceModel,
    priceFen: card.priceFen ?? null,
    access: card.access,
    status: card.status,
    releaseVersion: card.releaseVersion,
    attachments: card.attachments,
    details: card.details as Record<string, unknown>,
    grade,
    gradeScore,
    infrastructureSubkind: card.kind === 'infrastructure' ? card.details.subkind : null,
    searchVector: searchVectorOf(card, identity),
    titleVector: titleVectorOf(card),
  };
}
