/**
 * The search core's words (issue #17): a Chinese segmenter (@node-rs/jieba) with the field's user
 * dictionary, after variant folding (foldText). Documents are indexed by words and character bigrams, so a
 * segmentation that differs between a document and a query still meets on bigrams; queries are parsed by
 * the same segmenter. Shared by the catalog search and (later) matchmaking's text component.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { foldText } from './fold.ts';
import { DOMAIN_WORDS } from './data/thesaurus.ts';

const HAN_RUN = /\p{Script=Han}+/u;
const WORD_CHAR = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{N}])`;
/** A Han run, or letters/digits of other scripts (latin words, model numbers like 5g, opc-ua). */
const RUN = new RegExp(String.raw`(\p{Script=Han}+)|(${WORD_CHAR}+(?:[.\-]${WORD_CHAR}+)*)`, 'gu');

let jieba: Jieba | null = null;

function segmenter(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    // A high frequency makes the segmenter keep the field's terms whole.
    jieba.loadDict(Buffer.from(DOMAIN_WORDS.map((w) => `${w} 200000 n`).join('\n')));
  }
  return jieba;
}

/** A run of text: Han characters or one latin/digit word. */
export interface Run {
  text: string;
  han: boolean;
}

/** The runs of a folded text, in order. */
export function runsOf(folded: string): Run[] {
  const out: Run[] = [];
  for (const match of folded.matchAll(RUN)) {
    if (match[1]) {
      out.push({ text: match[1], han: true });
    } else if (match[2]) {
      out.push({ text: match[2], han: false });
    }
  }
  return out;
}

/** The words of a text, in order (folded; Han runs segmented, latin words whole, punctuation dropped). */
export function segment(text: string): string[] {
  const out: string[] = [];
  for (const run of runsOf(foldText(text))) {
    if (run.han) {
      out.push(
        ...segmenter()
          .cut(run.text, true)
          .filter((w) => HAN_RUN.test(w)),
      );
    } else {
      out.push(run.text);
    }
  }
  return out;
}

/** Overlapping character bigrams of a Han run; a single character stands alone. */
export function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) {
    return chars;
  }
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i += 1) {
    out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}

/**
 * The index lexemes of a text: Han bigrams, the segmenter's words of two or more characters (search mode,
 * so 预测性维护 also gives 预测性 and 维护), and latin/digit words.
 */
export function indexTokens(text: string): string[] {
  const out: string[] = [];
  for (const run of runsOf(foldText(text))) {
    if (run.han) {
      out.push(...bigrams(run.text));
      for (const word of segmenter().cutForSearch(run.text, true)) {
        if ([...word].length >= 3 && HAN_RUN.test(word)) {
          out.push(word);
        }
      }
    } else {
      out.push(run.text);
    }
  }
  return out;
}
