import { expect, it } from 'vitest';
import { describeEachDatabase, ELECTION_DATE } from '../../test-support/databases.js';
import { expectCode, eventsAfter, lastSeq } from '../../test-support/expect.js';
import { makeWard } from '../../test-support/fixtures.js';
import { ChecklistItem, CHECKLIST_ITEMS } from './checklist.entity.js';

const at = (hhmm: string) => `${ELECTION_DATE}T${hhmm}:00+07:00`;

describeEachDatabase('readiness checklist', (db) => {
  it('ticks and unticks an item, logging each change with its ward', async () => {
    const t = db();
    t.clock.set(at('06:00'));
    const w = await makeWard(t, { areas: 1 });
    const area = w.areas[0];
    const before = await lastSeq(t);
    const returned = await t.services.readiness.setItem(w.officer, String(area.id), ChecklistItem.BALLOTS, true, 'Đủ 1.200 phiếu');
    expect(returned.id).toBe(area.id);
    let list = await t.services.readiness.checklist(area.id);
    expect(list.find((e) => e.item === ChecklistItem.BALLOTS)).toMatchObject({ done: true, note: 'Đủ 1.200 phiếu' });
    expect(list.filter((e) => e.done).map((e) => e.item)).toEqual([ChecklistItem.BALLOTS]);
    await t.services.readiness.setItem(w.operator, String(area.id), ChecklistItem.BALLOTS, false);
    list = await t.services.readiness.checklist(area.id);
    expect(list.filter((e) => e.done)).toEqual([]);
    const events = await eventsAfter(t, before);
    expect(events.map((e) => e.type)).toEqual(['CHECKLIST_ITEM_SET', 'CHECKLIST_ITEM_SET']);
    expect(events.map((e) => e.wardId)).toEqual([w.ward.id, w.ward.id]);
    expect(events.map((e) => e.data.checklistItem)).toEqual([ChecklistItem.BALLOTS, ChecklistItem.BALLOTS]);
    expect(events[0].data.pollingArea?.id).toBe(area.id);
  });

  it('lists all 16 items in the checklist order', async () => {
    const t = db();
    const w = await makeWard(t, { areas: 1 });
    const id = w.areas[0].id;
    await t.services.readiness.setItem(w.officer, String(id), ChecklistItem.EPIDEMIC_KIT, true);
    await t.services.readiness.setItem(w.officer, String(id), ChecklistItem.BALLOT_BOX, true);
    const list = await t.services.readiness.checklist(id);
    expect(CHECKLIST_ITEMS).toHaveLength(16);
    expect(list.map((e) => e.item)).toEqual(CHECKLIST_ITEMS);
    expect(list.map((e) => e.item)).toEqual([
      'BALLOT_BOX',
      'AUX_BALLOT_BOX',
      'NATIONAL_EMBLEM',
      'SEAL_STAMP',
      'BALLOTS',
      'VOTER_CARDS',
      'TEAM_BADGES',
      'SEAL_TAPE',
      'RULES_POSTED',
      'INSTRUCTIONS_POSTED',
      'VOTER_LIST_POSTED',
      'CANDIDATE_BIOS_POSTED',
      'FLAGS_DECORATION',
      'BACKUP_POWER',
      'FIRE_EXTINGUISHER',
      'EPIDEMIC_KIT',
    ]);
    expect(list.map((e) => e.done)).toEqual(CHECKLIST_ITEMS.map((i) => i === 'BALLOT_BOX' || i === 'EPIDEMIC_KIT'));
  });

  it('gives the checklists of several areas in one call, each whole and in the order asked', async () => {
    const t = db();
    const w = await makeWard(t, { areas: 2 });
    const [a, b] = w.areas.map((x) => x.id);
    await t.services.readiness.setItem(w.officer, String(b), ChecklistItem.SEAL_TAPE, true);
    const [forB, forA] = await t.services.readiness.checklists([b, a]);
    expect(forB.map((e) => e.item)).toEqual(CHECKLIST_ITEMS);
    expect(forB.filter((e) => e.done).map((e) => e.item)).toEqual(['SEAL_TAPE']);
    expect(forB.every((e) => e.pollingAreaId === b)).toBe(true);
    expect(forA.filter((e) => e.done)).toEqual([]);
    expect(forA.every((e) => e.pollingAreaId === a)).toBe(true);
  });

  it('sums done / required per area and per ward', async () => {
    const t = db();
    t.clock.set(at('06:00'));
    const w = await makeWard(t, { areas: 3 });
    const [a, b, c] = w.areas;
    for (const item of CHECKLIST_ITEMS) await t.services.readiness.setItem(w.officer, String(a.id), item, true);
    for (const item of CHECKLIST_ITEMS.slice(0, 4)) await t.services.readiness.setItem(w.officer, String(b.id), item, true);
    expect(await t.services.readiness.summary({ pollingAreaId: a.id })).toMatchObject({
      done: 16,
      required: 16,
      percent: 100,
      areasComplete: 1,
      areasTotal: 1,
    });
    expect(await t.services.readiness.summary({ pollingAreaId: b.id })).toMatchObject({
      done: 4,
      required: 16,
      percent: 25,
      areasComplete: 0,
      areasTotal: 1,
    });
    expect(await t.services.readiness.summary({ pollingAreaId: c.id })).toMatchObject({ done: 0, required: 16, percent: 0, areasComplete: 0 });
    // 20 of 48 = 41.67 %, given to one decimal.
    expect(await t.services.readiness.summary({ wardId: w.ward.id })).toMatchObject({
      done: 20,
      required: 48,
      percent: 41.7,
      areasComplete: 1,
      areasTotal: 3,
    });
    await t.services.readiness.setItem(w.officer, String(a.id), ChecklistItem.SEAL_TAPE, false);
    expect(await t.services.readiness.summary({ wardId: w.ward.id })).toMatchObject({ done: 19, areasComplete: 0 });
  });

  it("keeps each area's count of items done in step with its checklist rows", async () => {
    const t = db();
    const w = await makeWard(t, { areas: 2 });
    const [a, b] = w.areas;
    // Area b has no checklist rows at all: a missing row counts as not done, and ticking inserts it.
    await t.db.read((m) => m.query('DELETE FROM checklist_entries WHERE "pollingAreaId" = $1', [b.id]));
    const counted = async (id: number) => {
      const [row] = await t.db.read((m) =>
        m.query(
          `SELECT pa."checklistDone" AS kept, (SELECT count(*) FROM checklist_entries c WHERE c."pollingAreaId" = pa.id AND c.done)::int AS rows
             FROM polling_areas pa WHERE pa.id = $1`,
          [id],
        ),
      );
      expect(row.kept, 'the count kept beside the area').toBe(row.rows);
      return row.kept as number;
    };
    const before = await lastSeq(t);
    const steps: [typeof a, ChecklistItem, boolean, number][] = [
      [a, ChecklistItem.BALLOTS, true, 1],
      [a, ChecklistItem.BALLOTS, true, 1], // ticking twice counts once
      [a, ChecklistItem.SEAL_TAPE, true, 2],
      [a, ChecklistItem.VOTER_CARDS, false, 2], // unticking what was never ticked
      [a, ChecklistItem.BALLOTS, false, 1],
      [b, ChecklistItem.BACKUP_POWER, true, 1],
      [b, ChecklistItem.BACKUP_POWER, false, 0],
    ];
    for (const [area, item, done, expected] of steps) {
      const returned = await t.services.readiness.setItem(w.officer, String(area.id), item, done);
      expect(returned.checklistDone).toBe(expected);
      expect(await counted(area.id)).toBe(expected);
    }
    const events = await eventsAfter(t, before);
    expect(events.map((e) => e.data.pollingArea?.checklistDone)).toEqual(steps.map((s) => s[3]));
    expect(await t.services.readiness.summary({ wardId: w.ward.id })).toMatchObject({ done: 1, required: 32, areasTotal: 2 });
  });

  it('sums the same areas for their ward, district and province, and counts them in the whole country', async () => {
    const t = db();
    t.clock.set(at('06:00'), 0);
    const w = await makeWard(t, { areas: 3 });
    for (const item of CHECKLIST_ITEMS) await t.services.readiness.setItem(w.officer, String(w.areas[0].id), item, true);
    await t.services.readiness.setItem(w.officer, String(w.areas[1].id), ChecklistItem.BALLOT_BOX, true);
    const ward = await t.services.readiness.summary({ wardId: w.ward.id });
    expect(ward).toMatchObject({ done: 17, required: 48, percent: 35.4, areasComplete: 1, areasTotal: 3 });
    expect(await t.services.readiness.summary({ districtId: w.ward.districtId })).toEqual(ward);
    const district = await t.db.read((m) => m.query('SELECT "provinceId" FROM districts WHERE id = $1', [w.ward.districtId]));
    expect(await t.services.readiness.summary({ provinceId: district[0].provinceId })).toEqual(ward);
    const [all] = await t.db.read((m) => m.query('SELECT count(*)::int AS n, sum("checklistDone")::int AS done FROM polling_areas'));
    expect(await t.services.readiness.summary('all')).toMatchObject({ areasTotal: all.n, done: all.done, required: all.n * 16 });
    // The nation's and a province's sums are cached until the log moves: the next tick shows at once.
    await t.services.readiness.setItem(w.officer, String(w.areas[2].id), ChecklistItem.BALLOTS, true);
    expect(await t.services.readiness.summary('all')).toMatchObject({ done: all.done + 1 });
    expect(await t.services.readiness.summary({ provinceId: district[0].provinceId })).toMatchObject({ done: 18 });
  });

  it('counts down to the 07:00 opening by the election clock, then stays at 0', async () => {
    const t = db();
    const w = await makeWard(t, { areas: 1 });
    const scope = { wardId: w.ward.id };
    // Speed 0 holds the election clock still, so the countdown is exact.
    t.clock.set(at('06:00'), 0);
    const early = await t.services.readiness.summary(scope);
    expect(early.secondsToOpening).toBe(3600);
    expect(early.opensAt).toEqual(new Date(at('07:00')));
    t.clock.set(`${ELECTION_DATE}T06:59:30+07:00`, 0);
    expect((await t.services.readiness.summary(scope)).secondsToOpening).toBe(30);
    t.clock.set(at('07:00'), 0);
    expect((await t.services.readiness.summary(scope)).secondsToOpening).toBe(0);
    t.clock.set(at('09:00'));
    expect((await t.services.readiness.summary(scope)).secondsToOpening).toBe(0);
  });

  it('keeps every role inside its scope and changes nothing when refused', async () => {
    const t = db();
    const w = await makeWard(t, { areas: 1 });
    const other = await makeWard(t, { areas: 1 });
    const id = String(w.areas[0].id);
    const before = await lastSeq(t);
    await expectCode(t.services.readiness.setItem(other.officer, id, ChecklistItem.BALLOTS, true), 'FORBIDDEN');
    await expectCode(t.services.readiness.setItem(w.observer, id, ChecklistItem.BALLOTS, true), 'FORBIDDEN');
    await expectCode(t.services.readiness.setItem(w.scopedObserver, id, ChecklistItem.BALLOTS, true), 'FORBIDDEN');
    await expectCode(t.services.readiness.setItem(w.power, id, ChecklistItem.BACKUP_POWER, true), 'FORBIDDEN');
    await expectCode(t.services.readiness.setItem(w.officer, '999999999', ChecklistItem.BALLOTS, true), 'NOT_FOUND');
    await expectCode(t.services.readiness.setItem(w.officer, id, ChecklistItem.BALLOTS, true, 'x'.repeat(1001)), 'BAD_USER_INPUT');
    expect(await lastSeq(t)).toBe(before);
    expect((await t.services.readiness.summary({ pollingAreaId: w.areas[0].id })).done).toBe(0);
  });
});
