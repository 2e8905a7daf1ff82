import { describe, expect, it } from 'vitest';
import { duplicateMetricKeys, findMetric, metricCatalogue } from './index.ts';
import type { MetricDefinition } from './types.ts';

describe('metric catalogue', () => {
  it('has no duplicate keys across the center and target metrics', () => {
    expect(duplicateMetricKeys(metricCatalogue)).toEqual([]);
  });

  it('reports a key defined twice', () => {
    const a = metricCatalogue[0] as MetricDefinition;
    expect(duplicateMetricKeys([a, { ...a, zh: '重复' }])).toEqual([a.key]);
  });

  it('names every metric in Chinese and English with a unit', () => {
    for (const m of metricCatalogue) {
      expect(m.zh.length, m.key).toBeGreaterThan(0);
      expect(m.en.length, m.key).toBeGreaterThan(0);
      expect(m.unit.zh.length, m.key).toBeGreaterThan(0);
      expect(m.key, m.key).toMatch(/^[a-z][A-Za-z0-9]*$/);
    }
  });

  it('finds a metric by key', () => {
    expect(findMetric('trainingPersonTimes')?.zh).toBe('人才培训实训人次');
    expect(findMetric('noSuchMetric')).toBeUndefined();
  });
});
