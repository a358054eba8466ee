import { expect, it } from 'vitest';
import { describeEachDatabase, ELECTION_DATE, type TestDb } from '../../test-support/databases.js';
import { expectCode, eventsAfter, lastSeq } from '../../test-support/expect.js';
import { makeWard } from '../../test-support/fixtures.js';
import { PollingAreaStatus as S } from '../units/enums.js';

const at = (hhmm: string) => `${ELECTION_DATE}T${hhmm}:00+07:00`;

describeEachDatabase('turnout reports', (db) => {
  it('accepts 0 up to registeredVoters and refuses anything outside, changing nothing', async () => {
    const t = db();
    t.clock.set(at('09:00'));
    const w = await makeWard(t, { areas: 1, voters: 500, status: S.VOTING });
    const pollingAreaId = String(w.areas[0].id);
    const before = await lastSeq(t);
    await expectCode(t.services.turnout.report(w.officer, { pollingAreaId, voted: -1 }), 'BAD_USER_INPUT');
    await expectCode(t.services.turnout.report(w.officer, { pollingAreaId, voted: 501 }), 'BAD_USER_INPUT');
    await expectCode(t.services.turnout.report(w.operator, { pollingAreaId, voted: 501, correctionReason: 'Nhập lại' }), 'BAD_USER_INPUT');
    expect(await lastSeq(t)).toBe(before);
    expect((await t.services.turnout.report(w.officer, { pollingAreaId, voted: 0 })).voted).toBe(0);
    const full = await t.services.turnout.report(w.officer, { pollingAreaId, voted: 500 });
    expect(full).toMatchObject({ voted: 500, pollingAreaId: w.areas[0].id, wardId: w.ward.id, correctionReason: null });
    const events = await eventsAfter(t, before);
    expect(events.map((e) => e.type)).toEqual(['TURNOUT_REPORTED', 'TURNOUT_REPORTED']);
    expect(events[1].wardId).toBe(w.ward.id);
    expect(events[1].data.turnoutReport?.voted).toBe(500);
  });

  it('gives the latest report of several areas at once, in the order asked, null where none', async () => {
    const t = db();
    t.clock.set(at('09:00'));
    const w = await makeWard(t, { areas: 3, voters: 500, status: S.VOTING });
    const [a, b, c] = w.areas.map((x) => x.id);
    await t.services.turnout.report(w.officer, { pollingAreaId: String(a), voted: 10 });
    t.clock.set(at('09:30'));
    await t.services.turnout.report(w.officer, { pollingAreaId: String(a), voted: 40 });
    await t.services.turnout.report(w.officer, { pollingAreaId: String(c), voted: 7 });
    const latest = await t.services.turnout.latestOf([c, b, a]);
    expect(latest.map((r) => r?.voted ?? null)).toEqual([7, null, 40]);
    expect((await t.services.turnout.latest(a))?.voted).toBe(40);
  });

  it('is reported only while the area is VOTING, SUSPENDED or CLOSED', async () => {
    const t = db();
    t.clock.set(at('09:00'));
    for (const status of [S.PREPARING, S.READY, S.COUNTED]) {
      const w = await makeWard(t, { areas: 1, status });
      const before = await lastSeq(t);
      await expectCode(t.services.turnout.report(w.officer, { pollingAreaId: String(w.areas[0].id), voted: 10 }), 'CONFLICT');
      await expectCode(t.services.turnout.report(w.operator, { pollingAreaId: String(w.areas[0].id), voted: 10 }), 'CONFLICT');
      expect(await lastSeq(t)).toBe(before);
    }
    for (const status of [S.VOTING, S.SUSPENDED, S.CLOSED]) {
      const w = await makeWard(t, { areas: 1, status });
      expect((await t.services.turnout.report(w.officer, { pollingAreaId: String(w.areas[0].id), voted: 10 })).voted).toBe(10);
    }
  });

  it('never goes down unless it is filed as a correction with a reason', async () => {
    const t = db();
    t.clock.set(at('10:00'));
    const w = await makeWard(t, { areas: 1, status: S.VOTING });
    const other = await makeWard(t, { areas: 1, status: S.VOTING });
    const pollingAreaId = String(w.areas[0].id);
    await t.services.turnout.report(w.officer, { pollingAreaId, voted: 300 });
    const before = await lastSeq(t);
    await expectCode(t.services.turnout.report(w.officer, { pollingAreaId, voted: 299 }), 'CONFLICT');
    await expectCode(t.services.turnout.report(w.operator, { pollingAreaId, voted: 250 }), 'CONFLICT');
    await expectCode(t.services.turnout.report(w.operator, { pollingAreaId, voted: 250, correctionReason: '   ' }), 'CONFLICT');
    // Another ward's officer cannot correct this area, reason or not.
    await expectCode(t.services.turnout.report(other.officer, { pollingAreaId, voted: 250, correctionReason: 'Nhập nhầm' }), 'FORBIDDEN');
    expect(await lastSeq(t)).toBe(before);
    expect((await t.services.turnout.total({ wardId: w.ward.id })).voted).toBe(300);
    const corrected = await t.services.turnout.report(w.operator, { pollingAreaId, voted: 250, correctionReason: 'Tổ bầu cử nhập nhầm' });
    expect(corrected).toMatchObject({ voted: 250, correctionReason: 'Tổ bầu cử nhập nhầm' });
    expect((await t.services.turnout.total({ wardId: w.ward.id })).voted).toBe(250);
    // The area's own officer fixes a typo at once: 1,300 typed for 500.
    await t.services.turnout.report(w.officer, { pollingAreaId, voted: 900 });
    const fixed = await t.services.turnout.report(w.officer, { pollingAreaId, voted: 500, correctionReason: 'Nhập nhầm 900' });
    expect(fixed).toMatchObject({ voted: 500, correctionReason: 'Nhập nhầm 900' });
    await t.services.turnout.report(w.operator, { pollingAreaId, voted: 250, correctionReason: 'Kiểm lại danh sách' });
    // The same figure again is not a decrease; the next figure is measured against the correction.
    expect((await t.services.turnout.report(w.officer, { pollingAreaId, voted: 250 })).voted).toBe(250);
    expect((await t.services.turnout.report(w.officer, { pollingAreaId, voted: 260 })).voted).toBe(260);
    expect((await t.services.turnout.latest(w.areas[0].id))?.voted).toBe(260);
  });

  it('keeps every role inside its scope', async () => {
    const t = db();
    t.clock.set(at('10:00'));
    const w = await makeWard(t, { areas: 1, status: S.VOTING });
    const other = await makeWard(t, { areas: 1, status: S.VOTING });
    const pollingAreaId = String(w.areas[0].id);
    const before = await lastSeq(t);
    await expectCode(t.services.turnout.report(other.officer, { pollingAreaId, voted: 10 }), 'FORBIDDEN');
    await expectCode(t.services.turnout.report(w.observer, { pollingAreaId, voted: 10 }), 'FORBIDDEN');
    await expectCode(t.services.turnout.report(w.scopedObserver, { pollingAreaId, voted: 10 }), 'FORBIDDEN');
    await expectCode(t.services.turnout.report(w.power, { pollingAreaId, voted: 10 }), 'FORBIDDEN');
    await expectCode(t.services.turnout.report(w.sanitation, { pollingAreaId, voted: 10 }), 'FORBIDDEN');
    await expectCode(t.services.turnout.report(w.officer, { pollingAreaId: '999999999', voted: 10 }), 'NOT_FOUND');
    expect(await lastSeq(t)).toBe(before);
    expect((await t.services.turnout.total({ wardId: w.ward.id })).voted).toBe(0);
    expect((await t.services.turnout.report(w.operator, { pollingAreaId, voted: 10 })).voted).toBe(10);
  });

  it('makes a retried report idempotent per user', async () => {
    const t = db();
    t.clock.set(at('10:00'));
    const w = await makeWard(t, { areas: 1, status: S.VOTING });
    const pollingAreaId = String(w.areas[0].id);
    const before = await lastSeq(t);
    const first = await t.services.turnout.report(w.officer, { pollingAreaId, voted: 120, clientRequestId: 'turnout-1' });
    const retry = await t.services.turnout.report(w.officer, { pollingAreaId, voted: 120, clientRequestId: 'turnout-1' });
    expect(retry.id).toBe(first.id);
    expect(retry.voted).toBe(120);
    expect((await eventsAfter(t, before)).filter((e) => e.type === 'TURNOUT_REPORTED')).toHaveLength(1);
    const byOperator = await t.services.turnout.report(w.operator, { pollingAreaId, voted: 130, clientRequestId: 'turnout-1' });
    expect(byOperator.id).not.toBe(first.id);
    expect((await eventsAfter(t, before)).filter((e) => e.type === 'TURNOUT_REPORTED')).toHaveLength(2);
    expect((await t.services.turnout.total({ wardId: w.ward.id })).voted).toBe(130);
  });

  it('gives a retry sent while the first attempt is in flight the first result', async () => {
    const t = db();
    t.clock.set(at('10:00'));
    const w = await makeWard(t, { areas: 1, status: S.VOTING });
    const pollingAreaId = String(w.areas[0].id);
    const before = await lastSeq(t);
    const sent = Array.from({ length: 4 }, () => t.services.turnout.report(w.officer, { pollingAreaId, voted: 120, clientRequestId: 'in-flight' }));
    const answers = await Promise.all(sent);
    expect(new Set(answers.map((r) => r.id)).size).toBe(1);
    expect((await eventsAfter(t, before)).filter((e) => e.type === 'TURNOUT_REPORTED')).toHaveLength(1);
  });

  it("sums each area's latest report over the ward", async () => {
    const t = db();
    t.clock.set(at('10:00'));
    const w = await makeWard(t, { areas: 3, voters: 1000, status: S.VOTING });
    const [a, b] = w.areas.map((x) => String(x.id));
    await t.services.turnout.report(w.officer, { pollingAreaId: a, voted: 100 });
    await t.services.turnout.report(w.officer, { pollingAreaId: b, voted: 200 });
    await t.services.turnout.report(w.officer, { pollingAreaId: a, voted: 150 });
    expect(await t.services.turnout.total({ wardId: w.ward.id })).toMatchObject({
      registered: 3000,
      voted: 350,
      percent: 11.67,
      areasReported: 2,
      areasTotal: 3,
    });
    const mine = (await t.services.turnout.byWard('all')).find((r) => r.wardId === w.ward.id);
    expect(mine).toMatchObject({ registered: 3000, voted: 350, areasReported: 2, areasTotal: 3 });
  });

  it('sums the same areas for their ward, district and province; the summary leaves the breakdown to be asked for', async () => {
    const t = db();
    t.clock.set(at('09:45'));
    const w = await makeWard(t, { areas: 2, voters: 800, status: S.VOTING });
    await t.services.turnout.report(w.officer, { pollingAreaId: String(w.areas[0].id), voted: 400 });
    t.clock.set(at('10:05'));
    const ward = await t.services.turnout.total({ wardId: w.ward.id });
    expect(ward).toMatchObject({ registered: 1600, voted: 400, percent: 25, areasReported: 1, areasTotal: 2 });
    const [{ provinceId }] = await t.db.read((m) => m.query('SELECT "provinceId" FROM districts WHERE id = $1', [w.ward.districtId]));
    expect(await t.services.turnout.total({ districtId: w.ward.districtId })).toEqual(ward);
    expect(await t.services.turnout.total({ provinceId })).toEqual(ward);
    const summary = await t.services.turnout.summary({ provinceId });
    expect(summary).toMatchObject({ ...ward, scope: { provinceId } });
    // byWard and series are field resolvers over the same scope.
    expect(await t.services.turnout.byWard(summary.scope)).toMatchObject([{ wardId: w.ward.id, ...ward }]);
    expect((await t.services.turnout.series(summary.scope, summary.registered)).at(-1)).toMatchObject({ checkpoint: '10:00', voted: 400, percent: 25 });
    // The nation's and a province's sums are cached until the log moves: the next report shows at once.
    const nation = await t.services.turnout.total('all');
    await t.services.turnout.report(w.officer, { pollingAreaId: String(w.areas[1].id), voted: 100 });
    expect(await t.services.turnout.total({ provinceId })).toMatchObject({ voted: 500, areasReported: 2 });
    expect(await t.services.turnout.total('all')).toMatchObject({ voted: nation.voted + 100, areasReported: nation.areasReported + 1 });
  });

  it('draws the curve over the day from the reports made by then', async () => {
    const t = db();
    const w = await makeWard(t, { areas: 2, voters: 1000, status: S.VOTING });
    const [a, b] = w.areas.map((x) => String(x.id));
    t.clock.set(at('09:00'));
    await t.services.turnout.report(w.officer, { pollingAreaId: a, voted: 100 });
    t.clock.set(at('11:00'));
    await t.services.turnout.report(w.officer, { pollingAreaId: a, voted: 300 });
    await t.services.turnout.report(w.officer, { pollingAreaId: b, voted: 50 });
    t.clock.set(at('13:00'));
    const series = await t.services.turnout.series({ wardId: w.ward.id });
    expect(series.filter((p) => p.checkpoint).map((p) => p.checkpoint)).toEqual(['10:00', '12:30']);
    const point = (hhmm: string) => series.find((p) => p.at.getTime() === new Date(at(hhmm)).getTime());
    expect(series[0].at).toEqual(new Date(at('07:00')));
    expect(point('08:30')).toMatchObject({ voted: 0, percent: 0 });
    expect(point('10:00')).toMatchObject({ checkpoint: '10:00', voted: 100, percent: 5 });
    expect(point('12:30')).toMatchObject({ checkpoint: '12:30', voted: 350, percent: 17.5 });
    expect(point('13:00')).toMatchObject({ voted: 350 });
    expect(point('13:30')).toBeUndefined();
    expect(series.map((p) => p.voted)).toEqual([...series.map((p) => p.voted)].sort((x, y) => x - y));
  });
});

