/**
 * The diagnosis-model schema (数字化水平评测模型): one versioned, cited questionnaire as data.
 * dimensions → indicators → questions (single / multi / rate with bands), scenario ladders (level 1–4
 * descriptors), level rules, plausibility checks and the evidence a question may ask for.
 *
 * Models are data so an authority can add one without code: upload a JSON file, validate it with this
 * schema (its JSON Schema is committed at docs/schemas/diagnosis-model.schema.json). Whatever the cited
 * source leaves open is marked `uncertain: true` with a `note` saying what was assumed; reports show it.
 */
import { z } from 'zod';
import { localizedSchema } from '../policy/schema.ts';

export { localizedSchema };
export type { Localized } from '../policy/schema.ts';

/** Lower-case kebab ids: stable keys of answers files, URLs and stored assessments. */
const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '编号只能由小写字母、数字和连字符组成')
  .max(64);

/** Where an item comes from in the model's source document (section, table row, page). */
export const citationSchema = z.object({
  ref: z.string().min(1),
  /** The original wording when it is available to us. */
  text: z.string().min(1).optional(),
});
export type Citation = z.infer<typeof citationSchema>;

/**
 * `uncertain: true` marks our own reading where the source leaves something open; the note says what
 * was assumed, so a report can show it and an author can replace it when the source is found.
 */
const uncertaintyShape = {
  citation: citationSchema.optional(),
  uncertain: z.boolean().optional(),
  note: localizedSchema.optional(),
};

function uncertainNeedsNote(v: { uncertain?: boolean | undefined; note?: unknown }): boolean {
  return v.uncertain !== true || v.note !== undefined;
}
const noteIssue = { message: '标为待核实（uncertain）的内容须在 note 中说明所作假设', path: ['note'] };

/** Kinds of evidence (佐证材料) a question may ask for. */
export const evidenceKindSchema = z.enum([
  'document',
  'photo',
  'screenshot',
  'system_export',
  'certificate',
  'invoice',
  'other',
]);
export type EvidenceKind = z.infer<typeof evidenceKindSchema>;

export const evidenceSchema = z.object({
  kinds: z.array(evidenceKindSchema).min(1),
  description: localizedSchema,
  /** Whether submitting without it is refused (false: asked for, not enforced). */
  required: z.boolean().default(false),
});
export type Evidence = z.infer<typeof evidenceSchema>;
export type EvidenceInput = z.input<typeof evidenceSchema>;

export const optionSchema = z.object({
  id: idSchema,
  label: localizedSchema,
  points: z.number().min(0),
  /** A "none of these" option in a multiple choice: cannot be combined with others. */
  exclusive: z.boolean().optional(),
});
export type Option = z.infer<typeof optionSchema>;

/** A rate band: values ≥ `from` percent (up to the next band) pay `share` of the question's points. */
export const rateBandSchema = z.object({
  from: z.number().min(0).max(100),
  share: z.number().min(0).max(1),
  label: localizedSchema.optional(),
});
export type RateBand = z.infer<typeof rateBandSchema>;

const questionBase = {
  id: idSchema,
  text: localizedSchema,
  help: localizedSchema.optional(),
  required: z.boolean().default(true),
  evidence: evidenceSchema.optional(),
  ...uncertaintyShape,
};

export const singleQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('single'),
  options: z.array(optionSchema).min(2),
});

export const multiQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('multi'),
  options: z.array(optionSchema).min(2),
  /** Points are summed over the chosen options and capped here. */
  max: z.number().positive(),
});

export const rateQuestionSchema = z.object({
  ...questionBase,
  type: z.literal('rate'),
  /** What is counted over what, shown beside the input (e.g. 联网设备数 / 设备总数). */
  definition: localizedSchema.optional(),
  points: z.number().positive(),
  /** Ascending; the first starts at 0. Shares must not fall as the rate rises. */
  bands: z.array(rateBandSchema).min(2),
});

export const questionSchema = z.discriminatedUnion('type', [
  singleQuestionSchema,
  multiQuestionSchema,
  rateQuestionSchema,
]);
export type Question = z.infer<typeof questionSchema>;

