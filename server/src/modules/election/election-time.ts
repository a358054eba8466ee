import type { Checkpoint, Election } from './election.entity.js';

const VN_OFFSET = '+07:00';

/** The instant of a local (Asia/Ho_Chi_Minh, no DST) time on a date. */
export function localInstant(date: string, hhmm: string): Date {
  return new Date(`${date}T${hhmm}:00${VN_OFFSET}`);
}

/** The day's checkpoints, the last being the final count after closing. */
export function checkpointsOf(e: Election): Checkpoint[] {
  const grace = e.lateGraceMinutes * 60_000;
  const regular = e.checkpointTimes.map((label) => {
    const at = localInstant(e.date, label);
    return { label, at, lateAt: new Date(at.getTime() + grace) };
  });
  const finalAt = new Date(e.pollsCloseAt.getTime() + e.finalAfterMinutes * 60_000);
  return [...regular, { label: 'final', at: finalAt, lateAt: new Date(finalAt.getTime() + grace) }];
}

/** A polling team may open from 05:00 and close until 21:00 (Law 85/2015/QH13, art. 71). */
export function votingWindow(e: Election): { earliestOpen: Date; latestClose: Date } {
  return { earliestOpen: localInstant(e.date, '05:00'), latestClose: localInstant(e.date, '21:00') };
}
