import type { BallotBoxVisitFieldsFragment } from '@election-ops/schema';

export type BallotBoxVisit = BallotBoxVisitFieldsFragment;

/**
 * The auxiliary ballot box's visits this user may read, by id. Not in the snapshot: loaded beside it
 * and kept by the BALLOT_BOX_VISIT_* events.
 */
export interface VisitsState {
  visits: Record<string, BallotBoxVisit>;
}

/** A visit only moves forward; an older answer never takes it back (a new time is as far along as the first). */
const RANK: Record<BallotBoxVisit['status'], number> = { REQUESTED: 0, SCHEDULED: 1, VISITED: 2, CANCELLED: 2 };

export function putVisit(s: VisitsState, visit: BallotBoxVisit): void {
  const known = s.visits[visit.id];
  if (known && RANK[known.status] > RANK[visit.status]) return;
  s.visits[visit.id] = visit;
}

export function putLoadedVisits(s: VisitsState, visits: readonly BallotBoxVisit[]): void {
  for (const v of visits) putVisit(s, v);
}

/** Still to go: on the ops room until it has gone or is called off. */
export const isPendingVisit = (v: { status: BallotBoxVisit['status'] }) => v.status === 'REQUESTED' || v.status === 'SCHEDULED';

/** Pending first, by when they go (unscheduled ones, oldest request first, before the scheduled ones); then the others, newest first. */
export function byVisitOrder(a: BallotBoxVisit, b: BallotBoxVisit): number {
  const pending = Number(isPendingVisit(b)) - Number(isPendingVisit(a));
  if (pending !== 0) return pending;
  if (isPendingVisit(a)) return (a.scheduledFor ?? '').localeCompare(b.scheduledFor ?? '') || a.requestedAt.localeCompare(b.requestedAt);
  return b.requestedAt.localeCompare(a.requestedAt);
}
