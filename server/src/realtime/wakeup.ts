import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Logger } from '../logger.js';
import { VIEWERS_CHANNEL } from '../modules/users/viewer-cache.js';

export const EVENTS_CHANNEL = 'election_ops_events';

/** Arbitrary constant naming the session lock of the replica that runs escalation and late checks. */
const LEADER_LOCK = 4_207_222;

/**
 * The cross-replica wake-up on PostgreSQL: a dedicated connection that LISTENs for commits of other
 * replicas, announces this replica's own, and holds the leader lock while this replica is the one
 * that escalates. It reconnects on its own; a reconnect wakes the hub, which reads whatever it missed
 * from the table.
 *
 * Writing transactions do not notify: a NOTIFY takes an instance-wide lock at commit, and notifying
 * writers top out near 500-600/s per PostgreSQL. Instead this connection sends one NOTIFY after a
 * local commit, at most one per `notifySpacingMs` however many commits fall in it, so another
 * replica's hub wakes within about that of a commit here. The NOTIFY is sent after the commits it
 * covers, so whoever it wakes finds them; one lost (the connection down) only delays them to the
 * hubs' one-second poll.
 *
 * It also hears of accounts whose sessions were revoked on any replica (`VIEWERS_CHANNEL`), so each
 * replica's remembered viewers are dropped; on every (re)connect all of them are, since what was
 * announced while it was down is lost.
 */
export class PostgresWakeup {
  private client: pg.Client | null = null;
  private stopped = false;
  private leader = false;
  private retry: NodeJS.Timeout | null = null;
  /** Names this replica's NOTIFYs, so its own do not wake it a second time. */
  private readonly self = randomUUID();
  private notifyTimer: NodeJS.Timeout | null = null;
  private lastNotify = 0;

  constructor(
    private readonly url: string,
    private readonly onWake: () => void,
    private readonly logger: Logger,
    /** Shortest time between two NOTIFYs of this replica: the most another replica's wake-up waits. */
    private readonly notifySpacingMs = 10,
    /** An account's sessions changed somewhere (its id), or every account's may have (null: after a reconnect). */
    private readonly onViewerChanged: (userId: number | null) => void = () => undefined,
  ) {}

  get connected(): boolean {
    return this.client !== null;
  }

  get isLeader(): boolean {
    return this.leader;
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, application_name: 'election-ops-listen', keepAlive: true });
    const lost = (err?: Error) => {
      if (this.client !== client) return;
      this.client = null;
      this.leader = false;
      if (err) this.logger.warn({ err }, 'LISTEN connection lost; reconnecting');
      client.end().catch(() => undefined);
      this.schedule();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', (n) => {
      if (n.channel === VIEWERS_CHANNEL) this.onViewerChanged(Number(n.payload));
      else if (n.payload !== this.self) this.onWake();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}; LISTEN ${VIEWERS_CHANNEL}`);
      this.client = client;
      this.onViewerChanged(null);
      this.onWake();
    } catch (err) {
      this.logger.warn({ err }, 'could not open the LISTEN connection; retrying');
      client.end().catch(() => undefined);
      this.schedule();
    }
  }

  /**
   * Events were committed here: wake the other replicas. The first commit after a quiet spell is sent
   * at once; commits within `notifySpacingMs` of a NOTIFY share the next one, sent when it has passed.
   */
  announce(): void {
    if (this.stopped || this.notifyTimer) return;
    const wait = Math.max(0, this.lastNotify + this.notifySpacingMs - Date.now());
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = null;
      this.lastNotify = Date.now();
      void this.notify();
    }, wait);
  }

  private async notify(): Promise<void> {
    const client = this.client;
    if (!client) return;
    try {
      await client.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, this.self]);
    } catch {
      // The connection is going: its 'error' handler reconnects, and the other hubs' poll reads the commits.
    }
  }

  private schedule(): void {
    if (this.stopped || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.connect();
    }, 1_000);
  }

  /** Try to become (or confirm being) the leader; the lock lives as long as this connection. */
  async tryLead(): Promise<boolean> {
    const client = this.client;
    if (!client) return false;
    if (this.leader) return true;
    try {
      const { rows } = await client.query('SELECT pg_try_advisory_lock($1) AS ok', [LEADER_LOCK]);
      this.leader = rows[0].ok === true;
    } catch {
      this.leader = false;
    }
    if (this.leader) this.logger.info('leading escalation and late checks');
    return this.leader;
  }

  /**
   * Close the connection, and with it give up the lead: ending the session releases its lock, so
   * another replica's next scheduler tick takes over. Stopping calls this first.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    if (this.notifyTimer) clearTimeout(this.notifyTimer);
    this.notifyTimer = null;
    const client = this.client;
    const leader = this.leader;
    this.client = null;
    this.leader = false;
    await client?.end().catch(() => undefined);
    if (leader) this.logger.info('gave up the escalation lead');
  }
}
