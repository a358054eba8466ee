import { describe, expect, it } from 'vitest';
import { describeEachDatabase, ELECTION_DATE } from '../../test-support/databases.js';
import { expectCode, eventsAfter, lastSeq } from '../../test-support/expect.js';
import { makeWard } from '../../test-support/fixtures.js';
import { IncidentCategory, Severity } from '../incidents/incident.entity.js';
import { ChecklistItem, CHECKLIST_ITEMS } from '../readiness/checklist.entity.js';
import { PollingAreaStatus as S } from '../units/enums.js';
import { canMove } from './status-rules.js';

describe('status rules', () => {
  it('allows the day in order and suspension both ways, nothing backwards after voting', () => {
    expect(canMove(S.PREPARING, S.READY)).toBe(true);
    expect(canMove(S.VOTING, S.SUSPENDED)).toBe(true);
    expect(canMove(S.SUSPENDED, S.VOTING)).toBe(true);
    expect(canMove(S.CLOSED, S.VOTING)).toBe(true); // the operator's, with a reason (below)
    expect(canMove(S.COUNTED, S.VOTING)).toBe(false);
    expect(canMove(S.PREPARING, S.VOTING)).toBe(false);
    expect(canMove(S.COUNTED, S.CLOSED)).toBe(false);
  });
});