export const indicatorSchema = z.object({
  id: idSchema,
  name: localizedSchema,
  /** Points; equals the sum of its questions' maxima. */
  weight: z.number().positive(),
  questions: z.array(questionSchema).min(1),
  ...uncertaintyShape,
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const dimensionSchema = z.object({
  id: idSchema,
  name: localizedSchema,
  /** Points; equals the sum of its indicators' weights. */
  weight: z.number().positive(),
  indicators: z.array(indicatorSchema).min(1),
  ...uncertaintyShape,
});
export type Dimension = z.infer<typeof dimensionSchema>;

/** A scenario ladder (场景): the enterprise picks the level 1…n whose descriptor fits it. */
export const scenarioSchema = z.object({
  id: idSchema,
  name: localizedSchema,
  /** Level descriptors, level 1 first. */
  levels: z.array(z.object({ level: z.number().int().min(1), descriptor: localizedSchema })).min(2),
  required: z.boolean().default(true),
  evidence: evidenceSchema.optional(),
  ...uncertaintyShape,
});
export type Scenario = z.infer<typeof scenarioSchema>;

/**
 * One level rule: the level is reached when the total score is at least `minScore` and, if given,
 * at least `scenarios.count` scenarios are rated `scenarios.minLevel` or higher. The assessment gets
 * the highest level whose rule holds, 0 when none does — so more points never lower the level.
 */
export const levelRuleSchema = z.object({
  level: z.number().int().min(1),
  name: localizedSchema,
  minScore: z.number().min(0),
  scenarios: z.object({ minLevel: z.number().int().min(1), count: z.number().int().min(1) }).optional(),
  ...uncertaintyShape,
});
export type LevelRule = z.infer<typeof levelRuleSchema>;

/**
 * A question's value in plausibility checks: the percentage of a rate question, the points of a
 * choice question, the level of a scenario.
 */
export const plausibilityCheckSchema = z.discriminatedUnion('kind', [
  /** value(left) ≤ value(right), e.g. 设备联网率 ≤ 设备数字化率. */
  z.object({
    kind: z.literal('lte'),
    id: idSchema,
    left: idSchema,
    right: idSchema,
    severity: z.enum(['error', 'warning']),
    message: localizedSchema,
    ...uncertaintyShape,
  }),
  /** value(when) ≥ whenAtLeast implies value(then) ≥ thenAtLeast. */
  z.object({
    kind: z.literal('requires'),
    id: idSchema,
    when: idSchema,
    whenAtLeast: z.number(),
    then: idSchema,
    thenAtLeast: z.number(),
    severity: z.enum(['error', 'warning']),
    message: localizedSchema,
    ...uncertaintyShape,
  }),
]);
export type PlausibilityCheck = z.infer<typeof plausibilityCheckSchema>;

export const modelSourceSchema = z.object({
  title: localizedSchema,
  issuer: localizedSchema,
  docNumber: z.string().optional(),
  year: z.number().int().min(1990).max(2100),
  url: z.url().optional(),
});

const EPSILON = 1e-9;
const same = (a: number, b: number) => Math.abs(a - b) < EPSILON;

/** The most points a question can pay. */
export function questionMax(q: Question): number {
  switch (q.type) {
    case 'single':
      return Math.max(...q.options.map((o) => o.points));
    case 'multi':
      return q.max;
    case 'rate':
      return q.points;
  }
}

export const diagnosisModelSchema = z
  .object({
    id: idSchema,
    version: z.string().min(1),
    title: localizedSchema,
    summary: localizedSchema.optional(),
    source: modelSourceSchema,
    /** Total points; equals the sum of the dimensions' weights. */
    maxScore: z.number().positive(),
    dimensions: z.array(dimensionSchema).min(1),
    scenarios: z.array(scenarioSchema).default([]),
    levels: z.object({
      rules: z.array(levelRuleSchema).min(1),
      uncertain: z.boolean().optional(),
      note: localizedSchema.optional(),
      citation: citationSchema.optional(),
    }),
    plausibility: z.array(plausibilityCheckSchema).default([]),
    uncertain: z.boolean().optional(),
    note: localizedSchema.optional(),
  })
  .superRefine((m, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });

    if (!uncertainNeedsNote(m) || !uncertainNeedsNote(m.levels)) {
      issue(['note'], noteIssue.message);
    }
    const ids = new Map<string, string>();
    const claim = (id: string, path: (string | number)[]) => {
      if (ids.has(id)) {
        issue(path, `编号“${id}”重复（另见 ${ids.get(id)}）`);
      }
      ids.set(id, path.join('.'));
    };

    let dimSum = 0;
    m.dimensions.forEach((d, di) => {
      claim(d.id, ['dimensions', di, 'id']);
      let indSum = 0;
      d.indicators.forEach((ind, ii) => {
        const ip = ['dimensions', di, 'indicators', ii];
        claim(ind.id, [...ip, 'id']);
        let qSum = 0;
        ind.questions.forEach((q, qi) => {
          const qp = [...ip, 'questions', qi];
          claim(q.id, [...qp, 'id']);
          if (!uncertainNeedsNote(q)) {
            issue([...qp, 'note'], noteIssue.message);
          }
          qSum += questionMax(q);
          if (q.type !== 'rate') {
            const optionIds = new Set<string>();
            q.options.forEach((o, oi) => {
              if (optionIds.has(o.id)) {
                issue([...qp, 'options', oi, 'id'], `选项编号“${o.id}”重复`);
              }
              optionIds.add(o.id);
            });
          } else {
            if (q.bands[0]?.from !== 0) {
              issue([...qp, 'bands', 0, 'from'], '第一个分档须从 0 开始');
            }
            q.bands.forEach((b, bi) => {
              const prev = q.bands[bi - 1];
              if (prev && !(b.from > prev.from)) {
                issue([...qp, 'bands', bi, 'from'], '分档须按 from 从小到大排列');
              }
              if (prev && b.share < prev.share) {
                issue([...qp, 'bands', bi, 'share'], '比例更高的分档得分比例不能更低');
              }
            });
          }
        });
        if (!same(qSum, ind.weight)) {
          issue([...ip, 'weight'], `权重 ${ind.weight} 不等于其题目满分之和 ${qSum}`);
        }
        if (!uncertainNeedsNote(ind)) {
          issue([...ip, 'note'], noteIssue.message);
        }
        indSum += ind.weight;
      });
      if (!same(indSum, d.weight)) {
        issue(['dimensions', di, 'weight'], `权重 ${d.weight} 不等于其指标权重之和 ${indSum}`);
      }
      dimSum += d.weight;
    });
    if (!same(dimSum, m.maxScore)) {
      issue(['maxScore'], `满分 ${m.maxScore} 不等于各维度权重之和 ${dimSum}`);
    }

    m.scenarios.forEach((s, si) => {
      claim(s.id, ['scenarios', si, 'id']);
      s.levels.forEach((l, li) => {
        if (l.level !== li + 1) {
          issue(['scenarios', si, 'levels', li, 'level'], `应为第 ${li + 1} 级`);
        }
      });
    });

    const topScenarioLevel = Math.max(0, ...m.scenarios.map((s) => s.levels.length));
    m.levels.rules.forEach((r, ri) => {
      const p = ['levels', 'rules', ri];
      if (r.level !== ri + 1) {
        issue([...p, 'level'], `应为第 ${ri + 1} 级（等级规则须从一级起依次列出）`);
      }
      if (r.minScore > m.maxScore) {
        issue([...p, 'minScore'], `最低分 ${r.minScore} 超过满分 ${m.maxScore}`);
      }
      if (r.scenarios) {
        if (r.scenarios.count > m.scenarios.length) {
          issue([...p, 'scenarios', 'count'], `模型只有 ${m.scenarios.length} 个场景`);
        }
        if (r.scenarios.minLevel > topScenarioLevel) {
          issue([...p, 'scenarios', 'minLevel'], `没有场景设有第 ${r.scenarios.minLevel} 级`);
        }
      }
      if (!uncertainNeedsNote(r)) {
        issue([...p, 'note'], noteIssue.message);
      }
    });

    const known = new Set(ids.keys());
    const questionOrScenario = new Set([
      ...m.dimensions.flatMap((d) => d.indicators.flatMap((i) => i.questions.map((q) => q.id))),
      ...m.scenarios.map((s) => s.id),
    ]);
    m.plausibility.forEach((c, ci) => {
      claim(c.id, ['plausibility', ci, 'id']);
      const refs: [string, string][] =
        c.kind === 'lte'
          ? [
              ['left', c.left],
              ['right', c.right],
            ]
          : [
              ['when', c.when],
              ['then', c.then],
            ];
      for (const [field, ref] of refs) {
        if (!known.has(ref) || !questionOrScenario.has(ref)) {
          issue(['plausibility', ci, field], `没有题目或场景“${ref}”`);
        }
      }
    });
  });

