import type { ExecutionResult } from 'graphql';
import { DomainError } from '../errors.js';

/** Events a subscriber may fall behind by before it is dropped (it resumes with `after`). */
export const MAX_QUEUED = 5_000;
/**
 * Bytes of results a subscriber may fall behind by. A socket that holds too much unsent is written no
 * more (see FrameSink.ready), so a socket that stops reading leaves its backlog here, not in the
 * socket: this is what bounds its memory.
 */
export const MAX_QUEUED_BYTES = 4 * 1024 * 1024;
export const LIMITS = { events: MAX_QUEUED, bytes: MAX_QUEUED_BYTES };
/** The replay waits while this many events, or half the byte limit, are queued: a long replay never trips the limits above. */
export const REPLAY_HIGH_WATER = 500;

/**
 * Where a stream can write its events itself (the WebSocket transport's): with one, the stream's events
 * never go through its async iterator, whose consumer (graphql-ws) then only learns the end or the error.
 */
export interface FrameSink {
  /** Send these results, in this order, as the subscription's messages. */
  send(results: readonly ExecutionResult[]): void;
  /** Can the socket take more now? (It holds less than its high water mark, or is gone.) */
  readonly ready: boolean;
  /** Call `cb` once, when the socket can take more again or has closed. */
  whenReady(cb: () => void): void;
}

interface Item {
  result: ExecutionResult;
  bytes: number;
}

/**
 * One subscriber's ordered stream. While it replays the log, live events wait in a buffer; once the
 * replay is done they are released, and anything at or below the last seq sent is dropped — so the
 * seam between replay and live has no gap and no duplicate. A subscriber that falls too far behind
 * (in events or bytes, replay buffer included) is dropped with `slowConsumer` and resumes with `after`.
 *
 * With a `sink`, what is queued is written to it at the end of the current task's synchronous work (a
 * microtask), all at once, so a subscriber's events of one hub batch leave in one write; while the
 * sink is not ready they stay queued, against the same limits. The iterator then yields nothing: it
 * ends when the stream is returned, or throws its failure, after everything already written.
 */
export class LiveStream implements AsyncIterableIterator<ExecutionResult> {
  private queue: Item[] = [];
  private buffer: [number, Item][] = [];
  /** Bytes in the queue (what the consumer can drain) and in the replay-time buffer (released only when live). */
  private queueBytes = 0;
  private bufferBytes = 0;
  private live = false;
  private waiting: { resolve: (r: IteratorResult<ExecutionResult>) => void; reject: (e: Error) => void } | null = null;
  private roomWaiters: (() => void)[] = [];
  private failure: Error | null = null;
  private closed = false;
  /** A write to the sink is scheduled, or waits for it to be ready. */
  private flushing = false;
  lastSeq: number;

  constructor(
    after: number,
    private readonly onClose: () => void,
    private readonly limits = LIMITS,
    private readonly sink: FrameSink | null = null,
  ) {
    this.lastSeq = after;
  }

  /** A replayed event (before goLive) or a live one; `bytes` is the result's serialised size. */
  push(seq: number, result: ExecutionResult, replayed = false, bytes = 0): void {
    if (this.closed) return;
    const item = { result, bytes };
    if (!this.live && !replayed) {
      this.buffer.push([seq, item]);
      this.bufferBytes += bytes;
      this.checkLimits();
      return;
    }
    if (seq <= this.lastSeq) return;
    this.lastSeq = seq;
    if (this.waiting && !this.sink) {
      const w = this.waiting;
      this.waiting = null;
      w.resolve({ value: result, done: false });
      return;
    }
    this.queue.push(item);
    this.queueBytes += bytes;
    this.checkLimits();
    if (this.sink && !this.flushing && !this.closed) {
      this.flushing = true;
      queueMicrotask(() => this.flush());
    }
  }

  /** End of replay: release what arrived live meanwhile, in order, without what the replay already sent. */
  goLive(): void {
    this.live = true;
    const held = this.buffer.sort((a, b) => a[0] - b[0]);
    this.buffer = [];
    this.bufferBytes = 0;
    for (const [seq, item] of held) this.push(seq, item.result, false, item.bytes);
  }

  /** Resolves when the replay may push more: the consumer has caught up, or the stream is closed. */
  room(): Promise<void> {
    if (this.closed || this.roomy) return Promise.resolve();
    return new Promise((ok) => this.roomWaiters.push(ok));
  }

  /** Stop the stream with an error the client sees (it may resubscribe from its last seq). */
  fail(err: Error): void {
    if (this.closed) return;
    this.queue = [];
    this.buffer = [];
    this.queueBytes = this.bufferBytes = 0;
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
    const item = this.sink ? undefined : this.queue.shift();
    if (item) {
      this.queueBytes -= item.bytes;
      if (this.roomy) this.releaseRoom();
      return { value: item.result, done: false };
    }
    if (this.closed) return { value: undefined, done: true };
    if (!this.sink) this.releaseRoom();
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    if (!this.closed) {
      this.closed = true;
      this.onClose();
      this.releaseRoom();
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

  get isClosed(): boolean {
    return this.closed;
  }

  get queued(): number {
    return this.queue.length + this.buffer.length;
  }

  get queuedBytes(): number {
    return this.queueBytes + this.bufferBytes;
  }

  /** May the replay push more? Only the queue counts: the buffer drains only once the replay is done. */
  private get roomy(): boolean {
    return this.queue.length < REPLAY_HIGH_WATER && this.queueBytes < this.limits.bytes / 2;
  }

  /** Write the queue to the sink, or wait until the sink can take it. */
  private flush(): void {
    const sink = this.sink;
    if (!sink || this.closed || this.queue.length === 0) return void (this.flushing = false);
    if (!sink.ready) return sink.whenReady(() => this.flush());
    this.flushing = false;
    const items = this.queue;
    this.queue = [];
    this.queueBytes = 0;
    sink.send(items.map((i) => i.result));
    this.releaseRoom();
  }

  private checkLimits(): void {
    if (this.queued > this.limits.events || this.queuedBytes > this.limits.bytes) {
      this.fail(new DomainError('slowConsumer', `${this.queued} events / ${this.queuedBytes} bytes behind`));
    }
  }

  private releaseRoom(): void {
    const waiters = this.roomWaiters;
    this.roomWaiters = [];
    for (const w of waiters) w();
  }
}
