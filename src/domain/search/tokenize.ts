/**
 * Chinese-aware tokenization for full-text search without a database extension (the stored vectors; the
 * query side of the catalog search is query.ts, the words segment.ts).
 *
 * Word segmentation alone (Intl.Segmenter) splits domain terms such as 互联网, 数控 and 运维 into single
 * characters, so every run of Han characters is indexed as overlapping character bigrams (which find any
 * substring of two or more characters), plus the segmenter's multi-character words of the title as extra
 * lexemes that raise the rank of exact word matches. Latin letters and digits form words of their own.
 * The same tokens build the stored `tsvector` literal and the `tsquery` literal, so PGlite and PostgreSQL
 * behave identically (no text-search parser or dictionary is involved: 'simple' lexemes, quoted).
 */

import { foldText } from './fold.ts';
import { bigrams, indexTokens } from './segment.ts';

export type Weight = 'A' | 'B' | 'C' | 'D';

export interface WeightedText {
  text: string | null | undefined;
  weight: Weight;
  /** Add the segmenter's words (≥ 3 characters) as extra lexemes; meant for short, important fields. */
  words?: boolean;
}

const HAN = /\p{Script=Han}/u;
// A run is either Han characters or letters/digits of other scripts (latin words, model numbers like 5g).
const WORD_CHAR = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{N}])`;
const RUN = new RegExp(String.raw`(\p{Script=Han}+)|(${WORD_CHAR}+(?:[.\-]${WORD_CHAR}+)*)`, 'gu');

/** Lower-cased, full-width and traditional-character folded (ＡＢＣ → abc, 數據 → 数据) text. */
export function normalizeText(text: string): string {
  return foldText(text);
}

export { bigrams };

/** Han words of three or more characters found by the segmenter with the field's dictionary (预测性维护). */
export function segmenterWords(text: string): string[] {
  return indexTokens(text).filter((t) => [...t].length >= 3 && HAN.test(t));
}

/** The search tokens of a text, in order: Han bigrams and latin/digit words. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const match of normalizeText(text).matchAll(RUN)) {
    if (match[1]) {
      out.push(...bigrams(match[1]));
    } else if (match[2]) {
      out.push(match[2]);
    }
  }
  return out;
}

// PostgreSQL limits: positions 1..16383, at most 256 positions per lexeme, lexemes < 2 KB.
const MAX_POSITION = 16383;
const MAX_POSITIONS_PER_LEXEME = 32;
const MAX_LEXEME_LENGTH = 100;

/** Quotes a lexeme for a tsvector/tsquery literal. */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * A `tsvector` literal (e.g. `'互联':1A '联网':2A`) for weighted texts; cast it with `::tsvector`.
 * Positions run on across the parts so adjacent bigrams keep adjacent positions.
 */
export function toTsvectorLiteral(parts: WeightedText[]): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  const add = (lexeme: string, pos: number, weight: Weight) => {
    if (lexeme.length > MAX_LEXEME_LENGTH) {
      return;
    }
    const list = positions.get(lexeme) ?? [];
    if (list.length < MAX_POSITIONS_PER_LEXEME) {
      list.push(`${Math.min(pos, MAX_POSITION)}${weight}`);
    }
    positions.set(lexeme, list);
  };
  for (const part of parts) {
    if (!part.text) {
      continue;
    }
    const start = position + 1;
    for (const token of tokenize(part.text)) {
      position += 1;
      add(token, position, part.weight);
    }
    if (part.words) {
      for (const word of segmenterWords(part.text)) {
        add(word, start, part.weight);
      }
    }
    // A gap between fields so a bigram never spans two of them in phrase order.
    position += 1;
  }
  return [...positions.entries()].map(([lexeme, pos]) => `${quoteLexeme(lexeme)}:${pos.join(',')}`).join(' ');
}

export interface SearchQuery {
  /** Every term must match: a tsquery literal, or null when the text has no searchable token. */
  match: string | null;
  /** For ranking: any of the tokens (and the segmenter's words), so closer matches score higher. */
  rank: string | null;
  tokens: string[];
}

/**
 * Builds the tsquery literals for what a visitor typed. Two or more Han characters must all be present as
 * bigrams; a lone Han character or a latin word matches as a prefix (数 finds 数控, plc finds plc控制器).
 */
export function buildSearchQuery(text: string): SearchQuery {
  const terms: string[] = [];
  const tokens: string[] = [];
  for (const match of normalizeText(text).matchAll(RUN)) {
    if (match[1]) {
      const grams = bigrams(match[1]);
      tokens.push(...grams);
      if (grams.length === 1 && [...match[1]].length === 1) {
        terms.push(`${quoteLexeme(grams[0]!)}:*`);
      } else {
        terms.push(...grams.map(quoteLexeme));
      }
    } else if (match[2]) {
      tokens.push(match[2]);
      terms.push(`${quoteLexeme(match[2])}:*`);
    }
  }
  if (terms.length === 0) {
    return { match: null, rank: null, tokens };
  }
  const unique = [...new Set(terms)];
  const words = [...new Set(segmenterWords(text))].map(quoteLexeme);
  return {
    match: unique.join(' & '),
    rank: [...new Set([...unique, ...words])].join(' | '),
    tokens,
  };
}

/**
 * The search vector literal: each lexeme once, at one position per field (title 1, summary 2 …) carrying
 * the weight of the first (most important) field it occurs in (`'互联':1A '联网':1A 'kind=case'`), plus
 * facet lexemes without position. Matching needs only the lexemes; ts_rank reads the weights, so a title
 * hit outranks a body hit without storing every position.
 */
export function toLexemeVectorLiteral(parts: WeightedText[], extra: string[] = []): string {
  const lexemes = new Map<string, string>();
  parts.forEach((part, i) => {
    if (!part.text) {
      return;
    }
    const position = `:${i + 1}${part.weight}`;
    for (const token of tokenize(part.text)) {
      if (!lexemes.has(token)) {
        lexemes.set(token, position);
      }
    }
    for (const word of segmenterWords(part.text)) {
      if (!lexemes.has(word)) {
        lexemes.set(word, position);
      }
    }
  });
  for (const lexeme of extra) {
    if (!lexemes.has(lexeme)) {
      lexemes.set(lexeme, '');
    }
  }
  return [...lexemes]
    .filter(([l]) => l.length > 0 && l.length <= MAX_FILTER_LEXEME_LENGTH)
    .map(([l, position]) => `${quoteLexeme(l)}${position}`)
    .join(' ');
}

const MAX_FILTER_LEXEME_LENGTH = 400;

/**
 * Facet values and a sampling bucket stored as lexemes beside the words (`kind=case`, `reg=370100`,
 * `#b17`), so a filtered search is one GIN lookup and a broad one can read a uniform sample of its matches.
 * `=` and `#` never occur in a token a visitor's text produces, so they cannot collide with words.
 */
