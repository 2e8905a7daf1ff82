/**
 * README 「What to try first」 step 9, read from the README itself: every `npx dtpc …` command the step
 * shows runs as written (through the real binary, on a demo-seeded embedded database, the way a reader
 * runs it after stopping the server) and answers with what the step promises. A command added to the step
 * is run too; one that stops working fails here before a reader finds out.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerTemplate } from '../../src/app/center-platform/import-service-records.ts';
import { openDatabase } from '../../src/db/client.ts';
import { organisations, users } from '../../src/db/schema/index.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'dtpc-readme-cli-'));
const env = {
  ...process.env,
  DTPC_DATA_DIR: dataDir,
  DATABASE_URL: '',
  NODE_ENV: 'test',
  DTPC_ARGON2_FAST: '1',
  DTPC_TODAY: '2026-06-30',
};

function dtpc(args: string[]) {
  const r = spawnSync('node', ['bin/dtpc.mjs', ...args], { env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The commands of step 9, exactly as the README prints them. */
function stepNineCommands(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const step = /^9\. Command line:([\s\S]*?)(?=^\S|^\n)/mu.exec(readme);
  expect(step, 'README step 9 (Command line)').not.toBeNull();
  return [...step![1]!.matchAll(/`(npx dtpc [^`]+)`/gu)].map((m) => m[1]!);
}

let ledgerFile: string;

beforeAll(async () => {
  const seeded = dtpc(['seed', '--demo']);
  expect(seeded.code, seeded.stderr).toBe(0);
  const database = await openDatabase({ dataDir: join(dataDir, 'pglite') });
  try {
    const [row] = await database.db
      .select({ code: organisations.creditCode })
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(eq(users.username, 'enterprise.1'));
    ledgerFile = join(dataDir, 'ledger.xlsx');
    writeFileSync(ledgerFile, await ledgerTemplate(row!.code));
  } finally {
    await database.close();
  }
}, 180_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('README step 9: the command line', () => {
  const commands = stepNineCommands();

  it('shows the four commands a reader is told to try', () => {
    expect(commands.map((c) => c.split(' ').slice(2, 4).join(' '))).toEqual([
      'calendar add-working-days',
      'policy list',
      'import ledger',
      'audit verify',
    ]);
  });

  it.each(commands)(
    '`%s` runs as written',
    (command) => {
      // The README's placeholder is the reader's own file; here it is the center's ledger template, filled in.
      const args = command
        .replace(/^npx dtpc /u, '')
        .split(/\s+/u)
        .map((a) => (a === '<file.xlsx>' ? ledgerFile : a));
      const r = dtpc(args);
      expect(r.code, `${command}\n${r.stderr}`).toBe(0);
      const [area, verb] = args;
      if (area === 'calendar') {
        // 2026-09-30 + 5 working days: 国庆/中秋 (10-01 … 10-08) are skipped and 10-10 (Saturday) is worked.
        expect(r.stdout).toContain('2026-10-13');
      } else if (area === 'policy') {
        const packs = JSON.parse(r.stdout) as { id: string }[];
        expect(packs.map((p) => p.id)).toContain('shandong-guide');
      } else if (area === 'import') {
        expect(verb).toBe('ledger');
        expect(r.stdout).toMatch(/共 (\d+) 行，通过 \1 行/u);
      } else {
        expect(`${area} ${verb}`).toBe('audit verify');
        expect(r.stdout).toMatch(/^ok: \d+ records, chain intact/u);
      }
    },
    180_000,
  );
});
