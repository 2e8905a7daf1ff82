import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { matchingJsonSchemaTexts, matchOutputSchema } from '../domain/matching/schema.ts';
import { registerMatchingCommands } from './matching.ts';

const dir = mkdtempSync(join(tmpdir(), 'dtpc-match-'));

function file(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

const need = {
  id: 'need-1',
  status: 'published',
  title: '数控机床联网与预测性维护',
  description: '80 台数控机床需要设备联网、数据采集和预测性维护，减少非计划停机。',
  industryCode: 'C34',
  scenarios: ['production', 'operation_service'],
  regionCode: '370112',
  budgetMinFen: 20_000_000,
  budgetMaxFen: 50_000_000,
  enterpriseCreditCode: '91370100MA3C5Y8X1K',
};

const card = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  kind: 'solution',
  title: '数控机床预测性维护解决方案',
  summary: '采集数控机床振动与电流数据，设备联网后做预测性维护。',
  providerName: '济南智造科技有限公司',
  industryCodes: ['C34'],
  scenarios: ['production', 'operation_service'],
  regionCodes: ['370100'],
  priceModel: 'one_time',
  priceFen: 30_000_000,
  grade: 'A',
  status: 'published',
  updatedAt: '2026-05-01T08:00:00.000Z',
  ...overrides,
});

const catalog = [
  card('far', { regionCodes: ['620100'], grade: 'C' }),
  card('best'),
  card('erp', {
    title: '财务共享 ERP',
    summary: '集团财务报表合并',
    industryCodes: ['I65'],
    scenarios: ['management'],
  }),
  card('revoked', { providerStatus: 'revoked' }),
  card('self', { providerCreditCode: '91370100MA3C5Y8X1K' }),
];

async function dtpc(args: string[]) {
  let stdout = '';
  let stderr = '';
  let code = 0;
  const program = new Command().exitOverride();
  registerMatchingCommands(program, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    setExitCode: (c) => void (code = c),
  });
  await program.parseAsync(args, { from: 'user' });
  return { code, stdout, stderr };
}

describe('dtpc match', () => {
  it('prints [{id, score, components}] best first, leaving out revoked providers and conflicts of interest', async () => {
    const r = await dtpc([
      'match',
      file('need.json', need),
      '--catalog',
      file('catalog.json', catalog),
      '--json',
      '--today',
      '2026-06-30',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = matchOutputSchema.parse(JSON.parse(r.stdout));
    expect(out.map((x) => x.id)).toEqual(['best', 'far', 'erp']);
    for (const x of out) {
      const sum = Object.values(x.components).reduce((a, b) => a + b, 0);
      expect(x.score).toBeCloseTo(sum, 3);
    }
    expect(Object.keys(out[0]!.components)).toEqual([
      'industry',
      'scenario',
      'region',
      'budget',
      'text',
      'grade',
      'evidence',
      'freshness',
    ]);
  });

  it('takes --limit and a search page {items} as the catalog', async () => {
    const r = await dtpc([
      'match',
      file('need.json', need),
      '--catalog',
      file('page.json', { items: catalog, total: 5, page: 1, pageSize: 20 }),
      '--json',
      '--limit',
      '1',
      '--today',
      '2026-06-30',
    ]);
    expect((JSON.parse(r.stdout) as { id: string }[]).map((x) => x.id)).toEqual(['best']);
  });

  it('explains each result in Chinese without --json', async () => {
    const r = await dtpc([
      'match',
      file('need.json', need),
      '--catalog',
      file('catalog.json', catalog),
      '--limit',
      '1',
    ]);
    expect(r.stdout).toContain('1. 数控机床预测性维护解决方案');
    expect(r.stdout).toContain('地域就近');
    expect(r.stdout).toContain('服务区域覆盖济南市（同城）');
  });

  it('refuses bad input naming the field in Chinese, exit 2, nothing on stdout', async () => {
    const bad = { ...need, industryCode: 'Z99', budgetMinFen: 60_000_000, description: '长'.repeat(4001) };
    const r = await dtpc([
      'match',
      file('bad.json', bad),
      '--catalog',
      file('catalog.json', catalog),
      '--json',
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('error: need: description: 需求描述不超过 4000 个字');
    expect(r.stderr).toContain('error: need: industryCode: 所属行业代码无效');
    const minOverMax = await dtpc([
      'match',
      file('minmax.json', { ...need, budgetMinFen: 60_000_000 }),
      '--catalog',
      file('catalog.json', catalog),
      '--json',
    ]);
    expect(minOverMax.stderr).toBe('error: need: budgetMinFen: 预算下限不能高于预算上限\n');
    const noCatalog = await dtpc(['match', file('need.json', need), '--json']);
    expect(noCatalog).toMatchObject({
      code: 2,
      stderr: 'error: catalog: 请用 --catalog <catalog.json> 指定资源目录\n',
    });
    const badJson = await dtpc([
      'match',
      file('need.json', need),
      '--catalog',
      file('broken.json', '[{'),
      '--json',
    ]);
    expect(badJson.stderr).toMatch(/^error: catalog: .* 不是合法的 JSON/);
  });

  it('matches the committed docs/schemas/matching-*.schema.json (run scripts/gen-schemas.ts when they change)', () => {
    for (const [name, text] of matchingJsonSchemaTexts()) {
      expect(readFileSync(new URL(`../../docs/schemas/${name}`, import.meta.url), 'utf8')).toBe(text);
    }
  });
});
