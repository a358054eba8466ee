/**
 * The national day's closing peak: the generated country on PostgreSQL with two replicas, the screens
 * of the whole country subscribed — a phone per ward, two walls per district, three per province, 20
 * national — while the final figures come in at `writes` per second for `seconds` (and a few
 * incidents). Per kind of screen: commit-to-screen latency, lost and doubled; per replica CPU and
 * memory. Province and national walls follow `events(figures: false)` exactly and their unit's
 * figures as conflated `unitTotals`.
 */
import pg from 'pg';
import { gql } from '../support/graphql.js';
import { startServer, type TestServer } from '../support/server.js';
import { spawnTs, type Child } from './lib/child.js';
import { sampleMachine, sampleMatching, sampleProcess, sleep } from './lib/measure.js';
import { nationalDatabase } from './lib/national-db.js';
import { exactRows, totalsRows, type LoadShare, type LoggedEvent } from './national-day-measure.js';
import type { FromLoad, ScreenSpec, ToLoad } from './national-day-protocol.js';
import { accounts, closeAreas, PER_UNIT, readCountry } from './national-day-setup.js';
import { closingPeak } from './national-day-writer.js';

const here = new URL('.', import.meta.url).pathname;
const JWT_SECRET = 'national-day-bench-secret';
/** setInterval's longest delay: the scheduler never ticks (see the notes). */
const SCHEDULER_OFF = String(2 ** 31 - 1);

export interface NationalDayOptions {
  /** Final figures per second, and for how long. */
  writes: number;
  seconds: number;
  /** Share of each kind of screen opened (1: all 12,233). */
  scale: number;
  /** Incidents per second, in random wards. */
  incidents: number;
}

/** Does the server have the conflated totals (`unitTotals`, `events(figures)`)? Before they landed, every wall follows `events` in full. */
async function hasConflatedTotals(url: string, token: string): Promise<boolean> {
  const r = await gql<{ __schema: { subscriptionType: { fields: { name: string; args: { name: string }[] }[] } } }>(
    url,
    '{ __schema { subscriptionType { fields { name args { name } } } } }',
    {},
    token,
  );
  const fields = r.data?.__schema.subscriptionType.fields ?? [];
  return fields.some((f) => f.name === 'unitTotals') && !!fields.find((f) => f.name === 'events')?.args.some((a) => a.name === 'figures');
}

/** Wait until no socket has received anything for 3 s (totals come at most once a second), at most `maxMs`. */
async function drained(loads: Child<ToLoad, FromLoad>[], maxMs = 120_000): Promise<number> {
  const started = Date.now();
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    loads.forEach((l) => l.send({ type: 'count' }));
    const received = (await Promise.all(loads.map((l) => l.next('count')))).reduce((a, c) => a + c.received, 0);
    if (received !== last) [last, stableSince] = [received, Date.now()];
    if (Date.now() - stableSince >= 3_000 || Date.now() - started > maxMs) return Math.round((stableSince - started) / 100) / 10;
    await sleep(500);
  }
}

