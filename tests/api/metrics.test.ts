import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, openArea } from '../support/demo.js';
import { collect, liveClient, type LiveClient } from '../support/live.js';
import { parseMetrics, scrape, type Scrape } from '../support/metrics.js';
import { lastSeq, login, reportTurnout } from '../support/operations.js';
import { postgresAvailable } from '../support/postgres.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';
import { eventually } from '../support/wait.js';

const pg = await postgresAvailable();
const TOKEN = 'scraper-secret';

for (const kind of ['pglite', 'postgres'] as const) {
  describe.skipIf(kind === 'postgres' && !pg)(`GET /metrics [${kind}]`, () => {
    let data: Storage;
    let server: TestServer;
    const clients: LiveClient[] = [];
    beforeAll(async () => {
      data = await storage(kind);
      server = await startServer({ ...data.env, SEED: 'demo', METRICS_TOKEN: TOKEN });
    });
    afterAll(async () => {
      for (const c of clients) await c.dispose();
      await server?.stop();
      await data?.dispose();
    });
    const metrics = () => scrape(server.url, TOKEN);

    it("counts a ward officer's socket under its role, the events delivered to it, and the duration of its write", async () => {
      const { operator, ward } = await demoIds(server.url);
      const area = ward('cau-den').pollingAreas[0].id;
      await openArea(server.url, operator, area);
      const officer = await login(server.url, 'ward.cau-den');
      const client = liveClient(server.url, officer);
      clients.push(client);
      const sub = collect(client);
      await client.connected;
      // Counted once the hub holds the subscription, so the write below reaches it live.
      const before = await eventually('the subscription reaches the hub', async () => {
        const m = await metrics();
        return (m.value('election_ops_live_subscribers') ?? 0) >= 1 && m;
      });
      expect(before.value('election_ops_websocket_connections', { role: 'WARD_OFFICER' })).toBe(1);
      expect(before.value('election_ops_websocket_connections', { role: 'DISTRICT_OPERATOR' })).toBe(0);

      const report = await reportTurnout(server.url, { pollingAreaId: area, voted: 120 }, officer);
      await sub.until((events) => events.some((e) => e.type === 'TURNOUT_REPORTED' && e.turnoutReport?.id === report.id));
      const after = await metrics();
      expect(after.value('election_ops_events_delivered_total')).toBeGreaterThan(before.value('election_ops_events_delivered_total')!);
      const count = after.value('election_ops_write_duration_seconds_count', { operation: 'reportTurnout', outcome: 'ok' });
      expect(count).toBeGreaterThanOrEqual(1);
      expect(after.value('election_ops_write_duration_seconds_bucket', { operation: 'reportTurnout', outcome: 'ok', le: '+Inf' })).toBe(count);
      expect(after.value('election_ops_write_duration_seconds_sum', { operation: 'reportTurnout', outcome: 'ok' })).toBeGreaterThan(0);
      expect(after.value('election_ops_write_duration_seconds_count', { operation: 'setPollingAreaStatus', outcome: 'ok' })).toBe(2);

      client.terminate();
      await eventually('the closed socket is no longer counted', async () => {
        const m = await metrics();
        return m.value('election_ops_websocket_connections', { role: 'WARD_OFFICER' }) === 0 && m.value('election_ops_live_subscribers') === 0;
      });
    });

    it("reports the watermark caught up with the log's newest seq, the hub at it, and this replica leading", async () => {
      const { operator } = await demoIds(server.url);
      const newest = await lastSeq(server.url, operator);
      const m = await eventually('the hub has delivered up to the newest seq and leads', async () => {
        const m = await metrics();
        return m.value('election_ops_live_delivered_seq') === newest && m.value('election_ops_leader') === 1 && m;
      });
      expect(m.value('election_ops_log_newest_seq')).toBe(newest);
      expect(m.value('election_ops_log_watermark_seq')).toBe(newest);
      expect(m.value('election_ops_log_watermark_lag')).toBe(0);
      expect(m.value('election_ops_db_pool_max_connections')).toBe(kind === 'postgres' ? 20 : 1);
      expect(m.value('election_ops_db_pool_waiting')).toBe(0);
      expect(m.value('election_ops_db_live_pool_max_connections')).toBe(kind === 'postgres' ? 2 : 1);
      expect(m.value('election_ops_db_live_pool_waiting')).toBe(0);
    });

    it('answers only a scraper that sends METRICS_TOKEN', async () => {
      for (const authorization of [undefined, 'Bearer wrong', TOKEN, `Bearer ${TOKEN}x`]) {
        const res = await fetch(`${server.url}/metrics`, { headers: authorization ? { authorization } : {} });
        expect(res.status, String(authorization)).toBe(401);
        expect(await res.text()).not.toContain('election_ops_');
      }
      const res = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    });

    it("names every metric by Prometheus's conventions, with the process's own beside them", async () => {
      const m = await metrics();
      const ours = [...m.types].filter(([name]) => name.startsWith('election_ops_'));
      expect(ours.map(([name]) => name).sort()).toEqual(EXPECTED);
      for (const [name, type] of ours) {
        expect(m.help.get(name), name).toBeTruthy();
        if (type === 'counter') expect(name).toMatch(/_total$/);
        if (type === 'histogram') expect(name).toMatch(/_seconds$/);
      }
      expect(m.types.get('process_cpu_seconds_total')).toBe('counter');
      expect(m.types.get('nodejs_eventloop_lag_seconds')).toBe('gauge');
    });
  });
}

