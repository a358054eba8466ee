import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, openArea } from '../support/demo.js';
import { codeOf, gql } from '../support/graphql.js';
import { collect, liveClient, type LiveClient } from '../support/live.js';
import {
  AreaDetailDocument,
  ask,
  eventLog,
  lastSeq,
  login,
  PollingAreasDocument,
  RecordVoterListChangeDocument,
  RelocatePollingAreaDocument,
  reportIncident,
  reportTurnout,
  TurnoutDocument,
  VoterListChangesDocument,
  type VoterListChangeInput,
} from '../support/operations.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';

/**
 * The voter list's movement and moved sites (SPEC 8.5, 8.6) over the real API: a change moves the
 * area's registered voters and every sum and percentage above it at once, is refused below the latest
 * turnout, is applied once per clientRequestId and only by the ward's own officer or the operator; a
 * subscriber sees the new figure in the event; a site moved by the operator shows everywhere.
 */
let server: TestServer;
let data: Storage;
let ids: Awaited<ReturnType<typeof demoIds>>;
let operator: string;
const clients: LiveClient[] = [];

beforeAll(async () => {
  data = await storage('pglite');
  // Past the 10:00 checkpoint (for the export's figures as of it); no scheduler, so no system event comes between a test's writes.
  server = await startServer({ ...data.env, CLOCK_START: '2021-05-23T10:20:00+07:00', SCHEDULER_INTERVAL_MS: '2000000000' });
  ids = await demoIds(server.url);
  operator = ids.operator;
});
afterAll(async () => {
  for (const c of clients) await c.dispose();
  await server?.stop();
  await data?.dispose();
});

const socket = (token: string) => {
  const c = liveClient(server.url, token);
  clients.push(c);
  return c;
};
const record = (input: VoterListChangeInput, token: string) => gql(server.url, RecordVoterListChangeDocument, { input }, token);
const areaOf = async (id: string) => (await ask(server.url, AreaDetailDocument, { id }, operator)).pollingArea!;

/** Registered voters and turnout at every level above an area, as the API sums them. */
async function levels(wardId: string) {
  const r = await gql<{
    ward: { registeredVoters: number; turnout: { registered: number; voted: number; percent: number } };
    provinces: { turnout: { registered: number }; districts: { turnout: { registered: number; voted: number; percent: number } }[] }[];
  }>(
    server.url,
    'query($w: ID!) { ward(id: $w) { registeredVoters turnout { registered voted percent } } provinces { turnout { registered } districts { turnout { registered voted percent } } } }',
    { w: wardId },
    operator,
  );
  const { turnout } = await ask(server.url, TurnoutDocument, {}, operator);
  return {
    ward: r.data!.ward,
    district: r.data!.provinces[0].districts[0].turnout,
    province: r.data!.provinces[0].turnout.registered,
    summary: turnout,
    byWard: turnout.byWard.find((w) => w.wardId === wardId)!,
  };
}

const percent = (voted: number, registered: number) => Math.round((voted / registered) * 10_000) / 100;

