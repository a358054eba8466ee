/**
 * The turnout export at national scale: `pnpm seed:national` (84,767 polling areas), a report filed by
 * every area before each of the day's five checkpoints (423,835 reports, written straight into the
 * table), and the server's clock after the final count, so the file has a row per area and checkpoint.
 * Downloads `/exports/turnout.csv` as the operator, reading as fast as it comes, then again reading
 * slowly (the server must wait for the client, not buffer the file), then aborts a download early
 * (the server must stop reading). Reports the server's resident memory before and at its peak.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { gql } from '../support/graphql.js';
import { login } from '../support/operations.js';
import { startServer, type TestServer } from '../support/server.js';
import { cpuMs, rssMb, sleep } from './lib/measure.js';
import { BENCH_OPERATOR, nationalDatabase } from './lib/national-db.js';

/** Each checkpoint's report: minutes before it (inside the 30-minute window, so no area is late) and the share of voters by then (2021's curve). */
const REPORTS: [hhmm: string, share: number][] = [
  ['09:50', 0.45],
  ['12:20', 0.7374],
  ['16:20', 0.93],
  ['18:20', 0.9899],
  ['19:10', 0.9968],
];

async function fillTurnout(url: string): Promise<{ date: string; reports: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [{ date }] = (await client.query('SELECT date FROM elections ORDER BY id LIMIT 1')).rows;
    const [{ id: reporter }] = (await client.query('SELECT id FROM users WHERE username = $1', [BENCH_OPERATOR.username])).rows;
    const { rowCount } = await client.query(
      `INSERT INTO turnout_reports ("pollingAreaId", "wardId", voted, at, "reportedById", flags)
       SELECT pa.id, pa."wardId", round(pa."registeredVoters" * r.share)::int, ($1 || 'T' || r.hhmm || ':00+07:00')::timestamptz, $2, '{}'
         FROM polling_areas pa CROSS JOIN unnest($3::text[], $4::float8[]) AS r(hhmm, share)`,
      [date, reporter, REPORTS.map((r) => r[0]), REPORTS.map((r) => r[1])],
    );
    await client.query('ANALYZE turnout_reports');
    return { date, reports: rowCount ?? 0 };
  } finally {
    await client.end();
  }
}

/** Peak resident memory of the process since it started (Linux VmHWM), in MB. */
const peakRssMb = (pid: number) => Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024);

interface Client {
  /** Read the first `bytes` at `bytesPerS` (a client slower than the server), then as fast as it comes. */
  slow?: { bytes: number; bytesPerS: number };
  /** Abort the download after this many bytes. */
  stopAfter?: number;
}

/** Download, counting bytes and records as they arrive (nothing kept). */
async function download(server: TestServer, token: string, o: Client = {}) {
  const pid = server.process.pid!;
  const controller = new AbortController();
  const started = performance.now();
  const res = await fetch(`${server.url}/exports/turnout.csv`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
  if (res.status !== 200) throw new Error(`turnout.csv answered ${res.status}: ${await res.text()}`);
  let bytes = 0;
  let lines = 0;
  let sampledPeak = rssMb(pid);
  let sampledAt = performance.now();
  // The server's CPU while the client is slow: a server that waits for the socket to drain uses almost none.
  const slowCpu: { start: number; ms: number | null } = { start: cpuMs(pid), ms: null };
  const reader = res.body!.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.length;
      for (let at = value.indexOf(0x0a); at !== -1; at = value.indexOf(0x0a, at + 1)) lines += 1;
      if (performance.now() - sampledAt > 100) {
        sampledPeak = Math.max(sampledPeak, rssMb(pid));
        sampledAt = performance.now();
      }
      if (o.stopAfter && bytes >= o.stopAfter) {
        controller.abort();
        break;
      }
      if (o.slow && slowCpu.ms === null) {
        await sleep((value.length / o.slow.bytesPerS) * 1000);
        if (bytes >= o.slow.bytes) slowCpu.ms = cpuMs(pid) - slowCpu.start;
      }
    }
  } catch (err) {
    if (!controller.signal.aborted) throw err;
  }
  return {
    seconds: Math.round((performance.now() - started) / 100) / 10,
    mb: Math.round(bytes / 1e5) / 10,
    rows: Math.max(0, lines - 1),
    sampledPeakRssMb: Math.round(sampledPeak),
    ...(o.slow ? { serverCpuWhileSlowMs: slowCpu.ms } : {}),
  };
}

