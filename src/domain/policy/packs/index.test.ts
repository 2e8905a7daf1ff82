import { describe, expect, it } from 'vitest';
import { getPack, packIds, policyPacks } from './index.ts';

describe('pack registry', () => {
  it('ships the six packs under their fixed ids', () => {
    expect(packIds().sort()).toEqual([
      'fujian-cultivation-2022',
      'gansu-2024',
      'national-2022',
      'shandong-demo-2023',
      'shandong-guide',
      'shandong-targets-2025',
    ]);
  });

  it('finds a pack by id and nothing for an unknown id', () => {
    expect(getPack('gansu-2024')?.sourceDocument.docNumber).toBe('甘工信发〔2024〕128号');
    expect(getPack('nowhere')).toBeUndefined();
  });

  it('cites a seed file in every pack', () => {
    for (const p of policyPacks) {
      expect(p.sourceDocument.file).toMatch(/^00\d_[0-9a-f]{16}\.txt$/);
    }
  });
});
