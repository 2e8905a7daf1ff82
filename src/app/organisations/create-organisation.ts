/** Registers a legal entity, validating its credit code (GB 32100-2015), region and industries. */
import { v7 as uuidv7 } from 'uuid';
import type { CreateOrganisationBody } from '../../contracts/organisations.ts';
import type { Db } from '../../db/client.ts';
import { findOrganisationByCreditCode } from '../../db/loaders/organisations.ts';
import { organisations } from '../../db/schema/index.ts';
import { validateCreditCode } from '../../domain/organisation/credit-code.ts';
import { isValidRegionCode, NATIONAL_REGION_CODE } from '../../domain/reference/regions.ts';
import { authorityRegionMatches } from '../../domain/organisation/kinds.ts';
import { isValidIndustryCode, normalizeIndustryCode } from '../../domain/reference/industries.ts';
import type { AnyActor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { AppError } from '../errors.ts';

/** Validates the input beyond its shape; throws AppError naming the field. */
export function checkOrganisationInput(input: CreateOrganisationBody): {
  creditCode: string;
  industryCodes: string[];
} {
  const credit = validateCreditCode(input.creditCode);
  if (!credit.ok) {
    throw new AppError(
      'organisation.credit_code_invalid',
      { reason: credit.message.zh, reasonEn: credit.message.en, creditCodeError: credit.code },
      [{ field: 'creditCode', code: 'organisation.credit_code_invalid', message: credit.message }],
    );
  }
  const isNational = input.kind === 'authority' && input.regionCode === NATIONAL_REGION_CODE;
  if (!isNational && !isValidRegionCode(input.regionCode)) {
    throw new AppError('reference.unknown_region', { code: input.regionCode }, [
      { field: 'regionCode', code: 'reference.unknown_region', message: '' },
    ]);
  }
  if (input.kind === 'authority') {
    const level = input.authorityLevel;
    if (!level || !authorityRegionMatches(level, input.regionCode)) {
      throw new AppError(
        'organisation.authority_level_mismatch',
        { reason: `${level ?? '—'} / ${input.regionCode}` },
        [{ field: 'authorityLevel', code: 'organisation.authority_level_mismatch', message: '' }],
      );
    }
  }
  const industryCodes: string[] = [];
  for (const [i, code] of input.industryCodes.entries()) {
    if (!isValidIndustryCode(code)) {
      throw new AppError('reference.unknown_industry', { code }, [
        { field: `industryCodes.${i}`, code: 'reference.unknown_industry', message: '' },
      ]);
    }
    industryCodes.push(normalizeIndustryCode(code) ?? code);
  }
  return { creditCode: credit.normalized, industryCodes };
}

export async function createOrganisation({
  actor,
  tx,
  input,
}: {
  actor: AnyActor;
  tx: Db;
  input: CreateOrganisationBody;
}): Promise<string> {
  const { creditCode, industryCodes } = checkOrganisationInput(input);
  if (await findOrganisationByCreditCode(tx, creditCode)) {
    throw new AppError('organisation.credit_code_duplicate', { creditCode }, [
      { field: 'creditCode', code: 'organisation.credit_code_duplicate', message: '' },
    ]);
  }
  const id = uuidv7();
  const row = {
    id,
    name: input.name,
    creditCode,
    kind: input.kind,
    authorityLevel: input.kind === 'authority' ? (input.authorityLevel ?? null) : null,
    registrationDate: input.registrationDate ?? null,
    regionCode: input.regionCode,
    industryCodes,
    sme: input.sme,
    specialisedSme: input.specialisedSme,
    aboveScale: input.aboveScale,
    soe: input.soe ?? null,
  };
  await tx.insert(organisations).values(row);
  await appendAudit(tx, actor, {
    action: 'organisation.create',
    targetType: 'organisation',
    targetId: id,
    scopeRegion: input.regionCode,
    after: row,
    detail: { name: input.name, creditCode },
  });
  return id;
}
