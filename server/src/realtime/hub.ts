import { execute, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Viewer } from '../auth/viewer.js';
import type { Context } from '../context.js';
import type { Logger } from '../logger.js';
import type { Event } from '../log/event.entity.js';
import type { LogReader } from '../log/reader.js';
import { passes, type EventFilter } from '../log/topics.js';
import { LIMITS, LiveStream, type FrameSink } from './live-stream.js';
import { eventWards, mayRead, scopeKey } from '../scope/scope.js';
import { serialise } from './ws-transport.js';

const PAGE = 500;
/** How soon to look again while the log has a missing seq at its watermark. */
const GAP_RETRY_MS = 20;
const DRAIN_SPACING_MS = 20;
/** Events handed to sockets per turn of the event loop. */
const PUSH_SLICE = 250;
/** Events executed and handed out together (a member's events of one batch leave in one socket write). */
const BATCH = 50;
/** A group reading more wards than this is asked about every event rather than found through its wards. */
const NARROW = 64;

export interface SubscribeArgs {
  viewer: Viewer;
  context: Context;
  document: DocumentNode;
  documentKey: string;
  variableValues: Record<string, unknown> | undefined;
  operationName: string | null | undefined;
  after: number | null;
  wardFilter: number | null;
  /** False: without the per-area figures (FIGURE_EVENTS), for a wall that follows unit totals instead. */
  figures: boolean;
  /** False: without the wards' situation reports' events, for a wall above several districts. */
  wardReports: boolean;
  /** Where the stream writes its events itself (the socket's), or null to hand them out as an async iterator. */
  sink: FrameSink | null;
}

/** Subscribers that run the same operation with the same scope: each event is executed once for all of them. */
interface Group {
  viewer: Viewer;
  context: Context;
  wardFilter: number | null;
  /** What it leaves out of what it may read (from wardFilter, figures, wardReports). */
  filter: EventFilter;
  document: DocumentNode;
  variableValues: Record<string, unknown> | undefined;
  operationName: string | null | undefined;
  members: Set<LiveStream>;
  /** The wards it is found by (see `index`); none: asked about every event. */
  indexedBy?: number[];
}

/**
 * Event log → subscribers. After any wake-up (a local commit, a NOTIFY from another replica, or the
 * periodic safety-net read) it reads the events after the last one it delivered, in seq order, and
 * hands each to the groups allowed to read it. The table is the only source: a lost wake-up only delays.
 */
