import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveClient, type LiveClient } from '../support/live.js';
import { ask, login, SendSituationReportDocument, SituationReportsDocument, type SituationReportFieldsFragment } from '../support/operations.js';
import { postgresAvailable } from '../support/postgres.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';

const pg_ = await postgresAvailable();

/** The part of `figures` (server/src/modules/reports/report-figures.types.ts) these checks read. */
interface Figures {
  place: { level?: string; province?: string | null; district: string; ward: string | null };
  turnout: { registered: number; byWard: unknown[]; byUnit?: { code: string; name: string; registered: number }[] | null };
}
type Report = Omit<SituationReportFieldsFragment, 'figures'> & { figures: Figures };

const reportsOf = async (url: string, token: string, checkpoint: string): Promise<Report[]> =>
  (await ask(url, SituationReportsDocument, { checkpoint }, token)).situationReports as unknown as Report[];

/** A second district of Hà Nội, with one ward and one polling area: the city now has a report of its own. */
async function secondDistrict(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `WITH d AS (INSERT INTO districts (code, name, "provinceId") SELECT 'hoan-kiem', 'Hoàn Kiếm', id FROM provinces WHERE code = 'ha-noi' RETURNING id),
            w AS (INSERT INTO wards (code, name, "districtId") SELECT 'hang-bac', 'Hàng Bạc', id FROM d RETURNING id)
       INSERT INTO polling_areas (code, number, name, address, "registeredVoters", "seededVoters", status, "wardId")
       SELECT 'hang-bac-01', 1, 'Nhà văn hóa phường Hàng Bạc', '50 Hàng Bạc', 1500, 1500, 'PREPARING', id FROM w`,
    );
  } finally {
    await client.end();
  }
}

interface ReportEvent {
  seq: number;
  type: string;
  situationReport: { id: string; level: string } | null;
}

/** The situation reports' events a client is sent live (the lean EventStream document leaves them out). */
function reportEvents(client: LiveClient) {
  const events: ReportEvent[] = [];
  let waiters: (() => void)[] = [];
  client.subscribe<{ events: ReportEvent }>(
    { query: 'subscription { events(after: 0, figures: false) { seq type situationReport { id level } } }' },
    {
      next: (r) => {
        if (r.data) events.push(r.data.events);
        waiters.forEach((w) => w());
      },
      error: () => waiters.forEach((w) => w()),
      complete: () => waiters.forEach((w) => w()),
    },
  );
  return {
    events,
    until(predicate: (events: ReportEvent[]) => boolean, timeoutMs: number): Promise<void> {
      if (predicate(events)) return Promise.resolve();
      return new Promise((ok, fail) => {
        const timer = setTimeout(() => fail(new Error(`timed out after ${events.length} events`)), timeoutMs);
        const check = () => {
          if (!predicate(events)) return;
          clearTimeout(timer);
          waiters = waiters.filter((w) => w !== check);
          ok();
        };
        waiters.push(check);
      });
    },
  };
}

