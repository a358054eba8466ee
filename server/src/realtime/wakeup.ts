import pg from 'pg';
import type { Logger } from '../logger.js';
import { EVENTS_CHANNEL } from '../log/writer.js';

/** Arbitrary constant naming the session lock of the replica that runs escalation and late checks. */
const LEADER_LOCK = 4_207_222;

/**
 * The cross-replica wake-up on PostgreSQL: a dedicated connection that LISTENs for commits of other
 * replicas, and holds the leader lock while this replica is the one that escalates. It reconnects on
 * its own; a reconnect wakes the hub, which reads whatever it missed from the table.
 */
export class PostgresWakeup {
  private client: pg.Client | null = null;
  private stopped = false;
  private leader = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly url: string,
    private readonly onWake: () => void,
    private readonly logger: Logger,
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
    client.on('notification', () => this.onWake());
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
      this.client = client;
      this.onWake();
    } catch (err) {
      this.logger.warn({ err }, 'could not open the LISTEN connection; retrying');
      client.end().catch(() => undefined);
      this.schedule();
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
    const client = this.client;
    const leader = this.leader;
    this.client = null;
    this.leader = false;
    await client?.end().catch(() => undefined);
    if (leader) this.logger.info('gave up the escalation lead');
  }
}
