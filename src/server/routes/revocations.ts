/**
 * Revocation (撤销认定): the authority's list of proposals (the engine's, from decided evaluations, and its
 * own on manual grounds), evidence uploads, the decision; and the sweep that lets the engine propose.
 */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../app/actor.ts';
import { AppError } from '../../app/errors.ts';
import { attachRevocationEvidence } from '../../app/revocation/attach-evidence.ts';
import { decideRevocation } from '../../app/revocation/decide-revocation.ts';
import { proposeDueRevocation } from '../../app/revocation/propose-due.ts';
import { proposeRevocation } from '../../app/revocation/propose-revocation.ts';
import {
  decideRevocationBodySchema,
  fileRefSchema,
  proposeRevocationBodySchema,
  revocableCentersSchema,
  revocationListQuerySchema,
  revocationListSchema,
  revocationViewSchema,
  scanResultSchema,
} from '../../contracts/revocation.ts';
import { documentTitle } from '../../contracts/source-documents.ts';
import { zhLabelOf } from '../../contracts/vocabulary-labels.ts';
import type { Db } from '../../db/client.ts';
import {
  findRevocation,
  listRevocations,
  organisationNames,
  recognisedCentersIn,
  type RevocationRow,
} from '../../db/loaders/management.ts';
import { filesByIds } from '../../db/loaders/recognition.ts';
import { manualGrounds } from '../../domain/management/management.ts';
import { getPack } from '../../domain/policy/index.ts';
import { authorize, can, listScope, type Policy } from '../policies/core.ts';
import { revocationPolicy } from '../policies/revocation.ts';
import { actorOf } from '../plugins/auth.ts';
import { EXPORT_LIMIT, sendWorkbook } from '../excel.ts';
import {
  inUploadTransaction,
  multipartOptions,
  readUpload,
  sendLinkedFile,
  uploadedFileRef,
} from '../uploads.ts';
import { presentRevocation } from '../presenters/management.ts';
import { centerFor } from './center-for.ts';

const guard = (action: string) => ({ policy: revocationPolicy as Policy<never>, action });
const idParams = z.object({ id: z.uuid() });

async function loadRevocation(db: Db, actor: Actor, id: string, action: string): Promise<RevocationRow> {
  const row = await findRevocation(db, id);
  if (!row) {
    throw new AppError('not_found', { entity: 'revocation' });
  }
  // Reads out of view answer 404; decisions out of jurisdiction 403.
  authorize(revocationPolicy, actor, 'read', { regionCode: row.regionCode, level: row.centerLevel });
  if (action !== 'read') {
    authorize(revocationPolicy, actor, action, { regionCode: row.regionCode, level: row.centerLevel });
  }
  return row;
}

async function present(db: Db, actor: Actor, rows: RevocationRow[]) {
  const names = await organisationNames(
    db,
    rows.map((r) => r.leadOrganisationId),
  );
  const files = new Map(
    (
      await filesByIds(
        db,
        rows.flatMap((r) => r.evidenceFileIds),
      )
    ).map((f) => [f.id, f]),
  );
  return rows.map((r) =>
    presentRevocation(r, actor, { leadName: names.get(r.leadOrganisationId) ?? '', files }),
  );
}

/** The revocations the actor may read, filtered as the list is (list and export). */
async function listed(db: Db, actor: Actor, query: z.infer<typeof revocationListQuerySchema>) {
  const rows = await listRevocations(db, listScope(revocationPolicy, actor), {
    status: query.status?.split(','),
    centerId: query.centerId,
  });
  return present(db, actor, rows);
}

async function view(db: Db, actor: Actor, id: string) {
  const [one] = await present(db, actor, [(await findRevocation(db, id))!]);
  return one!;
}

