/**
 * Benchmark (not a test): the live hub executes each event once per group of subscribers with the
 * same operation and scope. This runs the same load twice against a real server on PostgreSQL —
 * LIVE_SHARE_WORK=1 (shared) and 0 (once per socket) — and reports delivery latency and server CPU.
 *   pnpm bench [-- --sockets 1000 --writes 50 --seconds 10]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { demoIds, openArea } from '../support/demo.js';
import { gql, login } from '../support/graphql.js';
import { collect, liveClient } from '../support/live.js';
import { startServer, storage } from '../support/server.js';

const { values } = parseArgs({
  options: { sockets: { type: 'string', default: '1000' }, writes: { type: 'string', default: '50' }, seconds: { type: 'string', default: '10' } },
});
const SOCKETS = Number(values.sockets);
const WRITES_PER_S = Number(values.writes);
const SECONDS = Number(values.seconds);
const WARDS = ['bach-khoa', 'bach-mai', 'bach-dang', 'cau-den', 'dong-mac', 'dong-nhan', 'dong-tam', 'le-dai-hanh', 'minh-khai', 'nguyen-du', 'pham-dinh-ho', 'pho-hue', 'quynh-loi', 'quynh-mai', 'thanh-luong', 'thanh-nhan', 'truong-dinh', 'vinh-tuy'];
const LIAISONS = ['power', 'sanitation', 'fire', 'police', 'health'];

const cpuMs = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime + stime, in clock ticks of 10 ms
};
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
const pct = (xs: number[], p: number) => (xs.length ? xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] : NaN);

async function run(share: boolean) {
  const data = await storage('postgres');
  const server = await startServer({ ...data.env, SEED: 'demo', LIVE_SHARE_WORK: share ? '1' : '0' });
  try {
    const { operator, ward } = await demoIds(server.url);
    const users = ['operator', 'observer', ...WARDS.map((w) => `ward.${w}`), ...LIAISONS.map((l) => `liaison.${l}`)];
    const tokens = await Promise.all(users.map((u) => login(server.url, u)));
    const officers = new Map(WARDS.map((w, i) => [w, tokens[2 + i]]));
    const areas = WARDS.map((w) => ({ w, id: ward(w).pollingAreas[0].id, wardId: ward(w).id }));
    for (const a of areas) await openArea(server.url, operator, a.id);

    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    let delivered = 0;
    const subs = Array.from({ length: SOCKETS }, (_, i) => {
      const sub = collect(liveClient(server.url, tokens[i % tokens.length]));
      return sub;
    });
    // Wait until every socket is subscribed: a probe write reaches the operator sockets.
    await new Promise((ok) => setTimeout(ok, 1500 + SOCKETS));
    const cpu0 = cpuMs(server.process.pid!);
    const started = Date.now();
    let n = 0;
    const writes: Promise<unknown>[] = [];
    while (Date.now() - started < SECONDS * 1000) {
      const a = areas[n % areas.length];
      const key = `${a.id}:${n + 1}`;
      sentAt.set(key, Date.now());
      writes.push(gql(server.url, 'mutation($i:ReportTurnoutInput!){ reportTurnout(input:$i){ id } }', { i: { pollingAreaId: a.id, voted: n + 1 } }, officers.get(a.w)));
      n += 1;
      const due = started + (n * 1000) / WRITES_PER_S;
      await new Promise((ok) => setTimeout(ok, Math.max(0, due - Date.now())));
    }
    await Promise.all(writes);
    await new Promise((ok) => setTimeout(ok, 2000));
    const cpu1 = cpuMs(server.process.pid!);
    const rss = rssMb(server.process.pid!);
    for (const s of subs) {
      s.events.forEach((e, i) => {
        if (!e.turnoutReport || !e.pollingArea) return;
        delivered += 1;
        const t = sentAt.get(`${e.pollingArea.id}:${e.turnoutReport.voted}`);
        if (t) latencies.push(s.receivedAt[i] - t);
      });
      s.stop();
    }
    return {
      share, sockets: SOCKETS, writes: n, delivered, p50Ms: pct(latencies, 50), p95Ms: pct(latencies, 95), p99Ms: pct(latencies, 99),
      serverCpuMs: Math.round(cpu1 - cpu0), serverRssMb: Math.round(rss),
    };
  } finally {
    await server.stop('SIGKILL');
    await data.dispose();
  }
}

const shared = await run(true);
const perSocket = await run(false);
const rows = [shared, perSocket].map((r) => ({ mode: r.share ? 'shared per scope' : 'per socket', ...r, cpuPerDeliveredEventUs: Math.round((r.serverCpuMs * 1000) / Math.max(1, r.delivered)) }));
console.table(rows);
console.log(`server CPU, per-socket / shared: ${(perSocket.serverCpuMs / Math.max(1, shared.serverCpuMs)).toFixed(2)}×`);
mkdirSync('bench-results', { recursive: true });
writeFileSync(`bench-results/fanout-sharing-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.json`, JSON.stringify({ date: new Date().toISOString(), rows }, null, 2));
process.exit(0);
