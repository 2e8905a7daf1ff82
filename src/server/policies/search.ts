/**
 * The catalog search's settings: the thesaurus is edited by the ministry's and provinces' administrators;
 * the zero-result log (anonymised) is read by them and by the centers' operators.
 */
import { allow, always, definePolicy } from './core.ts';

export const searchPolicy = definePolicy<unknown>('search', [
  allow(['national_admin', 'provincial_admin'], ['readThesaurus', 'editThesaurus', 'readMisses'], always),
  allow('center_operator', ['readThesaurus', 'readMisses'], always),
]);
