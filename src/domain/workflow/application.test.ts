import { describe, expect, it } from 'vitest';
import { gansu2024, national2022, shandongDemo2023, shandongGuide } from '../policy/packs/index.ts';
import {
  applicationActions,
  applicationStates,
  applicationTransitions,
  applyTransition,
  IllegalTransitionError,
  nextTransitions,
  type ApplicationState,
  type WorkflowContext,
} from './application.ts';
import { cityStepApplies, workflowPlan } from './plan.ts';

const sd = workflowPlan(shandongGuide, 'provincial');
const gs = workflowPlan(gansu2024, 'provincial');
const demo = workflowPlan(shandongDemo2023);

/** A context where every guard passes for a Shandong enterprise. */
function ready(overrides: Partial<WorkflowContext> = {}): WorkflowContext {
  return {
    plan: sd,
    leadOrgKind: 'enterprise',
    callOpen: true,
    eligibilityFailures: [],
    cityReview: { checklistPassed: true, siteCheckRecorded: true, emergencyOpinionAttached: true },
    documentNumber: '济工信字〔2026〕1号',
    expertReview: { complete: true },
    uniqueness: { conflicts: [], acknowledged: false },
    publicity: { windowClosed: true, openObjections: 0, upheldObjections: 0 },
    ...overrides,
  };
}

function reasonOf(fn: () => unknown): { zh: string; en: string } {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(IllegalTransitionError);
    return (error as IllegalTransitionError).reason;
  }
  throw new Error('expected an IllegalTransitionError');
}

describe('workflow plan from the pack stages', () => {
  it('Shandong guide: city qualification review with a site check, no emergency opinion', () => {
    expect(sd.city?.stages.map((s) => s.id)).toEqual(['qualification-review', 'recommendation']);
    expect(sd.city?.siteCheckRequired).toBe(true);
    expect(sd.emergencyOpinion).toBeNull();
    expect(sd.decision?.id).toBe('decision');
    expect(sd.publicity?.id).toBe('publicity');
  });

  it('Gansu: central and provincial SOEs skip the city step (003 第十条)', () => {
    expect(gs.city?.skippedFor).toEqual(['central_soe', 'provincial_soe']);
    expect(gs.formalReview?.id).toBe('formal-review');
    expect(cityStepApplies(gs, 'provincial_soe')).toBe(false);
    expect(cityStepApplies(gs, 'enterprise')).toBe(true);
  });

  it('Shandong demo 2023: the emergency-management opinion precedes the recommendation (002 三（一）)', () => {
    expect(demo.emergencyOpinion?.id).toBe('emergency_management_opinion');
    expect(demo.city?.siteCheckRequired).toBe(false);
    expect(demo.announcement?.id).toBe('recognition');
  });

  it('national 2022 (provincial level): no city step, the province receives directly', () => {
    const plan = workflowPlan(national2022, 'provincial');
    expect(plan.city).toBeNull();
    expect(plan.formalReview?.id).toBe('provincial-recognition');
  });
});

describe('the machine is complete', () => {
  it('every action has a transition and every state is reachable', () => {
    for (const a of applicationActions) {
      expect(applicationTransitions.some((t) => t.action === a)).toBe(true);
    }
    const reachable = new Set<ApplicationState>(['draft']);
    for (const t of applicationTransitions) {
      reachable.add(t.to);
    }
    reachable.add('recommended');
    expect([...reachable].sort()).toEqual([...applicationStates].sort());
  });

  it('terminal states have no way out', () => {
    for (const s of ['rejected', 'announced', 'withdrawn'] as const) {
      expect(nextTransitions(s, ready())).toEqual([]);
    }
  });
});

