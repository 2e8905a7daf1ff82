import { describe, expect, it } from 'vitest';
import { foldText } from './fold.ts';
import { segment } from './segment.ts';
import { expandQuery } from './query.ts';
import { buildThesaurus } from './thesaurus.ts';
import { DEFAULT_THESAURUS } from './data/thesaurus.ts';

const thesaurus = buildThesaurus(DEFAULT_THESAURUS);

describe('variant folding', () => {
  it('folds traditional characters, full-width letters and case', () => {
    expect(foldText('數字孿生')).toBe('数字孪生');
    expect(foldText('質量檢測')).toBe('质量检测');
    expect(foldText('ＭＥＳ')).toBe('mes');
    expect(foldText('網絡設備維護與預測性維修')).toBe('网络设备维护与预测性维修');
  });

  it('leaves simplified text as it is', () => {
    const simplified =
      '数据维护质量检测计划排程生产云服务设备网络联网制造运维协同研发设计数字孪生边缘计算标识解析';
    expect(foldText(simplified)).toBe(simplified);
  });
});

describe('segmentation with the field dictionary', () => {
  it('keeps the field’s terms whole', () => {
    expect(segment('设备预测性维护解决方案')).toContain('预测性维护');
    expect(segment('能碳管理平台')).toContain('能碳');
    expect(segment('工业互联网标识解析二级节点')).toEqual(expect.arrayContaining(['工业互联网', '标识解析']));
  });
});

describe('query expansion with the thesaurus', () => {
  it('finds 能碳 and 煤耗 when 能耗 is searched, and says so', () => {
    const q = expandQuery('能耗', thesaurus);
    expect(q.expansions).toEqual(expect.arrayContaining(['能碳', '能源管理', '煤耗']));
    expect(q.terms[0]).toMatchObject({ text: '能耗', weight: 1, source: 'query' });
  });

  it('expands English terms to Chinese ones', () => {
    expect(expandQuery('maintenance', thesaurus).expansions).toEqual(
      expect.arrayContaining(['运维', '维保']),
    );
    expect(expandQuery('Digital Twin', thesaurus).expansions).toContain('数字孪生');
  });

  it('drops words that carry no need and weighs generic words little', () => {
    const q = expandQuery('我们工厂能耗太高，想找节能方案', thesaurus);
    const words = q.terms.filter((t) => t.source === 'query').map((t) => t.text);
    expect(words).not.toContain('我们');
    expect(words).not.toContain('想');
    expect(q.terms.find((t) => t.text === '工厂')?.weight).toBeLessThan(1);
  });

  it('searches a broader term with less weight than a synonym', () => {
    const q = expandQuery('煤耗', thesaurus);
    expect(q.terms.find((t) => t.text === '能耗')?.weight).toBeLessThan(0.5);
  });

  it('builds no query from punctuation', () => {
    expect(expandQuery('，。！', thesaurus).match).toBeNull();
  });
});