export type DiagnosisModel = z.infer<typeof diagnosisModelSchema>;
export type DiagnosisModelInput = z.input<typeof diagnosisModelSchema>;

/** Validate a model; throws a ZodError naming the path. */
export function defineModel(input: DiagnosisModelInput): DiagnosisModel {
  return diagnosisModelSchema.parse(input);
}

/**
 * An answers document: question id → option id (single), option ids (multi), a number (rate in
 * percent; scenario level).
 */
export const answerValueSchema = z.union([z.string(), z.array(z.string()), z.number()]);
export type AnswerValue = z.infer<typeof answerValueSchema>;
export const answersSchema = z.record(z.string(), answerValueSchema);
export type Answers = z.infer<typeof answersSchema>;
export const answersDocumentSchema = z.object({ answers: answersSchema });

/** The JSON Schema of a model as authors write it (defaults optional). */
export function diagnosisModelJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://dtpc.example/schemas/diagnosis-model.schema.json',
    title: 'DTPC diagnosis model (数字化水平评测模型)',
    ...z.toJSONSchema(diagnosisModelSchema, { io: 'input', target: 'draft-2020-12' }),
  };
}

/** The committed text of docs/schemas/diagnosis-model.schema.json. */
export function diagnosisModelJsonSchemaText(): string {
  return `${JSON.stringify(diagnosisModelJsonSchema(), null, 2)}\n`;
}
