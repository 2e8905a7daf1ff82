/**
 * Who acts next after a recognition transition, told in-app (and by e-mail through the outbox) inside the
 * transition's transaction. One table for every action of the state machine:
 *
 *   submit                 → the city officers of the lead unit's region, or — when the city step is
 *                            skipped (甘肃 central/provincial SOEs, 003 第十条) — the province
 *   withdraw               → whoever held the file (city while submitted, province while recommended)
 *   recommend              → the province (formal review)
 *   city_return,
 *   formal_review_return   → the lead unit (revise and resubmit), with the reason
 *   formal_review_pass     → the province's other admins (form the expert panel)
 *   approve, reject        → the lead unit, with the reasons per criterion
 *   record_qualification_review, record_site_check, attach_emergency_opinion, start_formal_review
 *                          → nobody new: the same authority continues its own step
 *   start_publicity, announce, reopen
 *                          → told by the publicity commands (src/app/publicity), which know the notice
 * Expert invitations are sent by src/app/review/invite-panel.ts; the completed review by tasks.ts.
 */
import type { Db } from '../../db/client.ts';
import type { ApplicationRow } from '../../db/loaders/recognition.ts';
import { allCriteria } from '../../domain/policy/engine/common.ts';
import type { ApplicationState } from '../../domain/workflow/application.ts';
import type { Actor } from '../actor.ts';
import { notify } from '../notifications/notify.ts';
import { packOf } from './context.ts';

export interface HandOver {
  actor: Actor;
  app: ApplicationRow;
  action: string;
  from: string;
  to: ApplicationState;
  comment: string;
  /** The actor's organisation name (the recommending city, the deciding province). */
  actorOrganisationName: string;
  detail: Record<string, unknown>;
}

/** The authority in charge of the call: the national admin for national calls, else the province. */
function authorityOf(app: ApplicationRow) {
  return {
    role: app.callRegionCode === '000000' ? ('national_admin' as const) : ('provincial_admin' as const),
    regionCode: app.regionCode,
  };
}

/** "未达标：指标名（说明）；…" from the decision's reasons per criterion. */
function criterionReasons(app: ApplicationRow, detail: Record<string, unknown>): string {
  const reasons = (detail.reasons ?? []) as { criterionId: string; met: boolean; note?: string }[];
  const names = new Map(
    allCriteria(packOf(app.callPackId)).map((c) => [c.criterion.id, c.criterion.name.zh]),
  );
  return reasons
    .filter((r) => !r.met)
    .map((r) => `${names.get(r.criterionId) ?? r.criterionId}${r.note ? `（${r.note}）` : ''}`)
    .join('；');
}

/** Notifies whoever must act after `action`; returns the recipients (none for a same-actor step). */
export async function notifyNext(tx: Db, h: HandOver): Promise<string[]> {
  const { app, actor } = h;
  const link = `/applications/${app.id}`;
  const except = [actor.userId];
  const lead = { role: 'applicant' as const, organisationId: app.leadOrganisationId };
  const city = { role: 'city_officer' as const, regionCode: app.regionCode };
  const application = app.centerName;
  switch (h.action) {
    case 'submit':
      if (h.to === 'recommended') {
        return notify(tx, {
          ...authorityOf(app),
          kind: 'application.submitted_directly',
          params: { application, organisation: app.leadName, call: app.callTitle },
          link,
          exceptUserIds: except,
        });
      }
      return notify(tx, {
        ...city,
        kind: 'application.submitted',
        params: { application, organisation: app.leadName, call: app.callTitle },
        link,
        exceptUserIds: except,
      });
    case 'withdraw':
      if (h.from === 'submitted' || h.from === 'city_review') {
        return notify(tx, { ...city, kind: 'application.withdrawn', params: { application }, link });
      }
      if (h.from === 'recommended') {
        return notify(tx, {
          ...authorityOf(app),
          kind: 'application.withdrawn',
          params: { application },
          link,
        });
      }
      return [];
    case 'recommend':
      return notify(tx, {
        ...authorityOf(app),
        kind: 'application.recommended',
        params: { application, authority: h.actorOrganisationName },
        link,
        exceptUserIds: except,
      });
    case 'city_return':
    case 'formal_review_return':
      return notify(tx, {
        ...lead,
        kind: 'application.returned',
        params: { application, reason: h.comment },
        link,
        exceptUserIds: except,
      });
    case 'formal_review_pass':
      return notify(tx, {
        ...authorityOf(app),
        kind: 'application.formal_review_passed',
        params: { application },
        link: '/expert-review',
        exceptUserIds: except,
      });
    case 'approve':
      return notify(tx, {
        ...lead,
        kind: 'application.decided',
        params: {
          application,
          outcome: '审定通过（拟认定，待公示）',
          outcomeEn: 'approved (to be recognised after publicity)',
          reason: h.comment,
        },
        link,
        exceptUserIds: except,
      });
    case 'reject': {
      const unmet = criterionReasons(app, h.detail);
      return notify(tx, {
        ...lead,
        kind: 'application.decided',
        params: {
          application,
          outcome: '不通过',
          outcomeEn: 'not approved',
          reason: [h.comment, unmet ? `未达标：${unmet}` : ''].filter((x) => x !== '').join('；'),
        },
        link,
        exceptUserIds: except,
      });
    }
    default:
      return [];
  }
}
