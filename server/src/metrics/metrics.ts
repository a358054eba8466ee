import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { LogReader } from '../log/reader.js';
import { Role } from '../modules/users/user.entity.js';
import type { Hub } from '../realtime/hub.js';
import type { LiveSocket } from '../realtime/socket.js';
import type { PostgresWakeup } from '../realtime/wakeup.js';
import type { PoolUsage } from './db-pool.js';

/** How long a scrape waits for the log's newest seq before it reports NaN: a scrape must not hang on a busy database. */
const NEWEST_SEQ_TIMEOUT_MS = 1_000;

/** The role label of a socket whose user has not been admitted yet (connection_init not sent, or refused and closing). */
export const PENDING_ROLE = 'PENDING';

/** What the metrics read at each scrape: state the server keeps anyway, so serving them costs nothing between scrapes. */
export interface Observed {
  hub: Pick<Hub, 'subscriberCount' | 'delivery'>;
  live: Pick<LiveSocket, 'roles'>;
  log: { watermark: { current: number }; newestSeq: LogReader['newestSeq'] };
  pool: () => PoolUsage;
  /** The live path's own pool (the hub's, the watermark's and the totals feed's reads); the embedded database's one session. */
  livePool: () => PoolUsage;
  /** The LISTEN connection that holds the leader lock on PostgreSQL; null (the embedded database) always leads. */
  wakeup: Pick<PostgresWakeup, 'isLeader'> | null;
}

/**
 * This replica's metrics in Prometheus's text format: one registry per server (not prom-client's global
 * one, so several servers in one process keep theirs apart), the process's default metrics, and the
 * live path's, each read from the server's state when scraped. Only the write durations are recorded
 * as they happen (`writeTimingPlugin`).
 */
export class Metrics {
  readonly registry = new Registry();

  /** GraphQL mutations over HTTP, from the request's arrival to its answer. */
  readonly writeDuration = new Histogram({
    name: 'election_ops_write_duration_seconds',
    help: 'GraphQL mutations over HTTP, from request to answer, by mutation field and outcome (ok, refused, failed)',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Read the live state from now on; called once the hub, the socket server and the database are up. */
  observe(s: Observed): void {
    const registers = [this.registry];
    // Collected in the order registered, each up to its first await: the pool is read before this
    // scrape's own query of the newest seq queues for a connection.
    poolGauges(registers, 'election_ops_db_pool', s.pool, {
      connections: 'Open database connections by state (the embedded database: its one session)',
      max: 'Connections the pool may open',
      waiting: 'Queries and transactions waiting for a database connection (the embedded database: for its session)',
    });
    poolGauges(registers, 'election_ops_db_live_pool', s.livePool, {
      connections: "Open connections of the live path's own pool by state (the hub's and the totals feed's reads; the embedded database: its one session)",
      max: "Connections the live path's pool may open",
      waiting: "The live path's reads waiting for a connection of its pool",
    });
    new Gauge({
      name: 'election_ops_websocket_connections',
      help: `Open WebSockets by their user's role (${PENDING_ROLE}: not admitted yet)`,
      labelNames: ['role'] as const,
      registers,
      collect() {
        // Every role is reported, 0 included, so a series never vanishes when its last socket closes.
        const byRole = new Map<string, number>([...Object.values(Role), PENDING_ROLE].map((r) => [r, 0]));
        for (const role of s.live.roles()) byRole.set(role ?? PENDING_ROLE, (byRole.get(role ?? PENDING_ROLE) ?? 0) + 1);
        for (const [role, n] of byRole) this.set({ role }, n);
      },
    });
    new Gauge({
      name: 'election_ops_live_subscribers',
      help: 'Live events subscriptions the hub delivers to',
      registers,
      collect() {
        this.set(s.hub.subscriberCount);
      },
    });
    let delivered = 0;
    new Counter({
      name: 'election_ops_events_delivered_total',
      help: 'Live events handed to subscriptions (one per event and subscriber; replays not counted)',
      registers,
      collect() {
        const { events } = s.hub.delivery;
        this.inc(events - delivered);
        delivered = events;
      },
    });
    new Gauge({
      name: 'election_ops_live_delivered_seq',
      help: 'The seq the hub has delivered up to',
      registers,
      collect() {
        this.set(s.hub.delivery.seq);
      },
    });
    new Gauge({
      name: 'election_ops_log_watermark_seq',
      help: 'The log watermark: every seq up to it is final (committed or rolled back)',
      registers,
      collect() {
        this.set(s.log.watermark.current);
      },
    });
    // The newest and the lag are collected concurrently in one scrape: they share one read.
    const newest = shared(() => withTimeout(s.log.newestSeq(), NEWEST_SEQ_TIMEOUT_MS));
    new Gauge({
      name: 'election_ops_log_newest_seq',
      help: 'The highest committed seq, read at the scrape (NaN when the database did not answer in time)',
      registers,
      async collect() {
        this.set(await newest());
      },
    });
    new Gauge({
      name: 'election_ops_log_watermark_lag',
      help: 'Committed events not yet final (newest seq - watermark): they wait for an earlier commit in flight',
      registers,
      async collect() {
        this.set(Math.max(0, (await newest()) - s.log.watermark.current));
      },
    });
    new Gauge({
      name: 'election_ops_leader',
      help: 'Whether this replica leads (runs escalation, late marks and situation reports): 1 or 0',
      registers,
      collect() {
        this.set(s.wakeup === null || s.wakeup.isLeader ? 1 : 0);
      },
    });
  }
}

/** Calls made while one is in flight get its answer. */
function shared<T>(read: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => (pending ??= read().finally(() => (pending = null)));
}

/** The value, or NaN (and the error dropped) when it fails or does not come within `ms`. */
function withTimeout(value: Promise<number>, ms: number): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<number>((ok) => (timer = setTimeout(() => ok(Number.NaN), ms)));
  return Promise.race([value.catch(() => Number.NaN), late]).finally(() => clearTimeout(timer));
}

/** A pool's three gauges, `<prefix>_connections{state}`, `<prefix>_max_connections` and `<prefix>_waiting`, read when scraped. */
function poolGauges(registers: Registry[], prefix: string, read: () => PoolUsage, help: { connections: string; max: string; waiting: string }): void {
  new Gauge({
    name: `${prefix}_connections`,
    help: help.connections,
    labelNames: ['state'] as const,
    registers,
    collect() {
      const { total, idle } = read();
      this.set({ state: 'idle' }, idle);
      this.set({ state: 'busy' }, total - idle);
    },
  });
  new Gauge({
    name: `${prefix}_max_connections`,
    help: help.max,
    registers,
    collect() {
      this.set(read().max);
    },
  });
  new Gauge({
    name: `${prefix}_waiting`,
    help: help.waiting,
    registers,
    collect() {
      this.set(read().waiting);
    },
  });
}