export async function nationalDay(o: NationalDayOptions) {
  const db = await nationalDatabase();
  const replicas: TestServer[] = [];
  const loads: Child<ToLoad, FromLoad>[] = [];
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    // Set-up, not measured.
    const country = await readCountry(client);
    const filings = await closeAreas(client, Math.round(o.writes * o.seconds), country.electionDate);
    const { screens, officerTokens, created } = await accounts(client, JWT_SECRET, o.scale);
    const [{ after }] = (await client.query<{ after: number }>('SELECT coalesce(max(seq), 0)::int AS after FROM events')).rows;
    // The closing of the day: the clock reads 19:00 on the election's date now, on both replicas.
    const clockStart = Date.parse(`${country.electionDate}T19:00:00+07:00`);
    const clockAnchor = Date.now();
    const env = {
      DATABASE_URL: db.url,
      SEED: 'none',
      JWT_SECRET,
      ELECTION_DATE: country.electionDate,
      CLOCK_START: new Date(clockStart).toISOString(),
      CLOCK_ANCHOR: new Date(clockAnchor).toISOString(),
      SCHEDULER_INTERVAL_MS: SCHEDULER_OFF,
    };
    for (let i = 0; i < 2; i += 1) replicas.push(await startServer(env));
    const conflated = await hasConflatedTotals(replicas[0].url, screens[screens.length - 1].token);

    // Half the screens on each replica, each half held by its own load process.
    const halves: ScreenSpec[][] = [[], []];
    screens.forEach((s, i) => halves[i % 2].push(s));
    for (let r = 0; r < 2; r += 1) {
      const load = spawnTs<ToLoad, FromLoad>(`${here}national-day-load.ts`);
      loads.push(load);
      load.send({ type: 'open', url: replicas[r].url, screens: halves[r], after, conflated });
    }
    const opened = await Promise.all(loads.map((l) => l.next('opened', 1_200_000)));
    await sleep(3_000); // the last subscriptions' replays end and they go live

    const use = [...replicas.map((r) => sampleProcess(r.process.pid!)), ...loads.map((l) => sampleProcess(l.process.pid!))];
    const machine = sampleMachine();
    // This database's PostgreSQL backends (their command line names it).
    const postgres = sampleMatching(` ${new URL(db.url).pathname.slice(1)} `);
    const writerUse = sampleProcess(process.pid);
    const peak = await closingPeak({
      urls: replicas.map((r) => r.url),
      filings,
      tokens: officerTokens,
      perSecond: o.writes,
      seconds: o.seconds,
      incidentsPerSecond: o.incidents,
    });
    const writer = writerUse.stop();
    const drainSeconds = await drained(loads);
    const [r1, r2, l1, l2] = use.map((u) => u.stop());
    const busy = machine.stop();
    const pgUse = postgres.stop();

    loads.forEach((l) => l.send({ type: 'collect' }));
    const shares: LoadShare[] = (await Promise.all(loads.map((l) => l.next('results')))).map((m, r) => ({ screens: halves[r], results: m.results }));
    const { rows } = await client.query<{
      seq: number;
      type: string;
      at: Date;
      wardId: number | null;
      wardIds: number[];
      districtId: number | null;
      write: string | null;
    }>(
      `SELECT seq, type, at, "wardId", "wardIds", "districtId",
              coalesce('turnout:' || (data->'turnoutReport'->>'id'), 'incident:' || (data->'incident'->>'id')) AS write
         FROM events WHERE seq > $1 ORDER BY seq`,
      [after],
    );
    const events: LoggedEvent[] = rows.map((e) => ({ ...e, at: e.at.getTime() }));
    const sums = await client.query<{ provinceId: number | null; voted: string }>(
      `SELECT d."provinceId", sum(a.voted)::bigint AS voted FROM polling_areas a JOIN wards w ON w.id = a."wardId" JOIN districts d ON d.id = w."districtId"
        GROUP BY ROLLUP (d."provinceId")`,
    );
    const finalVoted = new Map(sums.rows.map((s) => [s.provinceId, Number(s.voted)]));
    const clock = { clockStart, clockAnchor };
    const exact = exactRows(events, country, shares, clock, conflated, peak.answers);
    const totals = conflated ? totalsRows(events, country, shares, clock, finalVoted, peak.answers) : [];
    const delivered = exact.reduce((a, r) => a + r.delivered, 0) + totals.reduce((a, r) => a + r.messages, 0);
    const lastReceipt = Math.max(...exact.map((r) => r.lastReceiptAt));
    const totalsBytes = shares.reduce((a, s) => a + s.results.totals.bytes, 0);

    const processes = [
      { process: 'replica 1', sockets: opened[0].connected, cpuPct: r1.cpuPercent, cpuS: Math.round(r1.cpuMs / 100) / 10, peakRssMb: r1.peakRssMb },
      { process: 'replica 2', sockets: opened[1].connected, cpuPct: r2.cpuPercent, cpuS: Math.round(r2.cpuMs / 100) / 10, peakRssMb: r2.peakRssMb },
      { process: 'load 1 (screens of replica 1)', sockets: opened[0].connected, cpuPct: l1.cpuPercent, peakRssMb: l1.peakRssMb },
      { process: 'load 2 (screens of replica 2)', sockets: opened[1].connected, cpuPct: l2.cpuPercent, peakRssMb: l2.peakRssMb },
      { process: 'writer (this process)', cpuPct: writer.cpuPercent, peakRssMb: writer.peakRssMb },
      { process: `PostgreSQL (this database's ${pgUse.processes} backends)`, cpuPct: pgUse.cpuPercent, cpuS: Math.round(pgUse.cpuMs / 100) / 10 },
      { process: 'machine (every process on it; 2 cores = 100%)', cpuPct: busy.busyPercent },
    ];
    const summary = {
      accounts: created,
      screens: screens.length,
      connected: opened.reduce((a, x) => a + x.connected, 0),
      connectSeconds: Math.max(...opened.map((x) => x.seconds)),
      conflated,
      ...flat(peak),
      events: events.length,
      delivered,
      deliveredPerS: Math.round(delivered / Math.max(0.001, (lastReceipt - peak.startedAt) / 1000)),
      /** From the writer's last answer until the sockets stopped receiving. */
      drainSeconds,
      avgTotalsMessageBytes: totals.length
        ? Math.round(
            totalsBytes /
              Math.max(
                1,
                totals.reduce((a, r) => a + r.messages, 0),
              ),
          )
        : null,
      openErrors: opened.flatMap((x) => x.errors).slice(0, 5),
      socketErrors: shares.flatMap((s) => s.results.errors).slice(0, 5),
    };
    return { rows: [...exact.map(({ lastReceiptAt: _, ...r }) => r), ...totals], processes, summary, notes: notes(o, conflated, screens.length) };
  } finally {
    await client.end().catch(() => undefined);
    loads.forEach((l) => l.send({ type: 'close' }));
    await Promise.all(loads.map((l) => l.stop()));
    await Promise.all(replicas.map((r) => r.stop()));
    await db.drop();
  }
}

