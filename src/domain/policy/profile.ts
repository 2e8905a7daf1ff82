/**
 * The application profile: everything the engine needs to judge one application (or one center's
 * evaluation) against a pack — organisation facts, level/type/kind or direction, metric values,
 * expert judgements and history. Its JSON Schema is committed at docs/schemas/application-profile.schema.json.
 */
import { z } from 'zod';
import {
  centerTypeSchema,
  functionalKindSchema,
  isoDateSchema,
  levelSchema,
  orgKindSchema,
} from './schema.ts';

const regionCodeSchema = z.string().regex(/^\d{6}$/, 'expected a six-digit GB/T 2260 region code');

export const organisationSchema = z.object({
  name: z.string().min(1),
  orgKind: orgKindSchema,
  /** 独立法人资格. */
  legalPerson: z.boolean(),
  /** Where the organisation is registered (GB/T 2260). */
  registeredRegionCode: regionCodeSchema.optional(),
  /** Date of registration (注册时间). */
  registeredOn: isoDateSchema.optional(),
  /** 统一社会信用代码 — used to match history records to this organisation. */
  creditCode: z.string().optional(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const incidentSchema = z.object({
  date: isoDateSchema,
  kind: z.enum(['safety', 'environment', 'quality', 'social']),
  /** 较大以上 = `major` or worse. */
  severity: z.enum(['minor', 'major', 'serious', 'very_serious']),
  description: z.string().optional(),
});
export type Incident = z.infer<typeof incidentSchema>;

/** An expert's verdict on a qualitative item (or on the qualitative part of a quantitative one). */
export const judgementSchema = z.object({
  met: z.boolean(),
  score: z.number().optional(),
  note: z.string().optional(),
});
export type Judgement = z.infer<typeof judgementSchema>;

/** An earlier revocation of the lead unit's center. */
export const revocationRecordSchema = z.object({
  /** The pack it was revoked under; omitted = same jurisdiction as the pack being applied. */
  packId: z.string().optional(),
  revokedOn: isoDateSchema,
  /** 退出之日 when it differs from the revocation date (Gansu counts the ban from exit). */
  exitOn: isoDateSchema.optional(),
  /** An explicit ban end decided by the authority; overrides the pack's period. */
  banEndsOn: isoDateSchema.optional(),
});
export type RevocationRecord = z.infer<typeof revocationRecordSchema>;

/** A center already recognised (or applying), for the uniqueness rules. */
export const existingCenterSchema = z.object({
  name: z.string().min(1),
  /** True when the applicant's lead unit leads it. */
  ledByApplicant: z.boolean(),
  level: levelSchema.optional(),
  type: centerTypeSchema,
  kind: functionalKindSchema.optional(),
  regionCode: regionCodeSchema.optional(),
  industryCode: z.string().optional(),
});
export type ExistingCenter = z.infer<typeof existingCenterSchema>;

export const historySchema = z.object({
  revocations: z.array(revocationRecordSchema).default([]),
  centers: z.array(existingCenterSchema).default([]),
  /** Demonstration directions the applicant already holds (前期同方向示范). */
  directionsHeld: z.array(z.object({ direction: z.string(), year: z.number().int().optional() })).default([]),
  /** Other applications the same lead unit files in the same call (同一企业牵头申报多个方向). */
  otherApplications: z
    .array(z.object({ direction: z.string().optional(), type: centerTypeSchema.optional() }))
    .default([]),
});
export type History = z.infer<typeof historySchema>;

export const applicationProfileSchema = z.object({
  /** The date the application is made; bans, registration age and incident windows count back from it. */
  applicationDate: isoDateSchema,
  /** The call's deadline (申报截止日), for rules dated "until the deadline". */
  callDeadline: isoDateSchema.optional(),
  level: levelSchema,
  type: centerTypeSchema.optional(),
  kind: functionalKindSchema.optional(),
  direction: z.string().optional(),
  /** Where the center is (属地). */
  regionCode: regionCodeSchema.optional(),
  /** GB/T 4754 industry the center serves (industry-type centers). */
  industryCode: z.string().optional(),
  leadOrg: organisationSchema,
  members: z.array(organisationSchema).default([]),
  consortiumAgreementSigned: z.boolean().optional(),
  buildStatus: z.enum(['built', 'under_construction', 'planned']).optional(),
  incidents: z.array(incidentSchema).default([]),
  /** Attested yes/no facts, e.g. { "soundFinance": true, "goodCredit": true }. */
  facts: z.record(z.string(), z.boolean()).default({}),
  /** Dated facts, e.g. { "certificateDate": "2023-03-01" }. */
  factDates: z.record(z.string(), isoDateSchema).default({}),
  /** Metric values by catalogue key. */
  metricValues: z.record(z.string(), z.number()).default({}),
  /** Expert judgements by criterion id. */
  judgements: z.record(z.string(), judgementSchema).default({}),
  history: historySchema.default({ revocations: [], centers: [], directionsHeld: [], otherApplications: [] }),
});
export type ApplicationProfile = z.infer<typeof applicationProfileSchema>;
export type ApplicationProfileInput = z.input<typeof applicationProfileSchema>;

/** One evaluation result in a center's history. `rating` is a grade id or a number of stars. */
export const evaluationRecordSchema = z.object({
  year: z.number().int(),
  rating: z.union([z.enum(['excellent', 'good', 'pass', 'fail']), z.number().int().positive()]),
  /** When the result was decided; the revocation date defaults to the last triggering one. */
  decidedOn: isoDateSchema.optional(),
});
export type EvaluationRecord = z.infer<typeof evaluationRecordSchema>;

/** A fact that may ground a manual revocation (event kinds named by the pack's grounds). */
export const revocationEventSchema = z.object({
  kind: z.string().min(1),
  date: isoDateSchema,
  note: z.string().optional(),
});
export type RevocationEvent = z.infer<typeof revocationEventSchema>;

/** Input of `dtpc policy revocation`: evaluation history and events of one center. */
export const revocationInputSchema = z.object({
  evaluations: z.array(evaluationRecordSchema).default([]),
  events: z.array(revocationEventSchema).default([]),
  /** The date of the revocation decision, when known; the ban counts from it. */
  revocationDate: isoDateSchema.optional(),
  exitDate: isoDateSchema.optional(),
});
export type RevocationInput = z.infer<typeof revocationInputSchema>;

/** Parse an application profile; throws a ZodError naming the field. */
export function parseProfile(input: unknown): ApplicationProfile {
  return applicationProfileSchema.parse(input);
}

/** The JSON Schema of the application profile as authors write it (defaults optional). */
export function applicationProfileJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://dtpc.example/schemas/application-profile.schema.json',
    title: 'DTPC application profile (申报画像)',
    ...z.toJSONSchema(applicationProfileSchema, { io: 'input', target: 'draft-2020-12' }),
  };
}

/** The committed text of docs/schemas/application-profile.schema.json. */
export function applicationProfileJsonSchemaText(): string {
  return `${JSON.stringify(applicationProfileJsonSchema(), null, 2)}\n`;
}
