import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { demoIds, openArea } from '../support/demo.js';
import { codeOf, gql } from '../support/graphql.js';
import { collect, liveClient } from '../support/live.js';
import { ask, login, reportTurnout, SendSituationReportDocument, SituationReportsDocument, type SituationReportFieldsFragment } from '../support/operations.js';
import { postgresAvailable } from '../support/postgres.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';

const pg = await postgresAvailable();

/** The part of `figures` (server/src/modules/reports/report-figures.types.ts) these checks read. */
interface Figures {
  place: { district: string; ward: string | null };
  turnout: { registered: number; voted: number; byWard: { code: string; name: string; registered: number; voted: number }[] };
}
type Report = Omit<SituationReportFieldsFragment, 'figures'> & { figures: Figures };

const reportsOf = async (url: string, token: string, checkpoint: string): Promise<Report[]> =>
  (await ask(url, SituationReportsDocument, { checkpoint }, token)).situationReports as unknown as Report[];

/** Every event of the log the caller may read, page by page. */
async function allEvents(url: string, token: string) {
  const out: { seq: number; type: string; wardId: string | null; situationReport: { id: string; checkpoint: string } | null }[] = [];
  for (let after = 0; ;) {
    const r = await gql(url, 'query($a:Int){ events(after:$a, limit:1000){ seq type wardId situationReport { id checkpoint } } }', { a: after }, token);
    const page = r.data!.events;
    if (page.length === 0) return out;
    out.push(...page);
    after = page[page.length - 1].seq;
  }
}

/** The text of a PDF, page by page, line by line (pdf.js gives words and the spaces between them as runs). */
async function pdfText(bytes: ArrayBuffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const lines: string[] = [];
  for (let p = 1; p <= doc.numPages; p += 1) {
    const content = await (await doc.getPage(p)).getTextContent();
    for (const item of content.items) if ('str' in item) lines.push(item.str + (item.hasEOL ? '\n' : ''));
  }
  await doc.destroy();
  return lines.join('').normalize('NFC');
}

