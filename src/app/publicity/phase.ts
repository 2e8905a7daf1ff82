/** Where a notice stands on a date: not yet open, open for objections, closed (awaiting announcement), announced. */
import type { PublicityPhase } from '../../contracts/publicity.ts';

export function phaseOf(
  notice: { status: string; startsOn: string; endsOn: string },
  on: string,
): PublicityPhase {
  if (notice.status === 'announced') {
    return 'announced';
  }
  if (on < notice.startsOn) {
    return 'upcoming';
  }
  return on <= notice.endsOn ? 'open' : 'closed';
}
