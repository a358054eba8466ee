import type { AreaScope } from './area-scope.js';

/** Scopes large enough to be worth a cache: the whole country and a province (a district sums in a few ms). */
const cached = (scope: AreaScope) => scope === 'all' || 'provinceId' in scope;

/**
 * The sums of the largest scopes, kept in this process until the event log moves. Every change a sum
 * reads (a turnout report, a checklist tick) appends an event in its own transaction, so while the
 * log's final seq stands still those sums cannot have changed. The seq is read before the sum is
 * computed: a sum filed under seq n reflects at least every change up to n, and often a few more.
 *
 * Data written without an event (the seeds) must be in place before a server answers, and sums are
 * asked for outside transactions (one read inside a transaction could keep its uncommitted changes).
 */
export class SummaryCache {
  /** Oldest first: a Map keeps insertion order, and a refreshed entry is moved to the end. */
  private readonly entries = new Map<string, { seq: number; value: Promise<unknown> }>();

  /**
   * @param lastSeq the event log's final seq: every seq up to it committed (or rolled back), none
   *   below it still to appear. `createServices` wires the event log's.
   * @param capacity entries kept (a country has 63 provinces; two sums each, plus the nation's).
   */
  constructor(
    private readonly lastSeq: () => Promise<number>,
    private readonly capacity = 256,
  ) {}

  /** `compute()`'s answer for this kind of sum and scope, reused until the log moves on. */
  async get<T>(kind: string, scope: AreaScope, compute: () => Promise<T>): Promise<T> {
    if (!cached(scope)) return compute();
    const key = `${kind}:${JSON.stringify(scope)}`;
    const seq = await this.lastSeq();
    const hit = this.entries.get(key);
    // One filed under a later seq (by a concurrent request) is newer still, so just as good.
    if (hit && hit.seq >= seq) return hit.value as Promise<T>;
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { seq, value });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    // A failed sum is not kept: the next request tries again.
    value.catch(() => this.entries.get(key)?.value === value && this.entries.delete(key));
    return value;
  }
}
