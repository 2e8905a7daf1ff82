import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '../../domain/matching/index.ts';
import { MatchWeightsConfigError, parseWeights } from './weights.ts';

describe('installation weights (DTPC_MATCH_WEIGHTS)', () => {
  it('uses the defaults when unset and applies a partial override', () => {
    expect(parseWeights(undefined)).toEqual(DEFAULT_WEIGHTS);
    expect(parseWeights('{"region":0.25}')).toEqual({ ...DEFAULT_WEIGHTS, region: 0.25 });
  });

  it('refuses bad JSON, unknown components and negative weights, in Chinese', () => {
    expect(() => parseWeights('{')).toThrow(MatchWeightsConfigError);
    expect(() => parseWeights('{"price":1}')).toThrow(MatchWeightsConfigError);
    expect(() => parseWeights('{"region":-1}')).toThrow('权重 地域就近 不能为负');
  });
});