// Each row: action, a legal from-state, expected target, an illegal from-state.
const legal: [string, ApplicationState, ApplicationState, ApplicationState][] = [
  ['submit', 'draft', 'submitted', 'city_review'],
  ['submit', 'returned', 'submitted', 'expert_review'],
  ['withdraw', 'draft', 'withdrawn', 'city_review'],
  ['withdraw', 'submitted', 'withdrawn', 'formal_review'],
  ['withdraw', 'returned', 'withdrawn', 'decided'],
  ['record_qualification_review', 'submitted', 'city_review', 'draft'],
  ['record_qualification_review', 'city_review', 'city_review', 'recommended'],
  ['record_site_check', 'submitted', 'city_review', 'returned'],
  ['recommend', 'city_review', 'recommended', 'submitted'],
  ['city_return', 'submitted', 'returned', 'recommended'],
  ['city_return', 'city_review', 'returned', 'draft'],
  ['start_formal_review', 'recommended', 'formal_review', 'city_review'],
  ['formal_review_pass', 'recommended', 'expert_review', 'submitted'],
  ['formal_review_pass', 'formal_review', 'expert_review', 'expert_review'],
  ['formal_review_return', 'formal_review', 'returned', 'expert_review'],
  ['approve', 'expert_review', 'decided', 'formal_review'],
  ['reject', 'expert_review', 'rejected', 'publicity'],
  ['reject', 'formal_review', 'rejected', 'decided'],
  ['start_publicity', 'decided', 'publicity', 'expert_review'],
  ['announce', 'publicity', 'announced', 'decided'],
  ['reopen', 'publicity', 'expert_review', 'announced'],
];

describe('every transition: legal from its states, 409-style error from others', () => {
  it.each(legal)('%s: %s → %s; refused from %s', (action, from, to, illegal) => {
    expect(applyTransition(from, action, ready()).to).toBe(to);
    const reason = reasonOf(() => applyTransition(illegal, action, ready()));
    expect(reason.zh).toContain('不能执行');
    expect(reason.en).toMatch(/not possible/);
  });

  it('attach_emergency_opinion is a city-step action only under a pack that asks for it', () => {
    expect(applyTransition('city_review', 'attach_emergency_opinion', ready({ plan: demo })).to).toBe(
      'city_review',
    );
    expect(reasonOf(() => applyTransition('city_review', 'attach_emergency_opinion', ready())).zh).toContain(
      '不要求应急管理部门意见',
    );
  });

  it('an unknown action is refused with a reason', () => {
    expect(reasonOf(() => applyTransition('draft', 'teleport', ready())).en).toContain('Unknown action');
  });

  it('a role that does not perform the action is refused', () => {
    const reason = reasonOf(() =>
      applyTransition('city_review', 'recommend', ready({ roles: ['applicant'] })),
    );
    expect(reason.en).toContain('city_officer');
  });
});