export const SAMPLE_BUCKETS = 64;

/** The sampling bucket of a row: the low six bits of its (random) UUID's last byte. */
export function bucketOf(id: string): number {
  return Number.parseInt(id.slice(-2), 16) & (SAMPLE_BUCKETS - 1);
}

export const bucketLexeme = (bucket: number): string => `#b${bucket}`;

export type FilterField = 'center' | 'kind' | 'ind' | 'scn' | 'reg' | 'prov' | 'grade';

export const filterLexeme = (field: FilterField, value: string): string => `${field}=${value}`;

export interface FilterValues {
  id: string;
  centerId: string;
  kind: string;
  industryCodes: string[];
  scenarios: string[];
  regionCodes: string[];
  providerName: string;
  grade: string | null;
}

/** The filter and bucket lexemes of one resource. */
export function filterLexemes(v: FilterValues): string[] {
  return [
    filterLexeme('center', v.centerId),
    filterLexeme('kind', v.kind),
    ...v.industryCodes.map((c) => filterLexeme('ind', c)),
    ...v.scenarios.map((c) => filterLexeme('scn', c)),
    ...v.regionCodes.map((c) => filterLexeme('reg', c)),
    filterLexeme('prov', v.providerName),
    ...(v.grade ? [filterLexeme('grade', v.grade)] : []),
    bucketLexeme(bucketOf(v.id)),
  ];
}

/** `(a | b | …)` over quoted lexemes: any one of the values. */
export function anyOf(lexemes: string[]): string {
  return `(${lexemes.map(quoteLexeme).join(' | ')})`;
}
