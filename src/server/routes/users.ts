import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { okSchema } from '../../contracts/common.ts';
import {
  createUserBodySchema,
  resetPasswordBodySchema,
  updateUserBodySchema,
  userListQuerySchema,
  userPageSchema,
  userViewSchema,
} from '../../contracts/users.ts';
import { AppError } from '../../app/errors.ts';
import { createUser } from '../../app/users/create-user.ts';
import { resetPassword, unlockUser, updateUser } from '../../app/users/update-user.ts';
import type { Db } from '../../db/client.ts';
import { findOrganisation } from '../../db/loaders/organisations.ts';
import { findUser, listUsers } from '../../db/loaders/users.ts';
import { authorize, listScope, type Policy } from '../policies/core.ts';
import { organisationPolicy } from '../policies/organisation.ts';
import { userPolicy } from '../policies/user.ts';
import { actorOf } from '../plugins/auth.ts';
import { presentUser } from '../presenters/user.ts';
import { EXPORT_LIMIT, sendWorkbook, shanghaiDateTime } from '../excel.ts';
import { zhLabelOf } from '../../contracts/vocabulary-labels.ts';
import { regionFullName } from '../../domain/reference/regions.ts';
import type { Actor } from '../../app/actor.ts';

const guard = (action: string) => ({ policy: userPolicy as Policy<never>, action });
const idParams = z.object({ id: z.uuid() });

/** Loads an account the actor may see, for `action`: invisible ones answer 404, visible-but-forbidden 403. */
async function loadUser(db: Db, actor: Actor, id: string, action: string) {
  const user = await findUser(db, id);
  if (!user) {
    throw new AppError('not_found', { entity: 'user' });
  }
  const subject = { id: user.id, organisationRegionCode: user.organisationRegionCode };
  authorize(userPolicy, actor, action, subject);
  return user;
}

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/users',
    {
      config: { guard: guard('read') },
      schema: {
        tags: ['accounts'],
        summary: '账号列表',
        querystring: userListQuerySchema,
        response: { 200: userPageSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { rows, total } = await listUsers(app.db, listScope(userPolicy, actor), request.query);
      return {
        items: rows.map((u) => presentUser(u, actor)),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.get(
    '/users/export.xlsx',
    {
      config: { guard: guard('read') },
      schema: {
        tags: ['accounts'],
        summary: '导出账号列表',
        querystring: userListQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { rows } = await listUsers(app.db, listScope(userPolicy, actor), {
        ...request.query,
        page: 1,
        pageSize: EXPORT_LIMIT,
      });
      return sendWorkbook(
        reply,
        '账号列表.xlsx',
        '账号',
        [
          { header: '用户名', value: (u) => u.username },
          { header: '姓名', value: (u) => u.displayName },
          { header: '所属机构', width: 32, value: (u) => u.organisationName },
          {
            header: '属地',
            width: 24,
            value: (u) => regionFullName(u.organisationRegionCode) ?? u.organisationRegionCode,
          },
          {
            header: '角色',
            width: 30,
            value: (u) => u.grants.map((g) => zhLabelOf('role', g.role)).join('、'),
          },
          { header: '状态', value: (u) => (u.disabled ? '停用' : '正常') },
          { header: '创建时间', value: (u) => shanghaiDateTime(u.createdAt) },
        ],
        rows,
      );
    },
  );

  app.get(
    '/users/:id',
    {
      config: { guard: guard('read') },
      schema: {
        tags: ['accounts'],
        summary: '账号详情',
        params: idParams,
        response: { 200: userViewSchema },
      },
    },
    async (request) =>
      presentUser(await loadUser(app.db, actorOf(request), request.params.id, 'read'), actorOf(request)),
  );

  app.post(
    '/users',
    {
      config: { guard: guard('create') },
      schema: {
        tags: ['accounts'],
        summary: '新建账号',
        body: createUserBodySchema,
        response: { 200: userViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const id = await app.db.transaction(async (tx) => {
        const org = await findOrganisation(tx, request.body.organisationId);
        if (!org) {
          throw new AppError('not_found', { entity: 'organisation' }, [
            { field: 'organisationId', code: 'not_found', message: '' },
          ]);
        }
        authorize(organisationPolicy, actor, 'read', org);
        authorize(userPolicy, actor, 'create', { id: '', organisationRegionCode: org.regionCode });
        return createUser({ actor, tx, input: request.body, organisationRegionCode: org.regionCode });
      });
      return presentUser((await findUser(app.db, id))!, actor);
    },
  );

  app.patch(
    '/users/:id',
    {
      config: { guard: guard('update') },
      schema: {
        tags: ['accounts'],
        summary: '修改账号',
        params: idParams,
        body: updateUserBodySchema,
        response: { 200: userViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) => {
        const user = await loadUser(tx, actor, request.params.id, 'update');
        await updateUser({ actor, tx, user, input: request.body });
      });
      return presentUser((await findUser(app.db, request.params.id))!, actor);
    },
  );

  app.post(
    '/users/:id/unlock',
    {
      config: { guard: guard('unlock') },
      schema: { tags: ['accounts'], summary: '解除锁定', params: idParams, response: { 200: okSchema } },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) =>
        unlockUser({ actor, tx, user: await loadUser(tx, actor, request.params.id, 'unlock') }),
      );
      return { ok: true as const };
    },
  );

  app.post(
    '/users/:id/reset-password',
    {
      config: { guard: guard('resetPassword') },
      schema: {
        tags: ['accounts'],
        summary: '重置密码',
        params: idParams,
        body: resetPasswordBodySchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await app.db.transaction(async (tx) =>
        resetPassword({
          actor,
          tx,
          user: await loadUser(tx, actor, request.params.id, 'resetPassword'),
          newPassword: request.body.newPassword,
        }),
      );
      return { ok: true as const };
    },
  );
};
