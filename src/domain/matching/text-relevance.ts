/**
 * Chinese text relevance for matching: segmented words (jieba, search mode), weighted by inverse document
 * frequency, not only character bigrams. Kept behind one signature, `(queryText, docText) => number` in
 * [0, 1], so it can be swapped for the shared search core (src/domain/search) when that lands.
 */
import { Jieba } from '@node-rs/jieba';
import { dict, idf } from '@node-rs/jieba/dict.js';

/** How well a document's text answers a query's text: 0 (nothing in common) to 1 (every query word found). */
export type TextRelevance = (queryText: string, docText: string) => number;

let jieba: Jieba | null = null;
let idfTable: Map<string, number> | null = null;
let medianIdf = 10;

function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

function idfOf(word: string): number {
  if (idfTable === null) {
    idfTable = new Map();
    const values: number[] = [];
    for (const line of new TextDecoder().decode(idf).split('\n')) {
      const space = line.lastIndexOf(' ');
      if (space > 0) {
        const value = Number(line.slice(space + 1));
        idfTable.set(line.slice(0, space), value);
        values.push(value);
      }
    }
    values.sort((a, b) => a - b);
    medianIdf = values[Math.floor(values.length / 2)] ?? medianIdf;
  }
  return idfTable.get(word) ?? medianIdf;
}

// Words that say nothing about what is needed or offered.
const STOPWORDS = new Set(
  '企业 我们 公司 需要 需求 希望 提供 进行 实现 相关 以及 通过 一个 一套 服务 解决 解决方案 方案 能力 用于 帮助 支持 工作 问题 目前 现有 主要 开展 项目 建设 采购 寻找 合作'.split(
    ' ',
  ),
);
const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /^[\p{L}\p{N}][\p{L}\p{N}.\-+]*$/u;

/** The distinct content words of a text: Han words of ≥ 2 characters and latin/digit words (5g, mes, erp). */
export function contentWords(text: string): string[] {
  const words = new Set<string>();
  for (const raw of segmenter().cutForSearch(text.normalize('NFKC').toLowerCase(), true)) {
    const word = raw.trim();
    if (word === '' || STOPWORDS.has(word)) {
      continue;
    }
    if (HAN.test(word) ? [...word].length >= 2 : LATIN_WORD.test(word) && word.length >= 2) {
      words.add(word);
    }
  }
  return [...words];
}

const DOC_CACHE_LIMIT = 200_000;
const docCache = new Map<string, Set<string>>();

function docWords(text: string): Set<string> {
  let words = docCache.get(text);
  if (words === undefined) {
    if (docCache.size >= DOC_CACHE_LIMIT) {
      docCache.clear();
    }
    words = new Set(contentWords(text));
    docCache.set(text, words);
  }
  return words;
}

/**
 * IDF-weighted coverage of the query's words by the document: Σ idf(found) / Σ idf(all query words).
 * Rare, specific words (数控机床, 预测性维护) count more than common ones (生产, 管理).
 */
export const jiebaTextRelevance: TextRelevance = (queryText, docText) => {
  const query = queryWords(queryText);
  if (query.total === 0) {
    return 0;
  }
  const doc = docWords(docText);
  let found = 0;
  for (const [word, weight] of query.words) {
    if (doc.has(word)) {
      found += weight;
    }
  }
  return found / query.total;
};

// One need is ranked against many documents: its words and their weights are computed once.
let lastQuery: { text: string; words: [string, number][]; total: number } | null = null;

function queryWords(text: string): { words: [string, number][]; total: number } {
  if (lastQuery?.text !== text) {
    const words = contentWords(text).map((w): [string, number] => [w, idfOf(w)]);
    lastQuery = { text, words, total: words.reduce((sum, [, weight]) => sum + weight, 0) };
  }
  return lastQuery;
}
