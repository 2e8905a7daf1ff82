import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { industryViewSchema, regionViewSchema, type RegionView } from '../../contracts/reference.ts';
import { AppError } from '../../app/errors.ts';
import { childrenOf, findRegion, listProvinces, type Region } from '../../domain/reference/regions.ts';
import { listDivisions, listSections } from '../../domain/reference/industries.ts';

function present(r: Region): RegionView {
  return { code: r.code, name: r.name, level: r.level, parentCode: r.parent };
}

export const referenceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/regions',
    {
      config: { guard: 'public' },
      schema: {
        tags: ['reference'],
        summary: 'GB/T 2260 行政区划（下级列表）',
        querystring: z.object({
          parent: z
            .string()
            .regex(/^\d{6}$/)
            .optional(),
        }),
        response: { 200: z.array(regionViewSchema) },
      },
    },
    async (request) => {
      if (!request.query.parent) {
        return listProvinces().map(present);
      }
      if (!findRegion(request.query.parent)) {
        throw new AppError('reference.unknown_region', { code: request.query.parent });
      }
      return childrenOf(request.query.parent).map(present);
    },
  );

  app.get(
    '/regions/:code',
    {
      config: { guard: 'public' },
      schema: {
        tags: ['reference'],
        summary: '行政区划详情',
        params: z.object({ code: z.string() }),
        response: { 200: regionViewSchema },
      },
    },
    async (request) => {
      const region = findRegion(request.params.code);
      if (!region) {
        throw new AppError('not_found', { entity: 'region' });
      }
      return present(region);
    },
  );

  app.get(
    '/industries',
    {
      config: { guard: 'public' },
      schema: {
        tags: ['reference'],
        summary: 'GB/T 4754-2017 国民经济行业分类',
        response: { 200: z.array(industryViewSchema) },
      },
    },
    async () => [
      ...listSections().map((s) => ({ code: s.code, name: s.name, section: s.code })),
      ...listDivisions().map((d) => ({ code: d.code, name: d.name, section: d.section })),
    ],
  );
};
