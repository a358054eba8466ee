import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test-support/databases.js';
import { eventsAfter, expectCode, lastSeq } from '../../test-support/expect.js';
import { makeWard } from '../../test-support/fixtures.js';
import { dueAt, isOverdue } from './complaint-rules.js';
import { ComplaintChannel, ComplaintKind, ComplaintStatus as S, ComplaintSubject } from './complaint.entity.js';
import type { ReceiveComplaintInput } from './complaint.inputs.js';

const at = (iso: string) => new Date(iso);

describe('complaint deadlines (SPEC 8.4)', () => {
  it('gives the voter list 5 days, voting and counting the end of counting that day, the rest 10 days', () => {
    const received = at('2021-05-18T09:30:00+07:00');
    expect(dueAt(ComplaintSubject.VOTER_LIST, received)).toEqual(at('2021-05-23T09:30:00+07:00'));
    expect(dueAt(ComplaintSubject.CANDIDATE, received)).toEqual(at('2021-05-28T09:30:00+07:00'));
    expect(dueAt(ComplaintSubject.OTHER, received)).toEqual(at('2021-05-28T09:30:00+07:00'));
    expect(dueAt(ComplaintSubject.VOTING, at('2021-05-23T08:15:00+07:00'))).toEqual(at('2021-05-23T21:00:00+07:00'));
    // 23:30 local is the next day in UTC: still that local day's counting.
    expect(dueAt(ComplaintSubject.COUNTING, at('2021-05-23T06:00:00+07:00'))).toEqual(at('2021-05-23T21:00:00+07:00'));
    // Counting ran late: after 21:00, by 21:00 the next day, never before it arrived.
    expect(dueAt(ComplaintSubject.COUNTING, at('2021-05-23T22:10:00+07:00'))).toEqual(at('2021-05-24T21:00:00+07:00'));
  });

  it('follows the configured deadlines', () => {
    const d = { voterListDays: 3, countingEnds: '23:30', defaultDays: 15 };
    const received = at('2021-05-23T10:00:00+07:00');
    expect(dueAt(ComplaintSubject.VOTER_LIST, received, d)).toEqual(at('2021-05-26T10:00:00+07:00'));
    expect(dueAt(ComplaintSubject.VOTING, received, d)).toEqual(at('2021-05-23T23:30:00+07:00'));
    expect(dueAt(ComplaintSubject.ORGANISATION, received, d)).toEqual(at('2021-06-07T10:00:00+07:00'));
  });

  it('is overdue past its deadline until answered or sent on', () => {
    const dueAtNoon = { dueAt: at('2021-05-23T12:00:00+07:00') };
    const after = at('2021-05-23T12:00:01+07:00');
    expect(isOverdue({ ...dueAtNoon, status: S.RECEIVED }, after)).toBe(true);
    expect(isOverdue({ ...dueAtNoon, status: S.ASSIGNED }, after)).toBe(true);
    expect(isOverdue({ ...dueAtNoon, status: S.ASSIGNED }, at('2021-05-23T11:59:59+07:00'))).toBe(false);
    for (const status of [S.ANSWERED, S.CLOSED, S.TRANSFERRED]) expect(isOverdue({ ...dueAtNoon, status }, after)).toBe(false);
  });
});

const NAME = 'Trần Thị Tố Giác';
const CONTACT = '0912 345 678, số 5 phố Thử';

function intake(wardId: number, extra: Partial<ReceiveComplaintInput> = {}): ReceiveComplaintInput {
  return {
    kind: ComplaintKind.DENUNCIATION,
    subject: ComplaintSubject.VOTING,
    channel: ComplaintChannel.IN_PERSON,
    summary: 'Có người bỏ phiếu thay nhiều cử tri',
    wardId: String(wardId),
    complainant: { name: NAME, contact: CONTACT },
    ...extra,
  };
}

