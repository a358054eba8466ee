import { expect, it } from 'vitest';
import { describeEachDatabase, type TestDb } from '../../test-support/databases.js';
import { eventsAfter, expectCode, lastSeq } from '../../test-support/expect.js';
import { makeWard } from '../../test-support/fixtures.js';
import { ChecklistItem } from '../readiness/checklist.entity.js';
import { PollingAreaStatus as A } from '../units/enums.js';
import { VisitReason, VisitStatus as S } from './visit.entity.js';

const at = (hhmm: string, date = '2021-05-23') => new Date(`${date}T${hhmm}:00+07:00`);

/** A ward of two areas with 1,000 voters each; the first voting from 07:00. */
async function votingWard(t: TestDb) {
  const w = await makeWard(t);
  t.clock.set(at('06:30'), 0);
  await t.services.areas.setStatus(w.operator, String(w.areas[0].id), A.READY);
  t.clock.set(at('07:00'), 0);
  await t.services.areas.setStatus(w.operator, String(w.areas[0].id), A.VOTING);
  return { ...w, area: String(w.areas[0].id), idle: String(w.areas[1].id) };
}

const ask = (area: string, reason = VisitReason.ILL_ELDERLY, voters = 2) => ({ pollingAreaId: area, voters, reason, address: 'Số 5 ngõ 12 phố Thử' });

describeEachDatabase('ballot-box visits', (get) => {
  it('takes a request from the day before, once per clientRequestId, and sends the box only while the area votes', async () => {
    const t = get();
    const w = await makeWard(t);
    t.clock.set(at('20:00', '2021-05-22'), 0);
    const input = { ...ask(String(w.areas[0].id)), clientRequestId: 'hp-1' };
    const visit = await t.services.visits.request(w.officer, input);
    expect((await t.services.visits.request(w.officer, input)).id).toBe(visit.id);
    expect(visit).toMatchObject({ status: S.REQUESTED, code: `HP-${String(visit.id).padStart(4, '0')}`, wardId: w.ward.id });
    // Two days before: too early. Before voting: the box stays.
    t.clock.set(at('23:00', '2021-05-21'), 0);
    await expectCode(t.services.visits.request(w.officer, ask(String(w.areas[0].id))), 'CONFLICT');
    t.clock.set(at('06:00'), 0);
    await expectCode(t.services.visits.schedule(w.officer, String(visit.id), at('09:00')), 'CONFLICT');
    t.clock.set(at('06:30'), 0);
    await t.services.areas.setStatus(w.operator, String(w.areas[0].id), A.READY);
    t.clock.set(at('07:00'), 0);
    await t.services.areas.setStatus(w.operator, String(w.areas[0].id), A.VOTING);
    const before = await lastSeq(t);
    expect(await t.services.visits.schedule(w.officer, String(visit.id), at('09:00'))).toMatchObject({ status: S.SCHEDULED, scheduledFor: at('09:00') });
    expect((await t.services.visits.schedule(w.officer, String(visit.id), at('09:30'))).scheduledFor).toEqual(at('09:30'));
    t.clock.set(at('09:50'), 0);
    await expectCode(t.services.visits.record(w.officer, String(visit.id), 3), 'BAD_USER_INPUT');
    const done = await t.services.visits.record(w.officer, String(visit.id), 2);
    expect(done).toMatchObject({ status: S.VISITED, ballotsCollected: 2, visitedAt: at('09:50') });
    await expectCode(t.services.visits.cancel(w.officer, String(visit.id), 'Nhầm'), 'CONFLICT');
    const events = await eventsAfter(t, before);
    expect(events.map((e) => e.type)).toEqual(['BALLOT_BOX_VISIT_SCHEDULED', 'BALLOT_BOX_VISIT_SCHEDULED', 'BALLOT_BOX_VISIT_RECORDED']);
    expect(events[2].data.ballotBoxVisit).toMatchObject({ id: visit.id, ballotsCollected: 2 });
  });

  it('sends a quarantine visit only with the epidemic kit ticked, with a clear refusal otherwise', async () => {
    const t = get();
    const w = await votingWard(t);
    const visit = await t.services.visits.request(w.officer, ask(w.area, VisitReason.QUARANTINE, 3));
    const refusal = (await t.services.visits.schedule(w.officer, String(visit.id), at('10:00')).then(
      () => null,
      (e: unknown) => e,
    )) as { message: string; extensions: { code: string } } | null;
    expect(refusal?.extensions.code).toBe('CONFLICT');
    expect(refusal?.message).toContain('Vật tư phòng dịch');
    await t.services.readiness.setItem(w.officer, w.area, ChecklistItem.EPIDEMIC_KIT, true);
    expect((await t.services.visits.schedule(w.officer, String(visit.id), at('10:00'))).status).toBe(S.SCHEDULED);
  });

  it('refuses other wards, other roles, bad figures and times, and a cancel without a reason, writing nothing', async () => {
    const t = get();
    const w = await votingWard(t);
    const other = await makeWard(t);
    const visit = await t.services.visits.request(w.operator, ask(w.area));
    const before = await lastSeq(t);
    for (const who of [other.officer, w.observer, w.power]) await expectCode(t.services.visits.request(who, ask(w.area)), 'FORBIDDEN');
    await expectCode(t.services.visits.schedule(other.officer, String(visit.id), at('10:00')), 'FORBIDDEN');
    for (const voters of [0, -1, 1001, 1.5])
      await expectCode(t.services.visits.request(w.officer, ask(w.area, VisitReason.DISABLED, voters)), 'BAD_USER_INPUT');
    await expectCode(t.services.visits.request(w.officer, { ...ask(w.area), address: ' ' }), 'BAD_USER_INPUT');
    await expectCode(t.services.visits.schedule(w.officer, String(visit.id), at('22:00')), 'BAD_USER_INPUT');
    await expectCode(t.services.visits.schedule(w.officer, String(visit.id), at('10:00', '2021-05-24')), 'BAD_USER_INPUT');
    await expectCode(t.services.visits.cancel(w.officer, String(visit.id), ''), 'BAD_USER_INPUT');
    await expectCode(t.services.visits.record(w.officer, String(visit.id), 1), 'CONFLICT'); // not scheduled yet
    expect(await lastSeq(t)).toBe(before);
    expect((await t.services.visits.cancel(w.officer, String(visit.id), 'Cử tri đã tự đến điểm bỏ phiếu')).status).toBe(S.CANCELLED);
    // Reads: like the area's details.
    expect((await t.services.visits.list(w.scopedObserver, {})).map((v) => v.id)).toContain(visit.id);
    expect((await t.services.visits.list(other.officer, {})).map((v) => v.id)).not.toContain(visit.id);
    await expectCode(t.services.visits.list(w.power, {}), 'FORBIDDEN');
  });
});
