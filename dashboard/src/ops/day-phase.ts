/** Where the election day stands on the election clock, and the areas by status: what the ops room's day panel shows. */

export type DayPhase = 'before' | 'voting' | 'evening';

/** Before the polls open, while they are open, and after they close (closing, counting). */
export function dayPhase(now: number, election: { pollsOpenAt: string; pollsCloseAt: string }): DayPhase {
  if (now < Date.parse(election.pollsOpenAt)) return 'before';
  return now < Date.parse(election.pollsCloseAt) ? 'voting' : 'evening';
}

export const AREA_STATUSES = ['PREPARING', 'READY', 'VOTING', 'SUSPENDED', 'CLOSED', 'COUNTED'] as const;
export type StatusCounts = Record<(typeof AREA_STATUSES)[number], number> & { total: number };

/** How many areas are in each status (an unknown status counts in the total only). */
export function countStatuses(areas: Iterable<{ status: string }>): StatusCounts {
  const counts: StatusCounts = { PREPARING: 0, READY: 0, VOTING: 0, SUSPENDED: 0, CLOSED: 0, COUNTED: 0, total: 0 };
  for (const a of areas) {
    counts.total += 1;
    if (a.status in counts && a.status !== 'total') counts[a.status as keyof StatusCounts] += 1;
  }
  return counts;
}