describeEachDatabase('complaints register', (get) => {
  it('registers a denunciation from the ward desk once per clientRequestId, with its deadline, and keeps who filed it out of the log', async () => {
    const t = get();
    t.clock.set('2021-05-23T08:00:00+07:00');
    const w = await makeWard(t);
    const before = await lastSeq(t);
    const input = intake(w.ward.id, { clientRequestId: 'dt-1' });
    const first = await t.services.complaints.receive(w.officer, input);
    const again = await t.services.complaints.receive(w.officer, input);
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({ status: S.RECEIVED, wardId: w.ward.id, code: `DT-${String(first.id).padStart(4, '0')}` });
    expect(first.dueAt).toEqual(at('2021-05-23T21:00:00+07:00'));
    const events = await eventsAfter(t, before);
    expect(events.map((e) => [e.type, e.wardId])).toEqual([['COMPLAINT_RECEIVED', w.ward.id]]);
    expect(JSON.stringify(events)).not.toContain(NAME);
    expect(JSON.stringify(events)).not.toContain('0912');
    expect(JSON.stringify(first)).not.toContain(NAME);
    // Only the district operator reads who filed it; the officer who typed it in does not read it back.
    expect(await t.services.complaints.complainantsOf(w.operator, [first.id])).toEqual([expect.objectContaining({ name: NAME, contact: CONTACT })]);
    for (const who of [w.officer, w.observer, w.scopedObserver, w.power]) expect(await t.services.complaints.complainantsOf(who, [first.id])).toEqual([null]);
  });

  it('refuses other roles, other wards, a district-wide intake from a ward, and bad input, writing nothing', async () => {
    const t = get();
    t.clock.set('2021-05-23T08:00:00+07:00');
    const w = await makeWard(t);
    const other = await makeWard(t);
    const before = await lastSeq(t);
    for (const who of [w.observer, w.scopedObserver, w.power]) await expectCode(t.services.complaints.receive(who, intake(w.ward.id)), 'FORBIDDEN');
    await expectCode(t.services.complaints.receive(w.officer, intake(other.ward.id)), 'FORBIDDEN');
    await expectCode(t.services.complaints.receive(w.officer, intake(w.ward.id, { wardId: null })), 'FORBIDDEN');
    await expectCode(t.services.complaints.receive(w.officer, intake(w.ward.id, { pollingAreaId: String(other.areas[0].id) })), 'BAD_USER_INPUT');
    await expectCode(t.services.complaints.receive(w.officer, intake(w.ward.id, { summary: ' ' })), 'BAD_USER_INPUT');
    await expectCode(t.services.complaints.receive(w.officer, intake(w.ward.id, { complainant: { name: '' } })), 'BAD_USER_INPUT');
    await expectCode(t.services.complaints.receive(w.officer, intake(w.ward.id, { receivedAt: at('2021-05-24T08:00:00+07:00') })), 'BAD_USER_INPUT');
    const err = await t.services.complaints.receive(w.officer, intake(w.ward.id, { summary: 'x'.repeat(2001) })).catch((e: Error) => e);
    expect(JSON.stringify(err)).not.toContain(NAME);
    expect(String(err)).not.toContain(NAME);
    expect(await lastSeq(t)).toBe(before);
  });

  it('moves RECEIVED → ASSIGNED → ANSWERED → CLOSED for the operator alone, and refuses a move the table does not have', async () => {
    const t = get();
    t.clock.set('2021-05-18T10:00:00+07:00');
    const w = await makeWard(t);
    const c = await t.services.complaints.receive(w.operator, intake(w.ward.id, { kind: ComplaintKind.COMPLAINT, subject: ComplaintSubject.VOTER_LIST }));
    expect(c.dueAt.getTime() - c.receivedAt.getTime()).toBe(5 * 24 * 3_600_000);
    const id = String(c.id);
    await expectCode(t.services.complaints.assign(w.officer, id, 'Tổ công tác'), 'FORBIDDEN');
    await expectCode(t.services.complaints.answer(w.operator, id, 'Đã bổ sung'), 'CONFLICT');
    expect((await t.services.complaints.assign(w.operator, id, 'Tổ công tác phường')).status).toBe(S.ASSIGNED);
    expect((await t.services.complaints.assign(w.operator, id, 'Ban bầu cử')).assignee).toBe('Ban bầu cử');
    const answered = await t.services.complaints.answer(w.operator, id, 'Đã bổ sung tên vào danh sách');
    expect(answered).toMatchObject({ status: S.ANSWERED, answer: 'Đã bổ sung tên vào danh sách' });
    expect((await t.services.complaints.close(w.operator, id)).status).toBe(S.CLOSED);
    await expectCode(t.services.complaints.transfer(w.operator, id, 'Ủy ban bầu cử thành phố', null), 'CONFLICT');
    const other = await t.services.complaints.receive(w.operator, intake(w.ward.id));
    const sent = await t.services.complaints.transfer(w.operator, String(other.id), 'Công an quận', 'Có dấu hiệu vi phạm pháp luật');
    expect(sent).toMatchObject({ status: S.TRANSFERRED, transferredTo: 'Công an quận', transferNote: 'Có dấu hiệu vi phạm pháp luật' });
  });

  it('escalates a complaint past its deadline once, with an event, and lists it as overdue', async () => {
    const t = get();
    t.clock.set('2021-05-23T20:00:00+07:00');
    const w = await makeWard(t);
    const late = await t.services.complaints.receive(w.officer, intake(w.ward.id, { subject: ComplaintSubject.COUNTING }));
    const answered = await t.services.complaints.receive(w.officer, intake(w.ward.id, { subject: ComplaintSubject.COUNTING }));
    await t.services.complaints.assign(w.operator, String(answered.id), 'Tổ bầu cử');
    await t.services.complaints.answer(w.operator, String(answered.id), 'Đã kiểm tra lại');
    const before = await lastSeq(t);
    t.clock.set('2021-05-23T21:00:05+07:00');
    const raised = await t.services.complaints.escalateOverdue();
    expect(raised.map((c) => c.id)).toContain(late.id);
    expect(raised.map((c) => c.id)).not.toContain(answered.id);
    await t.services.complaints.escalateOverdue();
    const events = (await eventsAfter(t, before)).filter((e) => e.wardId === w.ward.id);
    expect(events.map((e) => [e.type, e.data.complaint?.id])).toEqual([['COMPLAINT_OVERDUE', late.id]]);
    const overdue = await t.services.complaints.list(w.operator, { wardId: String(w.ward.id), overdue: true });
    expect(overdue.map((c) => c.id)).toEqual([late.id]);
    const officerSees = await t.services.complaints.list(w.officer, {});
    expect(officerSees.map((c) => c.id).sort()).toEqual([late.id, answered.id].sort());
  });
});
