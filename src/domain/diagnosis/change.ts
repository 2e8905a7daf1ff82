/**
 * Re-assessment (T0/T1): how an enterprise changed between two submitted assessments of the same
 * model — total, level and each dimension.
 */
import { round2 } from './scoring.ts';

interface Scored {
  score: number;
  level: number;
  dimensions: { id: string; score: number; max: number }[];
}

export interface AssessmentChange {
  scoreDelta: number;
  levelDelta: number;
  dimensions: { id: string; before: number; after: number; delta: number; max: number }[];
}

/** The change from `before` (T0) to `after` (T1); dimensions missing from T0 count from 0. */
export function compareResults(before: Scored, after: Scored): AssessmentChange {
  return {
    scoreDelta: round2(after.score - before.score),
    levelDelta: after.level - before.level,
    dimensions: after.dimensions.map((d) => {
      const b = before.dimensions.find((x) => x.id === d.id)?.score ?? 0;
      return { id: d.id, before: b, after: d.score, delta: round2(d.score - b), max: d.max };
    }),
  };
}
