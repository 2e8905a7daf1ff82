/** Diagnosis (数字化水平评测): model schema, shipped models, scoring and levels. */
import { smeDigital2024 } from './data/sme-digital-2024.ts';
import type { DiagnosisModel } from './schema.ts';

export * from './schema.ts';
export * from './scoring.ts';

/** The models shipped with the platform, newest first. */
export const diagnosisModels: readonly DiagnosisModel[] = [smeDigital2024];

/** A shipped model by id. */
export function getDiagnosisModel(id: string): DiagnosisModel | undefined {
  return diagnosisModels.find((m) => m.id === id);
}
export * from './benchmark.ts';
export * from './change.ts';
