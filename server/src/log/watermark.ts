import type { Database } from '../db/database.js';

/** A gap older than this is checked against the writers still in flight (younger ones are commits in progress). */
const GAP_PATIENCE_MS = 100;
const PASS_ROWS = 5_000;

/** Writers (virtual transaction ids) that hold the log's insert lock: the only ones that can still fill a gap. */
const HOLDERS_SQL = `
  SELECT coalesce(array_agg(DISTINCT virtualtransaction), '{}') AS holders
    FROM pg_locks
   WHERE locktype = 'relation' AND relation = 'events'::regclass AND mode = 'RowExclusiveLock' AND pid <> pg_backend_pid()`;

const STILL_RUNNING_SQL = `
  SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'virtualxid' AND virtualxid = ANY($1::text[])`;

interface Gap {
  seq: number;
  seenAt: number;
  /** Writers in flight after the gap was seen; null until the gap has waited GAP_PATIENCE_MS. */
  holders: string[] | null;
}

/**
 * How far the event log is final: the highest seq below which every seq is either committed and
 * visible or was drawn by a transaction that rolled back. Readers (the live hub, `events(after)`,
 * `snapshot.seq`) never look past it, so a reader that has seen seq n can never later find a
 * committed seq below n.
 *
 * Writers draw seq from the table's sequence and commit concurrently — no log-wide lock is held
 * through the commit's WAL flush — so seqs become visible slightly out of order. A missing seq is a
 * writer still committing (it holds RowExclusiveLock on `events` from before it drew the seq until it
 * ends) or a rolled-back one: once every writer that held that lock after the gap was seen has ended,
 * a seq still missing can never appear, and the watermark steps over it.
 *
 * A change to a record that another transaction changed waits for that transaction's commit before
 * it appends, so it always draws the higher seq: per record, seq order is commit order.
 */
export class LogWatermark {
  private value = 0;
  private gap: Gap | null = null;
  private running: Promise<number> | null = null;
  private queued: Promise<number> | null = null;

  constructor(private readonly db: Database) {}

  /** The watermark as of the last pass. */
  get current(): number {
    return this.value;
  }

  /** A seq is missing at the watermark: the caller should look again shortly even without a wake-up. */
  get waiting(): boolean {
    return this.gap !== null;
  }

  /**
   * Start from the highest seq visible now, once every writer that could hold a lower one has ended.
   * Rows committed meanwhile are found by the next pass.
   */
  async start(): Promise<number> {
    const [{ last, holders }] = await this.db.live((m) =>
      m.query(`SELECT (SELECT coalesce(max(seq), 0)::int FROM events) AS last, (${HOLDERS_SQL}) AS holders`),
    );
    while ((await this.stillRunning(holders)) > 0) await new Promise((ok) => setTimeout(ok, 10));
    this.value = last;
    this.gap = null;
    return last;
  }

  /**
   * Move the watermark as far as the log is final and return it. Every call is answered by a pass that
   * began after the call (so a caller sees its own committed write), and concurrent calls share passes.
   */
  advance(): Promise<number> {
    if (!this.running) return this.begin();
    this.queued ??= this.running.then(
      () => this.begin(),
      () => this.begin(),
    );
    return this.queued;
  }

  private begin(): Promise<number> {
    this.queued = null;
    const pass = this.pass().finally(() => {
      if (this.running === pass) this.running = null;
    });
    this.running = pass;
    return pass;
  }

  private async pass(): Promise<number> {
    for (;;) {
      // Checked before the rows are read: a writer gone by now is either visible below or rolled back.
      const gapSettled = this.gap?.holders != null && (await this.stillRunning(this.gap.holders)) === 0;
      const rows: { seq: number }[] = await this.db.live((m) =>
        m.query('SELECT seq FROM events WHERE seq > $1 ORDER BY seq LIMIT $2', [this.value, PASS_ROWS]),
      );
      let m = this.value;
      let blocked = false;
      for (const { seq } of rows) {
        if (seq === m + 1 || (gapSettled && this.gap?.seq === m + 1)) {
          m = seq;
          continue;
        }
        blocked = true;
        break;
      }
      this.value = m;
      if (!blocked) {
        this.gap = null;
        if (rows.length < PASS_ROWS) return m;
        continue;
      }
      await this.noteGap(m + 1);
      return m;
    }
  }

  /** Remember a missing seq; once it has waited a little, the writers that could still fill it. */
  private async noteGap(seq: number): Promise<void> {
    if (this.gap?.seq !== seq) this.gap = { seq, seenAt: Date.now(), holders: null };
    if (this.gap.holders === null && Date.now() - this.gap.seenAt >= GAP_PATIENCE_MS) {
      // Read after the rows: whoever drew the missing seq and has not ended still holds the lock now.
      const [{ holders }] = await this.db.live((m) => m.query(HOLDERS_SQL));
      this.gap.holders = holders;
    }
  }

  private async stillRunning(holders: string[]): Promise<number> {
    if (holders.length === 0) return 0;
    const [{ n }] = await this.db.live((m) => m.query(STILL_RUNNING_SQL, [holders]));
    return n;
  }
}
