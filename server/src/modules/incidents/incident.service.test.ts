import { expect, it } from 'vitest';
import { describeEachDatabase, ELECTION_DATE } from '../../test-support/databases.js';
import { expectCode, eventsAfter, lastSeq } from '../../test-support/expect.js';
import { makeWard } from '../../test-support/fixtures.js';
import { PollingAreaStatus } from '../units/enums.js';
import { IncidentCategory as C, IncidentStatus as S, Severity } from './incident.entity.js';
import type { ReportIncidentInput } from './incident.inputs.js';

type Ward = Awaited<ReturnType<typeof makeWard>>;

/** acknowledge/resolve/reopen check role and text before returning their promise: turn such a throw into a rejection. */

const input = (w: Ward, extra: Partial<ReportIncidentInput> = {}): ReportIncidentInput => ({
  pollingAreaId: String(w.areas[0].id),
  category: C.POWER_OUTAGE,
  severity: Severity.HIGH,
  title: 'Mất điện khu vực bỏ phiếu',
  ...extra,
});

describeEachDatabase('incidents', (db) => {
  it('dispatches the default tasks of its category, in one transaction with its events', async () => {
    const t = db();
    t.clock.set(`${ELECTION_DATE}T09:00:00+07:00`);
    const w = await makeWard(t);
    const expected: [C, string[]][] = [
      [C.POWER_OUTAGE, ['POWER']],
      [C.STORM, ['POWER', 'SANITATION']],
      [C.FIRE, ['FIRE', 'POWER']],
      [C.COMPLAINT, []],
    ];
    for (const [category, agencies] of expected) {
      const before = await lastSeq(t);
      const incident = await t.services.incidents.report(w.officer, input(w, { category }));
      expect(incident).toMatchObject({ category, status: S.REPORTED, wardId: w.ward.id, pollingAreaId: w.areas[0].id, affectsVoting: false });
      expect(incident.code).toMatch(/^SC-\d{4,}$/);
      expect(incident.code).toBe(`SC-${String(incident.id).padStart(4, '0')}`);
      const tasks = await t.services.tasks.list(w.operator, { incidentId: incident.id });
      expect(await Promise.all(tasks.map(async (k) => (await t.services.agencies.byId(k.agencyId)).code))).toEqual(agencies);
      const events = await eventsAfter(t, before);
      expect(events.map((e) => e.type)).toEqual(['INCIDENT_REPORTED', ...agencies.map(() => 'TASK_DISPATCHED')]);
      expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => before + 1 + i));
      expect(new Set(events.map((e) => e.at.getTime())).size).toBe(1);
      expect(events.every((e) => e.wardId === w.ward.id && e.data.incident?.id === incident.id)).toBe(true);
      expect(events.slice(1).map((e) => e.agencies)).toEqual(agencies.map((a) => [a]));
    }
  });

  it('belongs to a ward: given, or the polling area’s, and only one the reporter may write', async () => {
    const t = db();
    const w = await makeWard(t);
    const other = await makeWard(t);
    const before = await lastSeq(t);
    await expectCode(t.services.incidents.report(w.operator, input(w, { pollingAreaId: null })), 'BAD_USER_INPUT');
    await expectCode(t.services.incidents.report(w.operator, input(other, { wardId: String(w.ward.id) })), 'BAD_USER_INPUT');
    await expectCode(t.services.incidents.report(w.operator, input(w, { pollingAreaId: '999999999' })), 'NOT_FOUND');
    await expectCode(t.services.incidents.report(other.officer, input(w)), 'FORBIDDEN');
    await expectCode(t.services.incidents.report(other.officer, input(w, { pollingAreaId: null, wardId: String(w.ward.id) })), 'FORBIDDEN');
    await expectCode(t.services.incidents.report(w.observer, input(w)), 'FORBIDDEN');
    await expectCode(t.services.incidents.report(w.power, input(w)), 'FORBIDDEN');
    expect(await lastSeq(t)).toBe(before);
    const byWard = await t.services.incidents.report(w.officer, input(w, { pollingAreaId: null, wardId: String(w.ward.id) }));
    expect(byWard).toMatchObject({ wardId: w.ward.id, pollingAreaId: null });
    const both = await t.services.incidents.report(w.officer, input(w, { wardId: String(w.ward.id) }));
    expect(both).toMatchObject({ wardId: w.ward.id, pollingAreaId: w.areas[0].id });
  });

  it('requires a title of 1-200 characters and stores text exactly as typed', async () => {
    const t = db();
    const w = await makeWard(t);
    const before = await lastSeq(t);
    await expectCode(t.services.incidents.report(w.officer, input(w, { title: '' })), 'BAD_USER_INPUT');
    await expectCode(t.services.incidents.report(w.officer, input(w, { title: '   ' })), 'BAD_USER_INPUT');
    await expectCode(t.services.incidents.report(w.officer, input(w, { title: 'x'.repeat(201) })), 'BAD_USER_INPUT');
    await expectCode(t.services.incidents.report(w.officer, input(w, { description: 'x'.repeat(2001) })), 'BAD_USER_INPUT');
    expect(await lastSeq(t)).toBe(before);
    expect((await t.services.incidents.report(w.officer, input(w, { title: 'x'.repeat(200) }))).title).toHaveLength(200);
    const markup = '<script>alert(1)</script>';
    const made = await t.services.incidents.report(w.officer, input(w, { title: markup, description: `  ${markup} & "quotes"` }));
    const read = await t.services.incidents.get(w.operator, String(made.id));
    expect(read).toMatchObject({ title: markup, description: `  ${markup} & "quotes"` });
  });

  it('is acknowledged by the operator, resolved, and reopened with a reason', async () => {
    const t = db();
    t.clock.set(`${ELECTION_DATE}T10:00:00+07:00`);
    const w = await makeWard(t);
    const id = String((await t.services.incidents.report(w.officer, input(w, { category: C.COMPLAINT }))).id);
    const before = await lastSeq(t);
    await expectCode(t.services.incidents.acknowledge(w.officer, id), 'FORBIDDEN');
    await expectCode(t.services.incidents.acknowledge(w.observer, id), 'FORBIDDEN');
    expect(await lastSeq(t)).toBe(before);
    const acked = await t.services.incidents.acknowledge(w.operator, id);
    expect(acked.status).toBe(S.ACKNOWLEDGED);
    expect(acked.acknowledgedAt).toBeInstanceOf(Date);
    await expectCode(t.services.incidents.acknowledge(w.operator, id), 'CONFLICT');
    const resolved = await t.services.incidents.resolve(w.officer, id, 'Đã giải thích cho cử tri');
    expect(resolved).toMatchObject({ status: S.RESOLVED, note: 'Đã giải thích cho cử tri' });
    const mid = await lastSeq(t);
    await expectCode(t.services.incidents.acknowledge(w.operator, id), 'CONFLICT');
    await expectCode(t.services.incidents.resolve(w.operator, id), 'CONFLICT');
    await expectCode(t.services.incidents.reopen(w.operator, id, ''), 'BAD_USER_INPUT');
    await expectCode(t.services.incidents.reopen(w.operator, id, '  '), 'BAD_USER_INPUT');
    expect(await lastSeq(t)).toBe(mid);
    const reopened = await t.services.incidents.reopen(w.operator, id, 'Cử tri tiếp tục khiếu nại');
    expect(reopened).toMatchObject({ status: S.REPORTED, resolvedAt: null, acknowledgedAt: null });
    const types = (await eventsAfter(t, before)).map((e) => e.type);
    expect(types).toEqual(['INCIDENT_ACKNOWLEDGED', 'INCIDENT_RESOLVED', 'INCIDENT_REOPENED']);
  });

  it('makes a retried report idempotent per user', async () => {
    const t = db();
    const w = await makeWard(t, { status: PollingAreaStatus.VOTING });
    const before = await lastSeq(t);
    const first = await t.services.incidents.report(w.officer, input(w, { clientRequestId: 'inc-1' }));
    const retry = await t.services.incidents.report(w.officer, input(w, { clientRequestId: 'inc-1' }));
    expect(retry).toMatchObject({ id: first.id, code: first.code });
    expect((await eventsAfter(t, before)).map((e) => e.type)).toEqual(['INCIDENT_REPORTED', 'TASK_DISPATCHED']);
    const byOperator = await t.services.incidents.report(w.operator, input(w, { clientRequestId: 'inc-1' }));
    expect(byOperator.id).not.toBe(first.id);
    expect(await t.services.tasks.list(w.operator, { incidentId: first.id })).toHaveLength(1);
    // The same id for another kind of write is refused.
    const reuse = t.services.turnout.report(w.officer, { pollingAreaId: String(w.areas[0].id), voted: 1, clientRequestId: 'inc-1' });
    await expectCode(reuse, 'BAD_USER_INPUT');
  });

  it('is listed and read only within the viewer’s scope', async () => {
    const t = db();
    const w = await makeWard(t);
    const other = await makeWard(t);
    const power = await t.services.incidents.report(w.officer, input(w));
    const complaint = await t.services.incidents.report(w.officer, input(w, { category: C.COMPLAINT }));
    const ids = async (viewer: Ward['operator']) => (await t.services.incidents.list(viewer)).map((i) => i.id);
    const both = [complaint.id, power.id];
    expect((await t.services.incidents.list(w.operator, { wardId: String(w.ward.id) })).map((i) => i.id)).toEqual(both);
    expect(await ids(w.officer)).toEqual(both);
    expect(await ids(w.scopedObserver)).toEqual(both);
    expect(await ids(w.observer)).toEqual(expect.arrayContaining(both));
    for (const outsider of [other.officer, other.scopedObserver, w.sanitation]) {
      expect(await ids(outsider)).not.toContain(power.id);
      expect(await ids(outsider)).not.toContain(complaint.id);
    }
    expect(await ids(w.power)).toContain(power.id);
    expect(await ids(w.power)).not.toContain(complaint.id);
    expect((await t.services.incidents.get(w.power, String(power.id)))?.id).toBe(power.id);
    await expectCode(t.services.incidents.get(w.sanitation, String(power.id)), 'FORBIDDEN');
    await expectCode(t.services.incidents.get(w.power, String(complaint.id)), 'FORBIDDEN');
    await expectCode(t.services.incidents.get(other.officer, String(power.id)), 'FORBIDDEN');
    await expectCode(t.services.incidents.get(other.scopedObserver, String(power.id)), 'FORBIDDEN');
  });

  it('cancels the tasks still OPEN when resolved, leaves taken ones to their liaison, and never escalates them', async () => {
    const t = db();
    t.clock.set(`${ELECTION_DATE}T09:00:00+07:00`);
    const w = await makeWard(t);
    const incident = await t.services.incidents.report(w.officer, input(w, { category: C.STORM, severity: Severity.CRITICAL }));
    const [power, sanitation] = await t.services.tasks.list(w.operator, { incidentId: incident.id });
    await t.services.tasks.acknowledge(w.sanitation, String(sanitation.id));
    const before = await lastSeq(t);
    await t.services.incidents.resolve(w.officer, String(incident.id), 'Đã có điện lại');
    const events = await eventsAfter(t, before);
    expect(events.map((e) => e.type)).toEqual(['INCIDENT_RESOLVED', 'TASK_CANCELLED']);
    expect(events[1].agencies).toEqual(['POWER']);
    expect(events[1].data.task).toMatchObject({ id: power.id, status: 'CANCELLED', cancelReason: 'Đã có điện lại' });
    const [p, s] = await t.services.tasks.list(w.operator, { incidentId: incident.id });
    expect([p.status, s.status]).toEqual(['CANCELLED', 'ACKNOWLEDGED']);
    await expectCode(t.services.tasks.acknowledge(w.power, String(power.id)), 'CONFLICT');
    t.clock.set(`${ELECTION_DATE}T09:10:00+07:00`);
    expect((await t.services.tasks.escalateOverdue()).map((k) => k.incidentId)).not.toContain(incident.id);
    expect(await t.services.tasks.list(w.operator, { overdue: true, incidentId: incident.id })).toEqual([]);
  });

  it('lets the operator mark an incident in progress', async () => {
    const t = db();
    t.clock.set(`${ELECTION_DATE}T09:00:00+07:00`);
    const w = await makeWard(t);
    const incident = await t.services.incidents.report(w.officer, input(w, { category: C.COMPLAINT }));
    await expectCode(t.services.incidents.start(w.officer, String(incident.id)), 'FORBIDDEN');
    const started = await t.services.incidents.start(w.operator, String(incident.id));
    expect(started).toMatchObject({ status: S.IN_PROGRESS });
    expect(started.acknowledgedAt).not.toBeNull();
    await expectCode(t.services.incidents.start(w.operator, String(incident.id)), 'CONFLICT');
  });

  it('takes notes from the operator, its ward officer and a liaison with a task on it, once per clientRequestId', async () => {
    const t = db();
    t.clock.set(`${ELECTION_DATE}T09:00:00+07:00`);
    const w = await makeWard(t);
    const other = await makeWard(t);
    const incident = await t.services.incidents.report(w.officer, input(w));
    const id = String(incident.id);
    const before = await lastSeq(t);
    await expectCode(t.services.incidents.addNote(other.officer, id, 'Không phải phường tôi'), 'FORBIDDEN');
    await expectCode(t.services.incidents.addNote(w.sanitation, id, 'Không có nhiệm vụ'), 'FORBIDDEN');
    await expectCode(t.services.incidents.addNote(w.observer, id, 'Quan sát'), 'FORBIDDEN');
    await expectCode(t.services.incidents.addNote(w.officer, id, '   '), 'BAD_USER_INPUT');
    expect(await lastSeq(t)).toBe(before);
    await t.services.incidents.addNote(w.officer, id, 'Tổ bầu cử dùng đèn dự phòng', 'n-1');
    await t.services.incidents.addNote(w.officer, id, 'Tổ bầu cử dùng đèn dự phòng', 'n-1');
    await t.services.incidents.addNote(w.power, id, 'Đội sửa chữa đang tới');
    await t.services.incidents.addNote(w.operator, id, 'Theo dõi');
    const notes = await t.services.incidents.notesOf(incident.id);
    expect(notes.map((n) => n.text)).toEqual(['Tổ bầu cử dùng đèn dự phòng', 'Đội sửa chữa đang tới', 'Theo dõi']);
    const events = await eventsAfter(t, before);
    expect(events.map((e) => e.type)).toEqual(['INCIDENT_NOTE_ADDED', 'INCIDENT_NOTE_ADDED', 'INCIDENT_NOTE_ADDED']);
    expect(events[0].agencies).toEqual(['POWER']);
    expect(events[1].data.note).toMatchObject({ text: 'Đội sửa chữa đang tới', incidentId: incident.id });
  });

  it('spans several areas across wards: each affected ward reads it and its tasks, one dispatch for all (SPEC 8.6)', async () => {
    const t = db();
    const a = await makeWard(t);
    const b = await makeWard(t);
    const c = await makeWard(t);
    const input = {
      pollingAreaIds: [String(b.areas[0].id), String(a.areas[0].id), String(a.areas[1].id)],
      category: C.POWER_OUTAGE,
      severity: Severity.HIGH,
      title: 'Mất điện tuyến 471',
    };
    // Only the operator writes across wards; an officer only its own areas.
    await expectCode(t.services.incidents.report(a.officer, input), 'FORBIDDEN');
    await expectCode(t.services.incidents.report(a.operator, { ...input, wardId: String(c.ward.id) }), 'BAD_USER_INPUT');
    await expectCode(t.services.incidents.report(a.operator, { ...input, pollingAreaIds: [...input.pollingAreaIds, '999999'] }), 'NOT_FOUND');
    const before = await lastSeq(t);
    const incident = await t.services.incidents.report(a.operator, input);
    expect(incident).toMatchObject({ wardId: b.ward.id, wardIds: [b.ward.id, a.ward.id], pollingAreaId: b.areas[0].id });
    expect(incident.pollingAreaIds).toEqual([b.areas[0].id, a.areas[0].id, a.areas[1].id]);
    const events = await eventsAfter(t, before);
    // One incident, one power task, each event carrying both wards.
    expect(events.map((e) => e.type)).toEqual(['INCIDENT_REPORTED', 'TASK_DISPATCHED']);
    for (const e of events) expect(e.wardIds).toEqual([b.ward.id, a.ward.id]);
    for (const [who, reads] of [
      [a.officer, true],
      [b.officer, true],
      [c.officer, false],
      [a.scopedObserver, true],
      [c.scopedObserver, false],
    ] as const) {
      expect((await t.services.incidents.list(who, {})).some((i) => i.id === incident.id)).toBe(reads);
      expect((await t.services.tasks.list(who, {})).some((k) => k.incidentId === incident.id)).toBe(reads);
    }
    expect((await t.services.incidents.list(a.operator, { wardId: String(a.ward.id) })).map((i) => i.id)).toContain(incident.id);
    // The officer of a ward it reaches (not its own) writes on it too.
    await t.services.incidents.addNote(a.officer, String(incident.id), 'Tổ 3 cũng mất điện');
    await expectCode(t.services.incidents.addNote(c.officer, String(incident.id), 'Không liên quan'), 'FORBIDDEN');
  });
});
