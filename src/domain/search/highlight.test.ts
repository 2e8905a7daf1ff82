import { describe, expect, it } from 'vitest';
import { highlightRanges, suggestTerms } from './highlight.ts';
import { buildThesaurus } from './thesaurus.ts';
import { DEFAULT_THESAURUS } from './data/thesaurus.ts';

describe('highlight ranges', () => {
  it('marks every occurrence, merging overlaps, in offsets of the original text', () => {
    expect(highlightRanges('缺陷检测与质量检测', ['检测', '质量检测'])).toEqual([
      [2, 4],
      [5, 9],
    ]);
  });

  it('matches traditional and full-width forms of the terms', () => {
    const text = 'ＭＥＳ與質量檢測';
    const ranges = highlightRanges(text, ['mes', '质量检测']);
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['ＭＥＳ', '質量檢測']);
  });

  it('returns nothing without terms', () => {
    expect(highlightRanges('数字孪生', [])).toEqual([]);
  });
});

describe('did-you-mean', () => {
  it('suggests thesaurus terms sharing most of the characters typed', () => {
    expect(suggestTerms('数字孪', buildThesaurus(DEFAULT_THESAURUS))).toContain('数字孪生');
  });
});
