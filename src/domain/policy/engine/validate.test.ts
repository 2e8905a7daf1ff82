import { describe, expect, it } from 'vitest';
import { gansu2024 } from '../packs/gansu-2024.ts';
import { policyPacks } from '../packs/index.ts';
import type { PolicyPack } from '../schema.ts';
import { validatePack } from './validate.ts';

/** A deep copy of the Gansu pack to break on purpose. */
const copy = (): PolicyPack => structuredClone(gansu2024);

describe('validatePack', () => {
  it.each(policyPacks.map((p) => [p.id, p] as const))(
    'accepts the shipped pack %s without issues',
    (_id, pack) => {
      expect(validatePack(pack).issues).toEqual([]);
    },
  );

  it('rejects a metric the catalogue does not know', () => {
    const p = copy();
    const c = p.criteriaGroups[0]?.criteria[0];
    if (c?.kind === 'quantitative') {
      c.metric = 'staffHeadcount';
    }
    const r = validatePack(p);
    expect(r.ok).toBe(false);
    expect(r.issues).toContainEqual(
      expect.objectContaining({ code: 'unknown_metric', path: 'criteriaGroups[0].criteria[0].metric' }),
    );
  });

  it('rejects a missing citation', () => {
    const p = copy();
    const g = p.revocation?.grounds[0];
    if (g) {
      g.source.text = '  ';
    }
    expect(validatePack(p).issues).toContainEqual(
      expect.objectContaining({ code: 'missing_citation', path: 'revocation.grounds[0].source.text' }),
    );
  });

  it('rejects a citation without text at the schema level, naming the field', () => {
    const p = copy() as unknown as { eligibility: { source: { text?: string } }[] };
    delete p.eligibility[0]?.source.text;
    const r = validatePack(p);
    expect(r.issues[0]).toMatchObject({ code: 'schema', path: 'eligibility.0.source.text' });
  });

  it('rejects two thresholds on the same metric for the same level and type', () => {
    const p = copy();
    const group = p.criteriaGroups[0];
    const staff = group?.criteria[0];
    if (group && staff?.kind === 'quantitative') {
      group.criteria.push({ ...staff, id: 'gs-comp-operation-bis', threshold: 40 });
    }
    expect(validatePack(p).issues).toContainEqual(
      expect.objectContaining({ code: 'contradictory_threshold' }),
    );
  });

  it('accepts different thresholds for different types (comprehensive 50 vs industry 25 staff)', () => {
    expect(validatePack(gansu2024).issues.filter((i) => i.code === 'contradictory_threshold')).toEqual([]);
  });

  it('rejects a stage no path reaches', () => {
    const p = copy();
    const stages = p.processes[0]?.stages;
    const last = stages?.[stages.length - 1];
    if (last) {
      last.after = ['no-such-stage'];
    }
    const codes = validatePack(p).issues.map((i) => i.code);
    expect(codes).toContain('unreachable_stage');
    expect(codes).toContain('unknown_reference');
  });

  it('rejects a star-based ground on a four-grade pack', () => {
    const p = copy();
    const g = p.revocation?.grounds[0];
    if (g) {
      g.trigger = { kind: 'automatic', condition: 'consecutive_lowest_star', count: 2 };
    }
    expect(validatePack(p).issues).toContainEqual(expect.objectContaining({ code: 'inconsistent_rule' }));
  });

  it('rejects a null threshold that is not marked uncertain', () => {
    const p = copy() as unknown as { criteriaGroups: { criteria: { threshold?: number | null }[] }[] };
    const c = p.criteriaGroups[0]?.criteria[0];
    if (c) {
      c.threshold = null;
    }
    expect(validatePack(p).issues[0]).toMatchObject({ code: 'schema' });
  });
});
