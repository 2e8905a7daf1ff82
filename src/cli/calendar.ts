/**
 * `dtpc calendar …`: working-day arithmetic for scripts and other tools, and loading next year's notice.
 *
 * Contract (other tools depend on it): results on stdout, one per line; invalid input → `error: …` on
 * stderr and exit code 2. Overrides come from an injected loader so this module needs no database.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  CalendarCoverageError,
  CalendarInputError,
  CalendarNoticeError,
  createCalendar,
  parseCalendarNotice,
  parseIsoDate,
} from '../domain/calendar/index.ts';
import type { CalendarYear, ChineseWorkingDayCalendar } from '../domain/calendar/index.ts';

/** What the calendar commands need from the outside world; every field has a default. */
export interface CalendarCliDeps {
  /** Loaded notices (overrides) from the database; default: none. */
  loadOverrides?: () => Promise<CalendarYear[]>;
  /** Stores an imported notice; without it `calendar import` reports that no database is configured. */
  saveOverride?: (year: CalendarYear, warnings: string[]) => Promise<void>;
  io?: Partial<CalendarCliIo>;
}

/** Process I/O, injectable so tests run the commands in-process. */
export interface CalendarCliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  readFile(path: string): Promise<string>;
  setExitCode(code: number): void;
}

const defaultIo: CalendarCliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    }
    return Buffer.concat(chunks).toString('utf8');
  },
  readFile: (path) => readFile(path, 'utf8'),
  // exitCode rather than exit(): lets buffered stdout drain before the process ends.
  setExitCode: (code) => {
    process.exitCode = code;
  },
};

/** Bad input from the command line: reported as `error: …` with exit code 2. */
class UsageError extends Error {}

const isInputError = (error: unknown): boolean =>
  error instanceof UsageError ||
  error instanceof CalendarInputError ||
  error instanceof CalendarCoverageError ||
  error instanceof CalendarNoticeError;

/** Parses a working-day count: digits only, so `-1`, `1.5`, `1e3` and `+2` are rejected. */
function parseCount(value: string | undefined): number {
  if (value === undefined) {
    throw new UsageError('missing <n> (number of working days)');
  }
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n)) {
    throw new UsageError(`n must be a non-negative integer, got ${JSON.stringify(value)}`);
  }
  return n;
}

function requireDate(value: string | undefined): string {
  if (value === undefined) {
    throw new UsageError('missing <YYYY-MM-DD> date');
  }
  // Checked before n so a line like "bad line" is reported as a bad date, not a bad count.
  parseIsoDate(value);
  return value;
}

/** One result line per input line (blank lines included, so outputs zip with inputs); the final newline ends the input. */
function addWorkingDaysBatch(calendar: ChineseWorkingDayCalendar, input: string): string {
  const lines = input.split(/\r?\n/);
  if (lines.at(-1) === '') {
    lines.pop();
  }
  return lines
    .map((line) => {
      try {
        const parts = line.trim().split(/\s+/);
        if (parts.length !== 2) {
          throw new UsageError(`expected "YYYY-MM-DD n", got ${JSON.stringify(line)}`);
        }
        return calendar.addWorkingDays(requireDate(parts[0]), parseCount(parts[1]));
      } catch (error) {
        if (!isInputError(error)) {
          throw error;
        }
        return `error: ${(error as Error).message.replace(/\s*\n\s*/g, '; ')}`;
      }
    })
    .map((result) => `${result}\n`)
    .join('');
}

/** A year's schedule in the line format `calendar import` reads, for review or for editing and re-import. */
function formatSchedule(y: CalendarYear): string {
  const days = [
    ...y.holidays.map((h) => ({ ...h, kind: 'holiday' })),
    ...y.makeUpWorkdays.map((w) => ({ ...w, kind: 'workday' })),
  ].sort((a, b) => (a.date < b.date ? -1 : 1));
  return [`year: ${y.year}`, `reference: ${y.reference}`, ...days.map((d) => `${d.date} ${d.kind} ${d.name}`)]
    .map((line) => `${line}\n`)
    .join('');
}

