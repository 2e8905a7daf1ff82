/** An authority opens a yearly call (申报通知) under a pack with a recognition process, as a draft. */
import { v7 as uuidv7 } from 'uuid';
import type { CreateCallBody } from '../../contracts/recognition.ts';
import type { Db } from '../../db/client.ts';
import { calls, type CallMaterial } from '../../db/schema/index.ts';
import { jurisdictionContains, NATIONAL_REGION_CODE } from '../../domain/jurisdiction/index.ts';
import { getPack, type PolicyPack } from '../../domain/policy/index.ts';
import { regionName } from '../../domain/reference/regions.ts';
import { hasRecognitionProcess } from '../../domain/workflow/plan.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';

/** 申报书 and 建设方案 are named by every recognition document; a consortium agreement when members join. */
export const DEFAULT_MATERIALS: CallMaterial[] = [
  { key: 'application_form', name: { zh: '申报书', en: 'Application form' }, required: true },
  { key: 'construction_plan', name: { zh: '建设方案', en: 'Construction plan' }, required: true },
];

/** Checks the call's level, types, kinds and directions against the pack; throws call.target_invalid. */
export function checkCallTarget(
  pack: PolicyPack,
  input: Pick<CreateCallBody, 'level' | 'types' | 'kinds' | 'directions'>,
): void {
  const bad = (field: string, reason: string) =>
    new AppError('call.target_invalid', { reason }, [
      { field, code: 'call.target_invalid', message: reason },
    ]);
  if (pack.levels.length > 0 && !pack.levels.includes(input.level)) {
    throw bad('level', `${input.level} ∉ ${pack.levels.join('/')}`);
  }
  for (const t of input.types) {
    if (!pack.types.includes(t)) {
      throw bad('types', `${t} ∉ ${pack.types.join('/')}`);
    }
  }
  for (const k of input.kinds) {
    if (!pack.kinds.includes(k)) {
      throw bad('kinds', `${k} ∉ ${pack.kinds.join('/')}`);
    }
  }
  for (const d of input.directions) {
    if (!pack.directions.some((x) => x.id === d)) {
      throw bad('directions', `${d} ∉ ${pack.directions.map((x) => x.id).join('/')}`);
    }
  }
}

/**
 * A pack is one authority's rules (its jurisdiction): only authorities inside that jurisdiction may issue calls
 * under it — Shandong cannot run a call under Gansu's 2024 measures. A national pack covers every region.
 */
export function checkPackJurisdiction(pack: PolicyPack, regionCode: string): void {
  const packRegion = pack.jurisdiction.regionCode ?? NATIONAL_REGION_CODE;
  if (!jurisdictionContains(packRegion, regionCode)) {
    throw new AppError(
      'call.pack_out_of_jurisdiction',
      {
        pack: pack.title,
        packRegion: pack.jurisdiction.name,
        region:
          regionCode === NATIONAL_REGION_CODE
            ? { zh: '全国', en: 'the ministry' }
            : (regionName(regionCode) ?? regionCode),
      },
      [{ field: 'packId', code: 'call.pack_out_of_jurisdiction', message: '' }],
    );
  }
}

export async function createCall({
  actor,
  tx,
  input,
  regionCode,
}: {
  actor: Actor;
  tx: Db;
  input: CreateCallBody;
  /** The issuing authority's jurisdiction root. */
  regionCode: string;
}): Promise<string> {
  const pack = getPack(input.packId);
  if (!pack) {
    throw new AppError('not_found', { entity: 'policy_pack' }, [
      { field: 'packId', code: 'not_found', message: '' },
    ]);
  }
  if (!hasRecognitionProcess(pack)) {
    throw new AppError('call.pack_without_recognition', { packId: pack.id }, [
      { field: 'packId', code: 'call.pack_without_recognition', message: '' },
    ]);
  }
  checkPackJurisdiction(pack, regionCode);
  const directions = input.directions.length > 0 ? input.directions : pack.directions.map((d) => d.id);
  const types = input.types.length > 0 || pack.directions.length > 0 ? input.types : pack.types;
  checkCallTarget(pack, { ...input, directions, types });
  const quotas =
    input.quotas.length > 0
      ? input.quotas
      : pack.directions.map((d) => ({ key: d.id, count: d.quota.count, approximate: d.quota.approximate }));
  const id = uuidv7();
  const row = {
    id,
    packId: pack.id,
    year: input.year,
    title: input.title,
    description: input.description,
    level: input.level,
    types,
    kinds: input.kinds.length > 0 || !types.includes('functional') ? input.kinds : pack.kinds,
    directions,
    quotas,
    requiredMaterials: input.requiredMaterials ?? DEFAULT_MATERIALS,
    opensOn: input.opensOn,
    closesOn: input.closesOn,
    status: 'draft',
    issuingOrganisationId: actor.organisationId,
    regionCode,
  };
  await tx.insert(calls).values(row);
  await appendAudit(tx, actor, {
    action: 'call.create',
    targetType: 'call',
    targetId: id,
    scopeRegion: regionCode,
    after: row,
    detail: { packId: pack.id, year: input.year },
  });
  return id;
}
