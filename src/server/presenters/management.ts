/** Presenting revocations, change filings and recommendations (never raw rows). */
import type { Actor } from '../../app/actor.ts';
import type { ChangeFilingView } from '../../contracts/change-filings.ts';
import type { RecommendationView } from '../../contracts/recommendations.ts';
import type { RevocationView } from '../../contracts/revocation.ts';
import type {
  ChangeFilingRow,
  ManagedCenterRow,
  RecommendationRow,
  RevocationRow,
} from '../../db/loaders/management.ts';
import type { FileRow } from '../../db/loaders/recognition.ts';
import { daysBetween } from '../../domain/calendar/index.ts';
import { groundForOperatorChange, ratingLabel } from '../../domain/management/management.ts';
import { banEndFor, getPack } from '../../domain/policy/index.ts';
import { regionFullName } from '../../domain/reference/regions.ts';
import { can } from '../policies/core.ts';
import { changeFilingPolicy } from '../policies/change-filing.ts';
import { recommendationPolicy } from '../policies/recommendation.ts';
import { revocationPolicy } from '../policies/revocation.ts';

function fileRef(f: FileRow) {
  return { id: f.id, name: f.name, size: f.size, mime: f.mime, sha256: f.sha256 };
}

export function presentSnapshots(
  packId: string | null,
  rows: { year: number; rating: string | null; decidedOn: string | null }[],
) {
  const pack = packId ? getPack(packId) : undefined;
  return rows
    .filter((r) => r.rating)
    .map((r) => ({
      year: r.year,
      rating: r.rating!,
      ratingLabel: ratingLabel(pack, r.rating!),
      decidedOn: r.decidedOn,
    }));
}

export function presentRevocation(
  r: RevocationRow,
  actor: Actor,
  ctx: { leadName: string; files: Map<string, FileRow> },
): RevocationView {
  const pack = getPack(r.packId);
  const ban = pack?.revocation?.ban ?? null;
  const subject = { regionCode: r.regionCode, level: r.centerLevel };
  const open = r.status === 'proposed';
  const manage = can(revocationPolicy, actor, 'manage', subject);
  return {
    id: r.id,
    center: { id: r.centerId, name: r.centerName, level: r.centerLevel, regionCode: r.regionCode },
    regionName: regionFullName(r.regionCode) ?? r.regionCode,
    leadOrganisation: { id: r.leadOrganisationId, name: ctx.leadName },
    packId: r.packId,
    origin: r.origin as 'automatic' | 'manual',
    ground: { id: r.groundId, description: r.groundDescription, source: r.source },
    facts: r.facts,
    groundDate: r.groundDate,
    evaluations: presentSnapshots(r.packId, r.evaluations),
    evidence: r.evidenceFileIds.flatMap((id) => {
      const f = ctx.files.get(id);
      return f ? [fileRef(f)] : [];
    }),
    changeFilingId: r.changeFilingId,
    status: r.status as RevocationView['status'],
    proposedOn: r.proposedOn,
    decidedOn: r.decidedOn,
    decisionReason: r.decisionReason,
    documentNumber: r.documentNumber,
    revokedOn: r.revokedOn,
    ban:
      ban && pack
        ? {
            years: ban.years,
            endsOn:
              r.banEndsOn ??
              (r.status === 'proposed'
                ? null
                : r.revokedOn
                  ? banEndFor(pack, { revokedOn: r.revokedOn })
                  : null),
            source: ban.source,
          }
        : null,
    evidenceRequired: r.origin === 'manual' && r.evidenceFileIds.length === 0,
    version: r.version,
    abilities: { decide: open && manage, attach: open && manage },
  };
}

export function presentChangeFiling(
  f: ChangeFilingRow,
  actor: Actor,
  ctx: { centerName: string; files: Map<string, FileRow>; revocationId: string | null },
): ChangeFilingView {
  const pack = getPack(f.packId);
  const ground = pack && (f.operatorChanged || f.directionChanged) ? groundForOperatorChange(pack) : null;
  const subject = { regionCode: f.regionCode, operatorOrganisationId: f.operatorOrganisationId };
  const decide = can(changeFilingPolicy, actor, 'decide', subject);
  return {
    id: f.id,
    center: { id: f.centerId, name: ctx.centerName, regionCode: f.regionCode },
    regionName: regionFullName(f.regionCode) ?? f.regionCode,
    packId: f.packId,
    kind: f.kind as ChangeFilingView['kind'],
    changeDate: f.changeDate,
    filedOn: f.filedOn,
    dueOn: f.dueOn,
    late: f.late,
    daysLate: Math.max(0, daysBetween(f.dueOn, f.filedOn)),
    deadlineSource: pack?.changeFiling?.source ?? null,
    description: f.description,
    oldName: f.oldName,
    newName: f.newName,
    operatorChanged: f.operatorChanged,
    directionChanged: f.directionChanged,
    evidence: f.evidenceFileIds.flatMap((id) => {
      const file = ctx.files.get(id);
      return file ? [fileRef(file)] : [];
    }),
    status: f.status as ChangeFilingView['status'],
    decidedOn: f.decidedOn,
    decisionReason: f.decisionReason,
    documentNumber: f.documentNumber,
    revocationGround: ground
      ? { id: ground.id, description: ground.description, source: ground.source }
      : null,
    revocationId: ctx.revocationId,
    version: f.version,
    abilities: {
      decide: f.status === 'filed' && decide,
      attach: f.status === 'filed' && can(changeFilingPolicy, actor, 'file', subject),
      proposeRevocation: ground !== null && ctx.revocationId === null && f.status !== 'returned' && decide,
    },
  };
}

export function presentRecommendation(
  r: RecommendationRow,
  center: ManagedCenterRow,
  leadName: string,
  actor: Actor,
): RecommendationView {
  return {
    id: r.id,
    center: {
      id: center.id,
      name: center.name,
      level: center.level,
      type: center.type,
      regionCode: center.regionCode,
    },
    regionName: regionFullName(center.regionCode) ?? center.regionCode,
    leadOrganisationName: leadName,
    year: r.year,
    reason: r.reason,
    evaluations: presentSnapshots(center.packId, r.evaluations),
    status: r.status as RecommendationView['status'],
    recommendedOn: r.recommendedOn,
    withdrawnOn: r.withdrawnOn,
    version: r.version,
    abilities: {
      withdraw:
        r.status === 'submitted' &&
        can(recommendationPolicy, actor, 'recommend', { regionCode: r.regionCode }),
    },
  };
}
