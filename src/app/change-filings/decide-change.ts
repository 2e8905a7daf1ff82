/**
 * The authority confirms a change filing (000 第二十二条: 予以确认) or returns it with a reason. A confirmed
 * rename changes the center's name in the directory from the decision's date; the old name stays on the filing (the
 * directory reads its name history from confirmed renames). Versioned, audited, the operator notified.
 */
import { and, eq } from 'drizzle-orm';
import type { DecideChangeBody } from '../../contracts/change-filings.ts';
import { changeKindLabels } from '../../contracts/change-filings.ts';
import type { Db } from '../../db/client.ts';
import { findCenter } from '../../db/loaders/centers.ts';
import type { ChangeFilingRow } from '../../db/loaders/management.ts';
import { centers, changeFilings } from '../../db/schema/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { assertDecisionDate } from '../dates.ts';
import { issueDecisionNotice, organisationName } from '../decisions/notices.ts';
import { AppError } from '../errors.ts';
import { notify } from '../notifications/notify.ts';

export async function decideChange({
  actor,
  tx,
  filing,
  input,
}: {
  actor: Actor;
  tx: Db;
  filing: ChangeFilingRow;
  input: DecideChangeBody;
}): Promise<void> {
  if (filing.status !== 'filed') {
    throw new AppError('conflict.illegal_transition', { reason: `already ${filing.status}` });
  }
  if (filing.version !== input.version) {
    throw new AppError('conflict.stale_version');
  }
  const confirm = input.outcome === 'confirm';
  // The document's date is the decision's: a confirmed rename takes effect from it.
  const on = input.decidedOn;
  assertDecisionDate(on, { date: filing.filedOn, label: { zh: '报备日期', en: 'filing date' } });
  const center = await findCenter(tx, filing.centerId);
  if (!center) {
    throw new AppError('not_found', { entity: 'center' });
  }
  const after = {
    status: confirm ? 'confirmed' : 'returned',
    decidedOn: on,
    decidedByUserId: actor.userId,
    decisionReason: input.reason,
    documentNumber: input.documentNumber,
    // The name the directory showed up to now (it may have changed since filing).
    oldName: center.name,
    updatedAt: new Date(),
    version: filing.version + 1,
  };
  const updated = await tx
    .update(changeFilings)
    .set(after)
    .where(and(eq(changeFilings.id, filing.id), eq(changeFilings.version, input.version)))
    .returning({ id: changeFilings.id });
  if (updated.length === 0) {
    throw new AppError('conflict.stale_version');
  }
  if (confirm && filing.kind === 'rename' && filing.newName && filing.newName !== center.name) {
    const renamed = await tx
      .update(centers)
      .set({ name: filing.newName, updatedAt: new Date(), version: center.version + 1 })
      .where(and(eq(centers.id, center.id), eq(centers.version, center.version)))
      .returning({ id: centers.id });
    if (renamed.length === 0) {
      throw new AppError('conflict.stale_version');
    }
    await appendAudit(tx, actor, {
      action: 'directory.rename',
      targetType: 'center',
      targetId: center.id,
      scopeRegion: center.regionCode,
      before: { name: center.name },
      after: { name: filing.newName, on },
      detail: { from: center.name, to: filing.newName, on, changeFiling: filing.id },
    });
  }
  await appendAudit(tx, actor, {
    action: `change_filing.${input.outcome}`,
    targetType: 'change_filing',
    targetId: filing.id,
    scopeRegion: filing.regionCode,
    before: { status: filing.status, version: filing.version },
    after: { ...after, updatedAt: undefined },
    detail: { center: filing.centerId, kind: filing.kind },
  });
  const label = changeKindLabels[filing.kind as keyof typeof changeKindLabels];
  await issueDecisionNotice(tx, actor, {
    subjectType: 'change_filing',
    subjectId: filing.id,
    centerId: center.id,
    regionCode: filing.regionCode,
    addresseeOrganisationIds: [center.leadOrganisationId, filing.operatorOrganisationId],
    documentNumber: input.documentNumber,
    decidedOn: on,
    opinion: input.reason,
    outcome: input.outcome,
    packId: filing.packId,
    facts: {
      kind: 'change',
      outcome: input.outcome,
      // The name under which the change was filed: the notice addresses the center as it was known.
      centerName: center.name,
      leadName: await organisationName(tx, center.leadOrganisationId),
      changeKind: label,
      changeDate: filing.changeDate,
      filedOn: filing.filedOn,
      newName: filing.newName,
    },
  });
  await notify(tx, {
    role: 'center_operator',
    organisationId: filing.operatorOrganisationId,
    kind: 'change_filing.decided',
    params: {
      center: center.name,
      kind: label.zh,
      kindEn: label.en.toLowerCase(),
      outcome: confirm ? '已确认' : '已退回',
      outcomeEn: confirm ? 'confirmed' : 'returned',
      reason: input.reason,
    },
    link: `/management/change-filings/${filing.id}`,
  });
}
