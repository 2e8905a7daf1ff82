import { describe, expect, it } from 'vitest';
import { defaultCalendar } from './calendar.ts';
import { CalendarNoticeError, checkCalendarYear, parseCalendarNotice } from './notice.ts';

const json = (value: unknown): string => JSON.stringify(value);

const jsonNotice = {
  year: 2027,
  reference: '国办发明电〔2026〕X号',
  holidays: [
    { date: '2027-01-01', name: '元旦' },
    { date: '2027-01-02', name: '元旦' },
    { date: '2027-01-03', name: '元旦' },
  ],
  makeUpWorkdays: [{ date: '2027-02-20', name: '春节调休' }],
};

/** The issues of the CalendarNoticeError thrown for `text`. */
function issuesOf(text: string): string[] {
  try {
    parseCalendarNotice(text);
  } catch (error) {
    expect(error).toBeInstanceOf(CalendarNoticeError);
    return (error as CalendarNoticeError).issues;
  }
  throw new Error('expected the notice to be rejected');
}

describe('parseCalendarNotice — JSON', () => {
  it('reads a valid notice without warnings (weekend New Year days belong to the holiday period)', () => {
    const { calendarYear, warnings } = parseCalendarNotice(json(jsonNotice));
    expect(calendarYear).toEqual(jsonNotice);
    expect(warnings).toEqual([]);
  });

  it('defaults makeUpWorkdays to none and drops the free-text note', () => {
    const { calendarYear } = parseCalendarNotice(
      json({ ...jsonNotice, makeUpWorkdays: undefined, note: 'EXAMPLE' }),
    );
    expect(calendarYear.makeUpWorkdays).toEqual([]);
    expect(calendarYear).not.toHaveProperty('note');
  });

  it('names the field of an impossible date', () => {
    const issues = issuesOf(
      json({ ...jsonNotice, holidays: [...jsonNotice.holidays, { date: '2027-02-29', name: '春节' }] }),
    );
    expect(issues).toEqual([expect.stringMatching(/^holidays\[3\]\.date: /)]);
  });

  it('names missing and misspelt fields', () => {
    const { reference: _reference, makeUpWorkdays, ...rest } = jsonNotice;
    const issues = issuesOf(json({ ...rest, makeupWorkdays: makeUpWorkdays }));
    expect(issues.some((i) => i.startsWith('reference:'))).toBe(true);
    expect(issues.some((i) => i.includes('makeupWorkdays'))).toBe(true);
  });

  it('reports malformed JSON', () => {
    expect(issuesOf('{ "year": 2027, ')[0]).toMatch(/not valid JSON/);
  });

  it('rejects a date outside the stated year', () => {
    expect(issuesOf(json({ ...jsonNotice, holidays: [{ date: '2026-12-31', name: '元旦' }] }))).toEqual([
      expect.stringMatching(/^holidays\[0\]\.date: 2026-12-31 is not in the notice's year 2027/),
    ]);
  });

  it('rejects a make-up working day on a weekday', () => {
    expect(
      issuesOf(json({ ...jsonNotice, makeUpWorkdays: [{ date: '2027-02-22', name: '春节调休' }] })),
    ).toEqual([
      expect.stringMatching(/^makeUpWorkdays\[0\]\.date: 2027-02-22 is a Monday; .*Saturday or Sunday/),
    ]);
  });

  it('rejects a date listed both as holiday and as make-up working day', () => {
    const issues = issuesOf(json({ ...jsonNotice, makeUpWorkdays: [{ date: '2027-01-02', name: 'x' }] }));
    expect(issues).toEqual([expect.stringMatching(/already listed as holidays\[1\]\.date/)]);
  });

  it('warns about (but accepts) a weekend holiday outside any holiday period', () => {
    const { warnings } = parseCalendarNotice(
      json({ ...jsonNotice, holidays: [...jsonNotice.holidays, { date: '2027-03-06', name: '误填' }] }),
    );
    expect(warnings).toEqual([
      expect.stringMatching(/^holidays\[3\]: 2027-03-06 .*weekend day outside any holiday period/),
    ]);
  });

  it('warns when a notice lists no holidays', () => {
    expect(parseCalendarNotice(json({ ...jsonNotice, holidays: [] })).warnings).toEqual([
      expect.stringMatching(/no holidays/),
    ]);
  });
});

describe('parseCalendarNotice — line format', () => {
  const lines = [
    '# 国务院办公厅关于2027年部分节假日安排的通知（示例）',
    'year: 2027',
    'reference：国办发明电〔2026〕X号',
    '',
    '2027-01-01 holiday 元旦',
    '2027-01-02 holiday 元旦   # Saturday, inside the New Year period',
    '2027-01-03 holiday 元旦',
    '2027-02-20 workday 春节调休',
  ].join('\r\n');

  it('reads year, reference, holidays and make-up days, ignoring comments', () => {
    const { calendarYear, warnings } = parseCalendarNotice(lines);
    expect(calendarYear).toEqual(jsonNotice);
    expect(warnings).toEqual([]);
  });

  it('names the line of each bad entry and the missing headers', () => {
    const issues = issuesOf(
      ['2027-02-30 holiday 春节', '2027-02-01 vacation 春节', '2027-02-02 holiday', 'year: 27'].join('\n'),
    );
    expect(issues).toEqual([
      expect.stringMatching(/^line 1: date: /),
      expect.stringMatching(/^line 2: expected/),
      expect.stringMatching(/^line 3: name: /),
      expect.stringMatching(/^line 4: year: /),
      expect.stringMatching(/^year: missing/),
      expect.stringMatching(/^reference: missing/),
    ]);
  });

  it('applies the same sanity checks as JSON', () => {
    expect(issuesOf('year: 2027\nreference: x\n2027-02-22 workday 春节调休')).toEqual([
      expect.stringMatching(/Saturday or Sunday/),
    ]);
  });
});

describe('checkCalendarYear on the packaged data', () => {
  it('accepts every packaged year; the only warning is 中秋 2015, declared on Sunday 09-27 with no weekday off', () => {
    const warnings = defaultCalendar
      .coveredYears()
      .flatMap((year) => checkCalendarYear(defaultCalendar.scheduleFor(year)!));
    expect(warnings).toEqual([
      expect.stringMatching(/2015-09-27 \(中秋\) is a weekend day outside any holiday period/),
    ]);
  });
});
