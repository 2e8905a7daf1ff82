/**
 * The shape most center-platform lists share, written once: a GET that reads one page (filters from the
 * querystring), presents each row and answers `{ items, total, page, pageSize }`; for the operator's lists
 * scoped to the center named by `:slug`, optionally a sibling `…/export.xlsx` that reads the same filters
 * without paging (at most EXPORT_LIMIT rows) into a workbook with Chinese headers.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Actor } from '../../../app/actor.ts';
import type { Db } from '../../../db/client.ts';
import { actorOf } from '../../plugins/auth.ts';
import { EXPORT_LIMIT, sendWorkbook, type Column } from '../../excel.ts';
import { authorizeEnterprise, enterpriseGuard, loadCenter, operateGuard, slugParams } from './common.ts';

type App = Parameters<FastifyPluginAsyncZod>[0];
type PageQuery = z.ZodObject<{ page: z.ZodType<number>; pageSize: z.ZodType<number> }>;
type Listed<Row> = Promise<{ rows: Row[]; total: number }>;

const tags = ['center-platform'];

/**
 * A list's sibling `…/export.xlsx`: a workbook of its rows, or of `lines` when one row spreads over several
 * (a course over its sessions).
 */
export interface CenterListExport<Row, Line = Row> {
  summary: string;
  fileName: string;
  sheet: string;
  columns: Column<Line>[];
  lines?: (rows: Row[]) => Line[];
}

export interface CenterListSpec<Q extends PageQuery, Row, Line = Row> {
  /** `/centers/:slug/…` */
  url: string;
  summary: string;
  querystring: Q;
  response: z.ZodType;
  list: (db: Db, query: z.output<Q> & { centerId: string }) => Listed<Row>;
  present: (row: Row, actor: Actor) => unknown;
  /** A sibling `${url}/export.xlsx` with the same filters. */
  export?: CenterListExport<Row, Line>;
}

/** The operator's list of a center's records (and its export), guarded by `operate` on that center. */
export function centerListRoute<Q extends PageQuery, Row, Line = Row>(
  app: App,
  spec: CenterListSpec<Q, Row, Line>,
): void {
  app.get(
    spec.url,
    {
      config: operateGuard,
      schema: {
        tags,
        summary: spec.summary,
        params: slugParams,
        querystring: spec.querystring,
        response: { 200: spec.response },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const query = request.query as z.output<Q>;
      const center = await loadCenter(app.db, actor, request.params.slug, 'operate');
      const { rows, total } = await spec.list(app.db, { ...query, centerId: center.id });
      return {
        items: rows.map((r) => spec.present(r, actor)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  );
  const exported = spec.export;
  if (!exported) {
    return;
  }
  app.get(
    `${spec.url}/export.xlsx`,
    {
      config: operateGuard,
      schema: {
        tags,
        summary: exported.summary,
        params: slugParams,
        querystring: spec.querystring.omit({ page: true, pageSize: true }),
      },
    },
    async (request, reply) => {
      const center = await loadCenter(app.db, actorOf(request), request.params.slug, 'operate');
      const { rows } = await spec.list(app.db, {
        ...(request.query as z.output<Q>),
        centerId: center.id,
        page: 1,
        pageSize: EXPORT_LIMIT,
      });
      // Without `lines`, Line is Row (its default).
      const lines = exported.lines ? exported.lines(rows) : (rows as unknown as Line[]);
      return sendWorkbook(reply, exported.fileName, exported.sheet, exported.columns, lines);
    },
  );
}

export interface EnterpriseListSpec<Q extends PageQuery, Row> {
  url: string;
  summary: string;
  querystring: Q;
  response: z.ZodType;
  /** Reads the page for this enterprise user (their organisation's records, or recognised centers' offers). */
  list: (db: Db, query: z.output<Q>, actor: Actor) => Listed<Row>;
  present: (row: Row, actor: Actor) => unknown;
  /** Also check the enterprise acts for its own organisation (`authorizeEnterprise`). */
  authorize?: boolean;
}

/** An enterprise user's list, guarded by `use` on the enterprise services. */
export function enterpriseListRoute<Q extends PageQuery, Row>(
  app: App,
  spec: EnterpriseListSpec<Q, Row>,
): void {
  app.get(
    spec.url,
    {
      config: enterpriseGuard('use'),
      schema: {
        tags,
        summary: spec.summary,
        querystring: spec.querystring,
        response: { 200: spec.response },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      if (spec.authorize) {
        authorizeEnterprise(actor, 'use');
      }
      const query = request.query as z.output<Q>;
      const { rows, total } = await spec.list(app.db, query, actor);
      return {
        items: rows.map((r) => spec.present(r, actor)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  );
}