export const revocationRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, multipartOptions);

  app.get(
    '/revocations',
    {
      config: { guard: guard('read') },
      schema: {
        tags: ['management'],
        summary: '撤销程序列表（待决定即"应予撤销"清单，含情形与依据）',
        querystring: revocationListQuerySchema,
        response: { 200: revocationListSchema },
      },
    },
    async (request) => ({ items: await listed(app.db, actorOf(request), request.query) }),
  );

  app.get(
    '/revocations/export.xlsx',
    {
      config: { guard: guard('read') },
      schema: {
        tags: ['management'],
        summary: '导出撤销程序列表',
        querystring: revocationListQuerySchema,
      },
    },
    async (request, reply) => {
      const items = await listed(app.db, actorOf(request), request.query);
      return sendWorkbook(
        reply,
        '撤销管理.xlsx',
        '撤销程序',
        [
          { header: '促进中心', width: 36, value: (r) => r.center.name },
          { header: '属地', width: 20, value: (r) => r.regionName },
          { header: '牵头单位', width: 30, value: (r) => r.leadOrganisation.name },
          { header: '撤销情形', width: 40, value: (r) => r.ground.description.zh },
          {
            header: '依据',
            width: 40,
            value: (r) => `${documentTitle(r.ground.source.file)}${r.ground.source.ref}`,
          },
          { header: '来源', width: 20, value: (r) => zhLabelOf('revocationOrigin', r.origin) },
          { header: '情形认定日期', width: 14, value: (r) => r.groundDate },
          { header: '提出日期', width: 14, value: (r) => r.proposedOn },
          { header: '状态', width: 10, value: (r) => zhLabelOf('revocationStatus', r.status) },
          { header: '决定日期', width: 14, value: (r) => r.decidedOn },
          { header: '文号', width: 24, value: (r) => r.documentNumber },
        ],
        items.slice(0, EXPORT_LIMIT),
      );
    },
  );

  app.post(
    '/revocations/scan',
    {
      config: { guard: guard('manage') },
      schema: {
        tags: ['management'],
        summary: '按政策包检查辖区内已认定促进中心的年度评价结果，对应予撤销的自动提出撤销建议',
        response: { 200: scanResultSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const centers = await recognisedCentersIn(app.db, listScope(revocationPolicy, actor, 'manage'));
      const mine = centers.filter((c) =>
        can(revocationPolicy, actor, 'manage', { regionCode: c.regionCode, level: c.level }),
      );
      const proposed = await app.db.transaction(async (tx) => {
        const out: { id: string; centerName: string; groundId: string }[] = [];
        for (const center of mine) {
          const p = await proposeDueRevocation({ actor, tx, center });
          if (p) {
            out.push({ ...p, centerName: center.name });
          }
        }
        return out;
      });
      return { checked: mine.length, proposed };
    },
  );

  app.get(
    '/revocations/centers',
    {
      config: { guard: guard('manage') },
      schema: {
        tags: ['management'],
        summary: '可发起撤销的已认定促进中心及其政策包列出的人工认定撤销情形',
        response: { 200: revocableCentersSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const centers = await recognisedCentersIn(app.db, listScope(revocationPolicy, actor, 'manage'));
      return {
        items: centers
          .filter((c) => can(revocationPolicy, actor, 'manage', { regionCode: c.regionCode, level: c.level }))
          .map((c) => {
            const pack = c.packId ? getPack(c.packId) : undefined;
            return {
              id: c.id,
              name: c.name,
              level: c.level,
              regionCode: c.regionCode,
              packId: c.packId,
              grounds: pack
                ? manualGrounds(pack).map((g) => ({ id: g.id, description: g.description, source: g.source }))
                : [],
            };
          }),
      };
    },
  );

  app.post(
    '/revocations',
    {
      config: { guard: guard('manage') },
      schema: {
        tags: ['management'],
        summary: '依政策包列出的人工认定情形发起撤销（须引用情形，随后上传证据）',
        body: proposeRevocationBodySchema,
        response: { 200: revocationViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const id = await app.db.transaction(async (tx) => {
        const center = await centerFor(tx, actor, revocationPolicy, 'manage', request.body.centerId);
        return proposeRevocation({ actor, tx, center, input: request.body });
      });
      return view(app.db, actor, id);
    },
  );

  app.get(
    '/revocations/:id',
    {
      config: { guard: guard('read') },
      schema: {
        tags: ['management'],
        summary: '撤销程序详情（情形、依据、评价记录、证据、禁止申报期）',
        params: idParams,
        response: { 200: revocationViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const row = await loadRevocation(app.db, actor, request.params.id, 'read');
      const [view] = await present(app.db, actor, [row]);
      return view!;
    },
  );

  app.post(
    '/revocations/:id/evidence',
    {
      config: { guard: guard('manage') },
      schema: {
        tags: ['management'],
        summary: '上传撤销证据材料（multipart：file；按内容识别类型，≤20MB）',
        params: idParams,
        response: { 200: fileRefSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await loadRevocation(app.db, actor, request.params.id, 'manage');
      const upload = await readUpload(request);
      const file = await inUploadTransaction(app.db, async (tx, onStored) =>
        attachRevocationEvidence({
          actor,
          tx,
          revocation: await loadRevocation(tx, actor, request.params.id, 'manage'),
          name: upload.name,
          bytes: upload.bytes,
          onStored,
        }),
      );
      return uploadedFileRef(file);
    },
  );

  app.get(
    '/revocations/:id/files/:fileId',
    {
      config: { guard: guard('read') },
      schema: {
        tags: ['management'],
        summary: '下载撤销证据材料',
        params: z.object({ id: z.uuid(), fileId: z.uuid() }),
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const row = await loadRevocation(app.db, actor, request.params.id, 'read');
      return sendLinkedFile(app.db, reply, row.evidenceFileIds, request.params.fileId);
    },
  );

  app.post(
    '/revocations/:id/decide',
    {
      config: { guard: guard('manage') },
      schema: {
        tags: ['management'],
        summary: '决定撤销（中心列入名录"已撤销"，牵头单位禁止申报期起算）或不予撤销',
        params: idParams,
        body: decideRevocationBodySchema,
        response: { 200: revocationViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) =>
        decideRevocation({
          actor,
          tx,
          revocation: await loadRevocation(tx, actor, request.params.id, 'manage'),
          input: request.body,
        }),
      );
      return view(app.db, actor, request.params.id);
    },
  );
};