describe.skipIf(!pg_)("a province's situation report", () => {
  let data: Storage;
  let server: TestServer;
  const clients: { dispose: () => void | Promise<void> }[] = [];
  // The day at 60×: 09:45 to the 10:00 checkpoint is 15 s.
  const env = { CLOCK_START: '2021-05-23T09:45:00+07:00', CLOCK_ANCHOR: new Date().toISOString(), CLOCK_SPEED: '60', SCHEDULER_INTERVAL_MS: '200' };
  let city: string;
  let operator: string;
  let cityEvents: ReturnType<typeof reportEvents>;
  let operatorEvents: ReturnType<typeof reportEvents>;

  beforeAll(async () => {
    data = await storage('postgres');
    // The demo seeded, then the second district added while no server runs: a server keeps a unit's wards for a minute.
    await (await startServer({ ...data.env, ...env, SEED: 'demo' })).stop('SIGTERM');
    await secondDistrict(data.env.DATABASE_URL);
    server = await startServer({ ...data.env, ...env, SEED: 'none' });
    city = await login(server.url, 'observer.ha-noi');
    operator = await login(server.url, 'operator');
    const follow = (token: string) => {
      const c = liveClient(server.url, token);
      clients.push(c);
      return reportEvents(c);
    };
    cityEvents = follow(city);
    operatorEvents = follow(operator);
    await cityEvents.until((ev) => ev.some((e) => e.type === 'SITUATION_REPORT_COMPILED' && e.situationReport?.level === 'PROVINCE'), 60_000);
    // The operator's stream has the district's report by then (compiled in the same transaction).
    await operatorEvents.until((ev) => ev.some((e) => e.type === 'SITUATION_REPORT_COMPILED' && e.situationReport?.level === 'DISTRICT'), 20_000);
  });
  afterAll(async () => {
    for (const c of clients) await c.dispose();
    await server?.stop('SIGKILL');
    await data?.dispose();
  });

  it("is read by the city's observer, with its districts as rows, and printed under the city's name", async () => {
    const reports = await reportsOf(server.url, city, '10:00');
    const province = reports.filter((r) => r.level === 'PROVINCE');
    expect(province).toHaveLength(1);
    // The widest first; no nation's report with a single province.
    expect(reports[0].id).toBe(province[0].id);
    expect(reports.some((r) => r.level === 'NATION')).toBe(false);
    const f = province[0].figures;
    expect(f.place).toMatchObject({ level: 'PROVINCE', province: 'Hà Nội', ward: null });
    expect(f.turnout.byUnit!.map((u) => u.name)).toEqual(['Hai Bà Trưng', 'Hoàn Kiếm']);
    const districts = reports.filter((r) => r.level === 'DISTRICT');
    expect(districts).toHaveLength(2);
    expect(f.turnout.registered).toBe(districts.reduce((n, d) => n + d.figures.turnout.registered, 0));
    const res = await fetch(`${server.url}/reports/situation/${province[0].id}.pdf`, { headers: { authorization: `Bearer ${city}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`tinh-`);
  });

  it("is kept from a district's operator: not listed, not printed, not sent live", async () => {
    const [province] = (await reportsOf(server.url, city, '10:00')).filter((r) => r.level === 'PROVINCE');
    const own = await reportsOf(server.url, operator, '10:00');
    expect(own.length).toBeGreaterThan(0);
    expect(own.some((r) => r.level === 'PROVINCE' || r.id === province.id)).toBe(false);
    expect(own.filter((r) => r.level === 'DISTRICT').map((r) => r.figures.place.district)).toEqual(['Hai Bà Trưng']);
    const res = await fetch(`${server.url}/reports/situation/${province.id}.pdf`, { headers: { authorization: `Bearer ${operator}` } });
    expect(res.status).toBe(403);
    expect(operatorEvents.events.some((e) => e.situationReport?.id === province.id)).toBe(false);
    expect(cityEvents.events.filter((e) => e.situationReport?.id === province.id).map((e) => e.type)).toEqual(['SITUATION_REPORT_COMPILED']);
  });

  it("leaves the wards' reports out of a wall above several districts, live and replayed, and keeps them for a district's", async () => {
    const levels = (events: ReportEvent[]) => new Set(events.filter((e) => e.situationReport).map((e) => e.situationReport!.level));
    const wards = (await reportsOf(server.url, operator, '10:00')).filter((r) => r.level === 'WARD');
    expect(wards).toHaveLength(18);
    // The operator's district is one: its wall follows its wards' reports.
    await operatorEvents.until((ev) => ev.filter((e) => e.situationReport?.level === 'WARD').length >= 18, 20_000);
    expect(levels(cityEvents.events)).toEqual(new Set(['PROVINCE', 'DISTRICT']));
    expect(cityEvents.events.filter((e) => e.situationReport?.level === 'DISTRICT')).toHaveLength(2);
    // A ward's report sent, then the district's: the operator's wall hears both, the city's the district's only.
    const district = (await reportsOf(server.url, operator, '10:00')).find((r) => r.level === 'DISTRICT')!;
    for (const r of [wards[0], district]) await ask(server.url, SendSituationReportDocument, { id: r.id, note: null }, operator);
    const sentOf = (id: string) => (ev: ReportEvent[]) => ev.some((e) => e.type === 'SITUATION_REPORT_SENT' && e.situationReport?.id === id);
    await operatorEvents.until(sentOf(wards[0].id), 10_000);
    await operatorEvents.until(sentOf(district.id), 10_000);
    await cityEvents.until(sentOf(district.id), 10_000);
    // A city wall opened now replays the log from its start: the same, without the wards'.
    const again = liveClient(server.url, city);
    clients.push(again);
    const replayed = reportEvents(again);
    await replayed.until(sentOf(district.id), 20_000);
    for (const events of [cityEvents.events, replayed.events]) expect(levels(events)).toEqual(new Set(['PROVINCE', 'DISTRICT']));
    expect(levels(operatorEvents.events)).toEqual(new Set(['DISTRICT', 'WARD']));
  });
});
