/** Loading ledger records (服务台账) with their enterprise and center. */
import { and, count, desc, eq, gte, ilike, inArray, lte, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../client.ts';
import { centers, organisations, serviceRecordAttachments, serviceRecords } from '../../schema/index.ts';

export type ServiceRecordRow = typeof serviceRecords.$inferSelect & {
  enterpriseName: string;
  enterpriseCreditCode: string;
  centerName: string;
  centerRegionCode: string;
  operatorOrganisationId: string;
  attachments: (typeof serviceRecordAttachments.$inferSelect)[];
};

const columns = {
  record: serviceRecords,
  enterpriseName: organisations.name,
  enterpriseCreditCode: organisations.creditCode,
  centerName: centers.name,
  centerRegionCode: centers.regionCode,
  operatorOrganisationId: centers.operatorOrganisationId,
};

type Joined = {
  record: typeof serviceRecords.$inferSelect;
  enterpriseName: string;
  enterpriseCreditCode: string;
  centerName: string;
  centerRegionCode: string;
  operatorOrganisationId: string;
};

async function withAttachments(db: Db, rows: Joined[]): Promise<ServiceRecordRow[]> {
  const ids = rows.map((r) => r.record.id);
  const attachments =
    ids.length === 0
      ? []
      : await db
          .select()
          .from(serviceRecordAttachments)
          .where(inArray(serviceRecordAttachments.serviceRecordId, ids));
  return rows.map(({ record, ...rest }) => ({
    ...record,
    ...rest,
    attachments: attachments.filter((a) => a.serviceRecordId === record.id),
  }));
}

function joined(db: Db) {
  return db
    .select(columns)
    .from(serviceRecords)
    .innerJoin(organisations, eq(organisations.id, serviceRecords.enterpriseId))
    .innerJoin(centers, eq(centers.id, serviceRecords.centerId));
}

export async function findServiceRecord(db: Db, id: string): Promise<ServiceRecordRow | undefined> {
  const rows = await joined(db).where(eq(serviceRecords.id, id)).limit(1);
  const [row] = await withAttachments(db, rows);
  return row;
}

export interface ServiceRecordFilter {
  centerId?: string | undefined;
  enterpriseId?: string | undefined;
  q?: string | undefined;
  serviceType?: string | undefined;
  confirmation?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  sme?: 'true' | 'false' | undefined;
  page: number;
  pageSize: number;
}

/** A page of ledger records of one center or about one enterprise (the caller fixes which). */
export async function listServiceRecords(
  db: Db,
  filter: ServiceRecordFilter,
): Promise<{ rows: ServiceRecordRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [
    filter.centerId ? eq(serviceRecords.centerId, filter.centerId) : undefined,
    filter.enterpriseId ? eq(serviceRecords.enterpriseId, filter.enterpriseId) : undefined,
    filter.serviceType ? eq(serviceRecords.serviceType, filter.serviceType) : undefined,
    filter.confirmation ? eq(serviceRecords.confirmation, filter.confirmation) : undefined,
    filter.from ? gte(serviceRecords.serviceDate, filter.from) : undefined,
    filter.to ? lte(serviceRecords.serviceDate, filter.to) : undefined,
    filter.sme ? eq(serviceRecords.enterpriseSme, filter.sme === 'true') : undefined,
  ];
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`;
    conditions.push(
      or(
        ilike(serviceRecords.title, pattern),
        ilike(organisations.name, pattern),
        ilike(organisations.creditCode, pattern),
      ),
    );
  }
  const where = and(...conditions);
  const [totals] = await db
    .select({ total: count() })
    .from(serviceRecords)
    .innerJoin(organisations, eq(organisations.id, serviceRecords.enterpriseId))
    .where(where);
  const rows = await joined(db)
    .where(where)
    .orderBy(desc(serviceRecords.serviceDate), desc(serviceRecords.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { rows: await withAttachments(db, rows), total: Number(totals?.total ?? 0) };
}
