import { describe, expect, it } from 'vitest';
import { describeEachDatabase, ELECTION_DATE } from '../../test-support/databases.js';
import { expectCode, eventsAfter, lastSeq } from '../../test-support/expect.js';
import { makeWard } from '../../test-support/fixtures.js';
import { PollingAreaStatus as S } from '../units/enums.js';
import { VoterListChangeKind as K } from './voter-list-change.entity.js';
import { applyChange, MAX_VOTER_LIST_CHANGE } from './voter-list-rules.js';

const at = (hhmm: string) => `${ELECTION_DATE}T${hhmm}:00+07:00`;

describe('voter list rules', () => {
  const area = { registeredVoters: 1000, transientVoters: 0, votersRemoved: 0, status: S.VOTING, voted: 990 };

  it('moves the list up for additions and down for removals, keeping transient voters and removals apart', () => {
    expect(applyChange(area, K.ADDED_TRANSIENT, 3)).toEqual({ registeredVoters: 1003, transientVoters: 3, votersRemoved: 0 });
    expect(applyChange(area, K.ADDED_OTHER, 2)).toEqual({ registeredVoters: 1002, transientVoters: 0, votersRemoved: 0 });
    expect(applyChange(area, K.REMOVED_DECEASED, 10)).toEqual({ registeredVoters: 990, transientVoters: 0, votersRemoved: 10 });
  });

  it('refuses a removal below the latest turnout, a closed list, and counts that are not 1 to 4,000', () => {
    expect(() => applyChange(area, K.REMOVED_MOVED, 11)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'CONFLICT' }) }));
    for (const status of [S.CLOSED, S.COUNTED]) {
      expect(() => applyChange({ ...area, status }, K.ADDED_TRANSIENT, 1)).toThrow(expect.objectContaining({ key: 'voterListClosed' }));
    }
    for (const count of [0, -1, 1.5, MAX_VOTER_LIST_CHANGE + 1, Number.NaN]) {
      expect(() => applyChange(area, K.ADDED_TRANSIENT, count)).toThrow(expect.objectContaining({ key: 'voterListCount' }));
    }
    expect(applyChange(area, K.ADDED_OTHER, MAX_VOTER_LIST_CHANGE).registeredVoters).toBe(5000);
  });
});

