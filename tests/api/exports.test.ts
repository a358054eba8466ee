import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, openArea } from '../support/demo.js';
import { gql, type AnyData } from '../support/graphql.js';
import {
  acknowledgeTask,
  ask as askAs,
  CompleteTaskDocument,
  DeclineTaskDocument,
  eventLog,
  eventSeqs,
  IncidentsDocument,
  login,
  MeDocument,
  reportIncident,
  reportTurnout,
  RevokeSessionsDocument,
  StartTaskDocument,
  TasksDocument,
  TurnoutDocument,
} from '../support/operations.js';
import { postgresAvailable } from '../support/postgres.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';
import { eventually } from '../support/wait.js';

/**
 * SPEC 8.2's CSV exports over HTTP, checked against the GraphQL API as each role reads it. A morning
 * is played in three runs of the server on the same database, each on its own election clock (09:30,
 * 12:00, 12:50), so the 10:00 and 12:30 checkpoints have passed with reports before and after them.
 * Pages are 7 rows, so every export crosses many page boundaries.
 */
const pg = await postgresAvailable();
const DAY = '2021-05-23';
const clockAt = (hhmm: string) => `${DAY}T${hhmm}:00+07:00`;
const PAGE_ROWS = '7';

interface Csv {
  status: number;
  headers: Headers;
  bytes: Buffer;
  header: string[];
  rows: Record<string, string>[];
}

