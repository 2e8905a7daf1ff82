import { describe, expect, it } from 'vitest';
import { reportDue } from '../engine/deadlines.ts';
import { validatePack } from '../engine/validate.ts';
import { policyPackSchema } from '../schema.ts';
import type { ReportTemplate } from '../schema.ts';
import { fujianCultivation2022 } from './fujian-cultivation-2022.ts';

const FILE = '001_515e38f239b45b15.txt';

function template(): ReportTemplate {
  const [t] = fujianCultivation2022.reportTemplates;
  if (!t) {
    throw new Error('no cultivation report template');
  }
  return t;
}

describe('fujian-cultivation-2022 pack (seed 001 notice and 附件2)', () => {
  it('validates clean: no lint issue (metrics, citations, ids, stages)', () => {
    expect(validatePack(fujianCultivation2022)).toMatchObject({ ok: true, issues: [] });
  });

  it('parses with the policy-pack schema', () => {
    const parsed = policyPackSchema.parse(fujianCultivation2022);
    expect(parsed.id).toBe('fujian-cultivation-2022');
    expect(parsed.jurisdiction).toMatchObject({ level: 'provincial', regionCode: '350000' });
  });

  it('has exactly one report template, the 培育情况表, filed by cities with the provincial department', () => {
    expect(fujianCultivation2022.reportTemplates).toHaveLength(1);
    expect(template()).toMatchObject({
      id: 'cultivation_report',
      name: { zh: '工业互联网数字化转型促进中心培育情况表' },
      filedBy: 'city_officer',
      filedTo: 'provincial_admin',
    });
  });

  it('is due on October 25 of the filing year: 「并于10月25日前将培育情况表（见附件2）报送省工信厅」', () => {
    expect(template().due).toEqual({ kind: 'fixed_date', month: 10, day: 25, yearOffset: 0 });
    const filing = fujianCultivation2022.processes[0]?.stages.find((s) => s.id === 'file_cultivation_report');
    expect(filing?.deadline).toEqual(template().due);
    expect(filing?.source).toEqual({
      file: FILE,
      ref: '通知 三、持续发挥促进作用 第二段',
      text: '并于10月25日前将培育情况表（见附件2）报送省工信厅',
    });
  });

  it('resolves the due date to 2022-10-25 for the 2022 filing (form dated 2022.09.XX)', () => {
    expect(reportDue(template(), 2022)).toBe('2022-10-25');
  });

  it('lists the nine columns of 附件2 in printed order', () => {
    expect(template().columns.map((c) => c.zh)).toEqual([
      '序号',
      '名称',
      '类别',
      '牵头组建单位',
      '成员单位',
      '能力简介（重点阐述）',
      '技术交流、展示、孵化、创新的实体落地点位',
      '建设周期',
      '属地',
    ]);
  });

  it.each([
    ['serialNo', '序号', 'integer'],
    ['name', '名称', 'string'],
    ['category', '类别', 'enum'],
    ['leadOrg', '牵头组建单位', 'string'],
    ['memberOrgs', '成员单位', 'orgList'],
    ['capabilitySummary', '能力简介（重点阐述）', 'text'],
    ['physicalSites', '技术交流、展示、孵化、创新的实体落地点位', 'text'],
    ['constructionPeriod', '建设周期', 'text'],
    ['jurisdiction', '属地', 'region'],
  ])('types column %s (%s) as %s and requires it', (key, zh, type) => {
    const col = template().columns.find((c) => c.key === key);
    expect(col).toMatchObject({ zh, type, required: true });
  });

  it('offers the three center types as 类别 (the example row reads 综合类)', () => {
    const col = template().columns.find((c) => c.key === 'category');
    expect(col?.options?.map((o) => [o.value, o.zh])).toEqual([
      ['comprehensive', '综合类'],
      ['industry', '行业类'],
      ['functional', '功能类'],
    ]);
  });

  it('cites the header row of 附件2 for the columns', () => {
    expect(template().source.file).toBe(FILE);
    expect(template().source.ref).toContain('附件2');
    for (const col of template().columns) {
      expect(template().source.text).toContain(col.zh);
    }
  });

  it('runs survey → filing → provincial support, with the city acting until the filing', () => {
    const stages = fujianCultivation2022.processes[0]?.stages ?? [];
    expect(fujianCultivation2022.processes[0]?.kind).toBe('cultivation_report');
    expect(stages.map((s) => [s.id, s.actor, s.optional ?? false])).toEqual([
      ['survey_and_reserve', 'city_officer', false],
      ['file_cultivation_report', 'city_officer', false],
      ['provincial_support', 'provincial_admin', true],
    ]);
    for (const s of stages) {
      expect(s.source.file).toBe(FILE);
    }
  });

  it('keeps the optional construction-plan attachment and the form header as notes', () => {
    const zh = fujianCultivation2022.notes.map((n) => n.zh).join('\n');
    expect(zh).toContain('备注：条件成熟的地区，可附各促进中心建设方案。');
    expect(zh).toContain('日期：2022.09.XX');
  });
});