/** A server on the national database after the final count, signed in and warm. */
async function serve(url: string, date: string, nodeArgs?: string): Promise<{ server: TestServer; token: string }> {
  const saved = process.env.SERVER_NODE_ARGS;
  if (nodeArgs) process.env.SERVER_NODE_ARGS = nodeArgs;
  try {
    // After the final count, so all five checkpoints have passed.
    const server = await startServer({ DATABASE_URL: url, SEED: 'none', CLOCK_START: `${date}T21:00:00+07:00` });
    const token = await login(server.url, BENCH_OPERATOR.username, BENCH_OPERATOR.password);
    // One query first, so the pool and the election are warm, as on a server that has been up.
    const warm = await gql(server.url, '{ turnout { voted } }', {}, token);
    if (warm.errors) throw new Error(JSON.stringify(warm.errors));
    return { server, token };
  } finally {
    if (nodeArgs) process.env.SERVER_NODE_ARGS = saved;
  }
}

const RUNS: [string, Client][] = [
  ['fast client', {}],
  ['slow client: first 8 MB at 1 MB/s', { slow: { bytes: 8_000_000, bytesPerS: 1_000_000 } }],
  ['client gone after 5 MB', { stopAfter: 5_000_000 }],
];
/** Old-generation cap of the last run: the whole file (65 MB) could not be held under it, nor its rows. */
const CAP_MB = 64;

export async function exportsBench(): Promise<{ rows: Record<string, unknown>[]; notes: string[] }> {
  const db = await nationalDatabase();
  const rows: Record<string, unknown>[] = [];
  const notes: string[] = [];
  const servers: TestServer[] = [];
  try {
    const t0 = Date.now();
    const { date, reports } = await fillTurnout(db.url);
    notes.push(
      `seed:national ${db.seedSeconds} s (${db.totals.areas} areas), then ${reports} turnout reports written in ${Math.round((Date.now() - t0) / 1000)} s`,
    );
    const measure = async (server: TestServer, token: string, run: string, o: Client) => {
      const pid = server.process.pid!;
      const idle = Math.round(rssMb(pid));
      const r = await download(server, token, o);
      await sleep(300);
      const logged = server
        .output()
        .split('\n')
        .filter((l) => l.includes('"export":"/turnout.csv"'))
        .map((l) => JSON.parse(l) as { rows: number; pages: number; complete: boolean })
        .at(-1);
      rows.push({
        run,
        ...r,
        rowsPerS: r.seconds ? Math.round(r.rows / r.seconds) : null,
        serverRssBeforeMb: idle,
        serverPeakRssSinceStartMb: peakRssMb(pid),
        serverPages: logged?.pages,
        serverComplete: logged?.complete,
      });
    };
    const normal = await serve(db.url, date);
    servers.push(normal.server);
    for (const [run, o] of RUNS) await measure(normal.server, normal.token, run, o);
    const capped = await serve(db.url, date, `--max-old-space-size=${CAP_MB}`);
    servers.push(capped.server);
    await measure(capped.server, capped.token, `fast client, server old space capped at ${CAP_MB} MB`, {});
    notes.push(
      "serverPeakRssSinceStartMb is VmHWM (the process's peak resident memory since it started); sampledPeakRssMb the highest VmRSS the client saw while reading",
      'a peak well above the idle figure with a fast client is garbage not yet collected (V8 grows its heap while it can): the capped run completes the same file with a fraction of it',
      'serverPages / serverComplete: what the server logged; a client gone early must leave serverComplete false after a few pages',
      'serverCpuWhileSlowMs: CPU the server used while the client read at 1 MB/s (8 s): a server writing on regardless would use seconds of it, and buffer the file',
    );
  } finally {
    for (const s of servers) await s.stop();
    await db.drop();
  }
  return { rows, notes };
}
