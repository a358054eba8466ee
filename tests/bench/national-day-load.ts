/**
 * The national-day benchmark's load process: holds its share of the screens' sockets (graphql-ws
 * clients) and records when each event and each `unitTotals` message reaches each socket. Runs apart
 * from the servers and the writer, so the screens' side does not share their event loops.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { FromLoad, ScreenSpec, ToLoad } from './national-day-protocol.js';

// What a wall or a phone selects (schema/operations/EventStream.graphql, plus `at`).
const EVENT_FIELDS = `seq type at wardId actor checkpoint incident { id code category } task { id status agency { code } }
  turnoutReport { id voted } pollingArea { id code name registeredVoters }`;
const EVENTS = `subscription($after: Int) { events(after: $after) { ${EVENT_FIELDS} } }`;
const EXACT_EVENTS = `subscription($after: Int) { events(after: $after, figures: false) { ${EVENT_FIELDS} } }`;
const TILE = 'unit { level id code name } registered voted percent areasReported areasTotal readinessDone readinessRequired openIncidents';
const TOTALS = `subscription { unitTotals { unit { level id code name } seq at total { ${TILE} } children { ${TILE} } } }`;

const send = (m: FromLoad) => process.send!(m);

/** Growable columns of (socket, seq, time): typed arrays, so the receipts stay off the JS heap. */
class Column3 {
  socket = new Int32Array(1 << 16);
  seq = new Int32Array(1 << 16);
  at = new Float64Array(1 << 16);
  n = 0;

  push(socket: number, seq: number, at: number): void {
    if (this.n === this.seq.length) {
      const grow = <T extends Int32Array | Float64Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      [this.socket, this.seq, this.at] = [grow(this.socket), grow(this.seq), grow(this.at)];
    }
    this.socket[this.n] = socket;
    this.seq[this.n] = seq;
    this.at[this.n++] = at;
  }

  toJSON() {
    return { socket: Array.from(this.socket.subarray(0, this.n)), seq: Array.from(this.seq.subarray(0, this.n)), at: Array.from(this.at.subarray(0, this.n)) };
  }
}

const events = new Column3();
const totals = new Column3();
let lastTotals: ({ unitId: string | null; voted: number; seq: number } | null)[] = [];
let totalsBytes = 0;
let up: boolean[] = [];
const errors: string[] = [];
let closers: (() => void)[] = [];
const noteError = (e: unknown) => {
  if (errors.length < 10) errors.push(e instanceof Error ? e.message : JSON.stringify(e));
};

function subscribe(
  client: ReturnType<typeof createClient>,
  query: string,
  variables: Record<string, unknown>,
  onData: (data: Record<string, unknown>) => void,
) {
  client.subscribe<Record<string, unknown>>(
    { query, variables },
    {
      next: (r) => {
        if (r.errors) noteError(r.errors);
        if (r.data) onData(r.data);
      },
      error: noteError,
      complete: () => undefined,
    },
  );
}

function openScreen(i: number, spec: ScreenSpec, m: Extract<ToLoad, { type: 'open' }>): Promise<void> {
  return new Promise((ok, fail) => {
    const client = createClient({
      url: m.url.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${spec.token}` },
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: (e) => fail(e instanceof Error ? e : new Error(`socket closed: ${(e as { code?: number }).code ?? e}`)),
      on: { connected: () => ok() },
    });
    const wall = spec.kind === 'province' || spec.kind === 'nation';
    subscribe(client, wall && m.conflated ? EXACT_EVENTS : EVENTS, { after: m.after }, (d) => {
      events.push(i, (d.events as { seq: number }).seq, Date.now());
    });
    if (wall && m.conflated) {
      subscribe(client, TOTALS, {}, (d) => {
        const now = Date.now();
        const t = d.unitTotals as { unit: { id: string | null }; seq: number; total: { voted: number } };
        totals.push(i, t.seq, now);
        totalsBytes += JSON.stringify(d).length;
        lastTotals[i] = { unitId: t.unit.id, voted: t.total.voted, seq: t.seq };
      });
    }
    closers.push(() => void client.dispose());
  });
}

async function open(m: Extract<ToLoad, { type: 'open' }>): Promise<void> {
  const started = Date.now();
  up = m.screens.map(() => false);
  lastTotals = m.screens.map(() => null);
  let connected = 0;
  const failures: string[] = [];
  // In batches, so the server's accept queue and its reads of the accounts are not one thundering herd.
  for (let start = 0; start < m.screens.length; start += 200) {
    await Promise.all(
      m.screens.slice(start, start + 200).map((spec, k) =>
        openScreen(start + k, spec, m).then(
          () => {
            connected += 1;
            up[start + k] = true;
          },
          (e: Error) => failures.length < 5 && failures.push(e.message ?? String(e)),
        ),
      ),
    );
  }
  send({ type: 'opened', connected, failed: m.screens.length - connected, errors: failures, seconds: Math.round((Date.now() - started) / 100) / 10 });
}

process.on('message', (m: ToLoad) => {
  if (m.type === 'open') void open(m);
  else if (m.type === 'count') send({ type: 'count', received: events.n + totals.n });
  else if (m.type === 'collect')
    send({ type: 'results', results: { events: events.toJSON(), totals: { ...totals.toJSON(), last: lastTotals, bytes: totalsBytes }, up, errors } });
  else if (m.type === 'close') {
    closers.forEach((c) => c());
    closers = [];
    setTimeout(() => process.exit(0), 200);
  }
});