describe('a change to the voter list', () => {
  it('moves the registered voters of the area, its ward, the district and the province, and every percentage with them', async () => {
    const ward = ids.ward('dong-tam');
    const area = ward.pollingAreas[0];
    const officer = await login(server.url, 'ward.dong-tam');
    await openArea(server.url, operator, area.id);
    await reportTurnout(server.url, { pollingAreaId: area.id, voted: 500 }, officer);
    const before = await levels(ward.id);
    const seeded = (await areaOf(area.id)).registeredVoters;

    const added = await record({ pollingAreaId: area.id, kind: 'ADDED_TRANSIENT', count: 12, note: '12 giấy chứng nhận' }, officer);
    expect(added.errors).toBeUndefined();
    expect(added.data!.recordVoterListChange).toMatchObject({ kind: 'ADDED_TRANSIENT', count: 12, registeredAfter: seeded + 12 });
    expect(added.data!.recordVoterListChange.pollingArea).toMatchObject({ registeredVoters: seeded + 12, seededVoters: seeded, transientVoters: 12 });
    await record({ pollingAreaId: area.id, kind: 'REMOVED_DECEASED', count: 2 }, operator);

    expect(await areaOf(area.id)).toMatchObject({ registeredVoters: seeded + 10, seededVoters: seeded, transientVoters: 12, votersRemoved: 2 });
    const after = await levels(ward.id);
    expect(after.ward.registeredVoters).toBe(before.ward.registeredVoters + 10);
    expect(after.ward.turnout).toMatchObject({
      registered: before.ward.turnout.registered + 10,
      percent: percent(after.ward.turnout.voted, after.ward.turnout.registered),
    });
    expect(after.byWard).toMatchObject({ registered: before.byWard.registered + 10, percent: after.ward.turnout.percent });
    expect(after.district.registered).toBe(before.district.registered + 10);
    expect(after.district.percent).toBe(percent(after.district.voted, after.district.registered));
    expect(after.summary.registered).toBe(before.summary.registered + 10);
    expect(after.summary.percent).toBe(percent(after.summary.voted, after.summary.registered));
    expect(after.province).toBe(before.province + 10);

    const { voterListChanges } = await ask(server.url, VoterListChangesDocument, { filter: { pollingAreaId: area.id } }, officer);
    expect(voterListChanges.map((c) => [c.kind, c.count, c.registeredAfter, c.recordedBy])).toEqual([
      ['REMOVED_DECEASED', 2, seeded + 10, 'Ban Chỉ đạo bầu cử quận'],
      ['ADDED_TRANSIENT', 12, seeded + 12, 'Cán bộ phường Đồng Tâm'],
    ]);
  });

  it('is CONFLICT when it would leave fewer voters than the latest turnout, and changes nothing', async () => {
    const area = ids.ward('bach-khoa').pollingAreas[1];
    const officer = await login(server.url, 'ward.bach-khoa');
    await openArea(server.url, operator, area.id);
    const registered = (await areaOf(area.id)).registeredVoters;
    await reportTurnout(server.url, { pollingAreaId: area.id, voted: registered - 5 }, officer);
    const seq = await lastSeq(server.url, operator);
    const refused = await record({ pollingAreaId: area.id, kind: 'REMOVED_MOVED', count: 6 }, officer);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors![0].message).toMatch(/ít hơn số đã bỏ phiếu/);
    expect(refused.data?.recordVoterListChange ?? null).toBeNull();
    for (const count of [0, -1, 4001]) expect(codeOf(await record({ pollingAreaId: area.id, kind: 'ADDED_OTHER', count }, officer))).toBe('BAD_USER_INPUT');
    expect(await lastSeq(server.url, operator)).toBe(seq);
    expect((await areaOf(area.id)).registeredVoters).toBe(registered);
    // Down to the figure itself: every voter left on the list has voted.
    expect(codeOf(await record({ pollingAreaId: area.id, kind: 'REMOVED_MOVED', count: 5 }, officer))).toBeUndefined();
  });

  it('is applied once for a resent clientRequestId, and only by the ward officer of its own ward or the operator', async () => {
    const area = ids.ward('bach-mai').pollingAreas[0];
    const officer = await login(server.url, 'ward.bach-mai');
    const before = (await areaOf(area.id)).registeredVoters;
    const seq = await lastSeq(server.url, operator);
    const input = { pollingAreaId: area.id, kind: 'ADDED_TRANSIENT' as const, count: 4, clientRequestId: 'phone-1-change-1' };
    const first = await record(input, officer);
    const again = await record(input, officer);
    expect(again.data!.recordVoterListChange.id).toBe(first.data!.recordVoterListChange.id);
    expect((await areaOf(area.id)).registeredVoters).toBe(before + 4);
    expect((await eventLog(server.url, operator, seq)).map((e) => e.type)).toEqual(['VOTER_LIST_CHANGED']);

    for (const who of ['ward.pho-hue', 'observer', 'liaison.power', 'team.doan-04']) {
      const token = await login(server.url, who);
      expect(codeOf(await record({ pollingAreaId: area.id, kind: 'ADDED_TRANSIENT', count: 1 }, token)), who).toBe('FORBIDDEN');
    }
    const foreign = await login(server.url, 'ward.pho-hue');
    expect(codeOf(await gql(server.url, VoterListChangesDocument, { filter: { pollingAreaId: area.id } }, foreign))).toBe('FORBIDDEN');
    expect((await ask(server.url, VoterListChangesDocument, {}, foreign)).voterListChanges).toEqual([]);
    expect((await areaOf(area.id)).registeredVoters).toBe(before + 4);
  });

  it("reaches the ward's subscribers with the area's new registered figure", async () => {
    const area = ids.ward('le-dai-hanh').pollingAreas[0];
    const officer = await login(server.url, 'ward.le-dai-hanh');
    const mine = collect(socket(officer), { after: await lastSeq(server.url, operator) });
    const other = collect(socket(await login(server.url, 'ward.pho-hue')), { after: await lastSeq(server.url, operator) });
    const before = (await areaOf(area.id)).registeredVoters;
    await record({ pollingAreaId: area.id, kind: 'ADDED_OTHER', count: 3 }, officer);
    await mine.until((ev) => ev.some((e) => e.type === 'VOTER_LIST_CHANGED'));
    expect(mine.events.find((e) => e.type === 'VOTER_LIST_CHANGED')!.pollingArea).toMatchObject({ id: area.id, registeredVoters: before + 3 });
    // A marker in the foreign ward arrives after the change would have: the foreign officer never saw it.
    const marker = ids.ward('pho-hue').pollingAreas[0];
    await record({ pollingAreaId: marker.id, kind: 'ADDED_OTHER', count: 1 }, operator);
    await other.until((ev) => ev.some((e) => e.pollingArea?.id === marker.id));
    expect(other.events.filter((e) => e.pollingArea?.id === area.id)).toEqual([]);
  });
});

