import { describe, expect, it } from 'vitest';
import {
  displayStatus,
  refuseAgreement,
  refuseAnswer,
  refuseClose,
  refuseMatchmaking,
  refuseModeration,
} from './demand.ts';

describe('the need life cycle', () => {
  it('shows a published need past its deadline as expired, and only then', () => {
    expect(displayStatus('published', '2026-06-29', '2026-06-30')).toBe('expired');
    expect(displayStatus('published', '2026-06-30', '2026-06-30')).toBe('published');
    expect(displayStatus('closed', '2026-01-01', '2026-06-30')).toBe('closed');
  });

  it('moderates only pending needs and closes only open ones', () => {
    expect(refuseModeration('pending_review')).toBeNull();
    expect(refuseModeration('published')?.zh).toBe('只有待审核的需求可以审核');
    expect(refuseClose('published')).toBeNull();
    expect(refuseClose('closed')).not.toBeNull();
  });

  it('invites only for published needs that have not expired', () => {
    expect(refuseMatchmaking('published', '2026-07-01', '2026-06-30')).toBeNull();
    expect(refuseMatchmaking('published', '2026-06-01', '2026-06-30')?.zh).toBe('需求已于 2026-06-01 截止');
    expect(refuseMatchmaking('pending_review', '2026-07-01', '2026-06-30')).not.toBeNull();
  });

  it('answers an invitation once and records an agreement only after acceptance', () => {
    expect(refuseAnswer('invited')).toBeNull();
    expect(refuseAnswer('declined')).not.toBeNull();
    expect(refuseAgreement('accepted')).toBeNull();
    expect(refuseAgreement('invited')).not.toBeNull();
  });
});
