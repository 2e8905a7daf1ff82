import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import type { CalendarYear } from '../domain/calendar/index.ts';
import { registerCalendarCommands } from './calendar.ts';
import type { CalendarCliDeps } from './calendar.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const samplePath = 'docs/examples/calendar-2027.sample.json';

interface RunResult {
  stdout: string;
  stderr: string;
  code: number;
}

/** Runs `dtpc calendar …` in-process on a fresh program with captured I/O. */
async function runCli(
  args: string[],
  options: { stdin?: string; deps?: CalendarCliDeps } = {},
): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  let code = 0;
  const program = new Command().exitOverride();
  registerCalendarCommands(program, {
    ...options.deps,
    io: {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      readStdin: () =>
        options.stdin === undefined ? Promise.reject(new Error('EBADF')) : Promise.resolve(options.stdin),
      readFile: async (path) =>
        (await import('node:fs/promises')).readFile(new URL(path, `file://${root}`), 'utf8'),
      setExitCode: (c) => {
        code = c;
      },
      ...options.deps?.io,
    },
  });
  await program.parseAsync(['calendar', ...args], { from: 'user' });
  return { stdout, stderr, code };
}

describe('dtpc calendar add-working-days', () => {
  it('prints the n-th working day strictly after the date, across National Day 2024', async () => {
    expect(await runCli(['add-working-days', '2024-09-27', '5'])).toEqual({
      stdout: '2024-10-10\n',
      stderr: '',
      code: 0,
    });
  });

  it('prints the date itself for n = 0', async () => {
    expect((await runCli(['add-working-days', '2025-01-26', '0'])).stdout).toBe('2025-01-26\n');
  });

  it.each([
    [['2024-02-30', '1'], /^error: date: /],
    [['2024-09-27', '-1'], /^error: n must be a non-negative integer/],
    [['2024-09-27', '1.5'], /^error: n must be a non-negative integer/],
    [['2024-09-27', 'five'], /^error: n must be a non-negative integer/],
    [['2024-09-27'], /^error: missing <n>/],
    [[], /^error: missing <YYYY-MM-DD>/],
    [['2027-03-01', '1'], /^error: .*2027/],
    [['2026-12-30', '10'], /^error: .*does not cover 2027/],
  ])('rejects %j with exit code 2', async (args, message) => {
    const result = await runCli(['add-working-days', ...args]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('uses loaded overrides, e.g. a 2027 notice', async () => {
    const overrides: CalendarYear[] = [
      { year: 2027, reference: 'test', holidays: [{ date: '2027-01-01', name: '元旦' }], makeUpWorkdays: [] },
    ];
    const result = await runCli(['add-working-days', '2026-12-31', '1'], {
      deps: { loadOverrides: () => Promise.resolve(overrides) },
    });
    expect(result).toEqual({ stdout: '2027-01-04\n', stderr: '', code: 0 });
  });
});

describe('dtpc calendar add-working-days --batch', () => {
  it('answers each stdin line in order, with error: lines for bad ones, and exits 0', async () => {
    const stdin =
      [
        '2024-09-27 5',
        '2025-02-30 1',
        '2025-01-24\t3',
        '',
        '2024-09-27 -2',
        '2027-01-04 1',
        'garbage',
        '2024-12-31 0',
        'bad line',
      ].join('\n') + '\n';
    const result = await runCli(['add-working-days', '--batch'], { stdin });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(9);
    expect(lines[0]).toBe('2024-10-10');
    expect(lines[1]).toMatch(/^error: date: /);
    expect(lines[2]).toBe('2025-02-05');
    expect(lines[3]).toMatch(/^error: expected "YYYY-MM-DD n"/);
    expect(lines[4]).toMatch(/^error: n must be a non-negative integer/);
    expect(lines[5]).toMatch(/^error: .*2027/);
    expect(lines[6]).toMatch(/^error: expected/);
    expect(lines[7]).toBe('2024-12-31');
    expect(lines[8]).toMatch(/^error: date: /);
  });

  it('accepts CRLF input and input without a final newline', async () => {
    expect(
      (await runCli(['add-working-days', '--batch'], { stdin: '2024-09-27 5\r\n2025-01-24 3' })).stdout,
    ).toBe('2024-10-10\n2025-02-05\n');
  });

  it('prints nothing for empty stdin', async () => {
    expect(await runCli(['add-working-days', '--batch'], { stdin: '' })).toEqual({
      stdout: '',
      stderr: '',
      code: 0,
    });
  });

  it('exits 2 when stdin cannot be read', async () => {
    const result = await runCli(['add-working-days', '--batch']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: cannot read stdin/);
  });

  it('handles 20,000 lines quickly', async () => {
    const stdin = Array.from({ length: 20_000 }, (_, i) => `2024-0${1 + (i % 9)}-1${i % 10} ${i % 300}`).join(
      '\n',
    );
    const t0 = performance.now();
    const result = await runCli(['add-working-days', '--batch'], { stdin });
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(result.stdout.split('\n')).toHaveLength(20_001);
    expect(result.stdout).not.toMatch(/error/);
  });
});

describe('dtpc calendar is-working-day', () => {
  it.each([
    ['2024-10-01', 'false'],
    ['2024-09-29', 'true'],
    ['2025-01-26', 'true'],
    ['2024-12-31', 'true'],
    ['2024-12-28', 'false'],
  ])('%s → %s', async (date, expected) => {
    expect(await runCli(['is-working-day', date])).toEqual({ stdout: `${expected}\n`, stderr: '', code: 0 });
  });

  it.each([['2024-13-01'], ['2027-01-04'], ['']])('rejects %j with exit code 2', async (date) => {
    const result = await runCli(['is-working-day', date]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: /);
  });
});

describe('dtpc calendar years and show', () => {
  it('lists packaged years with their source, then loaded notices', async () => {
    const overrides: CalendarYear[] = [
      { year: 2027, reference: '国办发明电〔2026〕X号', holidays: [], makeUpWorkdays: [] },
    ];
    const { stdout } = await runCli(['years'], { deps: { loadOverrides: () => Promise.resolve(overrides) } });
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^2004\tpackage\tchinese-days@/);
    expect(lines.at(-1)).toBe('2027\toverride\t国办发明电〔2026〕X号');
  });

  it('prints a year in the line format, which imports back unchanged', async () => {
    const shown = await runCli(['show', '2024']);
    expect(shown.stdout).toMatch(/^year: 2024\nreference: chinese-days@.*\n/);
    expect(shown.stdout).toContain('2024-09-29 workday 国庆节\n');
    expect(shown.stdout).toContain('2024-10-01 holiday 国庆节\n');
    const saved: CalendarYear[] = [];
    await runCli(['import', 'shown.txt'], {
      deps: {
        saveOverride: (y) => Promise.resolve(void saved.push(y)),
        io: { readFile: () => Promise.resolve(shown.stdout) },
      },
    });
    expect(
      (await runCli(['show', '2024'], { deps: { loadOverrides: () => Promise.resolve(saved) } })).stdout,
    ).toBe(shown.stdout);
  });

  it('rejects an uncovered year with exit code 2', async () => {
    expect((await runCli(['show', '2030'])).code).toBe(2);
  });
});

describe('dtpc calendar import', () => {
  it('validates the file and hands the year to the saver', async () => {
    const saved: { year: CalendarYear; warnings: string[] }[] = [];
    const result = await runCli(['import', samplePath], {
      deps: { saveOverride: (year, warnings) => Promise.resolve(void saved.push({ year, warnings })) },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^imported 2027 \(EXAMPLE .*\): 28 holidays, 6 make-up working days\n$/);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.year.year).toBe(2027);
  });

  it('without a database prints error: no database configured and exits 2', async () => {
    const result = await runCli(['import', samplePath]);
    expect(result).toEqual({ stdout: '', stderr: 'error: no database configured\n', code: 2 });
  });

  it('--dry-run validates without a database', async () => {
    const result = await runCli(['import', '--dry-run', samplePath]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^valid: 2027 .*not saved/);
  });

  it('reports warnings on stderr and still saves', async () => {
    const text = 'year: 2027\nreference: test\n2027-01-01 holiday 元旦\n2027-03-06 holiday 误填\n';
    let saved = 0;
    const result = await runCli(['import', 'notice.txt'], {
      deps: {
        saveOverride: () => Promise.resolve(void saved++),
        io: { readFile: () => Promise.resolve(text) },
      },
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^warning: holidays\[1\]: 2027-03-06/);
    expect(saved).toBe(1);
  });

  it('rejects an invalid notice naming the field, saving nothing', async () => {
    let saved = 0;
    const result = await runCli(['import', 'bad.json'], {
      deps: {
        saveOverride: () => Promise.resolve(void saved++),
        io: {
          readFile: () =>
            Promise.resolve('{"year":2027,"reference":"x","holidays":[{"date":"2027-02-29","name":"x"}]}'),
        },
      },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/holidays\[0\]\.date/);
    expect(saved).toBe(0);
  });

  it('exits 2 for a missing file', async () => {
    const result = await runCli(['import', 'does-not-exist.json'], {
      deps: { saveOverride: () => Promise.resolve() },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: cannot read does-not-exist\.json/);
  });

  it('exits 1 when the saver fails for another reason', async () => {
    const result = await runCli(['import', samplePath], {
      deps: { saveOverride: () => Promise.reject(new Error('db down')) },
    });
    expect(result).toMatchObject({ code: 1, stderr: 'error: db down\n' });
  });
});

const emptyDataDir = mkdtempSync(join(tmpdir(), 'dtpc-calendar-cli-'));

describe('node bin/dtpc.mjs calendar', () => {
  const dtpc = (args: string[], input?: string) =>
    spawnSync(process.execPath, ['bin/dtpc.mjs', 'calendar', ...args], {
      cwd: root,
      input,
      encoding: 'utf8',
      // An empty data directory: no imported years, so answers come from the packaged data alone.
      env: { ...process.env, DTPC_DATA_DIR: emptyDataDir, DATABASE_URL: '' },
    });

  it('prints a date and exits 0', () => {
    const result = dtpc(['add-working-days', '2024-09-27', '5']);
    expect([result.stdout, result.status]).toEqual(['2024-10-10\n', 0]);
  });

  it('exits 2 with error: on stderr for bad input', () => {
    const result = dtpc(['add-working-days', '2024-09-27', '-1']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^error: /);
  });

  it('answers --batch from stdin', () => {
    const result = dtpc(['add-working-days', '--batch'], '2024-09-27 5\nbad\n');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^2024-10-10\nerror: .*\n$/);
  });
});
