import { describe, expect, it } from 'vitest';
import {
  assignmentStatusValues,
  mayViewPeerScores,
  nextAssignmentStatus,
  reviewReadiness,
  type AssignmentStatus,
} from './assignment.ts';

describe('assignment status', () => {
  it('goes proposed → invited → accepted → submitted', () => {
    let s: AssignmentStatus = 'proposed';
    for (const [action, to] of [
      ['confirm', 'invited'],
      ['accept', 'accepted'],
      ['submit', 'submitted'],
    ] as const) {
      const r = nextAssignmentStatus(s, action);
      expect(r).toEqual({ ok: true, to });
      s = to;
    }
  });

  it('lets an expert declare a conflict at any time before submitting, never after', () => {
    for (const from of ['proposed', 'invited', 'accepted'] as const) {
      expect(nextAssignmentStatus(from, 'declare_conflict')).toEqual({ ok: true, to: 'conflicted' });
    }
    const after = nextAssignmentStatus('submitted', 'declare_conflict');
    expect(after.ok).toBe(false);
  });

  it('saves drafts only on an accepted assignment and gives a reason otherwise', () => {
    expect(nextAssignmentStatus('accepted', 'save')).toEqual({ ok: true, to: 'accepted' });
    const r = nextAssignmentStatus('submitted', 'save');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason.zh).toContain('已提交');
  });

  it('refuses submitting twice and accepting a declined invitation', () => {
    expect(nextAssignmentStatus('submitted', 'submit').ok).toBe(false);
    expect(nextAssignmentStatus('declined', 'accept').ok).toBe(false);
  });

  it('shows peer scores only once the expert has submitted', () => {
    expect(assignmentStatusValues.filter(mayViewPeerScores)).toEqual(['submitted']);
  });
});

describe('reviewReadiness', () => {
  it('is complete when every active seat has submitted and the minimum is reached', () => {
    expect(reviewReadiness(['submitted', 'submitted', 'conflicted'], 2)).toMatchObject({
      complete: true,
      submitted: 2,
    });
  });

  it('waits for an accepted expert who has not submitted', () => {
    const r = reviewReadiness(['submitted', 'submitted', 'accepted'], 2);
    expect(r.complete).toBe(false);
    expect(r.reason?.zh).toContain('1 位专家未提交');
  });

  it('is incomplete below the minimum even if everyone active submitted', () => {
    expect(reviewReadiness(['submitted', 'declined', 'conflicted'], 3).complete).toBe(false);
  });
});
