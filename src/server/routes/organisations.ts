import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createOrganisationBodySchema,
  organisationListQuerySchema,
  organisationPageSchema,
  organisationViewSchema,
} from '../../contracts/organisations.ts';
import { organisationKindLabels } from '../../contracts/labels.ts';
import { AppError } from '../../app/errors.ts';
import { createOrganisation } from '../../app/organisations/create-organisation.ts';
import { findOrganisation, listOrganisations } from '../../db/loaders/organisations.ts';
import { regionFullName } from '../../domain/reference/regions.ts';
import { authorize, listScope, type Policy } from '../policies/core.ts';
import { organisationPolicy } from '../policies/organisation.ts';
import { actorOf } from '../plugins/auth.ts';
import { presentOrganisation } from '../presenters/organisation.ts';
import { EXPORT_LIMIT, sendWorkbook } from '../excel.ts';

const guard = (action: string) => ({ policy: organisationPolicy as Policy<never>, action });

export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/organisations',
    {
      config: { guard: guard('read') },
      schema: {
        tags: ['organisations'],
        summary: '机构列表',
        querystring: organisationListQuerySchema,
        response: { 200: organisationPageSchema },
      },
    },
    async (request) => {
      const { rows, total } = await listOrganisations(
        app.db,
        listScope(organisationPolicy, actorOf(request)),
        request.query,
      );
      return {
        items: rows.map(presentOrganisation),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.get(
    '/organisations/export.xlsx',
    {
      config: { guard: guard('read') },
      schema: {
        tags: ['organisations'],
        summary: '导出机构列表',
        querystring: organisationListQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (request, reply) => {
      const { rows } = await listOrganisations(app.db, listScope(organisationPolicy, actorOf(request)), {
        ...request.query,
        page: 1,
        pageSize: EXPORT_LIMIT,
      });
      return sendWorkbook(
        reply,
        '机构列表.xlsx',
        '机构',
        [
          { header: '名称', width: 36, value: (o) => o.name },
          { header: '统一社会信用代码', width: 24, value: (o) => o.creditCode },
          {
            header: '类型',
            value: (o) => organisationKindLabels[o.kind as keyof typeof organisationKindLabels]?.zh ?? o.kind,
          },
          { header: '所在地', width: 24, value: (o) => regionFullName(o.regionCode) ?? o.regionCode },
          { header: '行业代码', value: (o) => o.industryCodes.join('、') },
          { header: '中小企业', value: (o) => (o.sme ? '是' : '否') },
          { header: '专精特新', value: (o) => (o.specialisedSme ? '是' : '否') },
          { header: '规上企业', value: (o) => (o.aboveScale ? '是' : '否') },
          { header: '成立日期', value: (o) => o.registrationDate },
        ],
        rows,
      );
    },
  );

  app.get(
    '/organisations/:id',
    {
      config: { guard: guard('read') },
      schema: {
        tags: ['organisations'],
        summary: '机构详情',
        params: z.object({ id: z.uuid() }),
        response: { 200: organisationViewSchema },
      },
    },
    async (request) => {
      const org = await findOrganisation(app.db, request.params.id);
      if (!org) {
        throw new AppError('not_found', { entity: 'organisation' });
      }
      authorize(organisationPolicy, actorOf(request), 'read', org);
      return presentOrganisation(org);
    },
  );

  app.post(
    '/organisations',
    {
      config: { guard: guard('create') },
      schema: {
        tags: ['organisations'],
        summary: '登记机构',
        body: createOrganisationBodySchema,
        response: { 200: organisationViewSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const id = await app.db.transaction(async (tx) => {
        authorize(organisationPolicy, actor, 'create', { id: '', regionCode: request.body.regionCode });
        return createOrganisation({ actor, tx, input: request.body });
      });
      return presentOrganisation((await findOrganisation(app.db, id))!);
    },
  );
};
