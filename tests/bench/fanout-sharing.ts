/**
 * Sharing: the live hub executes each event once per group of subscribers with the same operation and
 * scope. The same load twice against a real server on PostgreSQL — LIVE_SHARE_WORK=1 (shared) and 0
 * (once per socket) — reporting delivery latency and the server's CPU for each.
 * `pnpm bench -- --only sharing`
 */
import { demoIds, openArea } from '../support/demo.js';
import { gql } from '../support/graphql.js';
import { login } from '../support/operations.js';
import { collect, liveClient } from '../support/live.js';
import { startServer, storage } from '../support/server.js';
import { AGENCIES, WARDS } from './fanout-sockets.js';
import { percentile, sampleProcess, sleep } from './lib/measure.js';

export interface SharingOptions {
  sockets: number;
  writes: number;
  seconds: number;
}

async function run(share: boolean, o: SharingOptions) {
  const data = await storage('postgres');
  const server = await startServer({ ...data.env, SEED: 'demo', LIVE_SHARE_WORK: share ? '1' : '0' });
  try {
    const { operator, ward } = await demoIds(server.url);
    const users = ['operator', 'observer', ...WARDS.map((w) => `ward.${w}`), ...AGENCIES.map((l) => `liaison.${l}`)];
    const tokens = await Promise.all(users.map((u) => login(server.url, u)));
    const officers = new Map(WARDS.map((w, i) => [w, tokens[2 + i]]));
    const areas = WARDS.map((w) => ({ w, id: ward(w).pollingAreas[0].id }));
    for (const a of areas) await openArea(server.url, operator, a.id);

    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    let delivered = 0;
    const subs = Array.from({ length: o.sockets }, (_, i) => collect(liveClient(server.url, tokens[i % tokens.length])));
    await sleep(1500 + o.sockets); // every socket subscribed before the first write
    const use = sampleProcess(server.process.pid!);
    const started = Date.now();
    let n = 0;
    const writes: Promise<unknown>[] = [];
    while (Date.now() - started < o.seconds * 1000) {
      const a = areas[n % areas.length];
      sentAt.set(`${a.id}:${n + 1}`, Date.now());
      writes.push(
        gql(server.url, 'mutation($i:ReportTurnoutInput!){ reportTurnout(input:$i){ id } }', { i: { pollingAreaId: a.id, voted: n + 1 } }, officers.get(a.w)),
      );
      n += 1;
      await sleep(started + (n * 1000) / o.writes - Date.now());
    }
    await Promise.all(writes);
    await sleep(2000);
    const used = use.stop();
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
      mode: share ? 'shared per scope' : 'per socket',
      sockets: o.sockets,
      writes: n,
      delivered,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      p99Ms: percentile(latencies, 99),
      serverCpuMs: used.cpuMs,
      serverPeakRssMb: used.peakRssMb,
      cpuPerDeliveredEventUs: Math.round((used.cpuMs * 1000) / Math.max(1, delivered)),
    };
  } finally {
    await server.stop('SIGKILL');
    await data.dispose();
  }
}

export async function sharing(o: SharingOptions): Promise<Record<string, unknown>[]> {
  const shared = await run(true, o);
  const perSocket = await run(false, o);
  return [
    shared,
    perSocket,
    { mode: 'per-socket / shared server CPU', ratio: Math.round((perSocket.serverCpuMs / Math.max(1, shared.serverCpuMs)) * 100) / 100 },
  ];
}