describeEachDatabase('turnout flags', (db) => {
  it("flags a figure in the report's transaction and event, never refusing it; the operator verifies it once", async () => {
    const t = db();
    t.clock.set(at('09:30'));
    const w = await makeWard(t, { areas: 1, voters: 1000, status: S.VOTING });
    const pollingAreaId = String(w.areas[0].id);
    await t.services.turnout.report(w.officer, { pollingAreaId, voted: 300 });
    t.clock.set(at('09:43'));
    const before = await lastSeq(t);
    const jump = await t.services.turnout.report(w.officer, { pollingAreaId, voted: 1000 });
    expect([...jump.flags].sort()).toEqual(['EARLY_NEAR_FULL', 'JUMP']);
    const [event] = await eventsAfter(t, before);
    expect(event.data.turnoutReport?.flags).toEqual(jump.flags);
    expect((await t.services.turnout.flagged(w.officer)).map((r) => r.id)).toContain(jump.id);
    expect((await t.services.turnout.flagged(w.power)).map((r) => r.id)).not.toContain(jump.id);
    await expectCode(t.services.turnout.verify(w.officer, String(jump.id), 'Đã gọi xác minh'), 'FORBIDDEN');
    const seq = await lastSeq(t);
    const verified = await t.services.turnout.verify(w.operator, String(jump.id), 'Đã gọi tổ bầu cử xác minh');
    expect(verified).toMatchObject({ verified: true, verifyNote: 'Đã gọi tổ bầu cử xác minh' });
    expect((await eventsAfter(t, seq)).map((e) => e.type)).toEqual(['TURNOUT_VERIFIED']);
    expect((await t.services.turnout.flagged(w.operator)).map((r) => r.id)).not.toContain(jump.id);
    await expectCode(t.services.turnout.verify(w.operator, String(jump.id)), 'CONFLICT');
    // Past the jump's window, the same figure is only early.
    t.clock.set(at('10:15'));
    const plain = await t.services.turnout.report(w.officer, { pollingAreaId, voted: 1000 });
    expect(plain.flags).toEqual(['EARLY_NEAR_FULL']);
  });

  it("flags against a report committed while it waited for the area's lock", async () => {
    const t = db();
    // One session on the embedded database: no transaction runs while another waits.
    if (t.db.embedded) return;
    t.clock.set(at('09:40'));
    const w = await makeWard(t, { areas: 1, voters: 1000, status: S.VOTING });
    const area = w.areas[0].id;
    let release!: () => void;
    const released = new Promise<void>((ok) => (release = ok));
    // Another report of this area, its transaction still open: it holds the area when this one starts.
    const other = t.db.dataSource.transaction(async (m) => {
      await m.query(`INSERT INTO turnout_reports ("pollingAreaId", "wardId", voted, at, "reportedById", flags) VALUES ($1, $2, 100, $3, $4, '{}')`, [
        area,
        w.ward.id,
        new Date(at('09:35')),
        w.officer.id,
      ]);
      await m.query(`UPDATE polling_areas SET voted = 100, "latestReportAt" = $2 WHERE id = $1`, [area, new Date(at('09:35'))]);
      await released;
    });
    const report = t.services.turnout.report(w.officer, { pollingAreaId: String(area), voted: 400 });
    await waitForLockWait(t);
    release();
    await other;
    // 100 → 400 in five minutes, a quarter of the list and more: seen only with the report committed meanwhile.
    expect((await report).flags).toContain('JUMP');
  });

  it("compares a figure only with its ward's figures of the same moment", async () => {
    const t = db();
    t.clock.set(at('09:00'));
    const w = await makeWard(t, { areas: 6, voters: 1000, status: S.VOTING });
    const report = (i: number, voted: number) => t.services.turnout.report(w.officer, { pollingAreaId: String(w.areas[i].id), voted });
    for (let i = 0; i < 5; i += 1) await report(i, 300 + i * 5);
    // An hour later the morning has moved on: against the 09:00 figures 50% would stand out, but they are not of this moment.
    t.clock.set(at('10:00'));
    expect((await report(5, 500)).flags).not.toContain('OUTLIER');
    for (let i = 0; i < 4; i += 1) await report(i, 500 + i * 5);
    // Five figures of 10:00-10:05 at about 50%: one at 33% is an outlier.
    t.clock.set(at('10:05'));
    expect((await report(4, 330)).flags).toContain('OUTLIER');
  });

  it('projects the final from the reports so far', async () => {
    const t = db();
    t.clock.set(at('12:25'));
    const w = await makeWard(t, { areas: 2, voters: 1000, status: S.VOTING });
    expect(await t.services.turnout.projectedFinal({ wardId: w.ward.id })).toBeNull();
    for (const a of w.areas) await t.services.turnout.report(w.officer, { pollingAreaId: String(a.id), voted: 730 });
    const p = await t.services.turnout.projectedFinal({ wardId: w.ward.id });
    expect(p).toBeGreaterThan(97);
    expect(p).toBeLessThanOrEqual(100);
  });
});

/** Until some session of this database waits for a lock. */
async function waitForLockWait(t: TestDb): Promise<void> {
  for (;;) {
    const [{ n }] = await t.db.dataSource.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (n > 0) return;
    await new Promise((ok) => setTimeout(ok, 5));
  }
}
