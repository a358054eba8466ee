/**
 * `pnpm bench` — the benchmarks (never part of `pnpm test`). Each scenario prints a table and writes
 * JSON under bench-results/. Pick scenarios with --only (comma-separated) and size them with flags:
 *   pnpm bench -- --only fanout --sockets 10000 --writes 200 --seconds 20
 *   pnpm bench -- --only spike --areas 20000
 *   pnpm bench -- --only national            (needs `pnpm seed:national` first, or --seed-national)
 *   pnpm bench -- --only sharing,ops
 *   pnpm bench -- --only exports              (turnout.csv from a national database: server memory)
 *   pnpm bench -- --only national-day --nday-scale 0.1   (the closing peak with every screen of the country; 0.1: a tenth of them)
 *   pnpm bench -- --only national-reports    (a checkpoint's 11,383 situation reports compiled by the leader)
 * Defaults are sized to finish in a few minutes on 2 cores.
 */
import { parseArgs } from 'node:util';
import { postgresAvailable } from '../support/postgres.js';
import { fanout } from './fanout.js';
import { sharing } from './fanout-sharing.js';
import { exportsBench } from './exports.js';
import { report } from './lib/results.js';
import { national } from './national.js';
import { nationalDay } from './national-day.js';
import { nationalReports } from './national-reports.js';
import { opsRoom } from './ops-room.js';
import { spike } from './spike.js';

// `pnpm bench -- --only x` passes a bare `--` through: accept both spellings.
const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    only: { type: 'string', default: 'fanout,spike,national,sharing,ops,exports' },
    sockets: { type: 'string', default: '2000' },
    // Each scenario has its own default for these (fanout: 200/s for 20 s; national-day: 300/s for 60 s).
    writes: { type: 'string' },
    seconds: { type: 'string' },
    areas: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '256' },
    'national-url': { type: 'string' },
    'seed-national': { type: 'boolean', default: false },
    'drill-speed': { type: 'string', default: '60' }, // the speed: the ops room over a whole day in ~16 min
    'nday-scale': { type: 'string', default: '1' }, // share of the national day's 12,233 screens
    'nday-incidents': { type: 'string', default: '1' }, // incidents per second during the national day's peak
  },
});
const only = new Set(values.only.split(',').map((s) => s.trim()));
const num = (v: string) => Number(v);

if (!(await postgresAvailable())) {
  console.error('The benchmarks run on PostgreSQL (127.0.0.1:5432 or PG_ADMIN_URL): install it with apt-get install -y postgresql');
  process.exit(1);
}

const scenarios: [string, () => Promise<void>][] = [
  [
    'fanout',
    async () => {
      const o = { sockets: Math.min(10_000, num(values.sockets)), writes: num(values.writes ?? '200'), seconds: num(values.seconds ?? '20') };
      report('fanout', o, await fanout(o), [
        "p50/p95/p99: from the write's transaction start (event.at, an upper bound of commit-to-receive); ack*: from the writer's HTTP answer (a lower bound)",
        "deliveredPerS: deliveries over first write → last receipt; graphqlToRawRatio: GraphQL delivered/s over the raw broadcast's flat-out capacity for the same payloads and sockets",
        "serverCpuUsPerDelivery: the server process's CPU time per delivery (the GraphQL server's includes the writes); steadier than a rate when other work shares the machine",
        'writesFailed: writes shed because every area still waited on its previous answer, or refused by the server (see errors)',
      ]);
    },
  ],
  [
    'spike',
    async () => {
      const o = { areas: num(values.areas), concurrency: num(values.concurrency) };
      report('closing-spike', o, await spike(o));
    },
  ],
  [
    'national',
    async () => {
      const o = { url: values['national-url'], seed: values['seed-national'] };
      const r = await national(o);
      report('national', o, r.rows, r.notes);
    },
  ],
  [
    'sharing',
    async () => {
      const o = { sockets: 1000, writes: 50, seconds: 10 };
      report('fanout-sharing', o, await sharing(o));
    },
  ],
  [
    'ops',
    async () => {
      const o = { speed: num(values['drill-speed']) };
      const r = await opsRoom(o);
      report('ops-room', o, r.rows, r.notes);
    },
  ],
  [
    'national-day',
    async () => {
      const o = {
        writes: num(values.writes ?? '300'),
        seconds: num(values.seconds ?? '60'),
        scale: Math.min(1, num(values['nday-scale'])),
        incidents: num(values['nday-incidents']),
      };
      const r = await nationalDay(o);
      console.log('\n== national-day: the run ==');
      console.table(r.summary);
      report('national-day', { ...o, ...r.summary }, r.rows, r.notes);
      report('national-day-processes', o, r.processes);
    },
  ],
  [
    'national-reports',
    async () => {
      const o = { url: values['national-url'] };
      const r = await nationalReports(o);
      report('national-reports', o, r.rows, r.notes);
    },
  ],
  [
    'exports',
    async () => {
      const r = await exportsBench();
      report('exports', {}, r.rows, r.notes);
    },
  ],
];

for (const [name, run] of scenarios) {
  if (!only.has(name)) continue;
  const started = Date.now();
  try {
    await run();
  } catch (err) {
    console.error(`\n${name} failed: ${(err as Error).stack ?? err}`);
    process.exitCode = 1;
  }
  console.log(`  (${name}: ${Math.round((Date.now() - started) / 1000)} s)`);
}
process.exit();
