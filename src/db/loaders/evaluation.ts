/** Loading annual reports and evaluations, jurisdiction-scoped for lists. */
import { and, asc, desc, eq, isNotNull, or, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { annualReports, centerEvaluations, centers } from '../schema/index.ts';
import { scopeCondition, type ListScope } from './scope.ts';

export type AnnualReportRow = typeof annualReports.$inferSelect;
export type EvaluationRow = typeof centerEvaluations.$inferSelect;
export type EvaluationCenterRow = typeof centers.$inferSelect;

export async function findReport(
  db: Db,
  centerId: string,
  year: number,
): Promise<AnnualReportRow | undefined> {
  const [row] = await db
    .select()
    .from(annualReports)
    .where(and(eq(annualReports.centerId, centerId), eq(annualReports.year, year)))
    .limit(1);
  return row;
}

export async function reportsOfCenter(db: Db, centerId: string): Promise<AnnualReportRow[]> {
  return db
    .select()
    .from(annualReports)
    .where(eq(annualReports.centerId, centerId))
    .orderBy(desc(annualReports.year));
}

export async function findEvaluation(db: Db, id: string): Promise<EvaluationRow | undefined> {
  const [row] = await db.select().from(centerEvaluations).where(eq(centerEvaluations.id, id)).limit(1);
  return row;
}

export async function findEvaluationFor(
  db: Db,
  centerId: string,
  year: number,
): Promise<EvaluationRow | undefined> {
  const [row] = await db
    .select()
    .from(centerEvaluations)
    .where(and(eq(centerEvaluations.centerId, centerId), eq(centerEvaluations.year, year)))
    .limit(1);
  return row;
}

export interface CenterYearRow {
  center: EvaluationCenterRow;
  report: AnnualReportRow | null;
  evaluation: EvaluationRow | null;
}

/**
 * Recognised centers with a pack in the scope (and any center already evaluated for the year), each with
 * its report and evaluation of `year`. Ordered by region then name; callers filter and page.
 */
export async function centerYears(db: Db, scope: ListScope, year: number): Promise<CenterYearRow[]> {
  const rows = await db
    .select({ center: centers, report: annualReports, evaluation: centerEvaluations })
    .from(centers)
    .leftJoin(annualReports, and(eq(annualReports.centerId, centers.id), eq(annualReports.year, year)))
    .leftJoin(
      centerEvaluations,
      and(eq(centerEvaluations.centerId, centers.id), eq(centerEvaluations.year, year)),
    )
    .where(
      and(
        isNotNull(centers.packId),
        or(
          and(eq(centers.status, 'recognised'), sql`extract(year from ${centers.recognisedOn}) <= ${year}`),
          isNotNull(centerEvaluations.id),
        ),
        scopeCondition(scope, { region: centers.regionCode, organisation: centers.operatorOrganisationId }),
      ),
    )
    .orderBy(asc(centers.regionCode), asc(centers.name));
  return rows;
}

/** Decided and published evaluations of a center, newest year first (public). */
export async function publishedEvaluations(db: Db, centerId: string): Promise<EvaluationRow[]> {
  return db
    .select()
    .from(centerEvaluations)
    .where(
      and(
        eq(centerEvaluations.centerId, centerId),
        eq(centerEvaluations.status, 'decided'),
        isNotNull(centerEvaluations.publishedOn),
      ),
    )
    .orderBy(desc(centerEvaluations.year));
}
