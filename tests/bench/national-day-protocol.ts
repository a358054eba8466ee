/** Messages between the national-day benchmark and its socket load processes (child_process IPC). */

/** The four kinds of screen the benchmark opens, from the narrowest scope to the widest. */
export type ScreenKind = 'ward' | 'district' | 'province' | 'nation';

/** One socket to open: whose token, what it is, and the unit (ward, district, province; null: the nation) it follows. */
export interface ScreenSpec {
  kind: ScreenKind;
  token: string;
  unitId: number | null;
}

export type ToLoad =
  | {
      type: 'open';
      url: string;
      screens: ScreenSpec[];
      /** Every screen replays from here (`events(after)`), as one back from a reload would. */
      after: number;
      /** Province and national walls: `events(figures: false)` and `unitTotals` (false: the API has no conflated totals yet, `events` in full). */
      conflated: boolean;
    }
  | { type: 'count' }
  | { type: 'collect' }
  | { type: 'close' };

/**
 * What each socket received, in arrival order: flat typed columns (socket index, seq, receipt time),
 * cheap to hold and to send for tens of thousands of receipts.
 */
export interface Receipts {
  socket: number[];
  seq: number[];
  at: number[];
}

/** A `unitTotals` message: which socket, the seq it reflects, when it arrived; the last one's figures per socket. */
export interface TotalsReceipts extends Receipts {
  /** Per socket (by index; null without any message): the last message's unit and `total.voted`. */
  last: ({ unitId: string | null; voted: number; seq: number } | null)[];
  /** Bytes of every totals message's JSON text, for the size of a cohort's update. */
  bytes: number;
}

export interface LoadResults {
  events: Receipts;
  totals: TotalsReceipts;
  /** Sockets accepted and subscribed: only they can lose anything. */
  up: boolean[];
  errors: string[];
}

export type FromLoad =
  | { type: 'opened'; connected: number; failed: number; errors: string[]; seconds: number }
  | { type: 'count'; received: number }
  | { type: 'results'; results: LoadResults };
