/**
 * The shapes matching reads and prints, as zod schemas: a need's fields (validated with Chinese messages
 * naming the field), a catalog of items (the API's resource cards plus matching facts) and the ranked
 * result. Their JSON Schemas are committed under docs/schemas/ (scripts/gen-schemas.ts).
 */
import { z } from 'zod';
import { isValidIndustryCode, normalizeIndustryCode } from '../reference/industries.ts';
import { isValidRegionCode } from '../reference/regions.ts';
import { resourceKindValues, scenarioValues } from '../resources/vocabulary.ts';
import { supplierGradeValues } from '../resources/supplier-grade.ts';
import { componentNames } from './types.ts';

export const NEED_TITLE_MAX = 120;
export const NEED_DESCRIPTION_MAX = 4000;
/** 1 亿元 in fen: a budget above it is a typing error rather than a need. */
export const NEED_BUDGET_MAX_FEN = 10_000_000_000;

const budgetSchema = (label: string) =>
  z
    .number({ error: `${label}应为数字（单位：分）` })
    .int({ error: `${label}应精确到分` })
    .min(0, { error: `${label}不能为负` })
    .max(NEED_BUDGET_MAX_FEN, { error: `${label}不超过 1 亿元` })
    .nullable()
    .default(null);

/** The fields of a need that matching reads; shared by the API's request body and the CLI's need.json. */
export const needFields = {
  title: z
    .string({ error: '请填写需求标题' })
    .trim()
    .min(2, { error: '需求标题至少 2 个字' })
    .max(NEED_TITLE_MAX, { error: `需求标题不超过 ${NEED_TITLE_MAX} 个字` }),
  description: z
    .string({ error: '请填写需求描述' })
    .trim()
    .min(10, { error: '需求描述至少 10 个字' })
    .max(NEED_DESCRIPTION_MAX, { error: `需求描述不超过 ${NEED_DESCRIPTION_MAX} 个字` }),
  industryCode: z
    .string({ error: '请选择所属行业' })
    .overwrite((code) => normalizeIndustryCode(code.trim()) ?? code)
    .refine(isValidIndustryCode, {
      error: '所属行业代码无效：应为 GB/T 4754-2017 的门类（如 C）或大类（如 C34）',
    }),
  scenarios: z
    .array(z.enum(scenarioValues, { error: '应用场景无效' }), { error: '请选择应用场景' })
    .max(scenarioValues.length)
    .default([]),
  regionCode: z
    .string({ error: '请选择所在地区' })
    .trim()
    .refine(isValidRegionCode, { error: '所在地区的行政区划代码无效（GB/T 2260）' }),
  budgetMinFen: budgetSchema('预算下限'),
  budgetMaxFen: budgetSchema('预算上限'),
};

/** Budget min ≤ max, reported on the min field. */
export function budgetOrdered(value: { budgetMinFen: number | null; budgetMaxFen: number | null }): boolean {
  return (
    value.budgetMinFen === null || value.budgetMaxFen === null || value.budgetMinFen <= value.budgetMaxFen
  );
}
export const budgetOrderError = { error: '预算下限不能高于预算上限', path: ['budgetMinFen'] };

/** need.json of `dtpc match`: the API's need (extra fields such as id and status are allowed). */
export const needDocumentSchema = z
  .looseObject({
    ...needFields,
    enterpriseCreditCode: z.string().nullish(),
  })
  .refine(budgetOrdered, budgetOrderError);

/** One catalog item: the API's resource card plus the facts matching needs (all optional). */
export const catalogItemSchema = z.looseObject({
  id: z.string({ error: '资源应有 id' }).min(1, { error: '资源应有 id' }),
  kind: z.enum(resourceKindValues, { error: '资源类型无效' }),
  title: z.string({ error: '请填写名称' }),
  summary: z.string({ error: '请填写简介' }),
  providerName: z.string({ error: '请填写提供方' }),
  providerCreditCode: z.string().nullish(),
  industryCodes: z.array(z.string(), { error: '适用行业应为代码列表' }),
  scenarios: z.array(z.string(), { error: '应用场景应为列表' }),
  regionCodes: z.array(z.string(), { error: '服务区域应为代码列表' }),
  priceModel: z.string({ error: '请填写价格模式' }),
  priceFen: z.number().int().min(0).nullish(),
  grade: z.enum(supplierGradeValues).nullish(),
  deploymentCount: z.number().int().min(0).optional(),
  caseEvidence: z
    .array(z.strictObject({ industryCode: z.string(), count: z.number().int().min(0) }))
    .optional(),
  status: z.string().optional(),
  providerStatus: z
    .enum(['active', 'revoked', 'banned'], { error: '提供方状态应为 active、revoked 或 banned' })
    .optional(),
  expiresOn: z.iso.date({ error: '到期日应为 YYYY-MM-DD' }).nullish(),
  updatedAt: z.string().nullish(),
});

/** catalog.json of `dtpc match`: an array of items, or a search result page `{ items: [...] }`. */
export const catalogDocumentSchema = z.union(
  [z.array(catalogItemSchema), z.looseObject({ items: z.array(catalogItemSchema) })],
  { error: '目录应为资源数组，或带 items 数组的对象' },
);

/** What `dtpc match --json` prints: best first. */
export const matchOutputSchema = z.array(
  z.strictObject({
    id: z.string(),
    score: z.number(),
    components: z.strictObject(
      Object.fromEntries(componentNames.map((name) => [name, z.number()])) as Record<
        (typeof componentNames)[number],
        z.ZodNumber
      >,
    ),
  }),
);

const jsonSchemaText = (id: string, title: string, schema: z.ZodType): string =>
  `${JSON.stringify(
    {
      $id: `https://dtpc.example/schemas/${id}`,
      title,
      ...z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }),
    },
    null,
    2,
  )}\n`;

/** The committed texts of docs/schemas/matching-*.schema.json. */
export function matchingJsonSchemaTexts(): [string, string][] {
  return [
    [
      'matching-need.schema.json',
      jsonSchemaText('matching-need.schema.json', 'DTPC need (需求) for dtpc match', needDocumentSchema),
    ],
    [
      'matching-catalog.schema.json',
      jsonSchemaText(
        'matching-catalog.schema.json',
        'DTPC catalog (资源目录) for dtpc match',
        catalogDocumentSchema,
      ),
    ],
    [
      'matching-result.schema.json',
      jsonSchemaText(
        'matching-result.schema.json',
        'DTPC dtpc match --json output (best first)',
        matchOutputSchema,
      ),
    ],
  ];
}