const pdf = (url: string, id: string, token?: string) =>
  fetch(`${url}/reports/situation/${id}.pdf`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const vi = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

describe.skipIf(!pg)('situation reports across two replicas', () => {
  let data: Storage;
  const servers: TestServer[] = [];
  const clients: { dispose: () => void | Promise<void> }[] = [];
  let a: TestServer;
  let b: TestServer;
  let operator: string;
  let reports: Report[];
  // The day at 60×: 09:40 to the 10:00 checkpoint is 20 s, for two replicas to boot and a ward to report.
  const env = { CLOCK_START: '2021-05-23T09:40:00+07:00', CLOCK_ANCHOR: new Date().toISOString(), CLOCK_SPEED: '60', SCHEDULER_INTERVAL_MS: '200' };
  let before: { voted: number; at: string };
  let areaId: string;

  beforeAll(async () => {
    data = await storage('postgres');
    a = await startServer({ ...data.env, ...env, SEED: 'demo' });
    servers.push(a);
    b = await startServer({ ...data.env, ...env, SEED: 'none' });
    servers.push(b);
    const ids = await demoIds(a.url);
    operator = ids.operator;
    areaId = ids.ward('dong-tam').pollingAreas[0].id;
    await openArea(a.url, operator, areaId);
    const officer = await login(b.url, 'ward.dong-tam');
    before = await reportTurnout(b.url, { pollingAreaId: areaId, voted: 412 }, officer);
    const sub = collect(
      (() => {
        const c = liveClient(b.url, operator);
        clients.push(c);
        return c;
      })(),
      { after: 0 },
    );
    await sub.until((ev) => ev.filter((e) => e.type === 'SITUATION_REPORT_COMPILED').length >= 19, 60_000);
    // Filed after the checkpoint: a report as of 10:00 never counts it.
    await reportTurnout(a.url, { pollingAreaId: areaId, voted: 700 }, officer);
    reports = await reportsOf(b.url, operator, '10:00');
  });
  afterAll(async () => {
    for (const c of clients) await c.dispose();
    for (const s of servers) await s.stop('SIGKILL');
    await data?.dispose();
  });

  it('compiles exactly one district report and one per ward, each announced once', async () => {
    expect(reports).toHaveLength(19);
    expect(reports[0].ward).toBeNull();
    expect(new Set(reports.slice(1).map((r) => r.ward!.code)).size).toBe(18);
    expect(reports.every((r) => r.status === 'DRAFT' && r.checkpoint === '10:00')).toBe(true);
    // Both replicas read the same rows; the log holds one SITUATION_REPORT_COMPILED per report, nothing else for 10:00.
    expect((await reportsOf(a.url, operator, '10:00')).map((r) => r.id)).toEqual(reports.map((r) => r.id));
    const compiled = (await allEvents(a.url, operator)).filter((e) => e.type === 'SITUATION_REPORT_COMPILED' && e.situationReport!.checkpoint === '10:00');
    expect(compiled.map((e) => e.situationReport!.id).sort()).toEqual(reports.map((r) => r.id).sort());
    expect(compiled.find((e) => e.situationReport!.id === reports[0].id)!.wardId).toBeNull();
  });

  it("keeps the figures out of the log and reads them by id for an event's report, as the report has them", async () => {
    const db = new Client({ connectionString: data.env.DATABASE_URL });
    await db.connect();
    try {
      const { rows } = await db.query(
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE data->'situationReport' ? 'figures')::int AS "withFigures"
           FROM events WHERE type = 'SITUATION_REPORT_COMPILED' AND data->'situationReport'->>'checkpoint' = '10:00'`,
      );
      expect(rows[0]).toEqual({ n: 19, withFigures: 0 });
    } finally {
      await db.end();
    }
    const r = await gql<{ events: { type: string; situationReport: { id: string; figures: Figures } | null }[] }>(
      a.url,
      'query { events(after: 0, limit: 1000) { type situationReport { id figures } } }',
      {},
      operator,
    );
    expect(r.errors).toBeUndefined();
    const ids = new Set(reports.map((x) => x.id));
    const fromEvents = r.data!.events.filter((e) => e.type === 'SITUATION_REPORT_COMPILED' && ids.has(e.situationReport!.id)).map((e) => e.situationReport!);
    expect(fromEvents).toHaveLength(19);
    for (const e of fromEvents) expect(e.figures).toEqual(reports.find((x) => x.id === e.id)!.figures);
  });

  it('counts what was reported by the checkpoint, not after it', () => {
    const dongTam = reports.find((r) => r.ward?.code === 'dong-tam')!;
    const counted = Date.parse(before.at) <= Date.parse('2021-05-23T10:00:00+07:00') ? before.voted : 0;
    expect(dongTam.figures.turnout.voted).toBe(counted);
    expect(reports[0].figures.turnout.byWard.find((w) => w.code === 'dong-tam')!.voted).toBe(counted);
  });

  it("prints the district's report with the district's and the wards' names and figures, to those who may read it", async () => {
    const district = reports[0];
    const res = await pdf(b.url, district.id, operator);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/pdf/);
    const text = await pdfText(await res.arrayBuffer());
    expect(text).toContain('BÁO CÁO NHANH TÌNH HÌNH BẦU CỬ');
    expect(text).toContain('QUẬN HAI BÀ TRƯNG');
    expect(text).toContain('Bản nháp');
    expect(text).toContain(vi(district.figures.turnout.registered));
    for (const w of district.figures.turnout.byWard) {
      expect(text, w.name).toContain(w.name);
      expect(text, w.name).toContain(vi(w.registered));
    }
    expect(district.figures.turnout.byWard).toHaveLength(18);

    const officer = await login(a.url, 'ward.dong-tam');
    expect((await pdf(a.url, district.id, officer)).status).toBe(403);
    expect((await pdf(a.url, district.id, await login(a.url, 'liaison.power'))).status).toBe(403);
    expect((await pdf(a.url, district.id)).status).toBe(401);
    expect((await pdf(a.url, '999999', operator)).status).toBe(404);
    const own = reports.find((r) => r.ward?.code === 'dong-tam')!;
    const ownText = await pdfText(await (await pdf(a.url, own.id, officer)).arrayBuffer());
    expect(ownText).toContain('Phường Đồng Tâm');
  });

  it('sends a report once, and prints its sender instead of Bản nháp', async () => {
    const district = reports[0];
    const sent = await ask(a.url, SendSituationReportDocument, { id: district.id, note: 'Tình hình an ninh trật tự ổn định.' }, operator);
    expect(sent.sendSituationReport).toMatchObject({ status: 'SENT', sentBy: 'Ban Chỉ đạo bầu cử quận', note: 'Tình hình an ninh trật tự ổn định.' });
    expect(codeOf(await gql(b.url, SendSituationReportDocument, { id: district.id }, operator))).toBe('CONFLICT');
    expect(codeOf(await gql(b.url, SendSituationReportDocument, { id: district.id }, await login(b.url, 'ward.dong-tam')))).toBe('FORBIDDEN');
    const text = await pdfText(await (await pdf(b.url, district.id, operator)).arrayBuffer());
    expect(text).toContain('Ban Chỉ đạo bầu cử quận');
    expect(text).toContain('Tình hình an ninh trật tự ổn định.');
    expect(text).not.toContain('Bản nháp');
  });
});
