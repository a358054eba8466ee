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
      'BALLOT_BOX', 'AUX_BALLOT_BOX', 'NATIONAL_EMBLEM', 'SEAL_STAMP', 'BALLOTS', 'VOTER_CARDS', 'TEAM_BADGES', 'SEAL_TAPE',
      'RULES_POSTED', 'INSTRUCTIONS_POSTED', 'VOTER_LIST_POSTED', 'CANDIDATE_BIOS_POSTED', 'FLAGS_DECORATION', 'BACKUP_POWER',
      'FIRE_EXTINGUISHER', 'EPIDEMIC_KIT',
    ]);
    expect(list.map((e) => e.done)).toEqual(CHECKLIST_ITEMS.map((i) => i === 'BALLOT_BOX' || i === 'EPIDEMIC_KIT'));
  });

  it('sums done / required per area and per ward', async () => {
    const t = db();
    t.clock.set(at('06:00'));
    const w = await makeWard(t, { areas: 3 });
    const [a, b, c] = w.areas;
    for (const item of CHECKLIST_ITEMS) await t.services.readiness.setItem(w.officer, String(a.id), item, true);
    for (const item of CHECKLIST_ITEMS.slice(0, 4)) await t.services.readiness.setItem(w.officer, String(b.id), item, true);
    expect(await t.services.readiness.summary({ pollingAreaId: a.id })).toMatchObject({
      done: 16, required: 16, percent: 100, areasComplete: 1, areasTotal: 1,
    });
    expect(await t.services.readiness.summary({ pollingAreaId: b.id })).toMatchObject({
      done: 4, required: 16, percent: 25, areasComplete: 0, areasTotal: 1,
    });
    expect(await t.services.readiness.summary({ pollingAreaId: c.id })).toMatchObject({ done: 0, required: 16, percent: 0, areasComplete: 0 });
    // 20 of 48 = 41.67 %, given to one decimal.
    expect(await t.services.readiness.summary({ wardId: w.ward.id })).toMatchObject({
      done: 20, required: 48, percent: 41.7, areasComplete: 1, areasTotal: 3,
    });
    await t.services.readiness.setItem(w.officer, String(a.id), ChecklistItem.SEAL_TAPE, false);
    expect(await t.services.readiness.summary({ wardId: w.ward.id })).toMatchObject({ done: 19, areasComplete: 0 });
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
