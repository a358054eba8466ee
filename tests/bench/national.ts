/**
 * National scale: `pnpm seed:national` fills PostgreSQL with a generated country (63 provinces, ~700
 * districts, ~10,600 wards, 84,767 polling areas, ~69.2 million voters). Reports how long that took,
 * then the latency of the turnout and readiness summaries at nation, province and district level:
 * cold (the first request a freshly started server process answers) and warm (the median and p95 of
 * the next 30).
 */
import { gql } from '../support/graphql.js';
import { login } from '../support/operations.js';
import { startServer, type TestServer } from '../support/server.js';
import { latencySummary } from './lib/measure.js';
import { BENCH_OPERATOR, nationalDatabase } from './lib/national-db.js';

const WARM_RUNS = 30;

const QUERIES: [string, string, string][] = [
  ['nation', 'turnout', '{ turnout { registered voted percent areasReported } }'],
  ['nation', 'readiness', '{ readiness { done required percent areasComplete } }'],
  ['province (Hà Nội)', 'turnout', 'query($p:ID!){ province(id:$p){ turnout { registered voted percent } } }'],
  ['province (Hà Nội)', 'readiness', 'query($p:ID!){ province(id:$p){ readiness { done required percent } } }'],
  ['district', 'turnout', 'query($d:ID!){ district(id:$d){ turnout { registered voted percent } } }'],
  ['district', 'readiness', 'query($d:ID!){ district(id:$d){ readiness { done required percent } } }'],
];

async function timed(server: TestServer, query: string, vars: Record<string, unknown>, token: string): Promise<number> {
  const t = performance.now();
  const r = await gql(server.url, query, vars, token);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return performance.now() - t;
}

export async function national(o: { url?: string; seed: boolean }): Promise<{ rows: Record<string, unknown>[]; notes: string[] }> {
  const db = o.url ? { url: o.url, drop: async () => undefined, seedSeconds: NaN, totals: {} } : await nationalDatabase();
  const rows: Record<string, unknown>[] = [];
  try {
    for (const [level, summary, query] of QUERIES) {
      // A fresh process per query, so "cold" is its first answer: no pooled connections, no cached plans or election.
      const server = await startServer({ DATABASE_URL: db.url, SEED: 'none', CLOCK_START: '' });
      try {
        const token = await login(server.url, BENCH_OPERATOR.username, BENCH_OPERATOR.password);
        const tree = await gql<{ provinces: { id: string; code: string; districts: { id: string }[] }[] }>(
          server.url,
          '{ provinces { id code districts { id } } }',
          {},
          token,
        );
        const hanoi = tree.data!.provinces.find((p) => p.code === 'ha-noi') ?? tree.data!.provinces[0];
        const vars = { p: hanoi.id, d: hanoi.districts[0].id };
        const cold = await timed(server, query, vars, token);
        const warm: number[] = [];
        for (let i = 0; i < WARM_RUNS; i += 1) warm.push(await timed(server, query, vars, token));
        const w = latencySummary(warm);
        rows.push({ level, summary, coldMs: Math.round(cold * 10) / 10, warmP50Ms: w.p50, warmP95Ms: w.p95, warmMaxMs: w.max });
      } finally {
        await server.stop();
      }
    }
  } finally {
    await db.drop();
  }
  const t = db.totals as Record<string, number>;
  const notes = [
    o.url
      ? 'on the given database (seeding not timed)'
      : `seed:national took ${db.seedSeconds} s: ${t.provinces} provinces, ${t.districts} districts, ${t.wards} wards, ${t.areas} polling areas, ${t.voters} voters`,
    'latency is the whole HTTP round trip of one GraphQL request (token check included), measured by the client on the same machine',
    '"cold" is a fresh server process; PostgreSQL\'s own buffers stay warm from the seeding',
  ];
  return { rows, notes };
}
