/** Loading assessments (数字化水平评测), with the organisation's name, inside a policy's list scope. */
import { and, count, desc, eq } from 'drizzle-orm';
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
