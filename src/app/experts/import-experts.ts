/**
 * Importing experts from .xlsx (专家库导入): a dry run reports every row's problems (row and column named,
 * nothing written); the commit runs the same checks and writes all rows or none, in the caller's
 * transaction. New logins become expert accounts in the importer's region, with a random password to be
 * reset by the administrator (mustChangePassword); existing experts of the jurisdiction are updated.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { ExpertImportReport } from '../../contracts/expert-pool.ts';
import type { Db } from '../../db/client.ts';
import { expertGrantsOf, organisationsByCreditCode, usersByUsername } from '../../db/loaders/expert-pool.ts';
import { expertEmployments, expertProfiles, roleGrants, users } from '../../db/schema/index.ts';
import { todayInShanghai } from '../../domain/calendar/dates.ts';
import { inJurisdiction } from '../../domain/jurisdiction/index.ts';
import {
  duplicateUsernames,
  missingHeaders,
  parseExpertImportRow,
  rowError,
  type ExpertImportRow,
  type ImportCellError,
} from '../../domain/review/index.ts';
import type { Actor } from '../actor.ts';
import { appendAudit } from '../audit.ts';
import { hashPassword } from '../auth/passwords.ts';
import { AppError } from '../errors.ts';
import { readXlsx } from '../resources/spreadsheet.ts';

export const MAX_IMPORT_ROWS = 500;

interface Planned extends ExpertImportRow {
  organisationId: string;
  existingUserId: string | null;
}

async function plan(
  tx: Db,
  file: Buffer,
  regionCode: string,
): Promise<{ fileRows: number; planned: Planned[]; errors: ImportCellError[] }> {
  const { headers, rows } = await readXlsx(file);
  const missing = missingHeaders(headers);
  if (missing.length > 0) {
    throw new AppError('resource.import_unreadable', {
      reason: `缺少列「${missing.join('」「')}」，请使用专家导入模板`,
    });
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new AppError('expert.import_too_many', { max: MAX_IMPORT_ROWS });
  }
  const today = todayInShanghai();
  const errors: ImportCellError[] = [];
  const parsed: ExpertImportRow[] = [];
  for (const r of rows) {
    const out = parseExpertImportRow(r.row, r.cells, today);
    errors.push(...out.errors);
    if (out.value) {
      parsed.push(out.value);
    }
  }
  errors.push(...duplicateUsernames(parsed));
  const orgs = new Map(
    (await organisationsByCreditCode(tx, [...new Set(parsed.map((p) => p.organisationCreditCode))])).map(
      (o) => [o.creditCode, o],
    ),
  );
  const existing = new Map(
    (await usersByUsername(tx, [...new Set(parsed.map((p) => p.username))])).map((u) => [u.username, u.id]),
  );
  const grants = await expertGrantsOf(tx, [...existing.values()]);
  const planned: Planned[] = [];
  for (const p of parsed) {
    const org = orgs.get(p.organisationCreditCode);
    if (!org) {
      errors.push(
        rowError(
          p.row,
          'organisationCreditCode',
          `单位“${p.organisationName}”（${p.organisationCreditCode}）尚未登记，请先在「机构管理」中登记该单位`,
          `organisation ${p.organisationCreditCode} is not registered; register it under Organisations first`,
        ),
      );
      continue;
    }
    const userId = existing.get(p.username) ?? null;
    if (userId) {
      const own = grants.filter((g) => g.userId === userId);
      const expertGrant = own.find((g) => g.role === 'expert');
      if (!expertGrant) {
        errors.push(
          rowError(
            p.row,
            'username',
            `“${p.username}”已被非专家账号使用，请换一个登录名`,
            `"${p.username}" belongs to an account that is not an expert; choose another login name`,
          ),
        );
        continue;
      }
      if (!expertGrant.regionCode || !inJurisdiction(expertGrant.regionCode, regionCode)) {
        errors.push(
          rowError(
            p.row,
            'username',
            `“${p.username}”是其他地区专家库的专家，不能在本地区导入`,
            `"${p.username}" is in another region's pool`,
          ),
        );
        continue;
      }
    }
    planned.push({ ...p, organisationId: org.id, existingUserId: userId });
  }
  errors.sort((a, b) => a.row - b.row);
  return { fileRows: rows.length, planned, errors };
}

function report(
  fileRows: number,
  planned: Planned[],
  errors: ImportCellError[],
  committed: boolean,
): ExpertImportReport {
  const bad = new Set(errors.map((e) => e.row));
  const ok = planned.filter((p) => !bad.has(p.row));
  return {
    fileRows,
    validRows: ok.length,
    created: ok.filter((p) => !p.existingUserId).length,
    updated: ok.filter((p) => p.existingUserId).length,
    errors,
    rows: ok.map((p) => ({
      row: p.row,
      username: p.username,
      name: p.name,
      action: p.existingUserId ? 'update' : 'create',
      fields: p.fields,
    })),
    committed,
  };
}

/** Checks the file and says what a commit would do; writes nothing. */
export async function dryRunExpertImport(
  tx: Db,
  file: Buffer,
  regionCode: string,
): Promise<ExpertImportReport> {
  const { fileRows, planned, errors } = await plan(tx, file, regionCode);
  return report(fileRows, planned, errors, false);
}

