import type { ComplaintFieldsFragment } from '@election-ops/schema';

export type Complaint = ComplaintFieldsFragment;

/**
 * The complaints register as this user may read it, by id. Not in the snapshot: `useComplaints` loads
 * it and the COMPLAINT_* events keep it. Who filed a complaint is never here: only the operator's
 * complaint detail asks for it, and it is not kept (nor stored offline).
 */
export interface ComplaintsState {
  complaints: Record<string, Complaint>;
}

/** How far along each status is: a complaint only moves forward, so an older answer never takes it back. */
const RANK: Record<Complaint['status'], number> = { RECEIVED: 0, ASSIGNED: 1, ANSWERED: 2, TRANSFERRED: 2, CLOSED: 3 };

export function putComplaint(s: ComplaintsState, complaint: Complaint): void {
  const known = s.complaints[complaint.id];
  if (known && RANK[known.status] > RANK[complaint.status]) return;
  // An overdue event is raised once; a later change of the same complaint carries it too.
  s.complaints[complaint.id] = known?.overdue && !complaint.overdue && RANK[complaint.status] < 2 ? { ...complaint, overdue: true } : complaint;
}

export function putLoadedComplaints(s: ComplaintsState, complaints: readonly Complaint[]): void {
  for (const c of complaints) putComplaint(s, c);
}

/** Still waiting for an answer (nor sent on). */
export const isAwaitingAnswer = (c: { status: Complaint['status'] }) => c.status === 'RECEIVED' || c.status === 'ASSIGNED';

/** Past due and not answered, by the clock the screen shows (`now`, ms), or as the server said. */
export const isOverdueComplaint = (c: Complaint, now: number) => isAwaitingAnswer(c) && (c.overdue || Date.parse(c.dueAt) < now);

/** The most urgent first: overdue, then by deadline; answered and closed ones after, newest first. */
export function byUrgency(now: number) {
  return byUrgencyOf((c) => isOverdueComplaint(c, now));
}

/**
 * `byUrgency` with overdue decided by `late` (a screen that knows which are overdue by its clock
 * sorts again only when one becomes overdue, not at every tick).
 */
export function byUrgencyOf(late: (c: Complaint) => boolean) {
  return (a: Complaint, b: Complaint) => {
    const open = Number(isAwaitingAnswer(b)) - Number(isAwaitingAnswer(a));
    if (open !== 0) return open;
    if (isAwaitingAnswer(a)) return Number(late(b)) - Number(late(a)) || a.dueAt.localeCompare(b.dueAt) || a.code.localeCompare(b.code);
    return b.receivedAt.localeCompare(a.receivedAt) || b.code.localeCompare(a.code);
  };
}
