import { AsyncLocalStorage } from 'node:async_hooks';
import { EventEmitter } from 'node:events';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../clock/clock.js';
import type { NewEvent } from '../log/topics.js';
import { appendEvents, type FoldedChange } from '../log/writer.js';
import type { Event } from '../log/event.entity.js';
import { Mutex } from './mutex.js';

/** Who is acting in a transaction: a user, or the system itself (escalation, late areas). */
export interface Actor {
  id: number | null;
  username: string | null;
}

/** What a service sees inside one transaction. */
export interface Tx {
  manager: EntityManager;
  /** Election-clock time of this change; every timestamp the change writes uses it. */
  now: Date;
  actor: Actor;
  /** Queue an event; they are appended last in this transaction, after every change they describe. */
  emit(event: NewEvent): void;
  /**
   * Make the transaction's last change and append the events queued so far in one statement (a round
   * trip fewer: the closing spike's write). Nothing may be emitted after it, and nothing should be
   * written: the events are to be the last thing the transaction does.
   */
  finish(change: FoldedChange): Promise<void>;
}

/**
 * The database as the services use it: transactions that append their events last, reads that never
 * see another transaction's uncommitted rows, and a `committed` signal for the live hub.
 */
export class Database extends EventEmitter<{ committed: [Event[]] }> {
  private readonly mutex: Mutex | null;
  /** The transaction the calling code runs in, if any. */
  private readonly current = new AsyncLocalStorage<EntityManager>();

  constructor(
    readonly dataSource: DataSource,
    readonly clock: Clock,
    readonly embedded: boolean,
    /** The live path's own pool (PostgreSQL); without it live reads use the main one. */
    private readonly liveSource: DataSource | null = null,
  ) {
    super();
    this.mutex = embedded ? new Mutex() : null;
  }

  /** Run `fn` in one transaction; its events are written in it, and announced after commit. */
  async tx<T>(actor: Actor, fn: (tx: Tx) => Promise<T>): Promise<T> {
    const run = async () => {
      const pending: NewEvent[] = [];
      return this.dataSource.transaction((manager) =>
        this.current.run(manager, async () => {
          // Read once the transaction holds its connection: a change's time is when it was made, not
          // when it began to wait for a pooled connection (under a burst, seconds earlier).
          const now = this.clock.now();
          const meta = { at: now, actorId: actor.id, actor: actor.username };
          let written: Event[] | null = null;
          const emit = (e: NewEvent) => {
            if (written) throw new Error(`${e.type} emitted after the transaction's events were appended`);
            pending.push(e);
          };
          const finish = async (change: FoldedChange) => {
            if (written) throw new Error("the transaction's events were appended already");
            written = await appendEvents(manager, pending, meta, change);
          };
          const result = await fn({ manager, now, actor, emit, finish });
          written ??= await appendEvents(manager, pending, meta);
          return { result, written };
        }),
      );
    };
    const { result, written } = await (this.mutex ? this.mutex.run(run) : run());
    if (written.length > 0) this.emit('committed', written);
    return result;
  }

  /**
   * Run reads; on the embedded database they wait for any transaction in flight. A read made by code
   * running inside a transaction (a helper, a cache filling itself) joins that transaction instead:
   * waiting for the mutex its own transaction holds would wait forever.
   */
  read<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    const inside = this.current.getStore();
    if (inside) return fn(inside);
    const run = () => fn(this.dataSource.manager);
    return this.mutex ? this.mutex.run(run) : run();
  }

  /**
   * A read of the live path (the hub's and the totals feed's): on a pool of its own when there is one,
   * so the screens' reads do not wait behind the writes queued on the main pool. Inside a transaction
   * it joins it, as `read` does.
   */
  live<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.liveSource || this.current.getStore()) return this.read(fn);
    return fn(this.liveSource.manager);
  }

  /** Run several reads in one REPEATABLE READ snapshot (a consistent view plus the seq it reflects). */
  snapshot<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    const run = () => this.dataSource.transaction('REPEATABLE READ', fn);
    return this.mutex ? this.mutex.run(run) : run();
  }

  /** The live path's own data source (PostgreSQL), or the main one: for the metrics. */
  get liveDataSource(): DataSource {
    return this.liveSource ?? this.dataSource;
  }

  /** The embedded database's one session, held or waited for (null on PostgreSQL, whose pool tells): for the metrics. */
  get session(): Pick<Mutex, 'busy' | 'waiting'> | null {
    return this.mutex;
  }

  async close(): Promise<void> {
    if (this.liveSource?.isInitialized) await this.liveSource.destroy();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
