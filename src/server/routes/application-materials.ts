/**
 * The applicant's working copy besides the form: consortium members, materials (multipart uploads checked
 * by content, ≤ 20 MB), attachments for workflow steps, and file downloads for those who may read them.
 */
import { createReadStream } from 'node:fs';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  applicationDetailSchema,
  fileViewSchema,
  materialViewSchema,
  setMembersBodySchema,
} from '../../contracts/recognition.ts';
import { okSchema } from '../../contracts/common.ts';
import { AppError } from '../../app/errors.ts';
import { MAX_FILE_BYTES, discardStored, pathOf, type StoredFile } from '../../app/files/store.ts';
import { addMaterial, removeMaterial, uploadAttachment } from '../../app/recognition/materials.ts';
import { setMembers } from '../../app/recognition/update-application.ts';
import { applicationFileIds, filesByIds } from '../../db/loaders/recognition.ts';
import { actorOf } from '../plugins/auth.ts';
import { applicationDetail, applicationGuard, idParams, loadApplication } from './applications.ts';

/** Reads the single uploaded file of a multipart request (≤ 20 MB), or throws the matching AppError. */
async function readUpload(
  request: FastifyRequest,
): Promise<{ name: string; bytes: Buffer; fields: Record<string, string> }> {
  if (!request.isMultipart()) {
    throw new AppError('request.unsupported_media_type', { type: request.headers['content-type'] ?? '' });
  }
  const data = await request.file();
  if (!data) {
    throw new AppError('file.missing');
  }
  let bytes: Buffer;
  try {
    bytes = await data.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('file.too_large', { limit: MAX_FILE_BYTES / 1024 / 1024 });
    }
    throw error;
  }
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(data.fields)) {
    const field = Array.isArray(v) ? v[0] : v;
    if (field && field.type === 'field' && typeof field.value === 'string') {
      fields[k] = field.value;
    }
  }
  return { name: data.filename, bytes, fields };
}

export const applicationMaterialRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 10 } });

  app.put(
    '/applications/:id/members',
    {
      config: { guard: applicationGuard('update') },
      schema: {
        tags: ['recognition'],
        summary: '设置联合申报单位（按统一社会信用代码，附合作协议）',
        params: idParams,
        body: setMembersBodySchema,
        response: { 200: applicationDetailSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) =>
        setMembers({
          actor,
          tx,
          app: await loadApplication(tx, actor, request.params.id, 'update'),
          input: request.body,
        }),
      );
      return applicationDetail(app.db, actor, request.params.id);
    },
  );

  app.post(
    '/applications/:id/materials',
    {
      config: { guard: applicationGuard('update') },
      schema: {
        tags: ['recognition'],
        summary: '上传申报材料（multipart：file，kind，metric；按内容识别类型，≤20MB）',
        params: idParams,
        response: { 200: materialViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const upload = await readUpload(request);
      const kind = upload.fields.kind ?? 'other';
      if (!/^[a-z][a-z0-9_]{0,63}$/.test(kind)) {
        throw new AppError('request.validation', {}, [
          { field: 'kind', code: 'request.validation', message: '' },
        ]);
      }
      let stored: StoredFile | null = null;
      try {
        const result = await app.db.transaction(async (tx) =>
          addMaterial({
            actor,
            tx,
            app: await loadApplication(tx, actor, request.params.id, 'update'),
            kind,
            metric: upload.fields.metric || null,
            name: upload.name,
            bytes: upload.bytes,
            onStored: (f) => (stored = f),
          }),
        );
        return {
          id: result.materialId,
          kind,
          metric: upload.fields.metric || null,
          file: {
            id: result.file.id,
            name: result.file.name,
            size: result.file.size,
            mime: result.file.mime,
            sha256: result.file.sha256,
          },
        };
      } catch (error) {
        discardStored(stored);
        throw error;
      }
    },
  );

  app.delete(
    '/applications/:id/materials/:materialId',
    {
      config: { guard: applicationGuard('update') },
      schema: {
        tags: ['recognition'],
        summary: '删除申报材料',
        params: z.object({ id: z.uuid(), materialId: z.uuid() }),
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) =>
        removeMaterial({
          actor,
          tx,
          app: await loadApplication(tx, actor, request.params.id, 'update'),
          materialId: request.params.materialId,
        }),
      );
      return { ok: true as const };
    },
  );

  app.post(
    '/applications/:id/attachments',
    {
      config: { guard: applicationGuard('attach') },
      schema: {
        tags: ['recognition'],
        summary: '上传附件（现场照片、意见文件、合作协议等；multipart：file）',
        params: idParams,
        response: { 200: fileViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const upload = await readUpload(request);
      let stored: StoredFile | null = null;
      try {
        const file = await app.db.transaction(async (tx) =>
          uploadAttachment({
            actor,
            tx,
            app: await loadApplication(tx, actor, request.params.id, 'attach'),
            name: upload.name,
            bytes: upload.bytes,
            onStored: (f) => (stored = f),
          }),
        );
        return { id: file.id, name: file.name, size: file.size, mime: file.mime, sha256: file.sha256 };
      } catch (error) {
        discardStored(stored);
        throw error;
      }
    },
  );

  app.get(
    '/applications/:id/files/:fileId',
    {
      config: { guard: applicationGuard('read') },
      schema: {
        tags: ['recognition'],
        summary: '下载申报相关文件',
        params: z.object({ id: z.uuid(), fileId: z.uuid() }),
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await loadApplication(app.db, actor, request.params.id, 'read');
      const linked = await applicationFileIds(app.db, request.params.id);
      const [file] = linked.has(request.params.fileId)
        ? await filesByIds(app.db, [request.params.fileId])
        : [];
      if (!file) {
        throw new AppError('not_found', { entity: 'file' });
      }
      return reply
        .header('content-type', file.mime)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
        .send(createReadStream(pathOf(file.sha256)));
    },
  );
};
