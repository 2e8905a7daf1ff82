/** Loading assessments (数字化水平评测), with the organisation's name, inside a policy's list scope. */
import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import {
  cityPrefix,
  provincePrefix,
  type BenchmarkCell,
  type CellCounts,
  type PeerKeys,
} from '../../domain/diagnosis/benchmark.ts';
import type { Db } from '../client.ts';
import { assessments, organisations } from '../schema/index.ts';
import { scopeCondition, type ListScope } from './scope.ts';

export type AssessmentRow = typeof assessments.$inferSelect & { organisationName: string };

const columns = { assessment: assessments, organisationName: organisations.name };

const flatten = (r: { assessment: typeof assessments.$inferSelect; organisationName: string }) => ({
  ...r.assessment,
  organisationName: r.organisationName,
});

export async function findAssessment(db: Db, id: string): Promise<AssessmentRow | undefined> {
  const [row] = await db
    .select(columns)
    .from(assessments)
    .innerJoin(organisations, eq(organisations.id, assessments.organisationId))
    .where(eq(assessments.id, id));
  return row ? flatten(row) : undefined;
}

/** Assessments inside the scope, newest first; `status` narrows to drafts or submitted ones. */
export async function listAssessments(
  db: Db,
  scope: ListScope,
  filter: { status?: string | undefined; modelId?: string | undefined; page: number; pageSize: number },
): Promise<{ rows: AssessmentRow[]; total: number }> {
  const where = and(
    scopeCondition(scope, { region: assessments.regionCode, organisation: assessments.organisationId }),
    filter.status ? eq(assessments.status, filter.status) : undefined,
    filter.modelId ? eq(assessments.modelId, filter.modelId) : undefined,
  );
  const [totals] = await db.select({ total: count() }).from(assessments).where(where);
  const rows = await db
    .select(columns)
    .from(assessments)
    .innerJoin(organisations, eq(organisations.id, assessments.organisationId))
    .where(where)
    .orderBy(desc(assessments.updatedAt), desc(assessments.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { rows: rows.map(flatten), total: Number(totals?.total ?? 0) };
}

/** The peer keys of an organisation, copied onto its assessments. */
export async function findAssessedOrganisation(
  db: Db,
  id: string,
): Promise<{ id: string; regionCode: string; industryCodes: string[] } | undefined> {
  const [row] = await db
    .select({
      id: organisations.id,
      regionCode: organisations.regionCode,
      industryCodes: organisations.industryCodes,
    })
    .from(organisations)
    .where(eq(organisations.id, id));
  return row;
}

/**
 * Counts of submitted assessments of one model around `score`, per peer cell, in one scan: the rows
 * outside the widest cell are filtered first, each cell is a FILTER on the same rows.
 */
export async function benchmarkCounts(
  db: Db,
  modelId: string,
  keys: PeerKeys,
  score: number,
  cells: readonly BenchmarkCell[],
): Promise<CellCounts[]> {
  const city = `${cityPrefix(keys.regionCode)}%`;
  const province = `${provincePrefix(keys.regionCode)}%`;
  const conditionOf = (cell: BenchmarkCell): SQL => {
    switch (cell) {
      case 'industry_city_size':
        return sql`${assessments.industryDivision} = ${keys.industryDivision} and ${assessments.regionCode} like ${city} and ${assessments.sizeBand} = ${keys.sizeBand}`;
      case 'industry_city':
        return sql`${assessments.industryDivision} = ${keys.industryDivision} and ${assessments.regionCode} like ${city}`;
      case 'industry_province':
        return sql`${assessments.industryDivision} = ${keys.industryDivision} and ${assessments.regionCode} like ${province}`;
      case 'industry_national':
        return sql`${assessments.industryDivision} = ${keys.industryDivision}`;
      case 'province':
        return sql`${assessments.regionCode} like ${province}`;
      case 'national':
        return sql`true`;
    }
  };
  const selection: Record<string, SQL<number>> = {};
  cells.forEach((cell, i) => {
    const c = conditionOf(cell);
    selection[`n${i}`] = sql<number>`count(*) filter (where ${c})`;
    selection[`b${i}`] = sql<number>`count(*) filter (where ${c} and ${assessments.score} < ${score})`;
    selection[`e${i}`] = sql<number>`count(*) filter (where ${c} and ${assessments.score} = ${score})`;
  });
  const [row] = await db
    .select(selection)
    .from(assessments)
    .where(and(eq(assessments.modelId, modelId), eq(assessments.status, 'submitted')));
  // count(*) is a number on PGlite and a string on pg.
  const at = (key: string) => Number(row?.[key] ?? 0);
  return cells.map((cell, i) => ({ cell, n: at(`n${i}`), below: at(`b${i}`), equal: at(`e${i}`) }));
}
