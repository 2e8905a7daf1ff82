/**
 * The latest calendar year that has ended (Asia/Shanghai, DTPC_TODAY-aware): annual reports and
 * evaluations are of a finished year, so lists and exports that name no year read this one.
 */
import { today } from '../publicity/clock.ts';

export function lastFinishedYear(): number {
  return Number(today().slice(0, 4)) - 1;
}
