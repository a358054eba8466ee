/** Messages between the fan-out benchmark and its load process (child_process IPC). */

/** One socket to open: whose token, which ward filter, and the scope key its expected events are listed under. */
export interface SocketSpec {
  token: string;
  wardId: string | null;
  scope: string;
}

export type ToLoad =
  | { type: 'open'; mode: 'graphql' | 'raw'; url: string; sockets: SocketSpec[]; after: number; clockStart: number; clockAnchor: number }
  | { type: 'count' }
  | { type: 'collect'; expected: Record<string, number[]>; ackedAt?: Record<number, number> }
  | { type: 'close' };

export interface LoadResults {
  delivered: number;
  lost: number;
  doubled: number;
  /** From the event's transaction start (`event.at`): an upper bound of commit-to-receive. */
  latencies: { p50: number; p95: number; p99: number; max: number };
  /** From the writer's HTTP answer (after commit): a lower bound of commit-to-receive (negative when the event beat the answer). */
  fromAck: { p50: number; p95: number; p99: number; max: number } | null;
  firstReceivedAt: number;
  lastReceivedAt: number;
  /** One socket's message per seq, exactly as it arrived: the raw broadcast sends these same payloads. */
  payloads: Record<number, string>;
  /** Receipt time of the first copy of each seq (a stand-in for its commit time when replaying). */
  firstSeen: Record<number, number>;
}

export type FromLoad =
  { type: 'opened'; connected: number; failed: number; errors: string[] } | { type: 'count'; delivered: number } | { type: 'results'; results: LoadResults };

/** Messages to the raw `ws` broadcast server. */
export type ToRaw =
  { type: 'listen' } | { type: 'play'; events: { seq: number; offsetMs: number; payload: string }[]; expected: Record<string, number[]>; scopes: string[] };

export type FromRaw = { type: 'listening'; port: number } | { type: 'played'; sent: number; startedAt: number };
