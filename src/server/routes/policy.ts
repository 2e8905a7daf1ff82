/** Policy packs (public): list, show, and a self-check of an application profile against a pack. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../app/errors.ts';
import {
  applicationProfileSchema,
  evaluationReportSchema,
  policyPackSummarySchema,
  policyPackViewSchema,
  type PackContent,
  type PolicyPackSummary,
} from '../../contracts/policy.ts';
import { evaluateProfile, targetIssue } from '../../domain/policy/engine/report.ts';
import { getPack, policyPacks, type PolicyPack } from '../../domain/policy/index.ts';

function contentsOf(p: PolicyPack): PackContent[] {
  const contents: PackContent[] = [];
  if (p.criteriaGroups.length > 0) {
    contents.push('criteria');
  }
  if (p.directions.length > 0) {
    contents.push('directions');
  }
  if (p.reportTemplates.length > 0) {
    contents.push('report_template');
  }
  if (p.targets.length > 0) {
    contents.push('targets');
  }
  return contents;
}

function summarise(p: PolicyPack): PolicyPackSummary {
  return {
    id: p.id,
    version: p.version,
    title: p.title,
    jurisdiction: p.jurisdiction,
    sourceDocument: p.sourceDocument,
    contents: contentsOf(p),
    levels: p.levels,
    types: p.types,
    kinds: p.kinds,
    directions: p.directions.map((d) => ({ id: d.id, name: d.name })),
    criteriaCount: p.criteriaGroups.reduce((n, g) => n + g.criteria.length, 0),
  };
}

function packOr404(id: string): PolicyPack {
  const pack = getPack(id);
  if (!pack) {
    throw new AppError('not_found', { entity: 'policy_pack' });
  }
  return pack;
}

const params = z.object({ id: z.string() });

export const policyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/policy-packs',
    {
      config: { guard: 'public' },
      schema: {
        tags: ['policy'],
        summary: '政策包列表',
        response: { 200: z.array(policyPackSummarySchema) },
      },
    },
    async () => policyPacks.map(summarise),
  );

  app.get(
    '/policy-packs/:id',
    {
      config: { guard: 'public' },
      schema: {
        tags: ['policy'],
        summary: '政策包详情（条件、指标、流程、评价、撤销，均附出处）',
        params,
        response: { 200: policyPackViewSchema },
      },
    },
    async (request) => packOr404(request.params.id),
  );

  app.post(
    '/policy-packs/:id/evaluate',
    {
      config: { guard: 'public' },
      schema: {
        tags: ['policy'],
        summary: '按政策包自评：申报条件与评价指标逐条判断（与 dtpc policy evaluate --json 相同）',
        params,
        body: applicationProfileSchema,
        response: { 200: evaluationReportSchema },
      },
    },
    async (request) => {
      const pack = packOr404(request.params.id);
      const issue = targetIssue(pack, request.body);
      if (issue) {
        throw new AppError('request.validation', {}, [
          { field: issue.field, code: 'request.validation', message: issue.message },
        ]);
      }
      return evaluateProfile(pack, request.body);
    },
  );
};
