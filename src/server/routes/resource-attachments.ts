/**
 * Files attached to a resource card: the operator uploads (multipart, checked by content) and deletes; anyone
 * who can see the resource lists them; downloading follows the resource's access rule (issue 5 "licence /
 * access (public, on request with approval, members only)"):
 * - public → anyone;
 * - on request → users whose access request was approved, the center's operator, authorities in jurisdiction;
 * - members only → signed-in users (the catalog shows members-only resources to signed-in users only).
 */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { resourceFileListSchema, type ResourceFileList } from '../../contracts/resources.ts';
import type { Actor } from '../../app/actor.ts';
import { AppError } from '../../app/errors.ts';
import { attachResourceFile, removeResourceFile } from '../../app/resources/resource-files.ts';
import type { Db } from '../../db/client.ts';
import {
  findResourceFile,
  listResourceFiles,
  type ResourceFileRow,
} from '../../db/loaders/resource-files.ts';
import { latestAccessRequest, type ResourceRow } from '../../db/loaders/resources.ts';
import { can, type Policy } from '../policies/core.ts';
import { centerPolicy } from '../policies/center.ts';
import { actorOf } from '../plugins/auth.ts';
import { inUploadTransaction, multipartOptions, readUpload, sendStoredFile } from '../uploads.ts';
import { loadOperatedResource } from './resource-admin.ts';
import { loadVisibleResource, operates } from './resources.ts';

const guard = { policy: centerPolicy as Policy<never>, action: 'operate' };
const idParams = z.object({ id: z.uuid() });
const fileParams = z.object({ id: z.uuid(), fileId: z.uuid() });

/** Whether the actor may download a visible resource's files (see the module comment). */
async function mayDownload(db: Db, actor: Actor | null, resource: ResourceRow): Promise<boolean> {
  if (operates(actor, resource) || resource.access === 'public') {
    return true;
  }
  if (!actor) {
    return false;
  }
  if (resource.access === 'members_only') {
    return true;
  }
  const center = {
    id: resource.centerId,
    regionCode: resource.centerRegionCode,
    operatorOrganisationId: resource.centerOperatorOrganisationId,
  };
  if (can(centerPolicy, actor, 'read', center)) {
    return true;
  }
  return (await latestAccessRequest(db, resource.id, actor.userId))?.status === 'approved';
}

function present(rows: ResourceFileRow[], canDownload: boolean, canManage: boolean): ResourceFileList {
  return {
    items: rows.map((r) => ({
      id: r.id,
      fileName: r.fileName,
      mediaType: r.mediaType,
      sizeBytes: r.sizeBytes,
      createdAt: r.createdAt.toISOString(),
    })),
    canDownload,
    canManage,
  };
}

async function operatorList(db: Db, resource: ResourceRow): Promise<ResourceFileList> {
  return present(await listResourceFiles(db, resource.id), true, true);
}

export const resourceAttachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, multipartOptions);

  app.get(
    '/catalog/resources/:id/files',
    {
      config: { guard: 'public' },
      schema: {
        tags: ['resources'],
        summary: '资源附件列表（是否可下载取决于资源的开放方式）',
        params: idParams,
        response: { 200: resourceFileListSchema },
      },
    },
    async (request) => {
      const actor = request.actor;
      const resource = await loadVisibleResource(app.db, actor, request.params.id);
      return present(
        await listResourceFiles(app.db, resource.id),
        await mayDownload(app.db, actor, resource),
        operates(actor, resource),
      );
    },
  );

  app.get(
    '/catalog/resources/:id/files/:fileId',
    {
      config: { guard: 'public' },
      schema: {
        tags: ['resources'],
        summary: '下载资源附件（公开：任何人；申请后开放：审批通过者、运营方与主管部门；仅限会员：登录用户）',
        params: fileParams,
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      const resource = await loadVisibleResource(app.db, actor, request.params.id);
      const file = await findResourceFile(app.db, request.params.fileId);
      if (!file || file.resourceId !== resource.id) {
        throw new AppError('not_found', { entity: 'file' });
      }
      if (!(await mayDownload(app.db, actor, resource))) {
        throw new AppError(actor ? 'resource.access_required' : 'auth.required');
      }
      return sendStoredFile(reply, file);
    },
  );

  app.post(
    '/resources/:id/files',
    {
      config: { guard },
      schema: {
        tags: ['resources'],
        summary: '上传资源附件（multipart：file；按内容识别 PDF/PNG/JPEG/Word/Excel/ZIP，≤20MB）',
        params: idParams,
        response: { 200: resourceFileListSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const upload = await readUpload(request);
      await inUploadTransaction(app.db, async (tx, onStored) => {
        const resource = await loadOperatedResource(tx, actor, request.params.id);
        await attachResourceFile({
          actor,
          tx,
          resource,
          name: upload.name,
          bytes: upload.bytes,
          existing: (await listResourceFiles(tx, resource.id)).length,
          onStored,
        });
      });
      return operatorList(app.db, await loadOperatedResource(app.db, actor, request.params.id));
    },
  );

  app.delete(
    '/resources/:id/files/:fileId',
    {
      config: { guard },
      schema: {
        tags: ['resources'],
        summary: '删除资源附件',
        params: fileParams,
        response: { 200: resourceFileListSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const resource = await app.db.transaction(async (tx) => {
        const resource = await loadOperatedResource(tx, actor, request.params.id);
        const file = await findResourceFile(tx, request.params.fileId);
        if (!file || file.resourceId !== resource.id) {
          throw new AppError('not_found', { entity: 'file' });
        }
        await removeResourceFile({ actor, tx, resource, file });
        return resource;
      });
      return operatorList(app.db, resource);
    },
  );
};
