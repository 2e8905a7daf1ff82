/** Publicity notices, entries and objections as the API shows them. */
import type {
  ObjectionView,
  PublicityEntryView,
  PublicityNoticeSummary,
  PublicityNoticeView,
} from '../../contracts/publicity.ts';
import type { Actor } from '../../app/actor.ts';
import { phaseOf } from '../../app/publicity/phase.ts';
import type { EntryRow, NoticeRow, ObjectionRow } from '../../db/loaders/publicity.ts';
import { regionFullName } from '../../domain/reference/regions.ts';
import { can } from '../policies/core.ts';
import { publicityPolicy } from '../policies/publicity.ts';
import { directionName } from './directory.ts';

export function presentEntry(e: EntryRow, packId: string): PublicityEntryView {
  return {
    id: e.id,
    applicationId: e.applicationId,
    centerName: e.centerName,
    leadOrganisationName: e.leadOrganisationName,
    memberNames: e.memberNames,
    level: e.level,
    type: e.type,
    kind: e.kind,
    direction: e.direction,
    directionName: e.direction ? directionName(packId, e.direction) : null,
    regionCode: e.regionCode,
    regionName: regionFullName(e.regionCode) ?? e.regionCode,
    status: e.status,
    centerId: e.centerId,
  };
}

type Counts = PublicityNoticeView['objectionCounts'];

export function countObjections(rows: ObjectionRow[]): NonNullable<Counts> {
  return {
    pending: rows.filter((o) => o.status === 'pending').length,
    upheld: rows.filter((o) => o.status === 'upheld').length,
    dismissed: rows.filter((o) => o.status === 'dismissed').length,
  };
}

function base(n: NoticeRow, actor: Actor | null, on: string, counts: Counts) {
  const manage = actor ? can(publicityPolicy, actor, 'manage', n) : false;
  const phase = phaseOf(n, on);
  return {
    id: n.id,
    callId: n.callId,
    callTitle: n.callTitle,
    packId: n.packId,
    regionCode: n.regionCode,
    regionName: n.regionCode === '000000' ? '全国' : (regionFullName(n.regionCode) ?? n.regionCode),
    issuer: n.issuer,
    title: n.title,
    startsOn: n.startsOn,
    endsOn: n.endsOn,
    rule: n.rule,
    phase,
    acceptingObjections: phase === 'open',
    announcedOn: n.announcedOn,
    announcementNumber: n.announcementNumber,
    version: n.version,
    abilities: { manage },
    // Objection counts are for the authority only.
    objectionCounts: manage ? counts : null,
  };
}

export function presentNotice(
  n: NoticeRow,
  entries: EntryRow[],
  actor: Actor | null,
  on: string,
  counts: Counts,
): PublicityNoticeView {
  return {
    ...base(n, actor, on, counts),
    body: n.body,
    entries: entries.map((e) => presentEntry(e, n.packId)),
  };
}

export function presentNoticeSummary(
  n: NoticeRow,
  entryCount: number,
  actor: Actor | null,
  on: string,
): PublicityNoticeSummary {
  return { ...base(n, actor, on, null), entryCount };
}

export function presentObjection(
  o: ObjectionRow,
  entry: EntryRow | undefined,
  fileRows: { id: string; name: string; mime: string; size: number }[],
): ObjectionView {
  return {
    id: o.id,
    entryId: o.entryId,
    centerName: entry?.centerName ?? '',
    applicationId: entry?.applicationId ?? o.entryId,
    name: o.name,
    contact: o.contact,
    content: o.content,
    attachments: o.attachmentFileIds
      .map((id) => fileRows.find((f) => f.id === id))
      .filter((f) => f !== undefined)
      .map((f) => ({ id: f.id, name: f.name, mime: f.mime, size: f.size })),
    status: o.status as ObjectionView['status'],
    resolution: o.resolution,
    resolvedAt: o.resolvedAt?.toISOString() ?? null,
    createdAt: o.createdAt.toISOString(),
    version: o.version,
  };
}
