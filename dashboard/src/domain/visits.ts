import type { VisitReason, VisitStatus } from '@election-ops/schema';
import type vi from '../i18n/vi';
import type { Covers } from './statuses';

/**
 * The auxiliary ballot box (hòm phiếu phụ, SPEC 8.5) as the screens show it: the reasons in the order
 * the ward desk offers them (the commonest, the ill and elderly, first), the statuses, the times a
 * visit may be set for, and when a scheduled one is overdue.
 */
export const VISIT_REASONS = ['ILL_ELDERLY', 'DISABLED', 'QUARANTINE', 'HOSPITAL', 'DETENTION'] as const satisfies readonly VisitReason[];
export const VISIT_STATUSES = ['REQUESTED', 'SCHEDULED', 'VISITED', 'CANCELLED'] as const satisfies readonly VisitStatus[];
type Messages = typeof vi;
// Fails to compile when the schema gains a reason or a status the lists above do not offer, or one has no label.
const listsCover: [
  Covers<VisitReason, typeof VISIT_REASONS>,
  Covers<VisitStatus, typeof VISIT_STATUSES>,
  Covers<VisitReason, (keyof Messages['enum']['VisitReason'])[]>,
  Covers<VisitStatus, (keyof Messages['enum']['VisitStatus'])[]>,
] = [true, true, true, true];
void listsCover;

export const visitReasonLabel = (r: VisitReason) => `enum.VisitReason.${r}` as const;
export const visitStatusLabel = (s: VisitStatus) => `enum.VisitStatus.${s}` as const;

/** Cancel reasons offered as buttons (anything else is typed). */
export const CANCEL_REASONS = ['cameToVote', 'notHome', 'declined', 'duplicate'] as const;

/** A scheduled visit not recorded this long after its time needs someone to ask: the wall shows it. */
export const VISIT_OVERDUE_MS = 60 * 60_000;

const HALF_HOUR = 30 * 60_000;
/** The next half hour after `now` (09:10 → 09:30, 09:30 → 10:00): the time picker's default. */
export const nextHalfHour = (now: number) => (Math.floor(now / HALF_HOUR) + 1) * HALF_HOUR;

/** Vietnam is UTC+7 all year: an election-day "HH:MM" as an instant. */
export function atOnDay(date: string, hhmm: string): string {
  return new Date(`${date}T${hhmm}:00+07:00`).toISOString();
}

/** "HH:MM" in Vietnam time, for a time input. */
export function hhmmOf(ms: number): string {
  const d = new Date(ms + 7 * 3600_000);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

/** The server's window for a visit on election day (05:00–21:00, Vietnam time). */
export const inVisitWindow = (hhmm: string) => hhmm >= '05:00' && hhmm <= '21:00';

/** A visit as the overdue rule reads it. */
interface Timed {
  status: VisitStatus;
  scheduledFor: string | null;
}
/** Scheduled, its time more than an hour past, and no ballots recorded. */
export const isOverdueVisit = (v: Timed, now: number) => v.status === 'SCHEDULED' && !!v.scheduledFor && Date.parse(v.scheduledFor) + VISIT_OVERDUE_MS < now;

/** How a time is said on the day: "09:30 sáng nay", "15:00 chiều nay". */
export function dayPart(hhmm: string): 'morning' | 'noon' | 'afternoon' | 'evening' {
  if (hhmm < '11:00') return 'morning';
  if (hhmm < '13:00') return 'noon';
  if (hhmm < '18:00') return 'afternoon';
  return 'evening';
}
