import { describe, expect, it } from 'vitest';
import { contentWords, jiebaTextRelevance } from './text-relevance.ts';

describe('jiebaTextRelevance', () => {
  it('segments domain words (互联网, 数控机床, 运维) instead of single characters', () => {
    const words = contentWords('数控机床设备上云与运维，工业互联网平台');
    expect(words).toEqual(expect.arrayContaining(['数控机床', '上云', '运维', '互联网']));
    expect(words).not.toContain('平'); // no single characters
  });

  it('scores 1 when every query word is in the document and 0 when none is', () => {
    expect(jiebaTextRelevance('数控机床 预测性维护', '面向数控机床的预测性维护系统')).toBeCloseTo(1, 5);
    expect(jiebaTextRelevance('数控机床 预测性维护', '食品冷链仓储管理软件')).toBe(0);
  });

  it('weights rare words above common ones', () => {
    const rare = jiebaTextRelevance('数控机床 生产', '数控机床联网');
    const common = jiebaTextRelevance('数控机床 生产', '生产报表');
    expect(rare).toBeGreaterThan(common);
  });

  it('ignores words that say nothing (企业, 需要, 解决方案)', () => {
    expect(jiebaTextRelevance('企业需要解决方案', '任何文本')).toBe(0);
  });
});
