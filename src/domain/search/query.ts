/**
 * What a visitor typed, as the search core's weighted terms (issue #17): the text is folded and segmented
 * like the documents, words that carry no need (我们, 想, 找 …) are dropped, generic words (系统, 平台,
 * 设备 …) weigh little, and each significant word brings its thesaurus terms (weighing less than the word
 * itself). Candidates match any term (OR); the ranking weighs each term by its rarity among the candidates.
 */
import { foldText } from './fold.ts';
import { bigrams, runsOf, segment } from './segment.ts';
import { quoteLexeme } from './tokenize.ts';
import { broaderTerms, phraseKeys, relatedTerms, type Thesaurus } from './thesaurus.ts';

/** One searched term: its tsquery fragment, its weight in the score, and where it came from. */
export interface QueryTerm {
  text: string;
  tsquery: string;
  weight: number;
  source: 'query' | 'thesaurus';
}

export interface ParsedQuery {
  /** The folded text, spaces collapsed: an exact-phrase match of it ranks first. */
  phrase: string;
  terms: QueryTerm[];
  /** Any term: the candidates' condition (null: nothing searchable was typed). */
  match: string | null;
  /** Any of the words typed (without the thesaurus's): what a title must hold to lead a broad search. */
  typed: string | null;
  /** Thesaurus terms searched besides what was typed, for "也搜索了：…". */
  expansions: string[];
  /** Everything that counts as a hit for highlighting: the words typed and the thesaurus terms. */
  highlight: string[];
}

const STOPWORDS = new Set(
  (
    '我们 我 你们 想 想要 要 找 找到 寻找 需要 希望 有没有 有 没有 怎么 怎么办 如何 能否 可以 一个 一些 的 了 和 与 及 ' +
    '或 在 是 给 对 把 被 用 帮 帮助 请 推荐 哪些 什么 相关 方面 问题 太 很 比较 提前 一下 做 搞 the a an of for and to in on with'
  ).split(' '),
);

const GENERIC = new Set(
  (
    '设备 系统 平台 方案 解决方案 服务 工厂 企业 产品 管理 工具 软件 智能 数字化 生产 优化 提升 降低 提高 技术 行业 应用 ' +
    '车间 公司 中小企业 工业 制造 数据 分析 太高 高 低 厂 布匹'
  ).split(' '),
);

const MAX_TERMS = 28;
const SYNONYM_WEIGHT = 0.6;
const GENERIC_WEIGHT = 0.25;
const BROADER_WEIGHT = 0.3;

/**
 * The tsquery fragment finding a term: per run, the word itself or all its bigrams (so a document
 * segmented differently still matches), a lone Han character or a latin word as a prefix; runs AND-ed.
 */
export function termTsquery(term: string): string | null {
  const parts: string[] = [];
  for (const run of runsOf(foldText(term))) {
    const chars = [...run.text];
    if (!run.han || chars.length === 1) {
      parts.push(`${quoteLexeme(run.text)}:*`);
    } else if (chars.length === 2) {
      parts.push(quoteLexeme(run.text));
    } else {
      parts.push(`(${quoteLexeme(run.text)} | (${bigrams(run.text).map(quoteLexeme).join(' & ')}))`);
    }
  }
  if (parts.length === 0) {
    return null;
  }
  return parts.length === 1 ? parts[0]! : `(${parts.join(' & ')})`;
}

/** The words of a query worth searching, with multi-word thesaurus keys ("digital twin") kept whole. */
function queryWords(folded: string, thesaurus: Thesaurus): string[] {
  const compact = folded.replace(/\s+/g, '');
  if (relatedTerms(thesaurus, compact).length > 0 || broaderTerms(thesaurus, compact).length > 0) {
    return [compact];
  }
  let rest = folded;
  const words: string[] = [];
  for (const key of phraseKeys(thesaurus, folded)) {
    if (rest.includes(key)) {
      words.push(key);
      rest = rest.replace(key, ' ');
    }
  }
  words.push(...segment(rest));
  const significant = words.filter((w) => !STOPWORDS.has(w));
  // A query of stop words only is still searched as typed.
  return [...new Set(significant.length > 0 ? significant : words)];
}

/** Parses a visitor's query into weighted terms, expanded with the thesaurus. */
export function expandQuery(text: string, thesaurus: Thesaurus): ParsedQuery {
  const folded = foldText(text).trim();
  const phrase = folded.replace(/\s+/g, '');
  const words = queryWords(folded, thesaurus);
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (t: string, weight: number, source: QueryTerm['source']) => {
    if (seen.has(t) || terms.length >= MAX_TERMS) {
      return;
    }
    const tsquery = termTsquery(t);
    if (tsquery) {
      seen.add(t);
      terms.push({ text: t, tsquery, weight, source });
    }
  };
  const single = words.length === 1;
  for (const word of words) {
    add(word, GENERIC.has(word) && !single ? GENERIC_WEIGHT : 1, 'query');
  }
  // The whole query, when segmented into several words, as one more term: documents holding it rank first.
  if (words.length > 1 && [...phrase].length <= 12) {
    add(phrase, 1, 'query');
  }
  for (const word of words) {
    if (GENERIC.has(word) && !single) {
      continue;
    }
    for (const related of relatedTerms(thesaurus, word)) {
      add(related, SYNONYM_WEIGHT, 'thesaurus');
    }
  }
  for (const word of words) {
    if (GENERIC.has(word) && !single) {
      continue;
    }
    for (const broader of broaderTerms(thesaurus, word)) {
      add(broader, BROADER_WEIGHT, 'thesaurus');
    }
  }
  const typed = terms.filter((t) => t.source === 'query' && t.weight === 1);
  // Shown to the visitor in the script typed: a Chinese query lists its Chinese expansions only.
  const han = /\p{Script=Han}/u;
  const chinese = han.test(phrase);
  const expansions = terms
    .filter((t) => t.source === 'thesaurus' && (!chinese || han.test(t.text)))
    .map((t) => t.text);
  return {
    phrase,
    terms,
    match: terms.length > 0 ? terms.map((t) => t.tsquery).join(' | ') : null,
    typed: typed.length > 0 ? typed.map((t) => t.tsquery).join(' | ') : null,
    expansions,
    highlight: [
      ...new Set([
        ...words.filter((w) => !GENERIC.has(w) || single),
        ...terms.filter((t) => t.source === 'thesaurus').map((t) => t.text),
      ]),
    ],
  };
}
