/**
 * Whether a declared metric value can be true: known metric, not negative, a whole number where the unit
 * counts things, a share within 0–100 %, and below a bound no center reaches (a typo such as 1e9 m² of
 * floor area is refused, not stored). The bounds are generous on purpose: they catch slips, not outliers.
 */
import { findMetric } from './index.ts';

type Problem = { zh: string; en: string };

/** Upper bounds by unit (zh), far above any real center: 1 km² of site, 10 million person-times. */
const maxByUnit: Record<string, number> = {
  平方米: 1_000_000,
  '%': 100,
  人: 1_000_000,
  家: 10_000_000,
  人次: 100_000_000,
};
const DEFAULT_MAX = 10_000_000;

export function metricValueProblem(key: string, value: number): Problem | null {
  const metric = findMetric(key);
  if (!metric) {
    return { zh: '没有这项指标', en: 'No such metric' };
  }
  const unit = metric.unit.zh;
  const name = { zh: `${metric.zh}（${unit}）`, en: `${metric.en} (${metric.unit.en})` };
  if (!Number.isFinite(value)) {
    return { zh: `${name.zh}须为数字`, en: `${name.en} must be a number` };
  }
  if (value < 0) {
    return { zh: `${name.zh}不能为负数`, en: `${name.en} cannot be negative` };
  }
  const max = maxByUnit[unit] ?? DEFAULT_MAX;
  if (value > max) {
    return {
      zh: `${name.zh}不能超过 ${max.toLocaleString('zh-CN')}，请核对`,
      en: `${name.en} cannot exceed ${max.toLocaleString('en')}; please check`,
    };
  }
  // Areas and shares may be fractional; everything else counts people, enterprises, events or items.
  if (unit !== '平方米' && unit !== '%' && !Number.isInteger(value)) {
    return { zh: `${name.zh}须为整数`, en: `${name.en} must be a whole number` };
  }
  return null;
}