/** Download an export as a client does, and parse it strictly: CRLF records, one column count throughout. */
async function download(url: string, path: string, token?: string): Promise<Csv> {
  const res = await fetch(`${url}/exports/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const bytes = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200) return { status: res.status, headers: res.headers, bytes, header: [], rows: [] };
  const records: string[][] = parse(bytes, { bom: true, record_delimiter: '\r\n' });
  const [header, ...body] = records;
  return { status: res.status, headers: res.headers, bytes, header, rows: body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
}

/** The same form the export writes: Asia/Ho_Chi_Minh local time to the second. */
const local = (iso: string | null) => (iso ? new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString().slice(0, 19).replace('T', ' ') : '');
const seconds = (from: string, to: string | null) => (to ? String(Math.round((Date.parse(to) - Date.parse(from)) / 1000)) : '');

for (const kind of ['postgres', 'pglite'] as const) {
  describe.skipIf(kind === 'postgres' && !pg)(`CSV exports [${kind}]`, () => {
    let data: Storage;
    let server: TestServer;
    const tokens: Record<string, string> = {};
    /** District turnout as the API gave it at the end of the 12:00 run: nothing was reported after it until 12:30. */
    let votedBefore1230 = 0;

    const run = async (hhmm: string) => {
      await server?.stop();
      server = await startServer({ ...data.env, CLOCK_START: clockAt(hhmm), EXPORT_PAGE_ROWS: PAGE_ROWS });
      for (const user of ['operator', 'ward.dong-tam', 'ward.bach-khoa', 'ward.pho-hue', 'team.doan-01', 'liaison.power', 'liaison.fire']) {
        tokens[user] = await login(server.url, user);
      }
    };
    /** A query no shared document asks (a probe of the fields an export is checked against). */
    const query = async <T = AnyData>(document: string, as: string): Promise<T> => {
      const r = await gql<T>(server.url, document, {}, tokens[as]);
      if (r.errors) throw new Error(`${as}: ${JSON.stringify(r.errors)}`);
      return r.data!;
    };
    const turnout = (as: string, pollingAreaId: string, voted: number, correctionReason?: string) =>
      reportTurnout(server.url, { pollingAreaId, voted, correctionReason }, tokens[as]);
    const seqsOf = async (as: string) => (await eventSeqs(server.url, tokens[as])).map((e) => e.seq);

    beforeAll(async () => {
      data = await storage(kind);
      // 09:30: areas open, the first figures (one near full: EARLY_NEAR_FULL), incidents and their tasks.
      await run('09:30');
      const ids = await demoIds(server.url);
      const dongTam = ids.ward('dong-tam').pollingAreas.map((a) => a.id);
      const bachKhoa = ids.ward('bach-khoa').pollingAreas[0];
      const phoHue = ids.ward('pho-hue').pollingAreas[0].id;
      for (const id of [...dongTam.slice(0, 5), bachKhoa.id, phoHue]) await openArea(server.url, tokens.operator, id);
      await turnout('ward.dong-tam', dongTam[0], 300);
      await turnout('ward.dong-tam', dongTam[1], 200);
      await turnout('ward.dong-tam', dongTam[2], 150);
      await turnout('operator', bachKhoa.id, Math.ceil(bachKhoa.registeredVoters * 0.96));
      const power = await reportIncident(
        server.url,
        {
          pollingAreaId: dongTam[0],
          category: 'POWER_OUTAGE',
          severity: 'HIGH',
          title: 'Mất điện, "tủ điện" cháy',
          description: 'Dòng 1\r\nDòng 2, chờ Điện lực',
        },
        tokens['ward.dong-tam'],
      );
      const fire = await reportIncident(
        server.url,
        { pollingAreaId: phoHue, category: 'FIRE', severity: 'MEDIUM', title: '=HYPERLINK("http://x") chập điện' },
        tokens.operator,
      );
      await reportIncident(
        server.url,
        { wardId: ids.ward('bach-khoa').id, category: 'SECURITY', severity: 'LOW', title: 'Tụ tập đông người' },
        tokens['ward.bach-khoa'],
      );
      const powerTask = power.tasks[0].id;
      await acknowledgeTask(server.url, powerTask, tokens['liaison.power']);
      await askAs(server.url, StartTaskDocument, { id: powerTask }, tokens['liaison.power']);
      await askAs(server.url, CompleteTaskDocument, { id: powerTask, note: 'Đã thay aptomat' }, tokens['liaison.power']);
      const fireTask = fire.tasks.find((t) => t.agency.code === 'FIRE')!.id;
      await askAs(server.url, DeclineTaskDocument, { id: fireTask, reason: 'Không có cháy, chỉ chập điện' }, tokens['liaison.fire']);

      // 12:00: higher figures, a jump (JUMP) and a correction (CORRECTED).
      await run('12:00');
      await turnout('ward.dong-tam', dongTam[0], 900);
      await turnout('ward.dong-tam', dongTam[3], 100);
      await turnout('ward.dong-tam', dongTam[3], 600);
      await turnout('ward.dong-tam', dongTam[4], 400);
      await turnout('ward.dong-tam', dongTam[4], 350, 'Nhập nhầm');
      votedBefore1230 = (await askAs(server.url, TurnoutDocument, {}, tokens.operator)).turnout.voted;

      // 12:50: both checkpoints passed and their late areas marked (by the leader, at boot); a figure filed now belongs to no checkpoint.
      await run('12:50');
      await eventually('areas marked late for 12:30', async () => (await eventLog(server.url, tokens.operator)).some((e) => e.checkpoint === '12:30'));
      await turnout('ward.dong-tam', dongTam[0], 1000);
    });
    afterAll(async () => {
      await server?.stop();
      await data?.dispose();
    });

    /** What the turnout export must hold, derived from the API: per area, the latest report at or before each checkpoint passed. */
    async function expectedTurnout() {
      const q = await query<{
        election: { checkpoints: { label: string; at: string }[] };
        wards: {
          code: string;
          name: string;
          pollingAreas: {
            code: string;
            number: number;
            name: string;
            registeredVoters: number;
            turnoutReports: { voted: number; at: string; flags: string[] }[];
          }[];
        }[];
      }>(
        '{ election { checkpoints { label at } } wards { code name pollingAreas { code number name registeredVoters turnoutReports { voted at flags } } } }',
        'operator',
      );
      const late = new Set((await eventLog(server.url, tokens.operator)).filter((e) => e.checkpoint).map((e) => `${e.pollingArea!.code}@${e.checkpoint}`));
      const passed = q.election.checkpoints.filter((c) => Date.parse(c.at) <= Date.parse(clockAt('12:50')));
      return q.wards.flatMap((w) =>
        w.pollingAreas.flatMap((a) =>
          passed.map((c) => {
            // Newest first: the first at or before the checkpoint is the figure then.
            const r = a.turnoutReports.find((x) => Date.parse(x.at) <= Date.parse(c.at));
            return {
              'Mã phường': w.code,
              Phường: w.name,
              'Mã KVBP': a.code,
              'Số KVBP': String(a.number),
              'Tên KVBP': a.name,
              'Mốc báo cáo': c.label,
              'Thời điểm mốc': local(c.at),
              'Số cử tri': String(a.registeredVoters),
              'Số cử tri đã bỏ phiếu': r ? String(r.voted) : '',
              'Tỷ lệ (%)': r ? String(Math.round((r.voted / a.registeredVoters) * 10_000) / 100) : '',
              'Thời điểm báo cáo': r ? local(r.at) : '',
              'Báo cáo trễ': late.has(`${a.code}@${c.label}`) ? 'có' : 'không',
              'Cờ cảnh báo': r ? r.flags.join('|') : '',
            };
          }),
        ),
      );
    }

    it('sends UTF-8 with a BOM, CRLF records, a Vietnamese header row, as an attachment', async () => {
      const csv = await download(server.url, 'turnout.csv', tokens.operator);
      expect(csv.status).toBe(200);
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="turnout-${DAY}.csv"`);
      expect(csv.bytes.toString('utf8').split('\r\n')[0]).toBe(
        '\uFEFFMã phường,Phường,Mã KVBP,Số KVBP,Tên KVBP,Mốc báo cáo,Thời điểm mốc,Số cử tri,Số cử tri đã bỏ phiếu,Tỷ lệ (%),Thời điểm báo cáo,Báo cáo trễ,Cờ cảnh báo',
      );
      // Every line break outside a quoted field is CRLF (the parser above accepted only CRLF).
      expect(
        csv.bytes
          .toString('utf8')
          .replace(/"[^"]*"/g, '')
          .match(/(?<!\r)\n/g),
      ).toBeNull();
    });

    it("gives the operator every area at every checkpoint passed, with the API's figure then, its flags and lateness", async () => {
      const csv = await download(server.url, 'turnout.csv', tokens.operator);
      const expected = await expectedTurnout();
      expect(csv.rows).toEqual(expected);
      const { turnout } = await askAs(server.url, TurnoutDocument, {}, tokens.operator);
      const sum = (label: string) => csv.rows.filter((r) => r['Mốc báo cáo'] === label).reduce((s, r) => s + Number(r['Số cử tri đã bỏ phiếu'] || 0), 0);
      for (const label of ['10:00', '12:30']) expect(sum(label)).toBe(turnout.series.find((p) => p.checkpoint === label)!.voted);
      expect(sum('12:30')).toBe(votedBefore1230);
      // The figure filed at 12:50 is in today's total but in no checkpoint.
      expect(turnout.voted).toBe(votedBefore1230 + 100);
      const row = (code: string, label: string) => csv.rows.find((r) => r['Mã KVBP'] === code && r['Mốc báo cáo'] === label)!;
      expect(row('dong-tam-01', '10:00')).toMatchObject({ 'Số cử tri đã bỏ phiếu': '300', 'Báo cáo trễ': 'không' });
      expect(row('dong-tam-01', '12:30')).toMatchObject({ 'Số cử tri đã bỏ phiếu': '900', 'Báo cáo trễ': 'không' });
      expect(row('dong-tam-04', '12:30')['Cờ cảnh báo']).toContain('JUMP');
      expect(row('dong-tam-05', '12:30')).toMatchObject({ 'Số cử tri đã bỏ phiếu': '350' });
      expect(row('dong-tam-05', '12:30')['Cờ cảnh báo']).toContain('CORRECTED');
      expect(row('bach-khoa-01', '10:00')['Cờ cảnh báo']).toContain('EARLY_NEAR_FULL');
      expect(row('pho-hue-01', '10:00')).toMatchObject({ 'Số cử tri đã bỏ phiếu': '', 'Báo cáo trễ': 'có' });
    });

    it("gives a ward officer its ward's rows only, a supervisor its team's wards, and refuses a liaison", async () => {
      const all = await download(server.url, 'turnout.csv', tokens.operator);
      const officer = await download(server.url, 'turnout.csv', tokens['ward.dong-tam']);
      expect(officer.rows).toEqual(all.rows.filter((r) => r['Mã phường'] === 'dong-tam'));
      expect(officer.rows).toHaveLength(7 * 2);
      const { supervisionTeams } = await query<{ supervisionTeams: { code: string; wards: { code: string }[] }[] }>(
        '{ supervisionTeams { code wards { code } } }',
        'operator',
      );
      const teamWards = supervisionTeams.find((t) => t.code === 'doan-01')!.wards.map((w) => w.code);
      const team = await download(server.url, 'turnout.csv', tokens['team.doan-01']);
      expect(team.rows).toEqual(all.rows.filter((r) => teamWards.includes(r['Mã phường'])));
      expect(team.rows.length).toBeGreaterThan(0);
      // A liaison reads no area's details: refused, like the `pollingAreas` query, not an empty file that reads as "nothing reported".
      const liaison = await download(server.url, 'turnout.csv', tokens['liaison.power']);
      expect(liaison.status).toBe(403);
      expect(JSON.parse(liaison.bytes.toString()).errors[0].extensions.code).toBe('FORBIDDEN');
    });

    it('exports the incidents each role may read, text exactly as typed, formulas defused', async () => {
      for (const as of ['operator', 'ward.dong-tam', 'ward.bach-khoa', 'team.doan-01', 'liaison.power', 'liaison.fire']) {
        const csv = await download(server.url, 'incidents.csv', tokens[as]);
        const { incidents } = await askAs(server.url, IncidentsDocument, {}, tokens[as]);
        expect(csv.rows.map((r) => r['Mã sự cố']).sort(), as).toEqual(incidents.map((i) => i.code).sort());
      }
      const csv = await download(server.url, 'incidents.csv', tokens.operator);
      const power = csv.rows.find((r) => r['Loại sự cố'] === 'POWER_OUTAGE')!;
      expect(power).toMatchObject({
        'Mã phường': 'dong-tam',
        'Mã KVBP': 'dong-tam-01',
        'Tiêu đề': 'Mất điện, "tủ điện" cháy',
        'Mô tả': 'Dòng 1\r\nDòng 2, chờ Điện lực',
        'Người báo': 'Cán bộ phường Đồng Tâm',
        'Đơn vị xử lý': 'POWER',
        'Thời điểm báo': expect.stringMatching(new RegExp(`^${DAY} 09:3\\d:\\d\\d$`)),
      });
      const fire = csv.rows.find((r) => r['Loại sự cố'] === 'FIRE')!;
      expect(fire['Tiêu đề']).toBe(`'=HYPERLINK("http://x") chập điện`);
      expect(fire['Đơn vị xử lý'].split('|').sort()).toEqual(['FIRE', 'POWER']);
      // A liaison sees its own agency's part of an incident, as `incident.tasks` gives it.
      const seenByPower = await download(server.url, 'incidents.csv', tokens['liaison.power']);
      expect(seenByPower.rows.find((r) => r['Loại sự cố'] === 'FIRE')!['Đơn vị xử lý']).toBe('POWER');
    });

    it('exports the tasks each role may read, with times to acknowledge and to finish in seconds', async () => {
      for (const as of ['operator', 'ward.dong-tam', 'team.doan-01', 'liaison.power', 'liaison.fire']) {
        const csv = await download(server.url, 'tasks.csv', tokens[as]);
        const { tasks } = await askAs(server.url, TasksDocument, {}, tokens[as]);
        expect(csv.rows.map((r) => r['Mã công việc']).sort(), as).toEqual(tasks.map((t) => t.id).sort());
      }
      const csv = await download(server.url, 'tasks.csv', tokens.operator);
      expect(csv.header).toContain('Thời gian tiếp nhận (giây)');
      const { tasks } = await askAs(server.url, TasksDocument, {}, tokens.operator);
      expect(
        csv.rows.map((r) => [
          r['Mã công việc'],
          r['Trạng thái'],
          r['Mã đơn vị'],
          r['Mã sự cố'],
          r['Thời gian tiếp nhận (giây)'],
          r['Thời gian hoàn thành (giây)'],
          r['Quá hạn'],
        ]),
      ).toEqual(
        tasks.map((t) => [
          t.id,
          t.status,
          t.agency.code,
          t.incident.code,
          seconds(t.createdAt, t.acknowledgedAt),
          seconds(t.createdAt, t.doneAt),
          t.overdue ? 'có' : 'không',
        ]),
      );
      const done = csv.rows.find((r) => r['Trạng thái'] === 'DONE')!;
      expect(done).toMatchObject({ 'Mã đơn vị': 'POWER', 'Ghi chú': 'Đã thay aptomat', 'Tiếp nhận đúng hạn': 'có' });
      expect(csv.rows.find((r) => r['Trạng thái'] === 'DECLINED')).toMatchObject({ 'Mã đơn vị': 'FIRE', 'Lý do từ chối': 'Không có cháy, chỉ chập điện' });
    });

    it("exports the audit log each role may read, the same seqs as the API's pages, and a range by after and before", async () => {
      for (const as of ['operator', 'ward.dong-tam', 'team.doan-01', 'liaison.power']) {
        const csv = await download(server.url, 'events.csv', tokens[as]);
        expect(
          csv.rows.map((r) => Number(r['Số thứ tự'])),
          as,
        ).toEqual(await seqsOf(as));
      }
      const all = await seqsOf('operator');
      const range = await download(server.url, 'events.csv?after=10&before=40', tokens.operator);
      expect(range.rows.map((r) => Number(r['Số thứ tự']))).toEqual(all.filter((s) => s > 10 && s < 40));
      const log = await download(server.url, 'events.csv', tokens.operator);
      const declined = log.rows.find((r) => r['Loại sự kiện'] === 'TASK_DECLINED')!;
      expect(declined).toMatchObject({
        'Tài khoản': 'liaison.fire',
        'Người thực hiện': 'Trực ban PCCC',
        'Mã phường': 'pho-hue',
        'Mã đơn vị': 'FIRE',
        'Trạng thái sau thay đổi': 'DECLINED',
        'Chi tiết': 'Không có cháy, chỉ chập điện',
      });
      expect(log.rows.find((r) => r['Loại sự kiện'] === 'POLLING_AREA_LATE')).toMatchObject({ 'Tài khoản': '', 'Chi tiết': '10:00' });
    });

    it('refuses bad `after` and `before` with 400 naming the parameter', async () => {
      for (const [query, name] of [
        ['after=abc', 'after'],
        ['after=-1', 'after'],
        ['after=1.5', 'after'],
        ['after=1&after=2', 'after'],
        ['before=0', 'before'],
        ['before=x', 'before'],
      ]) {
        const res = await fetch(`${server.url}/exports/events.csv?${query}`, { headers: { authorization: `Bearer ${tokens.operator}` } });
        expect(res.status, query).toBe(400);
        const body = await res.json();
        expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
        expect(body.errors[0].extensions.message_en).toContain(`${name}:`);
      }
    });

    it('refuses a missing or forged token and a revoked session with 401', async () => {
      for (const path of ['turnout.csv', 'incidents.csv', 'tasks.csv', 'events.csv']) {
        expect((await download(server.url, path)).status, path).toBe(401);
        expect((await download(server.url, path, 'not-a-token')).status, path).toBe(401);
      }
      const officer = tokens['ward.pho-hue'];
      expect((await download(server.url, 'incidents.csv', officer)).status).toBe(200);
      const { me } = await askAs(server.url, MeDocument, {}, officer);
      await askAs(server.url, RevokeSessionsDocument, { userId: me!.id }, tokens.operator);
      const refused = await download(server.url, 'incidents.csv', officer);
      expect(refused.status).toBe(401);
      expect(JSON.parse(refused.bytes.toString()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });
  });
}