export class Hub {
  private position = 0;
  private delivered = 0;
  private groups = new Map<string, Group>();
  /** Groups that read the events of a few wards, by ward; the others (a province's, the nation's) in `wide`. */
  private readonly byWard = new Map<number, Set<Group>>();
  private readonly wide = new Set<Group>();
  private running = false;
  private again = false;
  private started = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly events: LogReader,
    private readonly schema: GraphQLSchema,
    private readonly logger: Logger,
    /** Share one execution per group (true) or execute per subscriber (false; for the benchmark). */
    private readonly shareWork = true,
  ) {}

  async start(): Promise<void> {
    this.position = await this.events.watermark.start();
    this.started = true;
  }

  get isRunning(): boolean {
    return this.started;
  }

  get subscriberCount(): number {
    let n = 0;
    for (const g of this.groups.values()) n += g.members.size;
    return n;
  }

  /** Live events handed to subscribers so far (one per event and subscriber), and the seq delivery has reached: for the metrics. */
  get delivery(): { events: number; seq: number } {
    return { events: this.delivered, seq: this.position };
  }

  stop(): void {
    this.started = false;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    for (const g of this.groups.values()) for (const s of g.members) void s.return();
    this.groups.clear();
    this.byWard.clear();
    this.wide.clear();
  }

  /** Read and deliver whatever was committed since the last read; concurrent calls coalesce. */
  wake(): void {
    if (!this.started) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void (async () => {
      try {
        for (;;) {
          this.again = false;
          const began = Date.now();
          await this.drain();
          if (!this.again) break;
          // Under a stream of commits, read in batches rather than once per commit: one read per
          // DRAIN_SPACING_MS at most, so the hub's queries do not grow with the write rate, and each
          // socket gets the events of that span in one write rather than one write (a syscall) each.
          const wait = DRAIN_SPACING_MS - (Date.now() - began);
          if (wait > 0) await new Promise((ok) => setTimeout(ok, wait));
        }
      } catch (err) {
        this.logger.warn({ err }, 'live hub could not read the event log; the next wake-up retries');
      } finally {
        this.running = false;
      }
    })();
  }

  /** A stream of the events this subscriber may read: replay after `after`, then live. */
  subscribe(args: SubscribeArgs): LiveStream {
    const key = this.shareWork
      ? [
          scopeKey(args.viewer),
          args.wardFilter ?? '*',
          args.figures,
          args.wardReports,
          args.operationName ?? '',
          args.documentKey,
          JSON.stringify(withoutAfter(args.variableValues)),
        ].join('#')
      : `${Math.random()}`;
    let group = this.groups.get(key);
    if (!group) {
      const { sink: _sink, ...shared } = args;
      group = { ...shared, filter: filterOf(args), members: new Set() };
      this.groups.set(key, group);
      this.index(group);
    }
    const g = group;
    // Without `after`, live from the last final seq (not from wherever delivery has got to).
    const stream = new LiveStream(
      args.after ?? Math.max(this.position, this.events.watermark.current),
      () => {
        g.members.delete(stream);
        if (g.members.size === 0 && this.groups.get(key) === g) {
          this.groups.delete(key);
          this.unindex(g);
        }
      },
      LIMITS,
      args.sink,
    );
    g.members.add(stream);
    if (args.after === null) stream.goLive();
    else void this.replay(args, stream);
    return stream;
  }

  private async replay(args: SubscribeArgs, stream: LiveStream): Promise<void> {
    try {
      let cursor = args.after ?? 0;
      for (;;) {
        const page = await this.events.list(args.viewer, cursor, PAGE, filterOf(args));
        for (const event of page) {
          // Backpressure: a long replay waits for the client instead of queueing the whole log.
          await stream.room();
          if (stream.isClosed) return;
          const result = await this.run(args, event);
          stream.push(event.seq, result, true, serialise(result));
        }
        if (page.length < PAGE) break;
        cursor = page[page.length - 1].seq;
      }
      stream.goLive();
    } catch (err) {
      this.logger.warn({ err }, 'replay failed');
      // The original error reaches the client through formatError (databaseUnavailable when the database went away).
      stream.fail(err instanceof Error ? err : new Error(String(err)));
    }
  }

  private async drain(): Promise<void> {
    const upto = await this.events.watermark.advance();
    // Nobody listening: nothing to read (a replay reads for itself), only the position to keep.
    if (this.groups.size === 0) this.position = Math.max(this.position, upto);
    while (this.position < upto) {
      const rows = await this.events.range(this.position, upto, PAGE);
      for (let i = 0; i < rows.length; i += BATCH) {
        const batch = rows.slice(i, i + BATCH);
        await this.deliver(batch);
        this.position = batch[batch.length - 1].seq;
      }
      if (rows.length < PAGE) break;
    }
    // A seq is still missing (a commit in flight, or a rollback to be confirmed): look again soon.
    if (this.events.watermark.waiting && !this.retry) {
      this.retry = setTimeout(() => {
        this.retry = null;
        this.wake();
      }, GAP_RETRY_MS);
      this.retry.unref();
    }
  }

  /**
   * Execute each event once per group that may read it, then hand every member its events of the
   * batch together: its socket sends them in one write (see ws-transport), and the event loop is
   * handed back every PUSH_SLICE events so a write's next database answer is not kept waiting.
   */
  private async deliver(batch: Event[]): Promise<void> {
    const work: { group: Group; events: Event[]; results: ExecutionResult[]; bytes: number[] }[] = [];
    const chosen = new Map<Group, Event[]>();
    for (const e of batch) {
      for (const group of this.candidates(e)) {
        if (group.members.size === 0) continue;
        const reads = passes(group.filter, e) && mayRead(group.viewer, 'event', e);
        if (!reads) continue;
        const events = chosen.get(group);
        if (events) events.push(e);
        else chosen.set(group, [e]);
      }
    }
    for (const [group, events] of chosen) {
      const results = await Promise.all(events.map((e) => this.run(group, e)));
      work.push({ group, events, results, bytes: results.map(serialise) });
    }
    let pushed = 0;
    for (const { group, events, results, bytes } of work) {
      this.delivered += events.length * group.members.size;
      for (const stream of group.members) {
        for (let i = 0; i < events.length; i += 1) stream.push(events[i].seq, results[i], false, bytes[i]);
        pushed += events.length;
        if (pushed >= PUSH_SLICE) {
          pushed = 0;
          await new Promise((ok) => setImmediate(ok));
        }
      }
    }
  }

  /** A group is indexed by the wards it may read events of, when they are few (a ward's phone, a district's wall). */
  private index(g: Group): void {
    const wards = g.wardFilter !== null ? new Set([g.wardFilter]) : eventWards(g.viewer);
    if (wards === null || wards.size > NARROW) {
      this.wide.add(g);
      return;
    }
    g.indexedBy = [...wards];
    for (const w of wards) {
      let set = this.byWard.get(w);
      if (!set) this.byWard.set(w, (set = new Set()));
      set.add(g);
    }
  }

  private unindex(g: Group): void {
    this.wide.delete(g);
    for (const w of g.indexedBy ?? []) {
      const set = this.byWard.get(w);
      if (set?.delete(g) && set.size === 0) this.byWard.delete(w);
    }
  }

  /** The groups that might read an event: those indexed by one of its wards, and the wide ones; all for an event of no ward. */
  private candidates(e: Event): Iterable<Group> {
    const wards = e.wardIds?.length ? e.wardIds : e.wardId === null ? null : [e.wardId];
    if (wards === null) return this.groups.values();
    const found = new Set(this.wide);
    for (const w of wards) for (const g of this.byWard.get(w) ?? []) found.add(g);
    return found;
  }

  private async run(g: Pick<Group, 'document' | 'variableValues' | 'operationName' | 'context'>, event: Event): Promise<ExecutionResult> {
    return execute({
      schema: this.schema,
      document: g.document,
      rootValue: event,
      contextValue: g.context,
      variableValues: g.variableValues,
      operationName: g.operationName,
    });
  }
}

function withoutAfter(vars: Record<string, unknown> | undefined): Record<string, unknown> {
  const { after: _after, ...rest } = vars ?? {};
  return rest;
}

const filterOf = (s: Pick<SubscribeArgs, 'wardFilter' | 'figures' | 'wardReports'>): EventFilter => ({
  wardId: s.wardFilter,
  figures: s.figures,
  wardReports: s.wardReports,
});
