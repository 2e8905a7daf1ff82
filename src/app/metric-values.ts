/** Refuses implausible declared metric values with every offending field named (400, nothing saved). */
import { metricValueProblem } from '../domain/metrics/values.ts';
import { isValidIndustryCode } from '../domain/reference/industries.ts';
import { AppError } from './errors.ts';

export function assertMetricValues(values: Record<string, number> | undefined, prefix: string): void {
  const errors = Object.entries(values ?? {}).flatMap(([key, value]) => {
    const problem = metricValueProblem(key, value);
    return problem ? [{ field: `${prefix}.${key}`, code: 'request.validation', message: problem }] : [];
  });
  if (errors.length > 0) {
    throw new AppError('request.validation', {}, errors);
  }
}

/** Refuses an industry code that GB/T 4754 does not define (an invented "ZZ99" is not stored). */
export function assertIndustryCode(code: string | null | undefined, field: string): void {
  if (code && !isValidIndustryCode(code)) {
    throw new AppError('reference.unknown_industry', { code }, [
      { field, code: 'reference.unknown_industry', message: '' },
    ]);
  }
}
