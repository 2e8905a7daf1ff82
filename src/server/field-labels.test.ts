import { describe, expect, it } from 'vitest';
import { fieldLabel } from './field-labels.ts';

describe('field paths in the words of the form', () => {
  it('names nested members by position and metrics with their unit', () => {
    expect(fieldLabel(['members', 0, 'creditCode'], 'zh-CN')).toBe('成员单位第 1 项 · 统一社会信用代码');
    expect(fieldLabel(['members', 0, 'creditCode'], 'en')).toBe('Member #1 · Unified social credit code');
    expect(fieldLabel(['metricValues', 'floorArea'], 'zh-CN')).toBe('建设运营场地使用面积（平方米）');
  });

  it('leaves unknown keys out instead of showing them raw', () => {
    expect(fieldLabel(['zzUnknownKey'], 'zh-CN')).toBeNull();
    expect(fieldLabel(['members', 2, 'zzUnknownKey'], 'zh-CN')).toBe('成员单位第 3 项');
  });
});