describe('guards', () => {
  it('submission is refused with the eligibility failures as the reason', () => {
    const reason = reasonOf(() =>
      applyTransition(
        'draft',
        'submit',
        ready({ eligibilityFailures: [{ zh: '同一企业牵头申报多个方向', en: 'leads another direction' }] }),
      ),
    );
    expect(reason.zh).toContain('同一企业牵头申报多个方向');
  });

  it('submission is refused when the call is not open', () => {
    expect(reasonOf(() => applyTransition('draft', 'submit', ready({ callOpen: false }))).zh).toContain(
      '申报期',
    );
  });

  it('a Gansu provincial SOE submits straight to the province; an ordinary enterprise to the city', () => {
    expect(applyTransition('draft', 'submit', ready({ plan: gs, leadOrgKind: 'provincial_soe' })).to).toBe(
      'recommended',
    );
    expect(applyTransition('draft', 'submit', ready({ plan: gs, leadOrgKind: 'central_soe' })).to).toBe(
      'recommended',
    );
    expect(applyTransition('draft', 'submit', ready({ plan: gs })).to).toBe('submitted');
  });

  it('withdrawal at the province is possible only when the file came straight there', () => {
    expect(
      applyTransition('recommended', 'withdraw', ready({ plan: gs, leadOrgKind: 'provincial_soe' })).to,
    ).toBe('withdrawn');
    expect(reasonOf(() => applyTransition('recommended', 'withdraw', ready({ plan: gs }))).zh).toContain(
      '不能撤回',
    );
  });

  it('recommendation needs a passed checklist, a site check, and a document number', () => {
    const base = { checklistPassed: true, siteCheckRecorded: true, emergencyOpinionAttached: false };
    expect(
      reasonOf(() =>
        applyTransition(
          'city_review',
          'recommend',
          ready({ cityReview: { ...base, checklistPassed: false } }),
        ),
      ).zh,
    ).toContain('资格审核');
    expect(
      reasonOf(() =>
        applyTransition(
          'city_review',
          'recommend',
          ready({ cityReview: { ...base, siteCheckRecorded: false } }),
        ),
      ).zh,
    ).toContain('现场核查');
    expect(
      reasonOf(() => applyTransition('city_review', 'recommend', ready({ documentNumber: ' ' }))).zh,
    ).toContain('文号');
  });

  it('demo 2023: no recommendation before the emergency-management opinion is attached', () => {
    const cityReview = { checklistPassed: true, siteCheckRecorded: false, emergencyOpinionAttached: false };
    const reason = reasonOf(() =>
      applyTransition('city_review', 'recommend', ready({ plan: demo, cityReview })),
    );
    expect(reason.zh).toContain('应急管理部门意见');
    expect(
      applyTransition(
        'city_review',
        'recommend',
        ready({ plan: demo, cityReview: { ...cityReview, emergencyOpinionAttached: true } }),
      ).to,
    ).toBe('recommended');
  });

  it('approval waits for the expert review and refuses hard uniqueness conflicts', () => {
    expect(
      reasonOf(() =>
        applyTransition('expert_review', 'approve', ready({ expertReview: { complete: false } })),
      ).zh,
    ).toContain('专家评审尚未完成');
    const hard = { ruleId: 'r', inPrinciple: false, reason: { zh: '该行业已有行业类中心', en: 'taken' } };
    expect(
      reasonOf(() =>
        applyTransition(
          'expert_review',
          'approve',
          ready({ uniqueness: { conflicts: [hard], acknowledged: true } }),
        ),
      ).zh,
    ).toContain('该行业已有行业类中心');
  });

  it('an in-principle (原则上) conflict passes only once acknowledged', () => {
    const soft = { ruleId: 'r', inPrinciple: true, reason: { zh: '该地区该行业已有促进中心', en: 'exists' } };
    expect(
      reasonOf(() =>
        applyTransition(
          'expert_review',
          'approve',
          ready({ uniqueness: { conflicts: [soft], acknowledged: false } }),
        ),
      ).zh,
    ).toContain('原则上');
    expect(
      applyTransition(
        'expert_review',
        'approve',
        ready({ uniqueness: { conflicts: [soft], acknowledged: true } }),
      ).to,
    ).toBe('decided');
  });

  it('announcement waits for the window and for every objection to be settled', () => {
    const p = { windowClosed: false, openObjections: 0, upheldObjections: 0 };
    expect(reasonOf(() => applyTransition('publicity', 'announce', ready({ publicity: p }))).zh).toContain(
      '公示期',
    );
    expect(
      reasonOf(() =>
        applyTransition(
          'publicity',
          'announce',
          ready({ publicity: { ...p, windowClosed: true, openObjections: 1 } }),
        ),
      ).zh,
    ).toContain('异议');
  });
});

describe('nextTransitions', () => {
  it('offers the city officer the city actions; the emergency opinion only under a pack that asks for it', () => {
    const next = nextTransitions(
      'submitted',
      ready({ roles: ['city_officer'], cityReview: undefined, documentNumber: null }),
    );
    expect(next.map((n) => n.action).sort()).toEqual(
      ['city_return', 'record_qualification_review', 'record_site_check'].sort(),
    );
    const demoNext = nextTransitions(
      'city_review',
      ready({ plan: demo, roles: ['city_officer'], cityReview: undefined }),
    );
    expect(demoNext.find((n) => n.action === 'attach_emergency_opinion')?.blockedBy).toBeNull();
    expect(demoNext.find((n) => n.action === 'recommend')?.blockedBy?.zh).toContain('资格审核');
    expect(next.find((n) => n.action === 'city_return')?.requiresComment).toBe(true);
  });

  it('cites the pack stage of each step', () => {
    const [n] = nextTransitions('recommended', ready({ plan: gs, roles: ['provincial_admin'] })).filter(
      (x) => x.action === 'formal_review_pass',
    );
    expect(n?.stage?.source.ref).toBe('第十二条');
  });

  it('offers the applicant only applicant actions', () => {
    expect(nextTransitions('draft', ready({ roles: ['applicant'] })).map((n) => n.action)).toEqual([
      'submit',
      'withdraw',
    ]);
    expect(nextTransitions('expert_review', ready({ roles: ['applicant'] }))).toEqual([]);
  });
});
