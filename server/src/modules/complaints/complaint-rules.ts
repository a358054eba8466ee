import { Lifecycle } from '../../lifecycle.js';
import { localInstant } from '../election/election-time.js';
import { ComplaintStatus as S, ComplaintSubject } from './complaint.entity.js';

/**
 * Received, handed to someone, answered, closed; or, at any point before the answer, sent on to the
 * body that has the power to settle it. A handler may be replaced (ASSIGNED → ASSIGNED).
 */
export const COMPLAINT_LIFECYCLE = new Lifecycle<S>('complaint', {
  [S.RECEIVED]: [S.ASSIGNED, S.TRANSFERRED],
  [S.ASSIGNED]: [S.ASSIGNED, S.ANSWERED, S.TRANSFERRED],
  [S.ANSWERED]: [S.CLOSED],
  [S.CLOSED]: [],
  [S.TRANSFERRED]: [],
});

/** Statuses whose deadline still runs: past it, the complaint is overdue. */
export const AWAITING_ANSWER: readonly S[] = [S.RECEIVED, S.ASSIGNED];

/** The deadlines, from configuration (COMPLAINT_VOTER_LIST_DAYS, COMPLAINT_COUNTING_ENDS, COMPLAINT_DEFAULT_DAYS). */
export interface ComplaintDeadlines {
  /** A complaint about the voter list is answered within this many days (Law 85/2015/QH13, art. 33: 5). */
  voterListDays: number;
  /** Voting and counting complaints are answered by this local time the day they arrive (`HH:MM`; 21:00). */
  countingEnds: string;
  /** Every other subject. */
  defaultDays: number;
}

export const DEFAULT_DEADLINES: ComplaintDeadlines = { voterListDays: 5, countingEnds: '21:00', defaultDays: 10 };

const DAY = 24 * 3_600_000;

/** The local (UTC+7) date of an instant, `YYYY-MM-DD`. */
const localDate = (at: Date) => new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * When a complaint received at `receivedAt` must be answered. One about the voting or the counting is
 * settled by the end of counting that day; received after that hour (counting ran late), by the same
 * hour the next day, never before it arrived.
 */
export function dueAt(subject: ComplaintSubject, receivedAt: Date, d: ComplaintDeadlines = DEFAULT_DEADLINES): Date {
  switch (subject) {
    case ComplaintSubject.VOTER_LIST:
      return new Date(receivedAt.getTime() + d.voterListDays * DAY);
    case ComplaintSubject.VOTING:
    case ComplaintSubject.COUNTING: {
      const end = localInstant(localDate(receivedAt), d.countingEnds);
      return end > receivedAt ? end : new Date(end.getTime() + DAY);
    }
    default:
      return new Date(receivedAt.getTime() + d.defaultDays * DAY);
  }
}

/** Past its deadline and not answered (nor sent on). */
export function isOverdue(c: { status: S; dueAt: Date }, now: Date): boolean {
  return AWAITING_ANSWER.includes(c.status) && c.dueAt.getTime() < now.getTime();
}
