import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { smeDigital2024 } from '../domain/diagnosis/data/sme-digital-2024.ts';
import { registerDiagnosisCommands } from './diagnosis.ts';

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'dtpc-diagnosis-'));

function file(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

/** Runs `dtpc diagnosis …` in-process with captured output (spawning tsx costs seconds per call). */
async function dtpc(...args: string[]) {
  let stdout = '';
  let stderr = '';
  let code = 0;
  const program = new Command().exitOverride();
  registerDiagnosisCommands(program, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    setExitCode: (c) => void (code = c),
  });
  await program.parseAsync(['diagnosis', ...args], { from: 'user' });
  return { code, stdout, stderr };
}

const questions = smeDigital2024.dimensions.flatMap((d) => d.indicators.flatMap((i) => i.questions));

/** Rates in the middle band of each question (each band pays 50 %). */
const MID_RATE: Record<string, number> = {
  'device-digitization-rate': 50,
  'device-networking-rate': 50,
  'digital-talent-share': 4,
  'digital-investment-share': 1.5,
};

/** A plausible mid-range answers file: every single choice at its middle option, rates in the middle band. */
function midAnswers(): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const q of questions) {
    answers[q.id] =
      q.type === 'rate' ? MID_RATE[q.id] : q.type === 'multi' ? ['erp', 'office'] : q.options[2]!.id;
  }
  for (const s of smeDigital2024.scenarios) {
    answers[s.id] = 2;
  }
  return answers;
}

describe('dtpc diagnosis', () => {
  it('models --json lists ids, versions and titles', async () => {
    const r = await dtpc('models', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        id: 'sme-digital-2024',
        version: '2024.1',
        title: { zh: '中小企业数字化水平评测（2024年版）', en: expect.any(String) },
      },
    ]);
  });

  it('show <modelId> --json prints the whole model as data', async () => {
    const r = await dtpc('show', 'sme-digital-2024', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(smeDigital2024)));
  });

  it('score <modelId> <answers.json> --json prints score, maxScore, level, dimensions and warnings', async () => {
    const r = await dtpc('score', 'sme-digital-2024', file('mid.json', { answers: midAnswers() }), '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    // 50 % of 50 + 50 % of 30 + 50 % of 20, with 信息系统 at 3 of 10 instead of 5: 48.
    expect(out).toMatchObject({
      modelId: 'sme-digital-2024',
      score: 48,
      maxScore: 100,
      level: 2,
      warnings: [],
    });
    expect(
      (out.dimensions as { id: string; score: number; max: number }[]).map((d) => [d.id, d.score, d.max]),
    ).toEqual([
      ['foundation', 23, 50],
      ['management', 15, 30],
      ['outcomes', 10, 20],
    ]);
  });

  it('score prints level 0 below level 1', async () => {
    const answers = midAnswers();
    for (const q of questions) {
      answers[q.id] = q.type === 'rate' ? 0 : q.type === 'multi' ? ['none'] : q.options[0]!.id;
    }
    const r = await dtpc('score', 'sme-digital-2024', file('zero.json', { answers }), '--json');
    expect(JSON.parse(r.stdout)).toMatchObject({ score: 0, level: 0 });
  });

  it('exits 2 naming each question: unknown option, missing answer, rate > 100 %, 联网率 > 数字化率', async () => {
    const answers = midAnswers();
    answers['network-build'] = 'fibre';
    delete answers['data-security'];
    answers['digital-talent-share'] = 120;
    answers['device-networking-rate'] = 80;
    const r = await dtpc('score', 'sme-digital-2024', file('bad.json', { answers }), '--json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      'error: network-build: 「企业网络建设情况」（network-build）：没有选项“fibre”',
      'error: data-security: 「数据安全保护」（data-security）：必答题未作答',
      'error: digital-talent-share: 「数字化人才占比」（digital-talent-share）：比例应在 0% 到 100% 之间，填写的是 120%',
      'error: device-networking-rate: 设备联网率不能高于设备数字化率（联网设备须为数字化设备）',
    ]);
  });

  it('exits 2 for an unknown model and for a file without an answers object', async () => {
    const unknown = await dtpc('score', 'sme-digital-1999', file('a.json', { answers: {} }));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('error: modelId: 没有评测模型“sme-digital-1999”');
    const shapeless = await dtpc('score', 'sme-digital-2024', file('b.json', { network: 1 }));
    expect(shapeless.code).toBe(2);
    expect(shapeless.stderr).toMatch(/^error: answers: /);
  });

  it('validate accepts the shipped model as JSON and names the field of a broken one', async () => {
    const good = await dtpc('validate', file('model.json', smeDigital2024));
    expect(good).toMatchObject({ code: 0, stdout: 'sme-digital-2024：校验通过\n' });
    const broken = JSON.parse(JSON.stringify(smeDigital2024)) as { maxScore: number };
    broken.maxScore = 90;
    const bad = await dtpc('validate', file('broken.json', broken), '--json');
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, issues: [{ path: 'maxScore' }] });
  });

  it('runs as the real `dtpc` binary', { timeout: 60000 }, () => {
    const r = spawnSync(process.execPath, ['bin/dtpc.mjs', 'diagnosis', 'models', '--json'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60000,
    });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { id: string }[]).map((m) => m.id)).toEqual(['sme-digital-2024']);
  });
});
