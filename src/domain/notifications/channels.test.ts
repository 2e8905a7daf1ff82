import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allChoices,
  channelsFor,
  DEFAULT_CHANNEL_CHOICE,
  mergeChoices,
  type ChannelSettings,
} from './channels.ts';
import { notificationKindCatalogue, notificationKinds } from './kinds.ts';

const settings = (over: Partial<ChannelSettings> = {}): ChannelSettings => ({
  email: 'a@example.cn',
  emailEnabled: true,
  choices: {},
  ...over,
});

describe('channelsFor', () => {
  it('sends a kind nobody chose for in-app, and by e-mail exactly when the e-mail switch is on', () => {
    expect(channelsFor('call.published', settings())).toEqual({ inApp: true, email: true });
    expect(channelsFor('call.published', settings({ emailEnabled: false }))).toEqual({
      inApp: true,
      email: false,
    });
  });

  it('mails nobody without an address, whatever the kind says', () => {
    expect(channelsFor('call.published', settings({ email: null })).email).toBe(false);
    expect(channelsFor('call.published', settings({ email: '' })).email).toBe(false);
  });

  it('follows the user’s choice for the kind', () => {
    const choices = { 'finance_match.proposed': { inApp: false, byEmail: true } };
    expect(channelsFor('finance_match.proposed', settings({ choices }))).toEqual({
      inApp: false,
      email: true,
    });
    expect(channelsFor('call.published', settings({ choices }))).toEqual({ inApp: true, email: true });
  });

  it('keeps the e-mail switch the master: off, no kind is mailed even if chosen', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...notificationKinds),
        fc.boolean(),
        fc.boolean(),
        (kind, inApp, byEmail) => {
          const out = channelsFor(
            kind,
            settings({ emailEnabled: false, choices: { [kind]: { inApp, byEmail } } }),
          );
          return out.email === false && out.inApp === inApp;
        },
      ),
    );
  });
});

describe('mergeChoices', () => {
  it('keeps only kinds set differently from the default, and leaves kinds not listed alone', () => {
    const current = { 'call.published': { inApp: false, byEmail: false } };
    const next = mergeChoices(current, [
      { kind: 'demand.answered', inApp: true, byEmail: false },
      { kind: 'course_registration.confirmed', ...DEFAULT_CHANNEL_CHOICE },
    ]);
    expect(next).toEqual({
      'call.published': { inApp: false, byEmail: false },
      'demand.answered': { inApp: true, byEmail: false },
    });
    expect(current).toEqual({ 'call.published': { inApp: false, byEmail: false } });
  });

  it('forgets a kind set back to the default', () => {
    const next = mergeChoices({ 'call.published': { inApp: false, byEmail: true } }, [
      { kind: 'call.published', inApp: true, byEmail: true },
    ]);
    expect(next).toEqual({});
  });
});

describe('allChoices', () => {
  it('lists every kind once, in catalogue order, defaults filled in', () => {
    const all = allChoices({ 'review.invited': { inApp: false, byEmail: true } });
    expect(all.map((c) => c.kind)).toEqual(notificationKinds);
    expect(all.find((c) => c.kind === 'review.invited')).toEqual({
      kind: 'review.invited',
      inApp: false,
      byEmail: true,
    });
    expect(all.filter((c) => c.kind !== 'review.invited').every((c) => c.inApp && c.byEmail)).toBe(true);
  });
});

describe('the kind catalogue', () => {
  it('names every kind in Chinese and English and keeps each group’s kinds together', () => {
    const groups = notificationKinds.map((k) => notificationKindCatalogue[k].group);
    // Rows of one group are adjacent, so the settings table shows each group once.
    expect(groups.filter((g, i) => i === 0 || groups[i - 1] !== g)).toEqual([...new Set(groups)]);
    for (const kind of notificationKinds) {
      expect(notificationKindCatalogue[kind].zh).toMatch(/\p{Script=Han}/u);
      expect(notificationKindCatalogue[kind].en).toMatch(/^[A-Z]/);
    }
  });
});
