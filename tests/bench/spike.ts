/**
 * Closing spike: at 19:00 every polling area files its final turnout at once. PostgreSQL with two
 * server replicas; `areas` polling areas of the generated country (all of them by default) closed and
 * filing their final figure together, `concurrency` requests in flight across both replicas.
 */
import pg from 'pg';
import { gql } from '../support/graphql.js';
import { login } from '../support/operations.js';
import { startServer, type TestServer } from '../support/server.js';
import { cpuMs, Histogram, sampleProcess } from './lib/measure.js';
import { BENCH_OPERATOR, nationalDatabase } from './lib/national-db.js';

const FINAL = 'mutation($i:ReportTurnoutInput!){ reportTurnout(input:$i){ id } }';

export async function spike(o: { areas: number; concurrency: number }): Promise<Record<string, unknown>[]> {
  const db = await nationalDatabase();
  const replicas: TestServer[] = [];
  try {
    // Set-up, not measured: the first `areas` areas close at 19:00.
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query<{ id: number; registeredVoters: number }>(
      `UPDATE polling_areas SET status = 'CLOSED' WHERE id IN (SELECT id FROM polling_areas ORDER BY id LIMIT $1) RETURNING id, "registeredVoters"`,
      [o.areas],
    );
    await client.end();

    for (let i = 0; i < 2; i += 1) replicas.push(await startServer({ DATABASE_URL: db.url, SEED: 'none', CLOCK_START: '' }));
    const tokens = await Promise.all(replicas.map((r) => login(r.url, BENCH_OPERATOR.username, BENCH_OPERATOR.password)));
    const use = replicas.map((r) => sampleProcess(r.process.pid!));
    const pgBefore = await postgresCpu(db.url);
    const clientBefore = process.cpuUsage();
    const latency = new Histogram();
    const errors = new Map<string, number>();
    const samples = new Map<string, string>();
    let next = 0;
    const started = performance.now();
    // `concurrency` phones at a time, each filing the next area's final figure as soon as its last one is answered.
    await Promise.all(
      Array.from({ length: o.concurrency }, async (_, worker) => {
        for (let i = next++; i < rows.length; i = next++) {
          const r = (worker + i) % 2;
          const area = rows[i];
          const t = performance.now();
          const res = await gql(
            replicas[r].url,
            FINAL,
            { i: { pollingAreaId: String(area.id), voted: Math.round(area.registeredVoters * 0.9968), clientRequestId: `final-${area.id}` } },
            tokens[r],
          ).catch((e: Error) => ({ errors: [{ message: e.message, extensions: { code: 'NETWORK' } }] }));
          if (res.errors) {
            const code = res.errors[0].extensions?.code ?? res.errors[0].message;
            errors.set(code, (errors.get(code) ?? 0) + 1);
            if (!samples.has(code)) samples.set(code, res.errors[0].message);
          } else latency.record(performance.now() - t);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const [a, b] = use.map((u) => u.stop());
    const phones = process.cpuUsage(clientBefore);
    const pgAfter = await postgresCpu(db.url);
    const pgUsed = [...pgAfter].reduce((sum, [pid, ms]) => sum + ms - (pgBefore.get(pid) ?? 0), 0);
    const l = latency.summary();
    const perWrite = (ms: number) => Math.round((ms / Math.max(1, latency.count)) * 100) / 100;
    return [
      {
        replicas: 2,
        areas: rows.length,
        concurrency: o.concurrency,
        seconds: Math.round(seconds * 10) / 10,
        writesPerS: Math.round(latency.count / seconds),
        p50Ms: l.p50,
        p99Ms: l.p99,
        maxMs: l.max,
        errors: [...errors.values()].reduce((x, y) => x + y, 0),
        errorCodes: JSON.stringify(Object.fromEntries(errors)),
        errorSamples: [...samples.values()].join(' | '),
        replicaCpuPct: `${a.cpuPercent} / ${b.cpuPercent}`,
        replicaPeakRssMb: `${a.peakRssMb} / ${b.peakRssMb}`,
        // CPU per answered write: both replicas together, and PostgreSQL's backends serving this database.
        serverCpuMsPerWrite: perWrite(a.cpuMs + b.cpuMs),
        postgresCpuMsPerWrite: perWrite(pgUsed),
        // This process: the phones' HTTP requests (the set-up is before, the teardown after).
        clientCpuMsPerWrite: perWrite((phones.user + phones.system) / 1000),
      },
    ];
  } finally {
    await Promise.all(replicas.map((r) => r.stop()));
    await db.drop();
  }
}

/** CPU used so far by each PostgreSQL backend connected to the database (same machine, /proc), by pid. */
async function postgresCpu(url: string): Promise<Map<number, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    const used = new Map<number, number>();
    for (const { pid } of rows) {
      try {
        used.set(pid, cpuMs(pid));
      } catch {
        // gone meanwhile
      }
    }
    return used;
  } finally {
    await client.end();
  }
}
