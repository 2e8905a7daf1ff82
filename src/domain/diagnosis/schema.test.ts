import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { smeDigital2024 } from './data/sme-digital-2024.ts';
import { diagnosisModelJsonSchemaText, diagnosisModelSchema, questionMax } from './schema.ts';
import type { DiagnosisModelInput } from './schema.ts';

/** A deep copy of the shipped model as plain input, to break one thing at a time. */
const copy = (): DiagnosisModelInput => structuredClone(smeDigital2024) as DiagnosisModelInput;
const paths = (input: unknown) => {
  const r = diagnosisModelSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};

describe('diagnosis model schema', () => {
  it('matches the committed docs/schemas/diagnosis-model.schema.json (run scripts/gen-schemas.ts when it changes)', () => {
    const committed = readFileSync(
      new URL('../../../docs/schemas/diagnosis-model.schema.json', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(diagnosisModelJsonSchemaText());
  });

  it('accepts the shipped sme-digital-2024 model as authored data', () => {
    expect(paths(copy())).toEqual([]);
  });

  it('refuses an indicator whose questions do not sum to its weight', () => {
    const m = copy();
    m.dimensions[0]!.indicators[0]!.weight = 21;
    expect(paths(m)).toContain('dimensions.0.indicators.0.weight');
  });

  it('refuses dimensions that do not sum to maxScore', () => {
    const m = copy();
    m.maxScore = 90;
    expect(paths(m)).toContain('maxScore');
  });

  it('refuses rate bands that do not start at 0, go backwards, or pay less for a higher rate', () => {
    const m = copy();
    const q = m.dimensions[0]!.indicators[0]!.questions[1]!;
    if (q.type !== 'rate') {
      throw new Error('expected the digitisation rate question');
    }
    q.bands = [
      { from: 10, share: 0 },
      { from: 5, share: 0.5 },
      { from: 50, share: 0.25 },
    ];
    expect(paths(m)).toEqual(
      expect.arrayContaining([
        'dimensions.0.indicators.0.questions.1.bands.0.from',
        'dimensions.0.indicators.0.questions.1.bands.1.from',
        'dimensions.0.indicators.0.questions.1.bands.2.share',
      ]),
    );
  });

  it('refuses an uncertain item that does not say what was assumed', () => {
    const m = copy();
    delete m.dimensions[0]!.indicators[0]!.questions[0]!.note;
    expect(paths(m)).toContain('dimensions.0.indicators.0.questions.0.note');
  });

  it('refuses duplicate ids and plausibility checks on unknown questions', () => {
    const m = copy();
    m.dimensions[1]!.id = 'foundation';
    const check = m.plausibility![0]!;
    if (check.kind !== 'lte') {
      throw new Error('expected the lte check first');
    }
    check.right = 'device-rate-typo';
    expect(paths(m)).toEqual(expect.arrayContaining(['dimensions.1.id', 'plausibility.0.right']));
  });

  it('refuses level rules out of order or asking for more scenarios than the model has', () => {
    const m = copy();
    m.levels.rules[1]!.level = 3;
    m.levels.rules[3]!.scenarios = { minLevel: 4, count: 17 };
    expect(paths(m)).toEqual(
      expect.arrayContaining(['levels.rules.1.level', 'levels.rules.3.scenarios.count']),
    );
  });
});

describe('sme-digital-2024 weights (工信厅企业〔2024〕56号)', () => {
  const m = smeDigital2024;
  const dim = (id: string) => m.dimensions.find((d) => d.id === id)!;
  const ind = (id: string) => m.dimensions.flatMap((d) => d.indicators).find((i) => i.id === id)!;
  const q = (id: string) =>
    m.dimensions.flatMap((d) => d.indicators.flatMap((i) => i.questions)).find((x) => x.id === id)!;

  it('gives 数字化基础 50, 数字化管理 30, 数字化成效 20 — 100 in all', () => {
    expect(m.dimensions.map((d) => [d.name.zh, d.weight])).toEqual([
      ['数字化基础', 50],
      ['数字化管理', 30],
      ['数字化成效', 20],
    ]);
    expect(m.maxScore).toBe(100);
  });

  it('splits 数字化基础 into 设备系统 20 (8 + 6 + 6), 数据采集 10, 信息系统 10, 信息安全 10 (5 + 5)', () => {
    expect(dim('foundation').indicators.map((i) => i.weight)).toEqual([20, 10, 10, 10]);
    expect(ind('equipment-systems').questions.map((x) => [x.text.zh, questionMax(x)])).toEqual([
      ['企业网络建设情况', 8],
      ['设备数字化率', 6],
      ['设备联网率', 6],
    ]);
    expect(ind('information-security').questions.map(questionMax)).toEqual([5, 5]);
  });

  it('splits 数字化管理 into 规划管理 15 and 要素保障 15 (人才 7.5 + 资金 7.5)', () => {
    expect(dim('management').indicators.map((i) => [i.name.zh, i.weight])).toEqual([
      ['规划管理', 15],
      ['要素保障', 15],
    ]);
    expect(ind('resource-assurance').questions.map(questionMax)).toEqual([7.5, 7.5]);
  });

  it('splits 数字化成效 into 绿色低碳 7, 产品质量 7, 市场效益 6', () => {
    expect(dim('outcomes').indicators.map((i) => [i.name.zh, i.weight])).toEqual([
      ['绿色低碳', 7],
      ['产品质量', 7],
      ['市场效益', 6],
    ]);
  });

  it('pays every rate question 0/25/50/75/100 % of the item', () => {
    for (const id of ['device-digitization-rate', 'device-networking-rate', 'digital-talent-share']) {
      const x = q(id);
      expect(x.type).toBe('rate');
      if (x.type === 'rate') {
        expect(x.bands.map((b) => b.share)).toEqual([0, 0.25, 0.5, 0.75, 1]);
      }
    }
  });

  it('rates 数字化经营 as the 16 named scenarios, each on levels 1–4', () => {
    expect(m.scenarios.map((s) => s.name.zh)).toEqual([
      '产品设计',
      '工艺设计',
      '营销管理',
      '售后服务',
      '计划排程',
      '生产管控',
      '质量管理',
      '设备管理',
      '安全生产',
      '能耗管理',
      '采购管理',
      '仓储物流',
      '财务管理',
      '人力资源',
      '协同办公',
      '决策支持',
    ]);
    expect(new Set(m.scenarios.map((s) => s.levels.length))).toEqual(new Set([4]));
  });

  it('marks the level rule as our reading, with the note every report shows', () => {
    expect(m.levels.uncertain).toBe(true);
    expect(m.levels.note?.zh).toContain('本平台解读');
    expect(m.source.docNumber).toBe('工信厅企业〔2024〕56号');
  });
});
