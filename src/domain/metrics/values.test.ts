import { describe, expect, it } from 'vitest';
import { metricValueProblem } from './values.ts';

describe('declared metric values', () => {
  it('accepts plausible values, fractional areas included', () => {
    expect(metricValueProblem('floorArea', 4000)).toBeNull();
    expect(metricValueProblem('floorArea', 1250.5)).toBeNull();
    expect(metricValueProblem('operatingStaff', 15)).toBeNull();
  });

  it('refuses negative, absurd, fractional counts and unknown metrics, naming the metric and its unit', () => {
    expect(metricValueProblem('floorArea', -1)?.zh).toBe('建设运营场地使用面积（平方米）不能为负数');
    expect(metricValueProblem('floorArea', 1e9)?.zh).toBe(
      '建设运营场地使用面积（平方米）不能超过 1,000,000，请核对',
    );
    expect(metricValueProblem('operatingStaff', 2.5)?.zh).toMatch(/（人）须为整数$/);
    expect(metricValueProblem('noSuchMetric', 1)?.zh).toBe('没有这项指标');
  });
});
