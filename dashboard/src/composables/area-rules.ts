import type { PollingAreaStatus } from '@election-ops/schema';

/**
 * What a ward officer may do to an area now, mirroring the server's rules
 * (server/src/modules/polling-areas/status-rules.ts and polling-area.service.ts), so the desk offers
 * only the moves that will be accepted. The server still decides; a refusal shows beside the area.
 */
export type Confirmation = 'suspend' | 'close' | 'counted' | null;
export interface StatusAction {
  to: PollingAreaStatus;
  /** Key of its label under `ward.action`. */
  label: string;
  /** Asked before it is sent. */
  confirm: Confirmation;
  /** The move of the moment (shown first, larger); the others are secondary. */
  main: boolean;
}
export interface AllowedMoves {
  actions: StatusAction[];
  /** Why the natural next move is not offered yet (key under `ward.blocked`), with its figure. */
  blocked: { key: 'checklist' | 'opensAt' | 'window'; n?: number } | null;
}

/** A polling team may open from 05:00 and keep voting until 21:00 of the election day, Vietnam time (art. 71). */
export function votingWindow(date: string): { earliestOpen: number; latestClose: number } {
  return { earliestOpen: Date.parse(`${date}T05:00:00+07:00`), latestClose: Date.parse(`${date}T21:00:00+07:00`) };
}

export function allowedMoves(
  status: PollingAreaStatus,
  opts: { checklistMissing: number; now: number; window: { earliestOpen: number; latestClose: number } },
): AllowedMoves {
  const canVote = opts.now >= opts.window.earliestOpen && opts.now <= opts.window.latestClose;
  const action = (to: PollingAreaStatus, label: string, confirm: Confirmation, main: boolean): StatusAction => ({ to, label, confirm, main });
  switch (status) {
    case 'PREPARING':
      return opts.checklistMissing > 0
        ? { actions: [], blocked: { key: 'checklist', n: opts.checklistMissing } }
        : { actions: [action('READY', 'READY', null, true)], blocked: null };
    case 'READY':
      return {
        actions: [...(canVote ? [action('VOTING', 'VOTING', null, true)] : []), action('PREPARING', 'PREPARING', null, false)],
        blocked: canVote ? null : { key: opts.now < opts.window.earliestOpen ? 'opensAt' : 'window' },
      };
    case 'VOTING':
      return { actions: [action('SUSPENDED', 'SUSPENDED', 'suspend', false), action('CLOSED', 'CLOSED', 'close', false)], blocked: null };
    case 'SUSPENDED':
      return {
        actions: [...(opts.now <= opts.window.latestClose ? [action('VOTING', 'RESUME', null, true)] : []), action('CLOSED', 'CLOSED', 'close', false)],
        blocked: opts.now <= opts.window.latestClose ? null : { key: 'window' },
      };
    case 'CLOSED':
      return { actions: [action('COUNTED', 'COUNTED', 'counted', true)], blocked: null };
    case 'COUNTED':
      return { actions: [], blocked: null };
  }
}

/** What the confirmation of closing warns about: before the official close, no votes, not everyone. */
export function closingWarnings(opts: { now: number; pollsCloseAt: number; voted: number; registered: number }) {
  return {
    early: opts.now < opts.pollsCloseAt,
    noVotes: opts.voted === 0,
    notEveryone: opts.voted < opts.registered,
  };
}

/** A jump larger than this share of the registered voters since the last report is worth a second look. */
export const JUMP_SHARE = 0.3;

export type TurnoutCheck = { ok: false; error: 'notInteger' | 'overRegistered' } | { ok: true; correction: boolean; jump: number | null };

/**
 * A figure typed for an area: impossible (refused here, beside the field), lower than the last report
 * (a correction, which needs a reason), or a suspicious jump (sent only after a second look).
 */
export function checkTurnout(value: number | null, opts: { registered: number; previous: number | null }): TurnoutCheck | null {
  if (value === null || Number.isNaN(value)) return null;
  if (!Number.isInteger(value) || value < 0) return { ok: false, error: 'notInteger' };
  if (value > opts.registered) return { ok: false, error: 'overRegistered' };
  const previous = opts.previous ?? 0;
  const rise = value - previous;
  return { ok: true, correction: opts.previous !== null && value < opts.previous, jump: rise > opts.registered * JUMP_SHARE ? rise : null };
}