/** The writer's figures with its latency summaries spread into columns (answerP99Ms, …), for a readable table. */
function flat(peak: Awaited<ReturnType<typeof closingPeak>>) {
  const { answer, outboxWait, errorCodes, errorSamples, startedAt: _, answers: __, ...rest } = peak;
  return {
    ...rest,
    answerP50Ms: answer.p50,
    answerP99Ms: answer.p99,
    answerMaxMs: answer.max,
    outboxWaitP50Ms: outboxWait.p50,
    outboxWaitP99Ms: outboxWait.p99,
    errorCodes: JSON.stringify(errorCodes),
    errorSamples: errorSamples.join(' | '),
  };
}

function notes(o: NationalDayOptions, conflated: boolean, screens: number): string[] {
  return [
    `Screens: ${screens} (scale ${o.scale} of a phone per ward, ${PER_UNIT.district} walls per district, ${PER_UNIT.province} per province, ${PER_UNIT.nation} national), half on each replica, each half in its own load process; one account per screen, tokens signed with the servers' secret`,
    conflated
      ? 'Ward phones and district walls: events(after); province and national walls: events(after, figures: false) and unitTotals'
      : 'The server has no unitTotals / events(figures) yet: every screen follows events(after) in full, the walls included (no conflation)',
    `Writes: ${o.writes} final reportTurnout/s for ${o.seconds} s over both replicas (each by its ward's officer, a clientRequestId each, areas drawn across the country, each area once), ${o.incidents} reportIncident/s in random wards; at most 256 in flight, the rest waits in the phones' outboxes (outboxWait); a write answered "database unavailable, send again" (or dropped) is sent again with its clientRequestId, 3 tries in all (retried); failed = not written after them, or refused`,
    "Exact events, p50/p99/maxMs: receipt time minus the event's `at` (its transaction's time on the servers' clock, which reads 19:00 at a known real instant and runs at speed 1): an upper bound of commit-to-screen — the server reads its clock before it takes a pooled connection, so a write's wait for one is counted too",
    "answerP50/P99/MaxMs: receipt time minus the writer's HTTP answer (just after the commit): a lower bound, negative when the screen had it before the writer; the commit lies between the two",
    "Totals: for each figure and each wall of its province (every national wall), its commit until the first unitTotals message with seq ≥ the figure's seq arrived; lost = a figure never reflected on a wall by the end; staleAtEnd = walls whose last total.voted differs from the database's sum; doubled = messages that did not move seq on; minGapMs = the shortest time between two messages on one wall after the first",
    'Lost / doubled / outOfScope: by the scope rules, from the log rows written during the run; outOfScope = received though the wall should not read it',
    'The scheduler is off (SCHEDULER_INTERVAL_MS at its maximum): at 19:00 the four checkpoints of the day have passed, and a generated country without their reports would compile 4 × 11,319 situation reports and mark 4 × 84,767 areas late inside the peak; on the day they were done at 10:00…18:45, and the final checkpoint (19:30) comes after the peak',
    'Percentiles are binned up to 120 s (lib/measure.ts Histogram): a p50/p99 of 120000 means at or beyond it; max is exact',
    "CPU: % of one core over the peak and the drain (replica 100% = one core); PostgreSQL: this database's backends (not the WAL writer, checkpointer); the machine line is every process on the machine, other developers' included",
  ];
}
