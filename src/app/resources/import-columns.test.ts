import { describe, expect, it } from 'vitest';
import { resourceCardSchema } from '../../contracts/resources.ts';
import { columnOfPath, rowToCardInput } from './import-columns.ts';

const base = {
  名称: '空压站预测性维护应用案例',
  简介: '某化工企业空压站的健康管理',
  提供方: '济南智维工业软件有限公司',
  适用行业: 'C26，C34',
  应用场景: '运维服务、节能降碳',
  服务区域: '全国；370100',
  价格模式: '面议',
  开放方式: '公开',
};

describe('one import row to a resource card', () => {
  it('reads a case with its quantified results (指标:数值单位；…)', () => {
    const { input, problems } = rowToCardInput({
      ...base,
      资源类型: '案例',
      案例实施条件: '空压机已联网',
      案例解决方案: '部署健康管理平台',
      案例成效: '能耗降低:12.5%；非计划停机减少：30 %',
    });
    expect(problems).toEqual([]);
    const card = resourceCardSchema.parse(input);
    expect(card.kind === 'case' && card.details.results).toEqual([
      { indicator: '能耗降低', value: 12.5, unit: '%' },
      { indicator: '非计划停机减少', value: 30, unit: '%' },
    ]);
    expect(card.regionCodes).toEqual(['000000', '370100']);
    expect(card.industryCodes).toEqual(['C26', 'C34']);
  });

  it('reads a supplier’s criteria (指标|权重|得分|依据) and rejects weights that do not add up to 100', () => {
    const ok = rowToCardInput({
      ...base,
      资源类型: '供应商',
      供应商评价指标: '技术能力|60|90|发明专利 12 项；服务案例|40|80|近三年 86 家',
      评价日期: '2026-06-30',
      评价机构: '省产业联盟',
    });
    expect(resourceCardSchema.safeParse(ok.input).success).toBe(true);
    const bad = rowToCardInput({
      ...base,
      资源类型: '供应商',
      供应商评价指标: '技术能力|60|90|专利',
      评价日期: '2026-06-30',
      评价机构: '联盟',
    });
    const result = resourceCardSchema.safeParse(bad.input);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [columnOfPath(i.path), i.message])).toContainEqual([
      '供应商评价指标',
      '评价指标的权重之和应为 100',
    ]);
  });

  it('converts a price in yuan to fen and refuses fractions of a fen', () => {
    expect(rowToCardInput({ ...base, 资源类型: '工具', '参考价格（元）': '1,234.5' }).input).toMatchObject({
      priceFen: 123450,
    });
    expect(rowToCardInput({ ...base, 资源类型: '工具', '参考价格（元）': '1.234' }).problems[0]?.column).toBe(
      '参考价格（元）',
    );
  });

  it('names the unknown label and the accepted ones', () => {
    const { problems } = rowToCardInput({ ...base, 资源类型: '工具', 开放方式: '内部' });
    expect(problems).toEqual([
      { column: '开放方式', message: '“内部”不是有效的取值，可选：公开、申请后开放、仅限会员' },
    ]);
  });

  it('accepts 解决方案 as the short name of 产品与解决方案', () => {
    expect(rowToCardInput({ ...base, 资源类型: '解决方案' }).input).toMatchObject({ kind: 'solution' });
  });
});
