import { Lifecycle } from '../../lifecycle.js';
import { PollingAreaStatus as S } from '../units/enums.js';

/** The legal moves of a polling area's day (SPEC section 3). */
export const AREA_LIFECYCLE = new Lifecycle<S>('polling area', {
  [S.PREPARING]: [S.READY],
  [S.READY]: [S.PREPARING, S.VOTING],
  [S.VOTING]: [S.SUSPENDED, S.CLOSED],
  [S.SUSPENDED]: [S.VOTING, S.CLOSED],
  [S.CLOSED]: [S.COUNTED, S.VOTING],
  [S.COUNTED]: [],
});

export const canMove = (from: S, to: S): boolean => AREA_LIFECYCLE.can(from, to);

/** Moves only the district operator may make, and only with a reason: reopening an area closed by mistake. */
export function isOperatorReopen(from: S, to: S): boolean {
  return from === S.CLOSED && to === S.VOTING;
}

/** Moves that need a reason on record. */
export function needsReason(from: S, to: S): boolean {
  return to === S.SUSPENDED || isOperatorReopen(from, to);
}

/** Statuses in which turnout may be reported. */
export const TURNOUT_STATUSES: readonly S[] = [S.VOTING, S.SUSPENDED, S.CLOSED];
