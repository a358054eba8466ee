import { describe, expect, it } from 'vitest';
import { Role } from '../modules/users/user.entity.js';
import { Metrics, PENDING_ROLE, type Observed } from './metrics.js';

/** A server's state as the metrics read it, changed by the test between scrapes. */
function fakeState() {
  const state = {
    roles: [Role.WARD_OFFICER, Role.WARD_OFFICER, Role.DISTRICT_OPERATOR, null] as (Role | null)[],
    subscribers: 3,
    delivery: { events: 10, seq: 41 },
    watermark: 40,
    newest: (): Promise<number> => Promise.resolve(43),
    pool: { total: 5, idle: 2, max: 20, waiting: 4 },
    livePool: { total: 2, idle: 1, max: 2, waiting: 3 },
    leader: false,
  };
  const observed: Observed = {
    hub: {
      get subscriberCount() {
        return state.subscribers;
      },
      get delivery() {
        return state.delivery;
      },
    },
    live: { roles: () => state.roles },
    log: {
      watermark: {
        get current() {
          return state.watermark;
        },
      },
      newestSeq: () => state.newest(),
    },
    pool: () => state.pool,
    livePool: () => state.livePool,
    wakeup: {
      get isLeader() {
        return state.leader;
      },
    },
  };
  return { state, observed };
}

/** name{labels} → value, as a scrape reads them. */
async function scrape(metrics: Metrics): Promise<Map<string, number>> {
  const values = new Map<string, number>();
  for (const metric of await metrics.registry.getMetricsAsJSON()) {
    for (const v of metric.values) {
      const labels = Object.entries(v.labels).map(([k, l]) => `${k}="${l}"`);
      values.set(`${'metricName' in v ? v.metricName : metric.name}${labels.length ? `{${labels.join(',')}}` : ''}`, v.value);
    }
  }
  return values;
}

describe('Metrics', () => {
  it('reads the live state at each scrape, every role counted', async () => {
    const { state, observed } = fakeState();
    const metrics = new Metrics();
    metrics.observe(observed);
    const first = await scrape(metrics);
    expect(first.get('election_ops_websocket_connections{role="WARD_OFFICER"}')).toBe(2);
    expect(first.get('election_ops_websocket_connections{role="DISTRICT_OPERATOR"}')).toBe(1);
    expect(first.get(`election_ops_websocket_connections{role="${PENDING_ROLE}"}`)).toBe(1);
    expect(first.get('election_ops_websocket_connections{role="LIAISON"}')).toBe(0);
    expect(first.get('election_ops_live_subscribers')).toBe(3);
    expect(first.get('election_ops_events_delivered_total')).toBe(10);
    expect(first.get('election_ops_live_delivered_seq')).toBe(41);
    expect(first.get('election_ops_log_watermark_seq')).toBe(40);
    expect(first.get('election_ops_log_newest_seq')).toBe(43);
    expect(first.get('election_ops_log_watermark_lag')).toBe(3);
    expect(first.get('election_ops_db_pool_connections{state="idle"}')).toBe(2);
    expect(first.get('election_ops_db_pool_connections{state="busy"}')).toBe(3);
    expect(first.get('election_ops_db_pool_max_connections')).toBe(20);
    expect(first.get('election_ops_db_pool_waiting')).toBe(4);
    expect(first.get('election_ops_db_live_pool_connections{state="busy"}')).toBe(1);
    expect(first.get('election_ops_db_live_pool_max_connections')).toBe(2);
    expect(first.get('election_ops_db_live_pool_waiting')).toBe(3);
    expect(first.get('election_ops_leader')).toBe(0);
    expect(first.has('process_cpu_seconds_total')).toBe(true);

    state.roles = [];
    state.delivery = { events: 25, seq: 43 };
    state.watermark = 43;
    state.leader = true;
    const second = await scrape(metrics);
    expect(second.get('election_ops_websocket_connections{role="WARD_OFFICER"}')).toBe(0);
    expect(second.get('election_ops_events_delivered_total')).toBe(25);
    expect(second.get('election_ops_log_watermark_lag')).toBe(0);
    expect(second.get('election_ops_leader')).toBe(1);
  });

  it('reads the newest seq once per scrape, and reports NaN when the database does not answer in time', async () => {
    const { state, observed } = fakeState();
    let reads = 0;
    state.newest = () => {
      reads += 1;
      return new Promise(() => undefined);
    };
    const metrics = new Metrics();
    metrics.observe(observed);
    const values = await scrape(metrics);
    expect(reads).toBe(1);
    expect(values.get('election_ops_log_newest_seq')).toBeNaN();
    expect(values.get('election_ops_log_watermark_lag')).toBeNaN();

    state.newest = () => Promise.reject(new Error('connection refused'));
    expect((await scrape(metrics)).get('election_ops_log_newest_seq')).toBeNaN();
  });

  it('counts the embedded database as leading', async () => {
    const { observed } = fakeState();
    const metrics = new Metrics();
    metrics.observe({ ...observed, wakeup: null });
    expect((await scrape(metrics)).get('election_ops_leader')).toBe(1);
  });

  it('keeps two servers in one process apart', async () => {
    const a = new Metrics();
    const b = new Metrics();
    a.writeDuration.observe({ operation: 'reportTurnout', outcome: 'ok' }, 0.02);
    const count = 'election_ops_write_duration_seconds_count{operation="reportTurnout",outcome="ok"}';
    expect((await scrape(a)).get(count)).toBe(1);
    expect((await scrape(b)).get(count)).toBeUndefined();
  });
});
