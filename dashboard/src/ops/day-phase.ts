import type { PollingAreaStatus } from '@election-ops/schema';
import { POLLING_AREA_STATUSES } from '../domain/statuses';

/** Where the election day stands on the election clock, and the areas by status: what the ops room's day panel shows. */

export type DayPhase = 'before' | 'voting' | 'evening';

/** Before the polls open, while they are open, and after they close (closing, counting). */
export function dayPhase(now: number, election: { pollsOpenAt: string; pollsCloseAt: string }): DayPhase {
  if (now < Date.parse(election.pollsOpenAt)) return 'before';
  return now < Date.parse(election.pollsCloseAt) ? 'voting' : 'evening';
}

export type StatusCounts = Record<PollingAreaStatus, number> & { total: number };

/** How many areas are in each status (a status this build does not know counts in the total only). */
export function countStatuses(areas: Iterable<{ status: PollingAreaStatus }>): StatusCounts {
  const counts: StatusCounts = { PREPARING: 0, READY: 0, VOTING: 0, SUSPENDED: 0, CLOSED: 0, COUNTED: 0, total: 0 };
  for (const a of areas) {
    counts.total += 1;
    if (POLLING_AREA_STATUSES.includes(a.status)) counts[a.status] += 1;
  }
  return counts;
}
