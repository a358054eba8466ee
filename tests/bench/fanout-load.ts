/**
 * The fan-out benchmark's load process: opens N sockets (graphql-ws clients subscribed to `events`, or
 * raw `ws` sockets for the comparison) and records when each event reaches each socket. Runs apart
 * from the server and from the writer, so the three do not share one event loop.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { FromLoad, SocketSpec, ToLoad } from './fanout-protocol.js';
import { Histogram } from './lib/measure.js';

const EVENTS = `subscription($after: Int, $wardId: ID) {
  events(after: $after, wardId: $wardId) { seq type at wardId actor incident { id code status } task { id status } turnoutReport { id voted } pollingArea { id code status } }
}`;

const send = (m: FromLoad) => process.send!(m);
/** Per socket: the seqs received, in order; and per seq, latency samples. */
let received: number[][] = [];
let scopes: string[] = [];
/** Sockets the server accepted: only they can lose events (a refused one is reported as not connected). */
let up: boolean[] = [];
const latencies = new Histogram();
const payloads: Record<number, string> = {};
const firstSeen: Record<number, number> = {};
let firstAt = Infinity;
let lastAt = 0;
let closers: (() => void)[] = [];
/** Every receipt as (seq, time): typed arrays, so ten thousand sockets' worth stays off the JS heap. */
let receiptSeq = new Int32Array(1 << 20);
let receiptAt = new Float64Array(1 << 20);
let receipts = 0;

function record(i: number, seq: number, latency: number, raw: () => string): void {
  const now = Date.now();
  received[i].push(seq);
  latencies.record(latency);
  if (receipts === receiptSeq.length) {
    const [s2, a2] = [new Int32Array(receipts * 2), new Float64Array(receipts * 2)];
    s2.set(receiptSeq);
    a2.set(receiptAt);
    [receiptSeq, receiptAt] = [s2, a2];
  }
  receiptSeq[receipts] = seq;
  receiptAt[receipts++] = now;
  firstAt = Math.min(firstAt, now);
  lastAt = Math.max(lastAt, now);
  if (firstSeen[seq] === undefined) firstSeen[seq] = now;
  if (i === 0 && payloads[seq] === undefined) payloads[seq] = raw();
}

function openGraphql(i: number, spec: SocketSpec, m: Extract<ToLoad, { type: 'open' }>): Promise<void> {
  return new Promise((ok, fail) => {
    const client = createClient({
      url: m.url.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${spec.token}` },
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: (e) => fail(e instanceof Error ? e : new Error('socket closed')),
      on: { connected: () => ok() },
    });
    client.subscribe<{ events: { seq: number; at: string } }>(
      { query: EVENTS, variables: { after: m.after, wardId: spec.wardId } },
      {
        next: (r) => {
          const e = r.data?.events;
          if (!e) return;
          // The event's `at` is the election clock at its transaction; the clock runs at speed 1 from a known anchor.
          const committed = m.clockAnchor + (Date.parse(e.at) - m.clockStart);
          record(i, e.seq, Date.now() - committed, () => JSON.stringify({ id: '1', type: 'next', payload: r }));
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    closers.push(() => void client.dispose());
  });
}

function openRaw(i: number, m: Extract<ToLoad, { type: 'open' }>): Promise<void> {
  return new Promise((ok, fail) => {
    const ws = new WebSocket(`${m.url}/?i=${i}`);
    ws.once('open', () => ok());
    ws.once('error', fail);
    ws.on('message', (data) => {
      const text = data.toString();
      const bar = text.indexOf('|');
      const sentAt = Number(text.slice(0, bar));
      // Parse it as a client must, so both runs pay for JSON.
      const msg = JSON.parse(text.slice(bar + 1)) as { payload: { data: { events: { seq: number } } } };
      record(i, msg.payload.data.events.seq, Date.now() - sentAt, () => text.slice(bar + 1));
    });
    closers.push(() => ws.terminate());
  });
}

async function open(m: Extract<ToLoad, { type: 'open' }>): Promise<void> {
  received = m.sockets.map(() => []);
  scopes = m.sockets.map((s) => s.scope);
  up = m.sockets.map(() => false);
  let connected = 0;
  const errors: string[] = [];
  // Open in batches so the server's accept queue and the auth lookups are not one thundering herd.
  for (let start = 0; start < m.sockets.length; start += 250) {
    const batch = m.sockets.slice(start, start + 250).map((spec, k) =>
      (m.mode === 'graphql' ? openGraphql(start + k, spec, m) : openRaw(start + k, m)).then(
        () => {
          connected += 1;
          up[start + k] = true;
        },
        (e: Error) => errors.length < 5 && errors.push(e.message ?? String(e)),
      ),
    );
    await Promise.all(batch);
  }
  send({ type: 'opened', connected, failed: m.sockets.length - connected, errors });
}

/** Latency of every receipt from its write's acknowledgement; the histogram is shifted 1 s so early arrivals fit. */
function fromAck(ackedAt: Record<number, number> | undefined) {
  if (!ackedAt) return null;
  const h = new Histogram();
  for (let k = 0; k < receipts; k += 1) {
    const ack = ackedAt[receiptSeq[k]];
    if (ack !== undefined) h.record(receiptAt[k] - ack + 1_000);
  }
  const s = h.summary();
  return { p50: s.p50 - 1_000, p95: s.p95 - 1_000, p99: s.p99 - 1_000, max: Math.round((s.max - 1_000) * 10) / 10 };
}

function collect(expected: Record<string, number[]>, ackedAt?: Record<number, number>): void {
  let lost = 0;
  let doubled = 0;
  const sets = new Map(Object.entries(expected).map(([k, v]) => [k, new Set(v)]));
  received.forEach((seqs, i) => {
    if (!up[i]) return;
    const want = sets.get(scopes[i]) ?? new Set<number>();
    const got = new Set(seqs);
    doubled += seqs.length - got.size;
    for (const s of want) if (!got.has(s)) lost += 1;
  });
  send({
    type: 'results',
    results: {
      delivered: latencies.count,
      lost,
      doubled,
      latencies: latencies.summary(),
      fromAck: fromAck(ackedAt),
      firstReceivedAt: firstAt,
      lastReceivedAt: lastAt,
      payloads,
      firstSeen,
    },
  });
}

process.on('message', (m: ToLoad) => {
  if (m.type === 'open') void open(m);
  else if (m.type === 'count') send({ type: 'count', delivered: latencies.count });
  else if (m.type === 'collect') collect(m.expected, m.ackedAt);
  else if (m.type === 'close') {
    closers.forEach((c) => c());
    closers = [];
    setTimeout(() => process.exit(0), 200);
  }
});
