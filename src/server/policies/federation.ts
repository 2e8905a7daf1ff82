/**
 * The network's administration: the ministry runs the national hub over the provinces, a province may run
 * a hub over its cities (seed 001 管理办法 第十条: provinces connect to the national resource hub).
 */
import { allow, always, definePolicy } from './core.ts';

export const federationPolicy = definePolicy<unknown>('federation', [
  allow(['national_admin', 'provincial_admin'], ['readNetwork', 'manageNodes', 'harvest'], always),
]);
