/** The working-day calendar is national (State Council notices): only national admins load a year. */
import { allow, always, definePolicy } from './core.ts';

export const calendarPolicy = definePolicy<Record<string, never>>('calendar', [
  allow('national_admin', 'manage', always),
]);
