/**
 * Fan-out: N subscribed sockets of mixed roles and scopes (in a separate load process, graphql-ws
 * clients) while W writes per second for T seconds go to one server process on PostgreSQL. Then a raw
 * `ws` broadcast of the same payloads to the same sockets, for the ratio of the two throughputs.
 */
import { demoIds, openArea } from '../support/demo.js';
import { lastSeq } from '../support/operations.js';
import { startServer, storage } from '../support/server.js';
import { createUser } from '../support/users.js';
import type { FromLoad, FromRaw, LoadResults, ToLoad, ToRaw } from './fanout-protocol.js';
import { expectedByScope, SCOPED_OBSERVERS, socketMix, WARDS } from './fanout-sockets.js';
import { writeLoad } from './fanout-writer.js';
import { spawnTs, type Child } from './lib/child.js';
import { sampleProcess, sleep } from './lib/measure.js';

const here = new URL('.', import.meta.url).pathname;
const CLOCK_START = '2021-05-23T08:00:00+07:00';

export interface FanoutOptions {
  sockets: number;
  writes: number;
  seconds: number;
}

/** Wait until the load process has stopped receiving (nothing new for 3 s), at most `maxMs`. */
async function drained(load: Child<ToLoad, FromLoad>, maxMs = 120_000): Promise<number> {
  const until = Date.now() + maxMs;
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    load.send({ type: 'count' });
    const { delivered } = await load.next('count');
    if (delivered !== last) [last, stableSince] = [delivered, Date.now()];
    if (Date.now() - stableSince >= 3_000 || Date.now() > until) return delivered;
    await sleep(500);
  }
}

export async function fanout(o: FanoutOptions): Promise<Record<string, unknown>[]> {
  const data = await storage('postgres');
  const anchor = new Date().toISOString();
  // The sockets share ~30 demo accounts; the hub groups work by scope, not by user, so lifting the per-user cap changes no work.
  const server = await startServer({
    ...data.env,
    SEED: 'demo',
    CLOCK_START,
    CLOCK_ANCHOR: anchor,
    WS_MAX_CONNECTIONS_PER_USER: String(Math.max(50, o.sockets)),
  }).catch(async (e) => {
    await data.dispose();
    throw e;
  });
  const load = spawnTs<ToLoad, FromLoad>(`${here}fanout-load.ts`);
  try {
    for (const [username, wards] of SCOPED_OBSERVERS) {
      await createUser(data.env, ['--username', username, '--role', 'OBSERVER', '--observer-wards', wards.join(',')], 'bench-pass');
    }
    const { operator, ward } = await demoIds(server.url);
    const { specs, tokens } = await socketMix(server.url, o.sockets, new Map(WARDS.map((w) => [w, ward(w).id])));
    const targets = WARDS.flatMap((w) =>
      ward(w).pollingAreas.map((a) => ({ id: a.id, wardId: ward(w).id, token: tokens.get(`ward.${w}`)!, registered: a.registeredVoters })),
    );
    for (const t of targets) await openArea(server.url, operator, t.id);
    const after = await lastSeq(server.url, operator);

    load.send({ type: 'open', mode: 'graphql', url: server.url, sockets: specs, after, clockStart: Date.parse(CLOCK_START), clockAnchor: Date.parse(anchor) });
    const opened = await load.next('opened');
    await sleep(2_000); // let the last subscriptions reach the hub
    const serverUse = sampleProcess(server.process.pid!);
    const loadUse = sampleProcess(load.process.pid!);
    const written = await writeLoad(targets, server.url, o.writes, o.seconds);
    await drained(load);
    const server1 = serverUse.stop();
    const load1 = loadUse.stop();
    const expected = await expectedByScope(server.url, specs, after);
    load.send({ type: 'collect', expected });
    const first = (await load.next('results')).results;
    // Second pass with each seq's acknowledgement time, learnt from the payloads (an incident's tasks share its transaction).
    load.send({ type: 'collect', expected, ackedAt: ackTimes(first.payloads, written.acks) });
    const gqlRun = (await load.next('results')).results;
    load.send({ type: 'close' });
    await load.stop();

    const raw = await rawRun(
      specs.map((s) => s.scope),
      expected,
      gqlRun,
      false,
    );
    const flat = await rawRun(
      specs.map((s) => s.scope),
      expected,
      gqlRun,
      true,
    );
    const rate = (r: LoadResults, from: number) => Math.round(r.delivered / Math.max(0.001, (r.lastReceivedAt - from) / 1000));
    const gqlRate = rate(gqlRun, written.startedAt);
    const common = { sockets: o.sockets, connected: opened.connected, writesPerS: o.writes, seconds: o.seconds };
    return [
      {
        path: 'graphql-ws (live hub)',
        ...common,
        writes: written.writes,
        writesFailed: written.failed,
        writeP99Ms: written.writeLatency.p99,
        delivered: gqlRun.delivered,
        deliveredPerS: gqlRate,
        lost: gqlRun.lost,
        doubled: gqlRun.doubled,
        p50Ms: gqlRun.latencies.p50,
        p95Ms: gqlRun.latencies.p95,
        p99Ms: gqlRun.latencies.p99,
        maxMs: gqlRun.latencies.max,
        ackP50Ms: gqlRun.fromAck?.p50,
        ackP95Ms: gqlRun.fromAck?.p95,
        ackP99Ms: gqlRun.fromAck?.p99,
        serverCpuPct: server1.cpuPercent,
        serverCpuUsPerDelivery: perDelivery(server1.cpuMs, gqlRun.delivered),
        serverPeakRssMb: server1.peakRssMb,
        loadCpuPct: load1.cpuPercent,
        errors: [...opened.errors, ...written.errors].join('; '),
      },
      {
        path: "raw ws, the GraphQL run's delivery schedule",
        ...common,
        connected: raw.connected,
        delivered: raw.results.delivered,
        deliveredPerS: rate(raw.results, raw.startedAt),
        lost: raw.results.lost,
        doubled: raw.results.doubled,
        p50Ms: raw.results.latencies.p50,
        p95Ms: raw.results.latencies.p95,
        p99Ms: raw.results.latencies.p99,
        maxMs: raw.results.latencies.max,
        serverCpuPct: raw.cpuPercent,
        serverCpuUsPerDelivery: perDelivery(raw.cpuMs, raw.results.delivered),
        serverPeakRssMb: raw.peakRssMb,
      },
      {
        path: 'raw ws, flat out (capacity)',
        ...common,
        connected: flat.connected,
        delivered: flat.results.delivered,
        deliveredPerS: rate(flat.results, flat.startedAt),
        lost: flat.results.lost,
        doubled: flat.results.doubled,
        p50Ms: flat.results.latencies.p50,
        p99Ms: flat.results.latencies.p99,
        maxMs: flat.results.latencies.max,
        serverCpuPct: flat.cpuPercent,
        serverCpuUsPerDelivery: perDelivery(flat.cpuMs, flat.results.delivered),
        serverPeakRssMb: flat.peakRssMb,
        graphqlToRawRatio: Math.round((gqlRate / Math.max(1, rate(flat.results, flat.startedAt))) * 100) / 100,
      },
    ];
  } finally {
    await load.stop();
    await server.stop();
    await data.dispose();
  }
}