describeEachDatabase('polling area status', (db) => {
  it('walks an area through its day and logs each change', async () => {
    const t = db();
    t.clock.set(`${ELECTION_DATE}T06:30:00+07:00`);
    const w = await makeWard(t);
    const area = w.areas[0];
    const before = await lastSeq(t);
    for (const item of CHECKLIST_ITEMS) await t.services.readiness.setItem(w.officer, String(area.id), item, true);
    await t.services.areas.setStatus(w.officer, String(area.id), S.READY);
    await t.services.areas.setStatus(w.officer, String(area.id), S.VOTING);
    await t.services.areas.setStatus(w.officer, String(area.id), S.SUSPENDED, 'Mất điện, đã niêm phong hòm phiếu');
    await t.services.areas.setStatus(w.officer, String(area.id), S.VOTING);
    await t.services.areas.setStatus(w.officer, String(area.id), S.CLOSED);
    const counted = await t.services.areas.setStatus(w.officer, String(area.id), S.COUNTED);
    expect(counted.status).toBe(S.COUNTED);
    const statusEvents = (await eventsAfter(t, before)).filter((e) => e.type === 'POLLING_AREA_STATUS_CHANGED');
    expect(statusEvents.map((e) => e.data.pollingArea?.status)).toEqual([S.READY, S.VOTING, S.SUSPENDED, S.VOTING, S.CLOSED, S.COUNTED]);
  });

  it('refuses illegal moves, a suspension without reason, and READY with an incomplete checklist', async () => {
    const t = db();
    t.clock.set(`${ELECTION_DATE}T06:30:00+07:00`);
    const w = await makeWard(t);
    const id = String(w.areas[0].id);
    const before = await lastSeq(t);
    await expectCode(t.services.areas.setStatus(w.officer, id, S.VOTING), 'CONFLICT');
    await expectCode(t.services.areas.setStatus(w.officer, id, S.READY), 'CONFLICT');
    expect(await lastSeq(t)).toBe(before);
    await t.services.areas.setStatus(w.operator, id, S.READY);
    await t.services.areas.setStatus(w.operator, id, S.VOTING);
    await expectCode(t.services.areas.setStatus(w.officer, id, S.SUSPENDED), 'BAD_USER_INPUT');
    await expectCode(t.services.areas.setStatus(w.officer, id, S.SUSPENDED, '   '), 'BAD_USER_INPUT');
  });

  it('opens no earlier than 05:00 on election day, by the election clock', async () => {
    const t = db();
    const w = await makeWard(t);
    const id = String(w.areas[0].id);
    t.clock.set(`${ELECTION_DATE}T04:50:00+07:00`);
    await t.services.areas.setStatus(w.operator, id, S.READY);
    await expectCode(t.services.areas.setStatus(w.operator, id, S.VOTING), 'CONFLICT');
    t.clock.set(`${ELECTION_DATE}T05:00:01+07:00`);
    expect((await t.services.areas.setStatus(w.operator, id, S.VOTING)).status).toBe(S.VOTING);
  });

  it('lets only the operator reopen a closed area, with a reason, before 21:00', async () => {
    const t = db();
    t.clock.set(`${ELECTION_DATE}T09:45:00+07:00`);
    const w = await makeWard(t, { status: S.VOTING });
    const id = String(w.areas[0].id);
    await t.services.areas.setStatus(w.officer, id, S.CLOSED);
    const before = await lastSeq(t);
    await expectCode(t.services.areas.setStatus(w.officer, id, S.VOTING, 'Đóng nhầm'), 'FORBIDDEN');
    await expectCode(t.services.areas.setStatus(w.operator, id, S.VOTING), 'BAD_USER_INPUT');
    await expectCode(t.services.areas.setStatus(w.operator, id, S.VOTING, '  '), 'BAD_USER_INPUT');
    expect(await lastSeq(t)).toBe(before);
    const reopened = await t.services.areas.setStatus(w.operator, id, S.VOTING, 'Tổ bầu cử bấm nhầm kết thúc lúc 09:45');
    expect(reopened).toMatchObject({ status: S.VOTING, statusReason: 'Tổ bầu cử bấm nhầm kết thúc lúc 09:45' });
    const history = await t.services.areas.statusHistory(w.areas[0].id);
    expect(history.map((h) => [h.status, h.reason])).toEqual([
      [S.CLOSED, null],
      [S.VOTING, 'Tổ bầu cử bấm nhầm kết thúc lúc 09:45'],
    ]);
    await t.services.areas.setStatus(w.officer, id, S.CLOSED);
    t.clock.set(`${ELECTION_DATE}T21:00:00+07:00`);
    await expectCode(t.services.areas.setStatus(w.operator, id, S.VOTING, 'Quá giờ'), 'CONFLICT');
  });

  it('takes a clientRequestId: a resent status change or tick is applied once', async () => {
    const t = db();
    t.clock.set(`${ELECTION_DATE}T06:30:00+07:00`);
    const w = await makeWard(t);
    const id = String(w.areas[0].id);
    const before = await lastSeq(t);
    await t.services.readiness.setItem(w.officer, id, ChecklistItem.BALLOTS, true, null, 'tick-1');
    await t.services.readiness.setItem(w.officer, id, ChecklistItem.BALLOTS, true, null, 'tick-1');
    await t.services.areas.setStatus(w.operator, id, S.READY, null, 'ready-1');
    const again = await t.services.areas.setStatus(w.operator, id, S.READY, null, 'ready-1');
    expect(again.status).toBe(S.READY);
    expect((await eventsAfter(t, before)).map((e) => e.type)).toEqual(['CHECKLIST_ITEM_SET', 'POLLING_AREA_STATUS_CHANGED']);
  });

  it('keeps every role inside its scope', async () => {
    const t = db();
    const w = await makeWard(t);
    const other = await makeWard(t);
    const id = String(w.areas[0].id);
    await expectCode(t.services.areas.setStatus(other.officer, id, S.READY), 'FORBIDDEN');
    await expectCode(t.services.areas.setStatus(w.observer, id, S.READY), 'FORBIDDEN');
    await expectCode(t.services.areas.setStatus(w.power, id, S.READY), 'FORBIDDEN');
    await expectCode(t.services.areas.setStatus(w.officer, '999999', S.READY), 'NOT_FOUND');
    await expectCode(t.services.areas.get(other.officer, id), 'FORBIDDEN');
    await expectCode(t.services.areas.list(other.scopedObserver, String(w.ward.id)), 'FORBIDDEN');
    expect((await t.services.areas.list(w.scopedObserver)).map((a) => a.id)).toEqual(w.areas.map((a) => a.id));
    await expectCode(t.services.readiness.setItem(other.officer, id, ChecklistItem.BALLOTS, true), 'FORBIDDEN');
  });

  it("moves an area's site for the operator only: same number, code and voters, the old site and the reason in its event", async () => {
    const t = db();
    t.clock.set(`${ELECTION_DATE}T06:40:00+07:00`, 0);
    const w = await makeWard(t, { areas: 2, voters: 1200 });
    const area = w.areas[0];
    const id = String(area.id);
    // A power cut there with the power company on it: its liaison must learn the new address too.
    await t.services.incidents.report(w.officer, { pollingAreaId: id, category: IncidentCategory.POWER_OUTAGE, severity: Severity.HIGH, title: 'Mất điện' });
    const before = await lastSeq(t);
    await expectCode(t.services.areas.relocate(w.officer, id, 'Nhà văn hóa tổ 9', '9 Phố Mới', 'Trường bị ngập'), 'FORBIDDEN');
    await expectCode(t.services.areas.relocate(w.operator, id, '  ', '9 Phố Mới', 'Trường bị ngập'), 'BAD_USER_INPUT');
    await expectCode(t.services.areas.relocate(w.operator, id, 'Nhà văn hóa tổ 9', '9 Phố Mới', ''), 'BAD_USER_INPUT');
    await expectCode(t.services.areas.relocate(w.operator, id, area.name, area.address, 'Không đổi'), 'BAD_USER_INPUT');
    await expectCode(t.services.areas.relocate(w.operator, '999999', 'Nhà văn hóa tổ 9', '9 Phố Mới', 'Trường bị ngập'), 'NOT_FOUND');
    expect(await lastSeq(t)).toBe(before);

    const moved = await t.services.areas.relocate(w.operator, id, 'Nhà văn hóa tổ 9', '9 Phố Mới', 'Trường bị ngập');
    expect(moved).toMatchObject({ id: area.id, code: area.code, number: area.number, registeredVoters: 1200, name: 'Nhà văn hóa tổ 9', address: '9 Phố Mới' });
    expect(moved.relocatedAt?.toISOString()).toBe(new Date(`${ELECTION_DATE}T06:40:00+07:00`).toISOString());
    const [event] = await eventsAfter(t, before);
    expect(event).toMatchObject({ type: 'POLLING_AREA_RELOCATED', wardId: w.ward.id, agencies: ['POWER'] });
    expect(event.data.relocation).toMatchObject({ fromName: area.name, fromAddress: area.address, toName: 'Nhà văn hóa tổ 9', reason: 'Trường bị ngập' });
    expect(event.data.pollingArea).toMatchObject({ id: area.id, name: 'Nhà văn hóa tổ 9', address: '9 Phố Mới' });
    expect((await t.services.areas.relocations(area.id)).map((r) => [r.fromName, r.toName, r.reason])).toEqual([
      [area.name, 'Nhà văn hóa tổ 9', 'Trường bị ngập'],
    ]);
    // Another area, with no work under way: no liaison is told.
    await t.services.areas.relocate(w.operator, String(w.areas[1].id), 'Nhà văn hóa tổ 10', '10 Phố Mới', 'Tòa nhà bị phong tỏa', 'move-1');
    await t.services.areas.relocate(w.operator, String(w.areas[1].id), 'Nhà văn hóa tổ 10', '10 Phố Mới', 'Tòa nhà bị phong tỏa', 'move-1');
    const later = (await eventsAfter(t, before)).slice(1);
    expect(later.map((e) => [e.type, e.agencies])).toEqual([['POLLING_AREA_RELOCATED', []]]);
  });
});