/** Registers `calendar add-working-days | is-working-day | years | show | import` on the program. */
export function registerCalendarCommands(program: Command, deps: CalendarCliDeps = {}): void {
  const io: CalendarCliIo = { ...defaultIo, ...deps.io };
  const loadOverrides = deps.loadOverrides ?? (() => Promise.resolve([]));
  let calendar: Promise<ChineseWorkingDayCalendar> | undefined;
  // Loaded once, on first use: registering commands must stay free of database work.
  const getCalendar = (): Promise<ChineseWorkingDayCalendar> =>
    (calendar ??= loadOverrides().then(createCalendar));

  const run =
    <A extends unknown[]>(action: (...args: A) => Promise<void> | void) =>
    async (...args: A): Promise<void> => {
      try {
        await action(...args);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        io.stderr(`error: ${message}\n`);
        io.setExitCode(isInputError(error) ? 2 : 1);
      }
    };

  const cmd = program
    .command('calendar')
    .description(
      '工作日历：工作日计算与节假日安排导入 (working-day calendar: deadlines and holiday notices)',
    );

  cmd
    .command('add-working-days')
    .description('第 n 个工作日（严格晚于该日期）/ the n-th working day strictly after the date')
    .argument('[date]', 'start date, YYYY-MM-DD')
    .argument('[n]', 'number of working days (non-negative integer)')
    .option('--batch', 'read "YYYY-MM-DD n" lines from stdin; one result or "error: …" per line')
    .action(
      run(async (date: string | undefined, n: string | undefined, options: { batch?: boolean }) => {
        if (options.batch) {
          if (date !== undefined) {
            throw new UsageError('--batch reads its input from stdin; give no date or n');
          }
          let input: string;
          try {
            input = await io.readStdin();
          } catch (error) {
            throw new UsageError(`cannot read stdin: ${(error as Error).message}`);
          }
          io.stdout(addWorkingDaysBatch(await getCalendar(), input));
          return;
        }
        const start = requireDate(date);
        const count = parseCount(n);
        io.stdout(`${(await getCalendar()).addWorkingDays(start, count)}\n`);
      }),
    );

  cmd
    .command('is-working-day')
    .description('是否工作日 / whether the date is a working day (prints true or false)')
    .argument('[date]', 'YYYY-MM-DD')
    .action(
      run(async (date: string | undefined) => {
        const day = requireDate(date);
        io.stdout(`${(await getCalendar()).isWorkingDay(day)}\n`);
      }),
    );

  cmd
    .command('years')
    .description(
      '已覆盖年份及来源 / covered years and where each schedule comes from (year, source, reference)',
    )
    .action(
      run(async () => {
        const lines = (await getCalendar()).coverage().map((c) => `${c.year}\t${c.source}\t${c.reference}\n`);
        io.stdout(lines.join(''));
      }),
    );

  cmd
    .command('show')
    .description('输出某年安排（可编辑后导入）/ print a year’s schedule in the importable line format')
    .argument('[year]', 'YYYY')
    .action(
      run(async (year: string | undefined) => {
        if (year === undefined || !/^\d{4}$/.test(year)) {
          throw new UsageError(`expected a four-digit year, got ${JSON.stringify(year ?? '')}`);
        }
        const schedule = (await getCalendar()).scheduleFor(Number(year));
        if (!schedule) {
          throw new CalendarCoverageError(Number(year));
        }
        io.stdout(formatSchedule(schedule));
      }),
    );

  cmd
    .command('import')
    .description(
      '导入国务院办公厅节假日安排 / load a year’s holiday notice (JSON or line format), replacing that year',
    )
    .argument('[file]', 'notice file (see docs/calendar.md)')
    .option('--dry-run', 'validate and report only; save nothing')
    .action(
      run(async (file: string | undefined, options: { dryRun?: boolean }) => {
        if (file === undefined) {
          throw new UsageError('missing <file>');
        }
        let text: string;
        try {
          text = await io.readFile(file);
        } catch (error) {
          throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
        }
        const { calendarYear, warnings } = parseCalendarNotice(text);
        for (const warning of warnings) {
          io.stderr(`warning: ${warning}\n`);
        }
        const summary = `${calendarYear.year} (${calendarYear.reference}): ${calendarYear.holidays.length} holidays, ${calendarYear.makeUpWorkdays.length} make-up working days`;
        if (options.dryRun) {
          io.stdout(`valid: ${summary}; not saved (--dry-run)\n`);
          return;
        }
        if (!deps.saveOverride) {
          throw new UsageError('no database configured');
        }
        await deps.saveOverride(calendarYear, warnings);
        calendar = undefined;
        io.stdout(`imported ${summary}\n`);
      }),
    );
}