/**
 * The same payloads to the same sockets and scopes: on the same schedule (each event when the GraphQL
 * run first delivered it), or `flat` out, every event at once, for the raw path's capacity.
 */
async function rawRun(scopes: string[], expected: Record<string, number[]>, gqlRun: LoadResults, flat: boolean) {
  const rawServer = spawnTs<ToRaw, FromRaw>(`${here}raw-broadcast.ts`);
  const load = spawnTs<ToLoad, FromLoad>(`${here}fanout-load.ts`);
  try {
    rawServer.send({ type: 'listen' });
    const { port } = await rawServer.next('listening');
    load.send({
      type: 'open',
      mode: 'raw',
      url: `ws://127.0.0.1:${port}`,
      sockets: scopes.map((scope) => ({ token: '', wardId: null, scope })),
      after: 0,
      clockStart: 0,
      clockAnchor: 0,
    });
    const opened = await load.next('opened');
    const seqs = Object.keys(gqlRun.payloads)
      .map(Number)
      .sort((a, b) => a - b);
    const t0 = Math.min(...seqs.map((s) => gqlRun.firstSeen[s]));
    const events = seqs.map((seq) => ({ seq, offsetMs: flat ? 0 : gqlRun.firstSeen[seq] - t0, payload: gqlRun.payloads[seq] }));
    const use = sampleProcess(rawServer.process.pid!);
    rawServer.send({ type: 'play', events, expected: onlyPlayed(expected, new Set(seqs)), scopes });
    const played = await rawServer.next('played');
    await drained(load);
    const u = use.stop();
    load.send({ type: 'collect', expected: onlyPlayed(expected, new Set(seqs)) });
    const { results } = await load.next('results');
    return { results, startedAt: played.startedAt, connected: opened.connected, cpuPercent: u.cpuPercent, cpuMs: u.cpuMs, peakRssMb: u.peakRssMb };
  } finally {
    await load.stop();
    await rawServer.stop();
  }
}

/** Server CPU time per delivery in µs: steadier than a rate on a machine shared with other work (the GraphQL server's includes the writes). */
function perDelivery(cpuMs: number, delivered: number): number {
  return Math.round((cpuMs * 1000 * 100) / Math.max(1, delivered)) / 100;
}

/** seq → when the write that made it was answered. */
function ackTimes(payloads: Record<number, string>, acks: Map<string, number>): Record<number, number> {
  const out: Record<number, number> = {};
  for (const [seq, text] of Object.entries(payloads)) {
    const e = (JSON.parse(text) as { payload: { data: { events: { turnoutReport?: { id: string }; incident?: { id: string } } } } }).payload.data.events;
    const at = e.turnoutReport ? acks.get(`turnout:${e.turnoutReport.id}`) : e.incident ? acks.get(`incident:${e.incident.id}`) : undefined;
    if (at !== undefined) out[Number(seq)] = at;
  }
  return out;
}

/** The raw run can only send what the GraphQL run received at least once (socket 0 saw it). */
function onlyPlayed(expected: Record<string, number[]>, played: Set<number>): Record<string, number[]> {
  return Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, v.filter((s) => played.has(s))]));
}