const EXPECTED = [
  'election_ops_db_live_pool_connections',
  'election_ops_db_live_pool_max_connections',
  'election_ops_db_live_pool_waiting',
  'election_ops_db_pool_connections',
  'election_ops_db_pool_max_connections',
  'election_ops_db_pool_waiting',
  'election_ops_events_delivered_total',
  'election_ops_leader',
  'election_ops_live_delivered_seq',
  'election_ops_live_subscribers',
  'election_ops_log_newest_seq',
  'election_ops_log_watermark_lag',
  'election_ops_log_watermark_seq',
  'election_ops_websocket_connections',
  'election_ops_write_duration_seconds',
];

describe.skipIf(!pg)('GET /metrics on two replicas of one PostgreSQL', () => {
  let data: Storage;
  const servers: TestServer[] = [];
  beforeAll(async () => {
    data = await storage('postgres');
    servers.push(await startServer({ ...data.env, SEED: 'demo' }));
    servers.push(await startServer({ ...data.env, SEED: 'none' }));
  });
  afterAll(async () => {
    for (const s of servers) await s.stop('SIGKILL');
    await data?.dispose();
  });
  const leaders = async (of: TestServer[]) => (await Promise.all(of.map((s) => scrape(s.url)))).map((m: Scrape) => m.value('election_ops_leader'));

  it('has exactly one replica report leading, and another take over when it stops', async () => {
    // Open without METRICS_TOKEN; each replica tries the lock at its scheduler's first tick.
    const [a, b] = servers;
    const first = await eventually('one replica leads', async () => {
      const l = await leaders([a, b]);
      return l.every((v) => v === 0 || v === 1) && l.filter((v) => v === 1).length === 1 && l;
    });
    const [leader, other] = first[0] === 1 ? [a, b] : [b, a];
    // Still exactly one three scheduler ticks later: the other keeps trying the lock and failing. (An
    // absence has no event to wait for.)
    await new Promise((ok) => setTimeout(ok, 1_500));
    expect(await leaders([a, b])).toEqual(first);

    await leader.stop('SIGTERM');
    await eventually('the other replica takes the lead', async () => (await leaders([other]))[0] === 1);
  });
});

describe('parseMetrics', () => {
  it('reads what a scrape sends, label escapes and special values included', () => {
    const m = parseMetrics('# HELP x_total A "thing"\n# TYPE x_total counter\nx_total{a="q\\"uote",b="line\\nbreak"} 3\ny NaN\nz +Inf 1700000000000\n');
    expect(m.value('x_total', { a: 'q"uote', b: 'line\nbreak' })).toBe(3);
    expect(m.value('y')).toBeNaN();
    expect(m.value('z')).toBe(Infinity);
    expect(m.types.get('x_total')).toBe('counter');
  });
});
