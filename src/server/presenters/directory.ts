/** Directory entries as the API and the export show them. */
import type { DirectoryDetail, DirectoryEntry } from '../../contracts/directory.ts';
import {
  centerKindLabels,
  centerLevelLabels,
  centerTypeLabels,
  directoryStatusLabels,
} from '../../contracts/directory.ts';
import type { DirectoryRow, findDirectoryEntry } from '../../db/loaders/directory.ts';
import { ratingLabel } from '../../domain/management/management.ts';
import { getPack } from '../../domain/policy/index.ts';
import { regionFullName } from '../../domain/reference/regions.ts';

export function presentDirectoryEntry(r: DirectoryRow): DirectoryEntry {
  return {
    id: r.id,
    name: r.name,
    slug: r.slug,
    level: r.level,
    type: r.type,
    kind: r.kind,
    direction: r.direction,
    regionCode: r.regionCode,
    regionName: regionFullName(r.regionCode) ?? r.regionCode,
    leadOrganisation: { id: r.leadOrganisationId, name: r.leadOrganisationName },
    status: r.status,
    recognisedOn: r.recognisedOn,
    packId: r.packId,
    rating:
      r.rating && r.ratingYear !== null
        ? {
            year: r.ratingYear,
            value: r.rating,
            label: ratingLabel(r.packId ? getPack(r.packId) : undefined, r.rating),
          }
        : null,
  };
}

type Found = NonNullable<Awaited<ReturnType<typeof findDirectoryEntry>>>;

export function presentDirectoryDetail(d: Found): DirectoryDetail {
  const c = d.center;
  return {
    ...presentDirectoryEntry({
      ...c,
      name: d.nameAsOf,
      leadOrganisationName: d.leadOrganisationName,
      status: d.status ?? c.status,
      rating: d.rating,
      ratingYear: d.ratingYear,
    }),
    summary: c.summary,
    industryCodes: c.industryCodes,
    operatorOrganisation: { id: c.operatorOrganisationId, name: d.operatorOrganisationName },
    members: d.members,
    history: d.history.map((h) => ({
      status: h.status,
      fromDate: h.fromDate,
      toDate: h.toDate,
      reason: h.reason,
      source: h.source,
      sourceId: h.sourceId,
      documentNumber: h.documentNumber,
    })),
    renames: d.renames,
  };
}

/** Chinese label of a level / type / kind / status value (the value itself when unknown). */
export function zhLabel(table: Record<string, { zh: string; en: string }>, value: string | null): string {
  return value ? (table[value]?.zh ?? value) : '';
}

/** The Chinese name of a demonstration direction from its pack. */
export function directionName(packId: string | null, direction: string | null): string {
  if (!direction) {
    return '';
  }
  const pack = packId ? getPack(packId) : undefined;
  return pack?.directions.find((d) => d.id === direction)?.name.zh ?? direction;
}

export const directoryLabelTables = {
  level: centerLevelLabels,
  type: centerTypeLabels,
  kind: centerKindLabels,
  status: directoryStatusLabels,
} as const;
