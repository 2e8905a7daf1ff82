import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addIsoDays,
  canAnswer,
  canDecideMatch,
  hasFreeSeat,
  isBookable,
  registrationOpen,
  attendanceOpen,
  slotsOverlap,
} from './vocabulary.ts';

describe('center platform rules', () => {
  it('lets an enterprise answer an unconfirmed record either way, and confirm a disputed one after correction', () => {
    expect(canAnswer('unconfirmed', 'confirmed')).toBe(true);
    expect(canAnswer('unconfirmed', 'disputed')).toBe(true);
    expect(canAnswer('disputed', 'confirmed')).toBe(true);
    expect(canAnswer('disputed', 'disputed')).toBe(false);
    expect(canAnswer('confirmed', 'disputed')).toBe(false);
  });

  it('treats touching slots as free and any overlap as a double booking (symmetric)', () => {
    expect(slotsOverlap({ start: 9, end: 11 }, { start: 11, end: 12 })).toBe(false);
    expect(slotsOverlap({ start: 9, end: 11 }, { start: 10, end: 12 })).toBe(true);
    fc.assert(
      fc.property(fc.integer(), fc.nat(100), fc.integer(), fc.nat(100), (a, la, b, lb) => {
        const x = { start: a, end: a + la + 1 };
        const y = { start: b, end: b + lb + 1 };
        expect(slotsOverlap(x, y)).toBe(slotsOverlap(y, x));
      }),
    );
  });

  it('takes registrations while seats remain', () => {
    expect(hasFreeSeat(2, 1)).toBe(true);
    expect(hasFreeSeat(2, 2)).toBe(false);
  });

  it('records attendance from the session day on, never before it', () => {
    expect(attendanceOpen('2026-05-10', '2026-05-09')).toBe(false);
    expect(attendanceOpen('2026-05-10', '2026-05-10')).toBe(true);
    expect(attendanceOpen('2026-05-10', '2026-06-01')).toBe(true);
    expect(attendanceOpen('2027-01-01', '2026-12-31')).toBe(false);
  });

  it('takes registrations up to and including the session day, never after it', () => {
    expect(registrationOpen('2026-05-10', '2026-05-09')).toBe(true);
    expect(registrationOpen('2026-05-10', '2026-05-10')).toBe(true);
    expect(registrationOpen('2026-05-10', '2026-05-11')).toBe(false);
    expect(registrationOpen('2027-01-01', '2026-12-31')).toBe(true);
  });

  it('books only equipment and capacity; decides a finance match once', () => {
    expect(isBookable('sharedEquipment')).toBe(true);
    expect(isBookable('trial')).toBe(false);
    expect(canDecideMatch('proposed')).toBe(true);
    expect(canDecideMatch('succeeded')).toBe(false);
  });

  it('adds calendar days across month and year ends', () => {
    expect(addIsoDays('2026-12-20', 30)).toBe('2027-01-19');
    expect(addIsoDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});