describeEachDatabase('voter list changes', (db) => {
  it("moves the area's registered voters, every sum and percentage with it, and logs the new figure", async () => {
    const t = db();
    t.clock.set(at('08:00'));
    const w = await makeWard(t, { areas: 2, voters: 1000, status: S.VOTING });
    const [a, b] = w.areas;
    await t.services.turnout.report(w.officer, { pollingAreaId: String(a.id), voted: 500 });
    const before = await lastSeq(t);
    const added = await t.services.voterList.record(w.officer, { pollingAreaId: String(a.id), kind: K.ADDED_TRANSIENT, count: 3, note: '3 giấy chứng nhận' });
    expect(added).toMatchObject({ pollingAreaId: a.id, wardId: w.ward.id, kind: K.ADDED_TRANSIENT, count: 3, registeredAfter: 1003 });
    await t.services.voterList.record(w.operator, { pollingAreaId: String(b.id), kind: K.REMOVED_DECEASED, count: 4 });

    const area = await t.services.areas.get(w.officer, String(a.id));
    expect(area).toMatchObject({ registeredVoters: 1003, seededVoters: 1000, transientVoters: 3, votersRemoved: 0 });
    expect(await t.services.units.registeredVoters(w.ward.id)).toBe(1999);
    const ward = await t.services.turnout.total({ wardId: w.ward.id });
    expect(ward).toMatchObject({ registered: 1999, voted: 500, percent: 25.01 });
    const district = await t.services.turnout.total({ districtId: w.ward.districtId });
    expect(district.registered).toBe(1999);
    expect((await t.services.turnout.byWard({ districtId: w.ward.districtId }))[0]).toMatchObject({ registered: 1999 });

    const events = await eventsAfter(t, before);
    expect(events.map((e) => [e.type, e.wardId])).toEqual([
      ['VOTER_LIST_CHANGED', w.ward.id],
      ['VOTER_LIST_CHANGED', w.ward.id],
    ]);
    expect(events[0].data.pollingArea).toMatchObject({ id: a.id, registeredVoters: 1003, transientVoters: 3 });
    expect(events[1].data.voterListChange).toMatchObject({ kind: K.REMOVED_DECEASED, count: 4, registeredAfter: 996 });
    // A figure up to the new list is taken, one above it refused.
    expect((await t.services.turnout.report(w.officer, { pollingAreaId: String(a.id), voted: 1003 })).voted).toBe(1003);
    await expectCode(t.services.turnout.report(w.officer, { pollingAreaId: String(b.id), voted: 997 }), 'BAD_USER_INPUT');
  });

  it('refuses a removal below the latest turnout (CONFLICT) and absurd counts (BAD_USER_INPUT), changing nothing', async () => {
    const t = db();
    t.clock.set(at('15:00'));
    const w = await makeWard(t, { areas: 1, voters: 1000, status: S.VOTING });
    const id = String(w.areas[0].id);
    await t.services.turnout.report(w.officer, { pollingAreaId: id, voted: 995 });
    const before = await lastSeq(t);
    await expectCode(t.services.voterList.record(w.officer, { pollingAreaId: id, kind: K.REMOVED_MOVED, count: 6 }), 'CONFLICT');
    for (const count of [0, -5, 4001, 2 ** 31 - 1]) {
      await expectCode(t.services.voterList.record(w.officer, { pollingAreaId: id, kind: K.ADDED_OTHER, count }), 'BAD_USER_INPUT');
    }
    await expectCode(t.services.voterList.record(w.officer, { pollingAreaId: id, kind: K.ADDED_OTHER, count: 1, note: 'x'.repeat(1001) }), 'BAD_USER_INPUT');
    expect(await lastSeq(t)).toBe(before);
    expect((await t.services.areas.get(w.operator, id))?.registeredVoters).toBe(1000);
    expect(await t.services.voterList.list(w.operator, { pollingAreaId: id })).toEqual([]);
    // Down to the figure itself is allowed: every voter left on the list has voted.
    const down = await t.services.voterList.record(w.officer, { pollingAreaId: id, kind: K.REMOVED_MOVED, count: 5 });
    expect(down.registeredAfter).toBe(995);
  });

  it('is closed with the voting: no change once the area is CLOSED', async () => {
    const t = db();
    const w = await makeWard(t, { areas: 1, status: S.CLOSED });
    await expectCode(t.services.voterList.record(w.operator, { pollingAreaId: String(w.areas[0].id), kind: K.ADDED_TRANSIENT, count: 1 }), 'CONFLICT');
  });

  it('applies a resent change once: the same clientRequestId returns the first result', async () => {
    const t = db();
    const w = await makeWard(t, { areas: 1, voters: 800 });
    const input = { pollingAreaId: String(w.areas[0].id), kind: K.ADDED_TRANSIENT, count: 2, clientRequestId: 'vl-1' };
    const before = await lastSeq(t);
    const first = await t.services.voterList.record(w.officer, input);
    const again = await t.services.voterList.record(w.officer, input);
    expect(again.id).toBe(first.id);
    expect((await t.services.areas.get(w.officer, input.pollingAreaId))?.registeredVoters).toBe(802);
    expect((await eventsAfter(t, before)).length).toBe(1);
    await expectCode(t.services.areas.setStatus(w.officer, input.pollingAreaId, S.READY, null, 'vl-1'), 'BAD_USER_INPUT');
  });

  it('keeps writes to the own ward and reads to those who read the area', async () => {
    const t = db();
    const w = await makeWard(t, { areas: 1 });
    const other = await makeWard(t, { areas: 1 });
    const id = String(w.areas[0].id);
    const input = { pollingAreaId: id, kind: K.ADDED_TRANSIENT, count: 1 };
    for (const who of [other.officer, w.observer, w.power]) await expectCode(t.services.voterList.record(who, input), 'FORBIDDEN');
    await expectCode(t.services.voterList.record(w.officer, { ...input, pollingAreaId: '999999' }), 'NOT_FOUND');
    const change = await t.services.voterList.record(w.officer, input);
    await t.services.voterList.record(other.officer, { ...input, pollingAreaId: String(other.areas[0].id) });

    expect((await t.services.voterList.list(w.officer)).map((c) => c.id)).toEqual([change.id]);
    expect((await t.services.voterList.list(w.scopedObserver, { wardId: String(w.ward.id) })).map((c) => c.id)).toEqual([change.id]);
    expect((await t.services.voterList.list(w.operator, { pollingAreaId: id })).map((c) => c.id)).toEqual([change.id]);
    await expectCode(t.services.voterList.list(other.officer, { pollingAreaId: id }), 'FORBIDDEN');
    await expectCode(t.services.voterList.list(other.officer, { wardId: String(w.ward.id) }), 'FORBIDDEN');
    await expectCode(t.services.voterList.list(w.power), 'FORBIDDEN');
  });
});
