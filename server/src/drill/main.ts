import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Actors } from './actors.js';
import { Api } from './api.js';
import { hm } from './curve.js';
import { startOwnServer } from './own-server.js';
import { makePlan } from './plan.js';
import { showProgress } from './progress.js';
import type { RunStats } from './runner.js';
import { runPlan } from './runner.js';
import { readDistrict, startDrillClock, stopDrillClock } from './setup.js';
import { lastSeq, printSummary, summarize } from './summary.js';

/**
 * `pnpm drill [--speed 60] [--seed 2021] [--url http://host:4000] [--port 4000] [--keep] [--json]`
 * replays a whole election day against the real API as the demo users would. Without --url it starts
 * its own server on a fresh embedded database (the 2021 demo day); with --url it drives a running one
 * (all its replicas follow the drill clock).
 */
const { values } = parseArgs({
  options: {
    speed: { type: 'string', default: '60' },
    seed: { type: 'string', default: '2021' },
    url: { type: 'string' },
    port: { type: 'string' },
    password: { type: 'string', default: 'demo' },
    concurrency: { type: 'string', default: '32' },
    keep: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const speed = Number(values.speed);
const seed = Number(values.seed);
if (!(speed > 0) || !Number.isSafeInteger(seed)) {
  console.error('usage: pnpm drill [--speed 60] [--seed 2021] [--url http://host:4000] [--port n] [--keep] [--json]');
  process.exit(2);
}

const own = values.url ? null : await startOwnServer(values.port ? Number(values.port) : undefined);
const api = new Api((values.url ?? own!.url).replace(/\/$/, ''));
let operator = '';
let drilling = false;
const finish = async (code: number) => {
  if (drilling && !values.keep) await stopDrillClock(api, operator).catch(() => undefined);
  if (!values.keep) await own?.stop();
  process.exit(code);
};
process.on('SIGINT', () => void finish(130));
process.on('SIGTERM', () => void finish(143));

try {
  operator = await api.login('operator', values.password);
  const { areas, district, date } = await readDistrict(api, operator);
  const plan = makePlan(seed, areas);
  const startSeq = await lastSeq(api, operator);
  process.stderr.write(`Diễn tập / drill on ${api.url} — mở / open ${api.url}/ops — ${plan.actions.length} thao tác / actions, seed ${seed}, ×${speed}\n`);
  const startedAt = Date.now();
  const time = await startDrillClock(api, operator, speed, seed, date);
  drilling = true;
  const stats: RunStats = { done: 0, failed: 0, lagMinutes: 0, errors: [] };
  const stopProgress = showProgress(time, hm(5), plan.endsAt, plan.actions.length, stats);
  const actors = new Actors(api, district, values.password, `drill:${seed}:${time.startedAt.getTime()}`, time.dayStart);
  await runPlan(plan, actors, time, Number(values.concurrency), stats);
  stopProgress();
  // Give the scheduler a tick to escalate what the last late liaisons left overdue.
  await new Promise((ok) => setTimeout(ok, 1_500));
  const summary = await summarize(api, operator, { seed, speed, startSeq, stats, startedAt });
  for (const e of stats.errors) process.stderr.write(`  ! ${e}\n`);
  if (values.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
  else printSummary(summary);
  if (values.keep) process.stderr.write(`Máy chủ vẫn chạy / server left running at ${api.url} (Ctrl-C to stop)\n`);
  else await finish(0);
} catch (err) {
  process.stderr.write(`\nDiễn tập thất bại / drill failed: ${(err as Error).message}\n`);
  await finish(1);
}
