import type { ExecutionResult } from 'graphql';

/** Events a subscriber may fall behind by before it is dropped (it resumes with `after`). */
export const MAX_QUEUED = 5_000;

/**
 * One subscriber's ordered stream. While it replays the log, live events wait in a buffer; once the
 * replay is done they are released, and anything at or below the last seq sent is dropped — so the
 * seam between replay and live has no gap and no duplicate.
 */
export class LiveStream implements AsyncIterableIterator<ExecutionResult> {
  private queue: ExecutionResult[] = [];
  private buffer: [number, ExecutionResult][] = [];
  private live = false;
  private waiting: { resolve: (r: IteratorResult<ExecutionResult>) => void; reject: (e: Error) => void } | null = null;
  private failure: Error | null = null;
  private closed = false;
  lastSeq: number;

  constructor(
    after: number,
    private readonly onClose: () => void,
  ) {
    this.lastSeq = after;
  }

  /** A replayed event (before goLive) or a live one. */
  push(seq: number, result: ExecutionResult, replayed = false): void {
    if (this.closed) return;
    if (!this.live && !replayed) {
      this.buffer.push([seq, result]);
      return;
    }
    if (seq <= this.lastSeq) return;
    this.lastSeq = seq;
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = null;
      w.resolve({ value: result, done: false });
      return;
    }
    this.queue.push(result);
    if (this.queue.length > MAX_QUEUED) this.fail(new Error('Subscriber too slow: dropped; resubscribe with after = last seq'));
  }

  /** End of replay: release what arrived live meanwhile, in order, without what the replay already sent. */
  goLive(): void {
    this.live = true;
    const held = this.buffer.sort((a, b) => a[0] - b[0]);
    this.buffer = [];
    for (const [seq, result] of held) this.push(seq, result);
  }

  /** Stop the stream with an error the client sees (it may resubscribe from its last seq). */
  fail(err: Error): void {
    if (this.closed) return;
    this.queue = [];
    this.buffer = [];
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = null;
      w.reject(err);
    } else {
      this.failure = err;
    }
    void this.return();
  }

  async next(): Promise<IteratorResult<ExecutionResult>> {
    if (this.failure) {
      const f = this.failure;
      this.failure = null;
      throw f;
    }
    if (this.queue.length > 0) return { value: this.queue.shift()!, done: false };
    if (this.closed) return { value: undefined, done: true };
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    if (!this.closed) {
      this.closed = true;
      this.onClose();
      if (this.waiting) {
        const w = this.waiting;
        this.waiting = null;
        w.resolve({ value: undefined, done: true });
      }
    }
    return { value: undefined, done: true };
  }

  async throw(err: unknown): Promise<IteratorResult<ExecutionResult>> {
    await this.return();
    throw err;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  get queued(): number {
    return this.queue.length + this.buffer.length;
  }
}