describe('the turnout export', () => {
  it('gives each checkpoint the registered voters of its moment: a change after 10:00 is not in the 10:00 row', async () => {
    const area = ids.ward('cau-den').pollingAreas[0];
    const before = (await areaOf(area.id)).registeredVoters;
    await record({ pollingAreaId: area.id, kind: 'ADDED_TRANSIENT', count: 7 }, operator);
    expect((await areaOf(area.id)).registeredVoters).toBe(before + 7);
    const res = await fetch(`${server.url}/exports/turnout.csv`, { headers: { authorization: `Bearer ${operator}` } });
    const [header, ...rows]: string[][] = parse(Buffer.from(await res.arrayBuffer()), { bom: true, record_delimiter: '\r\n' });
    const col = (name: string) => header.indexOf(name);
    const row = rows.find((r) => r[col('Mã KVBP')] === area.code && r[col('Mốc báo cáo')] === '10:00')!;
    expect(row[col('Số cử tri')]).toBe(String(before));
  });
});

describe('a site moved', () => {
  it('keeps the area’s number, code and voters, shows in pollingAreas, the events and its history, and is the operator’s alone', async () => {
    const ward = ids.ward('nguyen-du');
    const area = ward.pollingAreas[3];
    const old = await areaOf(area.id);
    // A power cut there, with the power company's crew on its way: its liaison learns the new address.
    await reportIncident(server.url, { pollingAreaId: area.id, category: 'POWER_OUTAGE', severity: 'HIGH', title: 'Mất điện điểm bỏ phiếu' }, operator);
    const seq = await lastSeq(server.url, operator);
    const live = collect(socket(await login(server.url, 'ward.nguyen-du')), { after: seq });
    const power = collect(socket(await login(server.url, 'liaison.power')), { after: seq });
    const site = { name: 'Hội trường UBND phường Nguyễn Du', address: '3 Phố Nguyễn Du', reason: 'Tòa nhà số 58 bị phong tỏa phòng dịch' };
    for (const who of ['ward.nguyen-du', 'observer', 'liaison.power', 'team.doan-01']) {
      const refused = await gql(server.url, RelocatePollingAreaDocument, { id: area.id, ...site }, await login(server.url, who));
      expect(codeOf(refused), who).toBe('FORBIDDEN');
    }
    expect(await lastSeq(server.url, operator)).toBe(seq);

    const moved = (await ask(server.url, RelocatePollingAreaDocument, { id: area.id, ...site }, operator)).relocatePollingArea;
    expect(moved).toMatchObject({
      id: area.id,
      code: old.code,
      number: old.number,
      registeredVoters: old.registeredVoters,
      name: site.name,
      address: site.address,
    });
    expect(moved.relocatedAt).not.toBeNull();
    const { pollingAreas } = await ask(server.url, PollingAreasDocument, { wardId: ward.id }, operator);
    expect(pollingAreas.find((a) => a.id === area.id)).toMatchObject({ code: old.code, name: site.name, address: site.address });

    const events = await eventLog(server.url, operator, seq);
    expect(events.map((e) => e.type)).toEqual(['POLLING_AREA_RELOCATED']);
    expect(events[0].relocation).toMatchObject({ fromName: old.name, fromAddress: old.address, toName: site.name, reason: site.reason });
    expect(events[0].pollingArea).toMatchObject({ id: area.id, name: site.name, address: site.address });
    await live.until((ev) => ev.some((e) => e.type === 'POLLING_AREA_RELOCATED' && e.pollingArea?.name === site.name));
    await power.until((ev) => ev.some((e) => e.type === 'POLLING_AREA_RELOCATED' && e.pollingArea?.name === site.name));
    expect((await areaOf(area.id)).relocations).toEqual([
      expect.objectContaining({ fromName: old.name, toName: site.name, actorName: 'Ban Chỉ đạo bầu cử quận' }),
    ]);
    const same = await gql(server.url, RelocatePollingAreaDocument, { id: area.id, ...site }, operator);
    expect(codeOf(same)).toBe('BAD_USER_INPUT');
  });
});
