/**
 * Change filings (变更备案): the center's operator files a rename, merger, split or restructuring within a
 * month of the change (late ones flagged) with materials; the province confirms (the directory entry
 * changes, history kept) or returns it; an operator/direction change can open a revocation.
 */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../app/actor.ts';
import { attachChangeEvidence } from '../../app/change-filings/attach-evidence.ts';
import { decideChange } from '../../app/change-filings/decide-change.ts';
import { fileChange } from '../../app/change-filings/file-change.ts';
import { AppError } from '../../app/errors.ts';
import {
  changeFilingListQuerySchema,
  changeFilingListSchema,
  changeFilingViewSchema,
  decideChangeBodySchema,
  fileChangeBodySchema,
  fileableCentersSchema,
} from '../../contracts/change-filings.ts';
import { fileRefSchema } from '../../contracts/revocation.ts';
import { zhLabelOf } from '../../contracts/vocabulary-labels.ts';
import type { Db } from '../../db/client.ts';
import { findCenter } from '../../db/loaders/centers.ts';
import {
  findChangeFiling,
  listChangeFilings,
  listRevocations,
  recognisedCentersIn,
  type ChangeFilingRow,
} from '../../db/loaders/management.ts';
import { filesByIds } from '../../db/loaders/recognition.ts';
import { getPack } from '../../domain/policy/index.ts';
import { authorize, listScope, type Policy } from '../policies/core.ts';
import { changeFilingPolicy } from '../policies/change-filing.ts';
import { actorOf } from '../plugins/auth.ts';
import { EXPORT_LIMIT, sendWorkbook } from '../excel.ts';
import {
  inUploadTransaction,
  multipartOptions,
  readUpload,
  sendLinkedFile,
  uploadedFileRef,
} from '../uploads.ts';
import { presentChangeFiling } from '../presenters/management.ts';
import { centerFor } from './center-for.ts';

const guard = (action: string) => ({ policy: changeFilingPolicy as Policy<never>, action });
const idParams = z.object({ id: z.uuid() });

async function loadFiling(db: Db, actor: Actor, id: string, action: string): Promise<ChangeFilingRow> {
  const row = await findChangeFiling(db, id);
  if (!row) {
    throw new AppError('not_found', { entity: 'change_filing' });
  }
  authorize(changeFilingPolicy, actor, 'read', row);
  if (action !== 'read') {
    authorize(changeFilingPolicy, actor, action, row);
  }
  return row;
}

async function present(db: Db, actor: Actor, rows: ChangeFilingRow[]) {
  const files = new Map(
    (
      await filesByIds(
        db,
        rows.flatMap((r) => r.evidenceFileIds),
      )
    ).map((f) => [f.id, f]),
  );
  const centerIds = [...new Set(rows.map((r) => r.centerId))];
  const names = new Map<string, string>();
  for (const id of centerIds) {
    names.set(id, (await findCenter(db, id))?.name ?? '');
  }
  const opened = new Map<string, string>();
  for (const r of rows.filter((x) => x.operatorChanged || x.directionChanged)) {
    const revs = await listRevocations(
      db,
      { all: true, regionPrefixes: [], organisationIds: [] },
      {
        centerId: r.centerId,
      },
    );
    const linked = revs.find((v) => v.changeFilingId === r.id);
    if (linked) {
      opened.set(r.id, linked.id);
    }
  }
  return rows.map((r) =>
    presentChangeFiling(r, actor, {
      centerName: names.get(r.centerId) ?? r.oldName,
      files,
      revocationId: opened.get(r.id) ?? null,
    }),
  );
}

/** The filings the actor may read, filtered as the list is (list and export). */
async function listed(db: Db, actor: Actor, query: z.infer<typeof changeFilingListQuerySchema>) {
  const rows = await listChangeFilings(db, listScope(changeFilingPolicy, actor), {
    status: query.status?.split(','),
    centerId: query.centerId,
  });
  return present(db, actor, rows);
}

async function view(db: Db, actor: Actor, id: string) {
  const [one] = await present(db, actor, [(await findChangeFiling(db, id))!]);
  return one!;
}

