import { describe, expect, it } from 'vitest';
import {
  bigrams,
  bucketOf,
  buildSearchQuery,
  filterLexemes,
  quoteLexeme,
  tokenize,
  toLexemeVectorLiteral,
  toTsvectorLiteral,
} from './tokenize.ts';

/** Whether every required lexeme of the query is among the document's tokens (what the GIN match decides). */
function findable(document: string, query: string): boolean {
  const lexemes = new Set(
    toTsvectorLiteral([{ text: document, weight: 'A', words: true }])
      .split(/:[\d,A-D]+\s*/)
      .filter(Boolean)
      .map((l) => l.replace(/^'|'$/g, '')),
  );
  const q = buildSearchQuery(query);
  if (!q.match) {
    return false;
  }
  return q.match.split(' & ').every((term) => {
    const prefix = term.endsWith(':*');
    const lexeme = term.replace(/:\*$/, '').replace(/^'|'$/g, '');
    return prefix ? [...lexemes].some((l) => l.startsWith(lexeme)) : lexemes.has(lexeme);
  });
}

describe('Chinese search tokens', () => {
  it('splits a Han run into overlapping bigrams', () => {
    expect(bigrams('互联网')).toEqual(['互联', '联网']);
    expect(bigrams('网')).toEqual(['网']);
  });

  it('keeps latin words and numbers whole, lower-cased and full-width folded', () => {
    expect(tokenize('5G+工业互联网 ＰＬＣ控制')).toEqual([
      '5g',
      '工业',
      '业互',
      '互联',
      '联网',
      'plc',
      '控制',
    ]);
  });

  it.each([
    ['工业互联网平台赋能中小企业', '互联网'],
    ['数控机床远程运维服务', '运维'],
    ['数控机床远程运维服务', '数控'],
    ['风机设备预测性维护解决方案', '预测性维护'],
    ['基于振动分析的设备预测性维护', '预测性维护'],
    ['中小企业设备上云服务', '设备上云'],
    ['AI 视觉质量检测系统', '质量检测'],
    ['产线数字孪生建模工具', '数字孪生'],
  ])('finds the domain term in %s when searching %s', (document, query) => {
    expect(findable(document, query)).toBe(true);
  });

  it('does not match documents that only share some characters of the term', () => {
    expect(findable('预测销量并维护客户关系', '预测性维护')).toBe(false);
    expect(findable('运输与维修服务', '运维')).toBe(false);
    expect(findable('数据控制平台', '数控')).toBe(false);
  });

  it('matches a lone character and a latin word as prefixes', () => {
    expect(buildSearchQuery('网').match).toBe("'网':*");
    expect(buildSearchQuery('PLC').match).toBe("'plc':*");
    expect(findable('PLC控制器编程工具', 'plc')).toBe(true);
  });

  it('answers no query for text without searchable characters', () => {
    expect(buildSearchQuery('  ，。!  ').match).toBeNull();
  });

  it('quotes apostrophes and backslashes in lexemes', () => {
    expect(quoteLexeme("o'ne\\il")).toBe("'o''ne\\\\il'");
    expect(toTsvectorLiteral([{ text: "o'neil", weight: 'B' }])).toBe("'o':1B 'neil':2B");
  });

  it('weights fields and keeps positions adjacent inside a field', () => {
    const literal = toTsvectorLiteral([
      { text: '运维', weight: 'A' },
      { text: '运维服务', weight: 'B' },
    ]);
    expect(literal).toBe("'运维':1A,3B '维服':4B '服务':5B");
  });
});

describe('search vector with facet lexemes', () => {
  it('lists each lexeme once, with the weight of the first field holding it, and segmenter words', () => {
    expect(
      toLexemeVectorLiteral([
        { text: '互联网 互联', weight: 'A' },
        { text: '互联 平台', weight: 'C' },
      ]),
    ).toBe("'互联':1A '联网':1A '互联网':1A '平台':2C");
  });

  it('adds facet and bucket lexemes that no visitor text can produce', () => {
    const lexemes = filterLexemes({
      id: '0190a000-0000-7000-8000-0000000000ff',
      centerId: 'c1',
      kind: 'case',
      industryCodes: ['C34'],
      scenarios: ['quality'],
      regionCodes: ['370100'],
      providerName: "济南'数控",
      grade: null,
    });
    expect(lexemes).toEqual([
      'center=c1',
      'kind=case',
      'ind=C34',
      'scn=quality',
      'reg=370100',
      "prov=济南'数控",
      '#b63',
    ]);
    for (const l of lexemes) {
      expect(tokenize(l)).not.toContain(l);
    }
    expect(toLexemeVectorLiteral([], ["prov=济南'数控"])).toBe("'prov=济南''数控'");
  });

  it('spreads buckets over the UUID’s last byte', () => {
    expect(bucketOf('x-00')).toBe(0);
    expect(bucketOf('x-7f')).toBe(63);
    expect(bucketOf('x-40')).toBe(0);
  });
});
