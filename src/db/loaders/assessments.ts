/** Loading assessments (数字化水平评测), with the organisation's name, inside a policy's list scope. */
import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import {
  cityPrefix,
  MIN_SAMPLE,
  provincePrefix,
  type BenchmarkCell,
  type CellCounts,
  type PeerKeys,
} from '../../domain/diagnosis/benchmark.ts';
import type { Db } from '../client.ts';
import { assessments, centers, organisations } from '../schema/index.ts';
import { scopeCondition, type ListScope } from './scope.ts';

export type AssessmentRow = typeof assessments.$inferSelect & {
  organisationName: string;
  organisationCreditCode: string;
  /** The operator of the assisting center (assisted diagnosis), else null. */
  centerOperatorOrganisationId: string | null;
};

const columns = {
  assessment: assessments,
  organisationName: organisations.name,
  organisationCreditCode: organisations.creditCode,
  centerOperatorOrganisationId: centers.operatorOrganisationId,
};

const flatten = (r: {
  assessment: typeof assessments.$inferSelect;
  organisationName: string;
  organisationCreditCode: string;
  centerOperatorOrganisationId: string | null;
}): AssessmentRow => ({
  ...r.assessment,
  organisationName: r.organisationName,
  organisationCreditCode: r.organisationCreditCode,
  centerOperatorOrganisationId: r.centerOperatorOrganisationId,
});

export async function findAssessment(db: Db, id: string): Promise<AssessmentRow | undefined> {
  const [row] = await db
    .select(columns)
    .from(assessments)
    .innerJoin(organisations, eq(organisations.id, assessments.organisationId))
    .leftJoin(centers, eq(centers.id, assessments.centerId))
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
    .leftJoin(centers, eq(centers.id, assessments.centerId))
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

/** `code >= prefix and code < next prefix`: a range a btree index can use, unlike LIKE under most collations. */
function regionRange(column: typeof assessments.regionCode, prefix: string): SQL {
  const next = String(Number(prefix) + 1).padStart(prefix.length, '0');
  return sql`${column} >= ${prefix} and ${column} < ${next}`;
}

/**
 * Counts of submitted assessments of one model around `score`, cell by cell from the narrowest,
 * stopping at the first cell with `minSample` assessments: most lookups touch only a small indexed
 * range (industry division × city), and only thin cells widen towards the whole country.
 */
export async function benchmarkCounts(
  db: Db,
  modelId: string,
  keys: PeerKeys,
  score: number,
  cells: readonly BenchmarkCell[],
  minSample = MIN_SAMPLE,
): Promise<CellCounts[]> {
  const a = assessments;
  const city = regionRange(a.regionCode, cityPrefix(keys.regionCode));
  const province = regionRange(a.regionCode, provincePrefix(keys.regionCode));
  const industry = sql`${a.industryDivision} = ${keys.industryDivision}`;
  const conditionOf = (cell: BenchmarkCell): SQL => {
    switch (cell) {
      case 'industry_city_size':
        return sql`${industry} and ${city} and ${a.sizeBand} = ${keys.sizeBand}`;
      case 'industry_city':
        return sql`${industry} and ${city}`;
      case 'industry_province':
        return sql`${industry} and ${province}`;
      case 'industry_national':
        return industry;
      case 'province':
        return province;
      case 'national':
        return sql`true`;
    }
  };
  const counts: CellCounts[] = [];
  for (const cell of cells) {
    const [row] = await db
      .select({
        n: count(),
        below: sql<number>`count(*) filter (where ${a.score} < ${score})`,
        equal: sql<number>`count(*) filter (where ${a.score} = ${score})`,
      })
      .from(a)
      .where(and(eq(a.modelId, modelId), eq(a.status, 'submitted'), conditionOf(cell)));
    // count(*) is a number on PGlite and a string on pg.
    const n = Number(row?.n ?? 0);
    counts.push({ cell, n, below: Number(row?.below ?? 0), equal: Number(row?.equal ?? 0) });
    if (n >= minSample) {
      break;
    }
  }
  return counts;
}

/** The enterprise's latest submitted assessment of the same model before this one (its T0). */
export async function findPreviousSubmitted(
  db: Db,
  row: { id: string; organisationId: string; modelId: string; submittedAt: Date },
): Promise<typeof assessments.$inferSelect | undefined> {
  const [previous] = await db
    .select()
    .from(assessments)
    .where(
      and(
        eq(assessments.organisationId, row.organisationId),
        eq(assessments.modelId, row.modelId),
        eq(assessments.status, 'submitted'),
        sql`${assessments.submittedAt} <= ${row.submittedAt.toISOString()}`,
        sql`${assessments.id} <> ${row.id}`,
      ),
    )
    .orderBy(desc(assessments.submittedAt), desc(assessments.id))
    .limit(1);
  return previous;
}
