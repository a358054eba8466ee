import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import {
  AnswerComplaintDocument,
  AssignComplaintDocument,
  ReceiveComplaintDocument,
  UnitTotalsDocument,
  type UnitTotalsSubscription,
} from '@election-ops/schema';
import { demoIds, openArea } from '../support/demo.js';
import { collect, liveClient, type LiveClient } from '../support/live.js';
import { ask, lastSeq, login, reportIncident, reportTurnout, TurnoutDocument } from '../support/operations.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';
import { eventually } from '../support/wait.js';

type Totals = UnitTotalsSubscription['unitTotals'];

/** Follow `unitTotals` and keep every message as it arrives. */
function follow(client: LiveClient) {
  const got: Totals[] = [];
  const errors: unknown[] = [];
  const stop = client.subscribe<UnitTotalsSubscription>(
    { query: String(UnitTotalsDocument) },
    { next: (r) => (r.errors ? errors.push(r.errors) : got.push(r.data!.unitTotals)), error: (e) => errors.push(e), complete: () => undefined },
  );
  return { got, errors, stop, last: () => got.at(-1) };
}

describe('a wall above the district: unit totals conflated, other events exact (embedded)', () => {
  let data: Storage;
  let server: TestServer;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const clients: LiveClient[] = [];
  const open = async (username: string) => {
    const c = liveClient(server.url, await login(server.url, username));
    clients.push(c);
    await c.connected;
    return c;
  };

  beforeAll(async () => {
    data = await storage('pglite');
    server = await startServer({ ...data.env, SEED: 'demo' });
    ids = await demoIds(server.url);
  });
  afterAll(async () => {
    for (const c of clients) await c.dispose();
    await server?.stop();
    await data?.dispose();
  });

  it("draws each unit's tiles at once: the nation's provinces, the city's districts, a district's wards", async () => {
    const { turnout } = await ask(server.url, TurnoutDocument, {}, ids.operator);
    const walls = await Promise.all(['observer.nation', 'observer.ha-noi', 'observer', 'ward.dong-tam'].map(async (u) => follow(await open(u))));
    await eventually('every wall drawn', async () => walls.every((w) => w.got.length > 0));
    const [nation, city, district, phone] = walls.map((w) => w.last()!);
    expect([nation.unit.level, nation.unit.name]).toEqual(['NATION', 'Toàn quốc']);
    expect(nation.children.map((t) => [t.unit.level, t.unit.code])).toEqual([['PROVINCE', 'ha-noi']]);
    expect([city.unit.code, city.children.map((t) => [t.unit.level, t.unit.code, t.unit.name])]).toEqual([
      'ha-noi',
      [['DISTRICT', 'ha-noi/hai-ba-trung', 'Hai Bà Trưng']],
    ]);
    expect(district.children).toHaveLength(18);
    expect(district.children.every((t) => t.unit.level === 'WARD')).toBe(true);
    // A ward's phone reads its district's totals: the same tiles.
    expect(phone.unit.code).toBe('ha-noi/hai-ba-trung');
    expect(phone.children.map((t) => t.unit.code)).toEqual(district.children.map((t) => t.unit.code));
    for (const t of [nation.total, city.total, district.total, city.children[0]]) {
      expect([t.registered, t.voted]).toEqual([turnout.registered, turnout.voted]);
      expect(t.readinessRequired).toBe(t.areasTotal * 16);
    }
    expect(district.children.reduce((n, t) => n + t.registered, 0)).toBe(turnout.registered);
    for (const w of walls) w.stop();
  });

  it('sends a burst of figures as a few updates that end on every one of them, and incidents exactly', async () => {
    const area = ids.ward('dong-tam').pollingAreas.slice(0, 4);
    for (const a of area) await openArea(server.url, ids.operator, a.id);
    const city = await open('observer.ha-noi');
    const totals = follow(city);
    const from = await lastSeq(server.url, ids.operator);
    const stream = collect(city, { after: from, figures: false });
    await eventually('the city wall drawn', async () => totals.got.length > 0);
    // (The areas' openings may still move it once; they change no figure summed below.)
    const first = totals.got.length;
    const before = totals.last()!.total.voted;
    // Twenty figures as fast as the district sends them: five rounds over four areas.
    let filed = 0;
    const voted = new Map<string, number>();
    for (let round = 1; round <= 5; round += 1) {
      for (const a of area) {
        voted.set(a.id, round * 40);
        await reportTurnout(server.url, { pollingAreaId: a.id, voted: round * 40, clientRequestId: `burst-${a.id}-${round}` }, ids.operator);
        filed += 1;
      }
    }
    const incident = await reportIncident(
      server.url,
      { wardId: ids.ward('dong-tam').id, category: 'POWER_OUTAGE', severity: 'HIGH', title: 'Mất điện' },
      ids.operator,
    );
    const upto = await lastSeq(server.url, ids.operator);
    await eventually('the totals caught up with the last write', async () => totals.last()!.seq >= upto, 10_000);
    expect(totals.last()!.total.voted).toBe(before + [...voted.values()].reduce((a, b) => a + b, 0));
    // Conflated: far fewer updates than figures, each at a later position in the log.
    const updates = totals.got.slice(first);
    expect(updates.length).toBeGreaterThan(0);
    expect(updates.length).toBeLessThan(filed / 2);
    expect(updates.map((t) => t.seq)).toEqual([...new Set(updates.map((t) => t.seq))].sort((a, b) => a - b));
    // The exact stream: the incident and the areas' openings, no figure.
    await stream.until((ev) => ev.some((e) => e.incident?.id === incident.id));
    expect(stream.events.some((e) => e.type === 'TURNOUT_REPORTED')).toBe(false);
    expect(stream.events.filter((e) => e.type === 'INCIDENT_REPORTED').map((e) => e.incident?.id)).toEqual([incident.id]);
    // The same leaves out figures on replay too.
    const replay = collect(city, { after: 0, figures: false });
    await replay.until((ev) => ev.some((e) => e.incident?.id === incident.id));
    expect(replay.events.some((e) => e.type === 'TURNOUT_REPORTED' || e.type === 'CHECKLIST_ITEM_SET')).toBe(false);
    expect(replay.events.some((e) => e.type === 'POLLING_AREA_STATUS_CHANGED')).toBe(true);
    replay.stop();
    stream.stop();
    totals.stop();
  });

  it("counts the district's own complaint (of no ward) on the city's tile while it is overdue, and not once answered", async () => {
    const city = follow(await open('observer.ha-noi'));
    onTestFinished(() => city.stop());
    await eventually('the city wall drawn', async () => city.got.length > 0);
    const tile = () => city.last()!.children[0];
    const before = { ...tile() };
    // Received on 10 May about the district as a whole: its ten days are long past on election day.
    const { receiveComplaint } = await ask(
      server.url,
      ReceiveComplaintDocument,
      {
        input: {
          kind: 'COMPLAINT',
          subject: 'OTHER',
          channel: 'LETTER',
          summary: 'Khiếu nại việc niêm yết chung của quận',
          receivedAt: '2021-05-10T09:00:00+07:00',
          complainant: { name: 'Nguyễn Văn B' },
        },
      },
      ids.operator,
    );
    expect(receiveComplaint.ward).toBeNull();
    await eventually('the tile counts it', async () => tile().overdueComplaints === before.overdueComplaints + 1, 10_000);
    expect([tile().needingAttention, city.last()!.total.overdueComplaints]).toEqual([before.needingAttention + 1, before.overdueComplaints + 1]);
    await ask(server.url, AssignComplaintDocument, { id: receiveComplaint.id, assignee: 'Tổ công tác số 1' }, ids.operator);
    await ask(server.url, AnswerComplaintDocument, { id: receiveComplaint.id, answer: 'Đã trả lời bằng văn bản' }, ids.operator);
    await eventually('answered, no longer counted', async () => tile().overdueComplaints === before.overdueComplaints, 10_000);
    expect(tile().needingAttention).toBe(before.needingAttention);
    expect(city.errors).toEqual([]);
  });

  it('keeps the figures it read for one wall for the next, follows every move in both, and reads afresh once nobody follows', async () => {
    const truth = async () => (await ask(server.url, TurnoutDocument, {}, ids.operator)).turnout;
    const [a, b] = ids.ward('bach-khoa').pollingAreas;
    for (const x of [a, b]) await openArea(server.url, ids.operator, x.id);
    const city = follow(await open('observer.ha-noi'));
    await eventually('the city wall drawn', async () => city.got.length > 0);
    // The district's wall joins later: its wards are summed from the figures kept for the city's.
    const district = follow(await open('observer'));
    await eventually(
      "the district wall drawn, with the city's figures",
      async () => district.got.length > 0 && district.last()!.total.voted === city.last()!.total.voted,
    );
    await reportTurnout(server.url, { pollingAreaId: a.id, voted: 77, clientRequestId: `kept-${a.id}` }, ids.operator);
    const upto = await lastSeq(server.url, ids.operator);
    await eventually('both walls moved', async () => city.last()!.seq >= upto && district.last()!.seq >= upto, 10_000);
    const now = await truth();
    for (const w of [city, district]) expect(w.last()!.total.voted).toBe(now.voted);
    const tile = district.last()!.children.find((t) => t.unit.code === 'bach-khoa')!;
    expect(tile.voted).toBeGreaterThanOrEqual(77);
    city.stop();
    district.stop();
    // Nobody follows: a move now is not watched, and the city's wall drawn again must not start from
    // the figures kept before. (The pause lets the server see both walls go first.)
    await new Promise((ok) => setTimeout(ok, 500));
    await reportTurnout(server.url, { pollingAreaId: b.id, voted: 91, clientRequestId: `unwatched-${b.id}` }, ids.operator);
    const again = follow(await open('observer.ha-noi'));
    await eventually('the city wall drawn again', async () => again.got.length > 0);
    expect(again.last()!.total.voted).toBe((await truth()).voted);
    again.stop();
  });
});
