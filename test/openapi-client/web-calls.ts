/**
 * The web's own API calls against the client openapi-typescript generates from docs/openapi.json: what a
 * web function sends must be what the operation accepts, and what the operation answers must be what the
 * web function promises its callers. Compiles only when both hold (src/server/openapi/client.test.ts).
 */
import type { paths } from 'dtpc-openapi';
import type {
  auditApi,
  authApi,
  calendarApi,
  organisationsApi,
  referenceApi,
  usersApi,
} from '../../web/src/api/endpoints.ts';
import type { recognitionApi } from '../../web/src/pages/recognition/api.ts';
import type { directoryApi, notificationsApi, publicityApi } from '../../web/src/pages/publicity/api.ts';
import type { trainingApi } from '../../web/src/pages/training/api.ts';

type Operation<P extends keyof paths, M extends keyof paths[P]> = paths[P][M];
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON request body operation `M P` accepts. */
type Body<P extends keyof paths, M extends keyof paths[P]> =
  Operation<P, M> extends { requestBody?: infer R } ? JsonOf<NonNullable<R>> : never;
/** The JSON body of its 200 answer. */
type Ok<P extends keyof paths, M extends keyof paths[P]> =
  Operation<P, M> extends { responses: { 200: infer R } } ? JsonOf<R> : never;
/** Its query parameters. */
type Query<P extends keyof paths, M extends keyof paths[P]> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** A compile error names the check whose `A` is not assignable to `B`. */
type Assignable<A, B> = [A] extends [B] ? ([B] extends [never] ? false : true) : false;
type Holds<T extends true> = T;

type Sends<F extends (...args: never[]) => unknown, I extends number = 0> = Parameters<F>[I];
type Gets<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

export type Checks = [
  // 登录 and the session
  Holds<Assignable<Sends<typeof authApi.login>, Body<'/api/auth/login', 'post'>>>,
  Holds<Assignable<Ok<'/api/auth/login', 'post'>, Gets<typeof authApi.login>>>,
  Holds<Assignable<Ok<'/api/auth/me', 'get'>, Gets<typeof authApi.me>>>,
  Holds<Assignable<Sends<typeof authApi.changePassword>, Body<'/api/auth/password', 'post'>>>,
  // Accounts and organisations
  Holds<Assignable<Sends<typeof usersApi.list>, Query<'/api/users', 'get'>>>,
  Holds<Assignable<Ok<'/api/users', 'get'>, Gets<typeof usersApi.list>>>,
  Holds<Assignable<Sends<typeof usersApi.create>, Body<'/api/users', 'post'>>>,
  Holds<Assignable<Ok<'/api/users', 'post'>, Gets<typeof usersApi.create>>>,
  Holds<Assignable<Sends<typeof usersApi.update, 1>, Body<'/api/users/{id}', 'patch'>>>,
  Holds<Assignable<Ok<'/api/users/{id}', 'patch'>, Gets<typeof usersApi.update>>>,
  Holds<Assignable<Sends<typeof organisationsApi.list>, Query<'/api/organisations', 'get'>>>,
  Holds<Assignable<Ok<'/api/organisations', 'get'>, Gets<typeof organisationsApi.list>>>,
  Holds<Assignable<Sends<typeof organisationsApi.create>, Body<'/api/organisations', 'post'>>>,
  Holds<Assignable<Ok<'/api/organisations/{id}', 'get'>, Gets<typeof organisationsApi.get>>>,
  // Audit, reference data, calendar, health
  Holds<Assignable<Sends<typeof auditApi.list>, Query<'/api/audit', 'get'>>>,
  Holds<Assignable<Ok<'/api/audit', 'get'>, Gets<typeof auditApi.list>>>,
  Holds<Assignable<Ok<'/api/audit/verify', 'get'>, Gets<typeof auditApi.verify>>>,
  Holds<Assignable<Ok<'/api/regions/{code}', 'get'>, Gets<typeof referenceApi.region>>>,
  Holds<Assignable<Ok<'/api/health', 'get'>, Gets<typeof referenceApi.health>>>,
  Holds<Assignable<Ok<'/api/calendar/years', 'get'>, Gets<typeof calendarApi.years>>>,
  // 申报通知 and 申报
  Holds<Assignable<Ok<'/api/calls', 'get'>, Gets<typeof recognitionApi.calls>>>,
  Holds<Assignable<Ok<'/api/calls/{id}', 'get'>, Gets<typeof recognitionApi.call>>>,
  Holds<Assignable<Ok<'/api/calls', 'post'>, Gets<typeof recognitionApi.createCall>>>,
  Holds<Assignable<Ok<'/api/applications', 'get'>, Gets<typeof recognitionApi.applications>>>,
  Holds<Assignable<Ok<'/api/applications', 'post'>, Gets<typeof recognitionApi.createApplication>>>,
  Holds<Assignable<Ok<'/api/applications/{id}', 'get'>, Gets<typeof recognitionApi.application>>>,
  // 公示 and 名录
  Holds<Assignable<Sends<typeof publicityApi.list>, Query<'/api/publicity', 'get'>>>,
  Holds<Assignable<Ok<'/api/publicity', 'get'>, Gets<typeof publicityApi.list>>>,
  Holds<Assignable<Ok<'/api/publicity/{id}', 'get'>, Gets<typeof publicityApi.get>>>,
  Holds<Assignable<Sends<typeof publicityApi.open>, Body<'/api/publicity', 'post'>>>,
  Holds<Assignable<Ok<'/api/directory', 'get'>, Gets<typeof directoryApi.list>>>,
  // 消息通知 and its settings (channels per kind)
  Holds<Assignable<Ok<'/api/notifications', 'get'>, Gets<typeof notificationsApi.list>>>,
  Holds<Assignable<Ok<'/api/notifications/settings', 'get'>, Gets<typeof notificationsApi.settings>>>,
  Holds<Assignable<Sends<typeof notificationsApi.saveSettings>, Body<'/api/notifications/settings', 'put'>>>,
  Holds<Assignable<Ok<'/api/notifications/settings', 'put'>, Gets<typeof notificationsApi.saveSettings>>>,
  // 培训报名 and a center's public events
  Holds<Assignable<Sends<typeof trainingApi.calendar>, Query<'/api/catalog/courses', 'get'>>>,
  Holds<Assignable<Ok<'/api/catalog/courses', 'get'>, Gets<typeof trainingApi.calendar>>>,
  Holds<Assignable<Ok<'/api/catalog/centers/{slug}/events', 'get'>, Gets<typeof trainingApi.events>>>,
];
