import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gansu2024 } from '../domain/policy/packs/gansu-2024.ts';

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'dtpc-policy-'));

function dtpc(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/dtpc.mjs', 'policy', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

const profile = {
  applicationDate: '2025-06-01',
  level: 'provincial',
  type: 'industry',
  industryCode: 'C31',
  leadOrg: { name: '兰州某钢铁集团', orgKind: 'provincial_soe', legalPerson: true },
  metricValues: { operatingStaff: 30, innovationOutcomes: 28 },
};

describe('dtpc policy (spawned)', { timeout: 120000 }, () => {
  it('lists the six packs as JSON', () => {
    const r = dtpc('list', '--json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { id: string }[]).map((p) => p.id)).toContain('gansu-2024');
  });

  it('shows one pack as JSON', () => {
    const r = dtpc('show', 'shandong-guide', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 'shandong-guide', revocation: { ban: { years: 3 } } });
  });

  it('evaluates a profile: eligible, rules and criteria with required vs actual, exit 0 even with unmet criteria', () => {
    const r = dtpc('evaluate', '--pack', 'gansu-2024', '--input', file('p.json', profile), '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      eligible: boolean;
      rules: { id: string; passed: boolean; reason: unknown; source: unknown }[];
      criteria: {
        id: string;
        metric: string | null;
        required: number | null;
        actual: number | null;
        status: string;
        source: { ref: string };
      }[];
    };
    expect(out.eligible).toBe(true);
    expect(out.rules[0]).toEqual(
      expect.objectContaining({
        id: 'gs-legal-person',
        passed: true,
        reason: expect.anything(),
        source: expect.anything(),
      }),
    );
    expect(out.criteria.find((c) => c.id === 'gs-ind-outcomes')).toMatchObject({
      metric: 'innovationOutcomes',
      required: 30,
      actual: 28,
      status: 'not_met',
    });
  });

  it('exits 2 naming the field for an invalid level', () => {
    const r = dtpc(
      'evaluate',
      '--pack',
      'gansu-2024',
      '--input',
      file('bad.json', { ...profile, level: 'city' }),
      '--json',
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: level: expected one of national|provincial|municipal\n');
  });

  it('exits 2 for a level the pack does not cover', () => {
    const r = dtpc(
      'evaluate',
      '--pack',
      'gansu-2024',
      '--input',
      file('nat.json', { ...profile, level: 'national' }),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: level:');
  });

  it('exits 2 for an unknown pack', () => {
    const r = dtpc('evaluate', '--pack', 'nowhere', '--input', file('p2.json', profile));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: pack: unknown pack "nowhere"/);
  });

  it('prints a readable Chinese table without --json', () => {
    const r = dtpc('evaluate', '--pack', 'gansu-2024', '--input', file('p3.json', profile));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('申报条件：符合');
    expect(r.stdout).toContain('不满足');
  });

  it('gives a revocation verdict with ground and ban end (Shandong, two consecutive 不合格)', () => {
    const input = file('rev.json', {
      evaluations: [
        { year: 2024, rating: 'fail' },
        { year: 2025, rating: 'fail', decidedOn: '2026-04-15' },
      ],
    });
    const r = dtpc('revocation', '--pack', 'shandong-guide', '--input', input, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      due: true,
      ground: { id: 'sd-failed-twice' },
      banEndsOn: '2029-04-15',
    });
  });

  it('validates a shipped .ts pack module and a JSON pack', () => {
    expect(dtpc('validate', 'src/domain/policy/packs/gansu-2024.ts').code).toBe(0);
    const r = dtpc('validate', file('pack.json', gansu2024), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, id: 'gansu-2024', issues: [] });
  });

  it('exits 2 for a pack with an unknown metric, naming the path', () => {
    const broken = structuredClone(gansu2024) as unknown as {
      criteriaGroups: { criteria: { metric?: string }[] }[];
    };
    const c = broken.criteriaGroups[0]?.criteria[0];
    if (c) {
      c.metric = 'staffHeadcount';
    }
    const r = dtpc('validate', file('broken.json', broken));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'error: criteriaGroups[0].criteria[0].metric: unknown metric "staffHeadcount"',
    );
  });
});