export const changeFilingRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, multipartOptions);

  app.get(
    '/change-filings',
    {
      config: { guard: guard('read') },
      schema: {
        tags: ['management'],
        summary: '变更备案列表（逾期报送标出）',
        querystring: changeFilingListQuerySchema,
        response: { 200: changeFilingListSchema },
      },
    },
    async (request) => ({ items: await listed(app.db, actorOf(request), request.query) }),
  );

  app.get(
    '/change-filings/export.xlsx',
    {
      config: { guard: guard('read') },
      schema: {
        tags: ['management'],
        summary: '导出变更备案列表',
        querystring: changeFilingListQuerySchema,
      },
    },
    async (request, reply) => {
      const items = await listed(app.db, actorOf(request), request.query);
      return sendWorkbook(
        reply,
        '变更备案.xlsx',
        '变更备案',
        [
          { header: '促进中心', width: 36, value: (f) => f.center.name },
          { header: '属地', width: 20, value: (f) => f.regionName },
          { header: '变更类型', width: 10, value: (f) => zhLabelOf('changeKind', f.kind) },
          { header: '变更日期', width: 14, value: (f) => f.changeDate },
          { header: '报送日期', width: 14, value: (f) => f.filedOn },
          { header: '报送期限', width: 14, value: (f) => f.dueOn },
          { header: '是否按期', width: 12, value: (f) => (f.late ? `逾期 ${f.daysLate} 天` : '按期') },
          { header: '状态', width: 10, value: (f) => zhLabelOf('changeFilingStatus', f.status) },
          { header: '决定日期', width: 14, value: (f) => f.decidedOn },
          { header: '文号', width: 24, value: (f) => f.documentNumber },
        ],
        items.slice(0, EXPORT_LIMIT),
      );
    },
  );

  app.get(
    '/change-filings/centers',
    {
      config: { guard: guard('file') },
      schema: {
        tags: ['management'],
        summary: '本单位运营的、可报送变更备案的促进中心（含报送期限规定）',
        response: { 200: fileableCentersSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const centers = await recognisedCentersIn(app.db, listScope(changeFilingPolicy, actor, 'file'));
      return {
        items: centers.map((c) => {
          const rule = c.packId ? getPack(c.packId)?.changeFiling : undefined;
          return {
            id: c.id,
            name: c.name,
            packId: c.packId,
            rule: rule
              ? {
                  months: rule.deadline.kind === 'calendar_months' ? rule.deadline.months : null,
                  source: rule.source,
                }
              : null,
          };
        }),
      };
    },
  );

  app.post(
    '/change-filings',
    {
      config: { guard: guard('file') },
      schema: {
        tags: ['management'],
        summary: '报送变更备案（更名、合并、分立、重组；变更后一个月内，逾期标出）',
        body: fileChangeBodySchema,
        response: { 200: changeFilingViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const id = await app.db.transaction(async (tx) => {
        const center = await centerFor(tx, actor, changeFilingPolicy, 'file', request.body.centerId);
        return fileChange({ actor, tx, center, input: request.body });
      });
      return view(app.db, actor, id);
    },
  );

  app.get(
    '/change-filings/:id',
    {
      config: { guard: guard('read') },
      schema: {
        tags: ['management'],
        summary: '变更备案详情',
        params: idParams,
        response: { 200: changeFilingViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const [view] = await present(app.db, actor, [
        await loadFiling(app.db, actor, request.params.id, 'read'),
      ]);
      return view!;
    },
  );

  app.post(
    '/change-filings/:id/evidence',
    {
      config: { guard: guard('file') },
      schema: {
        tags: ['management'],
        summary: '上传变更材料（multipart：file；按内容识别类型，≤20MB）',
        params: idParams,
        response: { 200: fileRefSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await loadFiling(app.db, actor, request.params.id, 'file');
      const upload = await readUpload(request);
      const file = await inUploadTransaction(app.db, async (tx, onStored) =>
        attachChangeEvidence({
          actor,
          tx,
          filing: await loadFiling(tx, actor, request.params.id, 'file'),
          name: upload.name,
          bytes: upload.bytes,
          onStored,
        }),
      );
      return uploadedFileRef(file);
    },
  );

  app.get(
    '/change-filings/:id/files/:fileId',
    {
      config: { guard: guard('read') },
      schema: {
        tags: ['management'],
        summary: '下载变更材料',
        params: z.object({ id: z.uuid(), fileId: z.uuid() }),
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const row = await loadFiling(app.db, actor, request.params.id, 'read');
      return sendLinkedFile(app.db, reply, row.evidenceFileIds, request.params.fileId);
    },
  );

  app.post(
    '/change-filings/:id/decide',
    {
      config: { guard: guard('decide') },
      schema: {
        tags: ['management'],
        summary: '确认（更名即更新名录名称，保留沿革）或退回变更备案',
        params: idParams,
        body: decideChangeBodySchema,
        response: { 200: changeFilingViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) =>
        decideChange({
          actor,
          tx,
          filing: await loadFiling(tx, actor, request.params.id, 'decide'),
          input: request.body,
        }),
      );
      return view(app.db, actor, request.params.id);
    },
  );
};
