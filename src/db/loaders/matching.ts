/** Loading needs (需求池), their invitations, and the catalog items a need is ranked against. */
import { and, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.ts';
import {
  centers,
  demandInvitations,
  demands,
  organisations,
  resourceAdoptions,
  resources,
} from '../schema/index.ts';
import type { MatchItem } from '../../domain/matching/index.ts';
import type { ResourceKind } from '../../domain/resources/vocabulary.ts';
import type { SupplierGrade } from '../../domain/resources/supplier-grade.ts';
import { scopeCondition, type ListScope } from './scope.ts';

export type DemandRow = typeof demands.$inferSelect & {
  centerSlug: string;
  centerName: string;
  centerRegionCode: string;
  centerOperatorOrganisationId: string;
  enterpriseName: string;
  enterpriseCreditCode: string;
};

const demandColumns = {
  demand: demands,
  centerSlug: centers.slug,
  centerName: centers.name,
  centerRegionCode: centers.regionCode,
  centerOperatorOrganisationId: centers.operatorOrganisationId,
  enterpriseName: organisations.name,
  enterpriseCreditCode: organisations.creditCode,
};

type Joined = { demand: typeof demands.$inferSelect } & Omit<DemandRow, keyof typeof demands.$inferSelect>;
const flatten = ({ demand, ...rest }: Joined): DemandRow => ({ ...demand, ...rest });

function joined(db: Db) {
  return db
    .select(demandColumns)
    .from(demands)
    .innerJoin(centers, eq(centers.id, demands.centerId))
    .innerJoin(organisations, eq(organisations.id, demands.organisationId));
}

export async function findDemand(db: Db, id: string): Promise<DemandRow | undefined> {
  const [row] = await joined(db).where(eq(demands.id, id)).limit(1);
  return row ? flatten(row) : undefined;
}

/** Needs in the scope (the enterprise's own, the operator's center's, an authority's jurisdiction). */
export async function listDemands(
  db: Db,
  filter: {
    scope?: ListScope;
    centerId?: string;
    organisationId?: string;
    status?: string;
    page: number;
    pageSize: number;
  },
): Promise<{ rows: DemandRow[]; total: number }> {
  const where = and(
    filter.scope
      ? scopeCondition(filter.scope, {
          region: centers.regionCode,
          organisation: centers.operatorOrganisationId,
        })
      : undefined,
    filter.centerId ? eq(demands.centerId, filter.centerId) : undefined,
    filter.organisationId ? eq(demands.organisationId, filter.organisationId) : undefined,
    filter.status ? eq(demands.status, filter.status) : undefined,
  );
  const [totals] = await db
    .select({ total: count() })
    .from(demands)
    .innerJoin(centers, eq(centers.id, demands.centerId))
    .where(where);
  const rows = await joined(db)
    .where(where)
    .orderBy(desc(demands.createdAt), desc(demands.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { rows: rows.map(flatten), total: totals?.total ?? 0 };
}

export type InvitationRow = typeof demandInvitations.$inferSelect & {
  demandTitle: string;
  resourceTitle: string;
};

const invitationColumns = {
  invitation: demandInvitations,
  demandTitle: demands.title,
  resourceTitle: resources.title,
};

function invitationsJoined(db: Db) {
  return db
    .select(invitationColumns)
    .from(demandInvitations)
    .innerJoin(demands, eq(demands.id, demandInvitations.demandId))
    .innerJoin(resources, eq(resources.id, demandInvitations.resourceId));
}

const flattenInvitation = (r: {
  invitation: typeof demandInvitations.$inferSelect;
  demandTitle: string;
  resourceTitle: string;
}): InvitationRow => ({ ...r.invitation, demandTitle: r.demandTitle, resourceTitle: r.resourceTitle });

export async function listInvitations(
  db: Db,
  filter: { demandId?: string; providerCreditCode?: string },
): Promise<InvitationRow[]> {
  const where: SQL[] = [];
  if (filter.demandId) {
    where.push(eq(demandInvitations.demandId, filter.demandId));
  }
  if (filter.providerCreditCode) {
    where.push(eq(demandInvitations.providerCreditCode, filter.providerCreditCode));
  }
  const rows = await invitationsJoined(db)
    .where(and(...where))
    .orderBy(desc(demandInvitations.score), demandInvitations.id);
  return rows.map(flattenInvitation);
}

export async function findInvitation(db: Db, id: string): Promise<InvitationRow | undefined> {
  const [row] = await invitationsJoined(db).where(eq(demandInvitations.id, id)).limit(1);
  return row ? flattenInvitation(row) : undefined;
}

/** Resource kinds a need is matched against: what can be bought or learnt from. */
export const MATCHED_KINDS: readonly ResourceKind[] = ['solution', 'supplier', 'case', 'tool', 'model'];
/** The most candidates ranked in memory for one need (newest first). */
export const MAX_CANDIDATES = 5000;

export interface CandidateItem extends MatchItem {
  centerSlug: string;
}

/**
 * The published catalog items to rank for a need, with their same-industry deployment evidence (from
 * adoptions by registered organisations) as the engine reads it.
 */
export async function loadCandidates(db: Db): Promise<CandidateItem[]> {
  const rows = await db
    .select({
      id: resources.id,
      kind: resources.kind,
      title: resources.title,
      summary: resources.summary,
      providerName: resources.providerName,
      providerCreditCode: resources.providerCreditCode,
      industryCodes: resources.industryCodes,
      scenarios: resources.scenarios,
      regionCodes: resources.regionCodes,
      priceModel: resources.priceModel,
      priceFen: resources.priceFen,
      grade: resources.grade,
      deploymentCount: resources.deploymentCount,
      status: resources.status,
      updatedAt: resources.updatedAt,
      centerSlug: centers.slug,
    })
    .from(resources)
    .innerJoin(centers, eq(centers.id, resources.centerId))
    .where(and(eq(resources.status, 'published'), inArray(resources.kind, [...MATCHED_KINDS])))
    .orderBy(desc(resources.updatedAt))
    .limit(MAX_CANDIDATES);
  const evidence = new Map<string, { industryCode: string; count: number }[]>();
  if (rows.length > 0) {
    const counted = await db
      .select({
        resourceId: resourceAdoptions.resourceId,
        industryCode: sql<string>`${organisations.industryCodes}[1]`,
        n: count(),
      })
      .from(resourceAdoptions)
      .innerJoin(organisations, eq(organisations.id, resourceAdoptions.adopterOrganisationId))
      .where(
        and(
          eq(resourceAdoptions.kind, 'deployment'),
          inArray(
            resourceAdoptions.resourceId,
            rows.map((r) => r.id),
          ),
        ),
      )
      .groupBy(resourceAdoptions.resourceId, sql`${organisations.industryCodes}[1]`);
    for (const c of counted) {
      if (c.industryCode) {
        const list = evidence.get(c.resourceId) ?? [];
        list.push({ industryCode: c.industryCode, count: Number(c.n) });
        evidence.set(c.resourceId, list);
      }
    }
  }
  return rows.map((r) => ({
    ...r,
    kind: r.kind as ResourceKind,
    grade: (r.grade as SupplierGrade | null) ?? null,
    updatedAt: r.updatedAt.toISOString(),
    caseEvidence: evidence.get(r.id) ?? [],
    providerStatus: 'active' as const,
  }));
}

export interface DemandGraphCell {
  industryCode: string;
  scenario: string;
  total: number;
  open: number;
  agreed: number;
}

/**
 * 需求图谱: needs of a region (its GB/T 2260 prefix; null for the whole country) counted by industry ×
 * scenario — all moderated needs, the ones still open on `today`, and the ones closed with an agreement.
 * A need naming several scenarios counts once in each.
 */
export async function demandGraphCells(
  db: Db,
  regionPrefix: string | null,
  today: string,
): Promise<{ cells: DemandGraphCell[]; needs: number }> {
  const where = and(
    inArray(demands.status, ['published', 'closed']),
    regionPrefix ? sql`${demands.regionCode} like ${`${regionPrefix}%`}` : undefined,
  );
  const [needs] = await db.select({ n: count() }).from(demands).where(where);
  const scenario = sql<string>`unnest(${demands.scenarios})`;
  const rows = await db
    .select({
      industryCode: demands.industryCode,
      scenario,
      total: count(),
      open: sql<number>`count(*) filter (where ${demands.status} = 'published' and ${demands.deadline} >= ${today})`,
      agreed: sql<number>`count(*) filter (where ${demands.outcome} = 'agreed')`,
    })
    .from(demands)
    .where(where)
    .groupBy(demands.industryCode, scenario);
  return {
    cells: rows.map((r) => ({
      ...r,
      total: Number(r.total),
      open: Number(r.open),
      agreed: Number(r.agreed),
    })),
    needs: Number(needs?.n ?? 0),
  };
}
