/**
 * Factories: valid records with overrides, creating missing parents. Used by the tests and by the demo seed,
 * so the demo data is always data the application itself accepts.
 */
import { eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../src/db/client.ts';
import { centers, expertProfiles, organisations, roleGrants, users } from '../src/db/schema/index.ts';
import type { CreateOrganisationBody } from '../src/contracts/organisations.ts';
import type { Role } from '../src/contracts/common.ts';
import { systemActor } from '../src/app/actor.ts';
import { appendAudit } from '../src/app/audit.ts';
import { createOrganisation } from '../src/app/organisations/create-organisation.ts';
import { hashPassword } from '../src/app/auth/passwords.ts';
import { makeCreditCode } from '../src/domain/organisation/credit-code.ts';

let serial = 1000;
/** A fresh, valid 统一社会信用代码 registered in `regionCode`. */
export function nextCreditCode(regionCode = '370100'): string {
  serial += 1;
  // Region codes inside credit codes are the registering authority's; 000000 is not one, use 100000 (national).
  return makeCreditCode({ regionCode: regionCode === '000000' ? '100000' : regionCode, serial });
}

export type OrganisationOverrides = Partial<CreateOrganisationBody>;

/** Creates an organisation through the real command (validation and audit included); returns its id. */
export async function makeOrganisation(db: Db, overrides: OrganisationOverrides = {}): Promise<string> {
  const regionCode = overrides.regionCode ?? '370100';
  const input: CreateOrganisationBody = {
    name: `测试企业${serial + 1}有限公司`,
    creditCode: overrides.creditCode ?? nextCreditCode(regionCode),
    kind: 'enterprise',
    authorityLevel: null,
    registrationDate: '2018-05-10',
    regionCode,
    industryCodes: ['C34'],
    sme: false,
    specialisedSme: false,
    aboveScale: false,
    soe: null,
    ...overrides,
  };
  return db.transaction((tx) => createOrganisation({ actor: systemActor('factory'), tx, input }));
}

export interface UserOverrides {
  username?: string;
  displayName?: string;
  password?: string;
  organisationId?: string;
  roles?: { role: Role; regionCode?: string | null; organisationId?: string | null }[];
  expertFields?: string[];
  locale?: 'zh-CN' | 'en';
}

/** Creates an account (with its organisation when none is given); returns its id. */
export async function makeUser(db: Db, overrides: UserOverrides = {}): Promise<string> {
  const organisationId = overrides.organisationId ?? (await makeOrganisation(db));
  const [org] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
  const id = uuidv7();
  const username = overrides.username ?? `user.${id.slice(-8)}`;
  const grants = (overrides.roles ?? [{ role: 'enterprise' as Role }]).map((g) => ({
    id: uuidv7(),
    userId: id,
    role: g.role,
    regionCode: g.regionCode ?? null,
    organisationId: ['applicant', 'center_operator', 'enterprise'].includes(g.role)
      ? (g.organisationId ?? organisationId)
      : null,
  }));
  const passwordHash = await hashPassword(overrides.password ?? 'dtpc-demo-2026');
  await db.transaction(async (tx) => {
    await tx.insert(users).values({
      id,
      username,
      displayName: overrides.displayName ?? username,
      passwordHash,
      organisationId,
      locale: overrides.locale ?? 'zh-CN',
      passwordChangedAt: new Date(),
    });
    await tx.insert(roleGrants).values(grants);
    if (overrides.expertFields) {
      await tx.insert(expertProfiles).values({ userId: id, fields: overrides.expertFields });
    }
    await appendAudit(tx, systemActor('factory'), {
      action: 'user.create',
      targetType: 'user',
      targetId: id,
      scopeRegion: org?.regionCode ?? null,
      after: { username, grants: grants.map((g) => g.role) },
      detail: { username },
    });
  });
  return id;
}

export interface CenterOverrides {
  name?: string;
  slug?: string;
  level?: 'national' | 'provincial' | 'municipal';
  type?: 'comprehensive' | 'industry' | 'functional';
  kind?: string | null;
  regionCode?: string;
  industryCodes?: string[];
  leadOrganisationId?: string;
  operatorOrganisationId?: string;
  status?: 'building' | 'recognised' | 'revoked';
  packId?: string | null;
  recognisedOn?: string | null;
  summary?: string;
}

/** Creates a center (with lead and operator organisations when none are given); returns its id. */
export async function makeCenter(db: Db, overrides: CenterOverrides = {}): Promise<string> {
  const regionCode = overrides.regionCode ?? '370112';
  const leadOrganisationId = overrides.leadOrganisationId ?? (await makeOrganisation(db, { regionCode }));
  const operatorOrganisationId = overrides.operatorOrganisationId ?? leadOrganisationId;
  const id = uuidv7();
  const row = {
    id,
    name: overrides.name ?? `测试促进中心${id.slice(-6)}`,
    slug: overrides.slug ?? `center-${id.slice(-12)}`,
    level: overrides.level ?? 'provincial',
    type: overrides.type ?? 'comprehensive',
    kind: overrides.kind ?? null,
    direction: null,
    regionCode,
    industryCodes: overrides.industryCodes ?? ['C34'],
    leadOrganisationId,
    operatorOrganisationId,
    status: overrides.status ?? 'recognised',
    packId: overrides.packId === undefined ? 'shandong-guide' : overrides.packId,
    recognisedOn: overrides.recognisedOn === undefined ? '2025-12-20' : overrides.recognisedOn,
    summary: overrides.summary ?? '',
  };
  await db.transaction(async (tx) => {
    await tx.insert(centers).values(row);
    await appendAudit(tx, systemActor('factory'), {
      action: 'center.create',
      targetType: 'center',
      targetId: id,
      scopeRegion: regionCode,
      after: row,
      detail: { name: row.name },
    });
  });
  return id;
}