/** Writes every row or none (any error refuses the whole file). */
export async function commitExpertImport({
  actor,
  tx,
  file,
  regionCode,
}: {
  actor: Actor;
  tx: Db;
  file: Buffer;
  regionCode: string;
}): Promise<ExpertImportReport> {
  const { fileRows, planned, errors } = await plan(tx, file, regionCode);
  if (errors.length > 0) {
    throw new AppError('expert.import_invalid', { count: errors.length });
  }
  const now = new Date();
  const today = todayInShanghai();
  for (const p of planned) {
    const profile = { fields: p.fields, title: p.title, available: p.available, maxLoad: p.maxLoad };
    let userId = p.existingUserId;
    if (!userId) {
      userId = uuidv7();
      await tx.insert(users).values({
        id: userId,
        username: p.username,
        displayName: p.name,
        // Nobody knows this password: the administrator resets it to hand the account over.
        passwordHash: await hashPassword(randomBytes(24).toString('base64url')),
        organisationId: p.organisationId,
        mustChangePassword: true,
        passwordChangedAt: now,
      });
      await tx.insert(roleGrants).values({ id: uuidv7(), userId, role: 'expert', regionCode });
      await tx.insert(expertProfiles).values({ userId, ...profile });
    } else {
      await tx
        .update(users)
        .set({ displayName: p.name, organisationId: p.organisationId, updatedAt: now })
        .where(eq(users.id, userId));
      const [old] = await tx.select().from(expertProfiles).where(eq(expertProfiles.userId, userId));
      if (old) {
        await tx
          .update(expertProfiles)
          .set({ ...profile, version: old.version + 1, updatedAt: now })
          .where(eq(expertProfiles.userId, userId));
      } else {
        await tx.insert(expertProfiles).values({ userId, ...profile });
      }
    }
    // The employer of the sheet is the current one: other open jobs end today, a new one is opened.
    const open = await tx
      .select()
      .from(expertEmployments)
      .where(and(eq(expertEmployments.expertUserId, userId), isNull(expertEmployments.toDate)));
    if (!open.some((j) => j.organisationCreditCode === p.organisationCreditCode)) {
      for (const j of open) {
        await tx.update(expertEmployments).set({ toDate: today }).where(eq(expertEmployments.id, j.id));
      }
      await tx.insert(expertEmployments).values({
        id: uuidv7(),
        expertUserId: userId,
        organisationCreditCode: p.organisationCreditCode,
        organisationName: p.organisationName,
        fromDate: p.fromDate,
        toDate: null,
      });
    }
  }
  const result = report(fileRows, planned, [], true);
  await appendAudit(tx, actor, {
    action: 'expert.import',
    targetType: 'expert',
    targetId: null,
    scopeRegion: regionCode,
    after: {
      created: result.rows.filter((r) => r.action === 'create').map((r) => r.username),
      updated: result.rows.filter((r) => r.action === 'update').map((r) => r.username),
    },
    detail: { created: result.created, updated: result.updated },
  });
  return result;
}
