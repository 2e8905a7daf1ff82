/** Directory factories: recognised centers with members and history, through the real command. */
import { systemActor } from '../../src/app/actor.ts';
import { changeCenterStatus, recogniseCenter } from '../../src/app/directory/recognise-center.ts';
import type { Db } from '../../src/db/client.ts';
import { makeOrganisation, nextCreditCode } from '../factories.ts';

export interface DirectoryCenterOverrides {
  name?: string;
  level?: 'national' | 'provincial' | 'municipal';
  type?: 'comprehensive' | 'industry' | 'functional';
  kind?: string | null;
  regionCode?: string;
  recognisedOn?: string;
  packId?: string | null;
  leadOrganisationId?: string;
  members?: number;
  /** Revoke on this date (after recognition). */
  revokedOn?: string;
}

/** A center entered in the directory (and optionally revoked later); returns its id. */
export async function makeDirectoryCenter(db: Db, overrides: DirectoryCenterOverrides = {}): Promise<string> {
  const regionCode = overrides.regionCode ?? '370102';
  const leadOrganisationId =
    overrides.leadOrganisationId ?? (await makeOrganisation(db, { regionCode, kind: 'enterprise' }));
  const members = Array.from({ length: overrides.members ?? 1 }, (_, i) => ({
    name: `联合单位${i + 1}有限公司`,
    creditCode: nextCreditCode(regionCode),
  }));
  const actor = systemActor('factory');
  const id = await db.transaction((tx) =>
    recogniseCenter(tx, actor, {
      name: overrides.name ?? `测试名录促进中心${Math.random().toString(36).slice(2, 8)}`,
      level: overrides.level ?? 'provincial',
      type: overrides.type ?? 'comprehensive',
      kind: overrides.kind ?? null,
      regionCode,
      industryCodes: ['C34'],
      leadOrganisationId,
      members,
      packId: overrides.packId === undefined ? 'shandong-guide' : overrides.packId,
      recognisedOn: overrides.recognisedOn ?? '2025-06-30',
      reason: '认定公告',
      source: 'import',
    }),
  );
  if (overrides.revokedOn) {
    await db.transaction((tx) =>
      changeCenterStatus(tx, actor, {
        centerId: id,
        expectedVersion: 1,
        status: 'revoked',
        on: overrides.revokedOn!,
        reason: '连续两年评价不合格',
        source: 'revocation',
      }),
    );
  }
  return id;
}
