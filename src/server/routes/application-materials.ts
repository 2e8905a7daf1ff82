/**
 * The applicant's working copy besides the form: consortium members, materials (multipart uploads checked
 * by content, ≤ 20 MB), attachments for workflow steps, and file downloads for those who may read them.
 */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  applicationDetailSchema,
  fileViewSchema,
  materialViewSchema,
  setMembersBodySchema,
} from '../../contracts/recognition.ts';
import { okSchema } from '../../contracts/common.ts';
import { AppError } from '../../app/errors.ts';
import { addMaterial, removeMaterial, uploadAttachment } from '../../app/recognition/materials.ts';
import { setMembers } from '../../app/recognition/update-application.ts';
import { applicationFileIds } from '../../db/loaders/recognition.ts';
import { actorOf } from '../plugins/auth.ts';
import {
  inUploadTransaction,
  multipartOptions,
  readUpload,
  sendLinkedFile,
  uploadedFileRef,
} from '../uploads.ts';
import { applicationDetail, applicationGuard, idParams, loadApplication } from './applications.ts';

export const applicationMaterialRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { ...multipartOptions.limits, fields: 10 } });

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
      const result = await inUploadTransaction(app.db, async (tx, onStored) =>
        addMaterial({
          actor,
          tx,
          app: await loadApplication(tx, actor, request.params.id, 'update'),
          kind,
          metric: upload.fields.metric || null,
          name: upload.name,
          bytes: upload.bytes,
          onStored,
        }),
      );
      return {
        id: result.materialId,
        kind,
        metric: upload.fields.metric || null,
        file: uploadedFileRef(result.file),
      };
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
      const file = await inUploadTransaction(app.db, async (tx, onStored) =>
        uploadAttachment({
          actor,
          tx,
          app: await loadApplication(tx, actor, request.params.id, 'attach'),
          name: upload.name,
          bytes: upload.bytes,
          onStored,
        }),
      );
      return uploadedFileRef(file);
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
      return sendLinkedFile(app.db, reply, linked, request.params.fileId);
    },
  );
};
