import { describe, expect, it } from 'vitest';
import { inJurisdiction, jurisdictionContains, jurisdictionPrefix } from './index.ts';

describe('jurisdiction', () => {
  it('maps province, prefecture, county and the nation to code prefixes', () => {
    expect(jurisdictionPrefix('370000')).toBe('37');
    expect(jurisdictionPrefix('370100')).toBe('3701');
    expect(jurisdictionPrefix('370102')).toBe('370102');
    expect(jurisdictionPrefix('000000')).toBe('');
  });

  it('puts 济南 districts inside 济南 and 山东, but not inside 青岛', () => {
    expect(inJurisdiction('370116', '370100')).toBe(true);
    expect(inJurisdiction('370116', '370000')).toBe(true);
    expect(inJurisdiction('370116', '370200')).toBe(false);
    expect(inJurisdiction('620100', '370000')).toBe(false);
    expect(inJurisdiction('620100', '000000')).toBe(true);
  });

  it('treats a region as within itself and a province as containing its cities only', () => {
    expect(inJurisdiction('370100', '370100')).toBe(true);
    expect(jurisdictionContains('370000', '370100')).toBe(true);
    expect(jurisdictionContains('370100', '370000')).toBe(false);
    expect(jurisdictionContains('000000', '620000')).toBe(true);
  });
});
