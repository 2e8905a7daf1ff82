/**
 * This installation's matching weights: the defaults, overridden by `DTPC_MATCH_WEIGHTS` (a JSON object of
 * some or all component weights, e.g. `{"region":0.2,"text":0.25}`). A bad value refuses to rank rather
 * than silently ranking with the defaults.
 */
import { DEFAULT_WEIGHTS, matchWeightsSchema, type MatchWeights } from '../../domain/matching/index.ts';

export class MatchWeightsConfigError extends Error {}

/** Parses an override text (the variable's value); `undefined` or empty gives the defaults. */
export function parseWeights(text: string | undefined): MatchWeights {
  if (text === undefined || text.trim() === '') {
    return DEFAULT_WEIGHTS;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new MatchWeightsConfigError('DTPC_MATCH_WEIGHTS 不是合法的 JSON');
  }
  const parsed = matchWeightsSchema.safeParse({ ...DEFAULT_WEIGHTS, ...(value as object) });
  if (!parsed.success) {
    throw new MatchWeightsConfigError(
      `DTPC_MATCH_WEIGHTS：${parsed.error.issues.map((i) => i.message).join('；')}`,
    );
  }
  return parsed.data;
}

/** The weights this installation ranks with. */
export function installationWeights(): MatchWeights {
  return parseWeights(process.env.DTPC_MATCH_WEIGHTS);
}
