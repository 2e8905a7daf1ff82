/**
 * The authority decides a proposed revocation. Revoke: the center leaves the directory as 已撤销 from
 * the decision's date (a new history period citing the ground and document number — the public notice of revocation),
 * and the lead unit's re-application ban is fixed from the pack (000 第二十一条 3 years from revocation;
 * 003 第十七条 2 years from exit, exit = the decision day). Dismiss: closed with the reason. Versioned,
 * audited, one transaction; the center's operator and the lead unit are notified.
 */
import { and, eq } from 'drizzle-orm';
import type { DecideRevocationBody } from '../../contracts/revocation.ts';
import type { Db } from '../../db/client.ts';
import type { RevocationRow } from '../../db/loaders/management.ts';
import { findCenter } from '../../db/loaders/centers.ts';
import { revocations } from '../../db/schema/index.ts';
import { banEndFor, getPack } from '../../domain/policy/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { changeCenterStatus } from '../directory/recognise-center.ts';
import { assertDecisionDate } from '../dates.ts';
import { issueDecisionNotice, organisationName } from '../decisions/notices.ts';
import { AppError } from '../errors.ts';
import { notify } from '../notifications/notify.ts';

export async function decideRevocation({
  actor,
  tx,
  revocation,
  input,
}: {
  actor: Actor;
  tx: Db;
  revocation: RevocationRow;
  input: DecideRevocationBody;
}): Promise<void> {
  if (revocation.status !== 'proposed') {
    throw new AppError('conflict.illegal_transition', { reason: `already ${revocation.status}` });
  }
  if (revocation.version !== input.version) {
    throw new AppError('conflict.stale_version');
  }
  const revoke = input.outcome === 'revoke';
  if (revoke && revocation.origin === 'manual' && revocation.evidenceFileIds.length === 0) {
    throw new AppError('revocation.evidence_required');
  }
  // The document's date is the decision's: 撤销之日 and the ban count from it (000 第二十一条).
  const on = input.decidedOn;
  assertDecisionDate(on, {
    date: revocation.proposedOn,
    label: { zh: '撤销提议日期', en: 'proposal date' },
  });
  const pack = getPack(revocation.packId);
  const banEndsOn =
    revoke && pack ? banEndFor(pack, { packId: revocation.packId, revokedOn: on, exitOn: on }) : null;
  const after = {
    status: revoke ? 'revoked' : 'dismissed',
    decidedOn: on,
    decidedByUserId: actor.userId,
    decisionReason: input.reason,
    documentNumber: input.documentNumber,
    revokedOn: revoke ? on : null,
    exitOn: revoke ? on : null,
    banEndsOn,
    updatedAt: new Date(),
    version: revocation.version + 1,
  };
  const updated = await tx
    .update(revocations)
    .set(after)
    .where(and(eq(revocations.id, revocation.id), eq(revocations.version, input.version)))
    .returning({ id: revocations.id });
  if (updated.length === 0) {
    throw new AppError('conflict.stale_version');
  }
  const center = await findCenter(tx, revocation.centerId);
  if (revoke) {
    if (!center || center.status !== 'recognised') {
      throw new AppError('revocation.center_not_recognised');
    }
    await changeCenterStatus(tx, actor, {
      centerId: center.id,
      expectedVersion: center.version,
      status: 'revoked',
      on,
      reason: `撤销认定：${revocation.groundDescription.zh}（${revocation.source.ref}）。${input.reason}`,
      source: 'revocation',
      sourceId: revocation.id,
      documentNumber: input.documentNumber,
    });
  }
  await appendAudit(tx, actor, {
    action: `revocation.${input.outcome}`,
    targetType: 'revocation',
    targetId: revocation.id,
    scopeRegion: revocation.regionCode,
    before: { status: revocation.status, version: revocation.version },
    after: { ...after, updatedAt: undefined },
    detail: { center: revocation.centerId, ground: revocation.groundId, banEndsOn },
  });
  await issueDecisionNotice(tx, actor, {
    subjectType: 'revocation',
    subjectId: revocation.id,
    centerId: revocation.centerId,
    regionCode: revocation.regionCode,
    addresseeOrganisationIds: [
      revocation.leadOrganisationId,
      ...(center ? [center.operatorOrganisationId] : []),
    ],
    documentNumber: input.documentNumber,
    decidedOn: on,
    opinion: input.reason,
    outcome: input.outcome,
    packId: revocation.packId,
    articles: [{ file: revocation.source.file, ref: revocation.source.ref }],
    facts: {
      kind: 'revocation',
      outcome: input.outcome,
      centerName: revocation.centerName,
      leadName: await organisationName(tx, revocation.leadOrganisationId),
      ground: revocation.groundDescription,
      effectiveOn: on,
      banEndsOn,
    },
  });
  const params = {
    center: revocation.centerName,
    outcome: revoke ? `撤销认定（${on}）` : '不予撤销',
    outcomeEn: revoke ? `revoked on ${on}` : 'not revoked',
    reason: input.reason,
  };
  if (center) {
    await notify(tx, {
      role: 'center_operator',
      organisationId: center.operatorOrganisationId,
      kind: 'revocation.decided',
      params,
      link: `/directory/${center.id}`,
    });
  }
  await notify(tx, {
    role: 'applicant',
    organisationId: revocation.leadOrganisationId,
    kind: 'revocation.decided',
    params,
    link: center ? `/directory/${center.id}` : null,
  });
}
