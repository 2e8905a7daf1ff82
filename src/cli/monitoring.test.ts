import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import type { TargetStatusRow } from '../contracts/decision-support.ts';
import { registerMonitoringCommands } from './monitoring.ts';

const dir = mkdtempSync(join(tmpdir(), 'dtpc-monitor-'));

function csv(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** 30 months from 2023-01: 100, 102, 104 repeating, with `spikes` overriding some months. */
function seriesCsv(spikes: Record<string, number> = {}): string {
  const lines = ['period,value'];
  for (let i = 0; i < 30; i++) {
    const period = `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    lines.push(`${period},${spikes[period] ?? 100 + (i % 3) * 2}`);
  }
  return `${lines.join('\n')}\n`;
}

async function dtpc(args: string[], rows: TargetStatusRow[] = []) {
  let stdout = '';
  let stderr = '';
  let code = 0;
  const program = new Command().exitOverride();
  registerMonitoringCommands(
    program,
    {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      setExitCode: (c) => void (code = c),
    },
    async () => rows,
  );
  await program.parseAsync(args, { from: 'user' });
  return { code, stdout, stderr };
}

describe('dtpc monitor detect', () => {
  it('prints only the flagged points as [{period, value, baseline, z, method}]', async () => {
    const r = await dtpc(['monitor', 'detect', csv('spike.csv', seriesCsv({ '2025-04': 160 })), '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { period: '2025-04', value: 160, baseline: 102, z: 19.561, method: 'robust-z-trailing-12' },
    ]);
  });

  it('prints [] for a calm series', async () => {
    const r = await dtpc(['monitor', 'detect', csv('calm.csv', seriesCsv()), '--json']);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('takes --threshold', async () => {
    const r = await dtpc([
      'monitor',
      'detect',
      csv('t.csv', seriesCsv({ '2025-04': 112 })),
      '--json',
      '--threshold',
      '3',
    ]);
    expect((JSON.parse(r.stdout) as { period: string }[]).map((a) => a.period)).toEqual(['2025-04']);
  });

  it('refuses a bad CSV naming row and column in Chinese, exit 2, nothing on stdout', async () => {
    const r = await dtpc([
      'monitor',
      'detect',
      csv('bad.csv', 'period,value\n2024-01,1\n2024/02,2\n2024-03,x\n'),
      '--json',
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'error: 第3行 period 列：“2024/02” 不是 YYYY-MM 格式的月份\nerror: 第4行 value 列：“x” 不是数值\n',
    );
  });

  it('refuses a series shorter than 24 months', async () => {
    const short = seriesCsv().split('\n').slice(0, 21).join('\n');
    const r = await dtpc(['monitor', 'detect', csv('short.csv', short), '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('至少需要 24 个月');
  });

  it('refuses a missing file', async () => {
    const r = await dtpc(['monitor', 'detect', join(dir, 'nope.csv'), '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('无法读取文件');
  });
});

describe('dtpc targets status', () => {
  it('prints the rows as {id, target, actual, asOf, projected, status}', async () => {
    const rows: TargetStatusRow[] = [
      {
        id: 'fiveg_base_stations',
        target: 250000,
        actual: 230000,
        asOf: '2024-12-31',
        projected: 259918,
        status: 'green',
      },
      {
        id: 'digital_pilot_enterprises',
        target: 10,
        actual: null,
        asOf: null,
        projected: null,
        status: 'unknown',
      },
    ];
    const r = await dtpc(['targets', 'status', '--json'], rows);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(rows);
  });
});
