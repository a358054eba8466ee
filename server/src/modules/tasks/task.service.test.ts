import { expect, it } from 'vitest';
import { describeEachDatabase, ELECTION_DATE, type TestDb } from '../../test-support/databases.js';
import { expectCode, eventsAfter, lastSeq } from '../../test-support/expect.js';
import { makeWard } from '../../test-support/fixtures.js';
import { AgencyCode } from '../agencies/agency.entity.js';
import { IncidentCategory as C, IncidentStatus, Severity } from '../incidents/incident.entity.js';
import { TaskStatus as T } from './task.entity.js';

type Ward = Awaited<ReturnType<typeof makeWard>>;
const at = (hhmm: string) => `${ELECTION_DATE}T${hhmm}:00+07:00`;

/** decline checks its reason before returning its promise: turn such a throw into a rejection. */

/** An incident reported by the ward officer, with its default tasks in agency order of dispatch. */
async function incidentWith(t: TestDb, w: Ward, category: C, severity = Severity.HIGH) {
  const incident = await t.services.incidents.report(w.officer, { pollingAreaId: String(w.areas[0].id), category, severity, title: `${category} test` });
  const tasks = await t.services.tasks.list(w.operator, { incidentId: incident.id });
  return { incident, tasks, ids: tasks.map((k) => String(k.id)) };
}

describeEachDatabase('tasks', (db) => {
  it('goes OPEN → ACKNOWLEDGED → IN_PROGRESS → DONE, and starting it puts the incident in progress', async () => {
    const t = db();
    t.clock.set(at('09:00'));
    const w = await makeWard(t);
    const {
      incident,
      ids: [id],
    } = await incidentWith(t, w, C.POWER_OUTAGE);
    const before = await lastSeq(t);
    expect(await t.services.tasks.acknowledge(w.power, id)).toMatchObject({ status: T.ACKNOWLEDGED, acknowledgedAt: expect.any(Date) });
    expect((await t.services.incidents.get(w.operator, String(incident.id)))?.status).toBe(IncidentStatus.REPORTED);
    expect(await t.services.tasks.start(w.power, id)).toMatchObject({ status: T.IN_PROGRESS, startedAt: expect.any(Date) });
    expect((await t.services.incidents.get(w.operator, String(incident.id)))?.status).toBe(IncidentStatus.IN_PROGRESS);
    expect(await t.services.tasks.complete(w.power, id, 'Đã cấp điện lại')).toMatchObject({ status: T.DONE, note: 'Đã cấp điện lại' });
    const events = await eventsAfter(t, before);
    expect(events.map((e) => e.type)).toEqual(['TASK_ACKNOWLEDGED', 'TASK_STARTED', 'INCIDENT_IN_PROGRESS', 'TASK_DONE']);
    expect(events.every((e) => e.wardId === w.ward.id)).toBe(true);
    const done = await lastSeq(t);
    await expectCode(t.services.tasks.acknowledge(w.power, id), 'CONFLICT');
    await expectCode(t.services.tasks.start(w.operator, id), 'CONFLICT');
    await expectCode(t.services.tasks.decline(w.power, id, 'Quá muộn'), 'CONFLICT');
    expect(await lastSeq(t)).toBe(done);
  });

  it('is declined only with a reason, and only by its own agency or the operator', async () => {
    const t = db();
    t.clock.set(at('09:00'));
    const w = await makeWard(t);
    const {
      incident,
      ids: [powerTask, sanitationTask],
    } = await incidentWith(t, w, C.STORM, Severity.MEDIUM);
    const before = await lastSeq(t);
    await expectCode(t.services.tasks.decline(w.sanitation, sanitationTask, ''), 'BAD_USER_INPUT');
    await expectCode(t.services.tasks.decline(w.sanitation, sanitationTask, '   '), 'BAD_USER_INPUT');
    await expectCode(t.services.tasks.acknowledge(w.sanitation, powerTask), 'FORBIDDEN');
    await expectCode(t.services.tasks.acknowledge(w.power, sanitationTask), 'FORBIDDEN');
    await expectCode(t.services.tasks.acknowledge(w.officer, powerTask), 'FORBIDDEN');
    await expectCode(t.services.tasks.acknowledge(w.observer, powerTask), 'FORBIDDEN');
    await expectCode(t.services.tasks.acknowledge(w.power, '999999999'), 'NOT_FOUND');
    expect(await lastSeq(t)).toBe(before);
    const declined = await t.services.tasks.decline(w.sanitation, sanitationTask, 'Không có xe hút nước');
    expect(declined).toMatchObject({ status: T.DECLINED, declineReason: 'Không có xe hút nước', declinedAt: expect.any(Date) });
    await expectCode(t.services.tasks.acknowledge(w.sanitation, sanitationTask), 'CONFLICT');
    // A declined task is no longer active: the operator may dispatch the agency again.
    const again = await t.services.tasks.dispatch(w.operator, { incidentId: String(incident.id), agency: AgencyCode.SANITATION });
    expect(again.status).toBe(T.OPEN);
    expect(await t.services.tasks.acknowledge(w.operator, powerTask)).toMatchObject({ status: T.ACKNOWLEDGED });
  });

  it('is due for acknowledgement 2/5/15/30 minutes after dispatch by severity', async () => {
    const t = db();
    t.clock.set(at('09:00'));
    const w = await makeWard(t);
    const minutes: [Severity, number][] = [
      [Severity.CRITICAL, 2],
      [Severity.HIGH, 5],
      [Severity.MEDIUM, 15],
      [Severity.LOW, 30],
    ];
    for (const [severity, due] of minutes) {
      const {
        tasks: [task],
      } = await incidentWith(t, w, C.POWER_OUTAGE, severity);
      expect(task.ackDueAt.getTime() - task.createdAt.getTime()).toBe(due * 60_000);
    }
  });

  it('is overdue once past its deadline unacknowledged', async () => {
    const t = db();
    t.clock.set(at('10:00'));
    const w = await makeWard(t);
    const critical = await incidentWith(t, w, C.POWER_OUTAGE, Severity.CRITICAL);
    const low = await incidentWith(t, w, C.POWER_OUTAGE, Severity.LOW);
    const overdueOf = async (incidentId: number) => (await t.services.tasks.list(w.operator, { overdue: true, incidentId })).map((k) => k.id);
    expect(await overdueOf(critical.incident.id)).toEqual([]);
    t.clock.set(at('10:03'));
    expect(await overdueOf(critical.incident.id)).toEqual([critical.tasks[0].id]);
    expect(await overdueOf(low.incident.id)).toEqual([]);
    const notOverdue = await t.services.tasks.list(w.operator, { overdue: false, incidentId: low.incident.id });
    expect(notOverdue.map((k) => k.id)).toEqual([low.tasks[0].id]);
    const forPower = (await t.services.tasks.list(w.power, { overdue: true })).map((k) => k.id);
    expect(forPower).toContain(critical.tasks[0].id);
    expect(forPower).not.toContain(low.tasks[0].id);
    await t.services.tasks.acknowledge(w.power, critical.ids[0]);
    expect(await overdueOf(critical.incident.id)).toEqual([]);
  });

  it('escalates each overdue task exactly once', async () => {
    const t = db();
    t.clock.set(at('14:00'));
    const w = await makeWard(t);
    const storm = await incidentWith(t, w, C.STORM, Severity.CRITICAL);
    const mine = storm.tasks.map((k) => k.id);
    const before = await lastSeq(t);
    const early = await t.services.tasks.escalateOverdue();
    expect(early.filter((k) => mine.includes(k.id))).toEqual([]);
    t.clock.set(at('14:03'));
    const first = await t.services.tasks.escalateOverdue();
    expect(first.map((k) => k.id)).toEqual(expect.arrayContaining(mine));
    const second = await t.services.tasks.escalateOverdue();
    expect(second.map((k) => k.id).filter((id) => mine.includes(id))).toEqual([]);
    const overdueEvents = (await eventsAfter(t, before)).filter((e) => e.type === 'TASK_OVERDUE' && mine.includes(Number(e.data.task?.id)));
    expect(overdueEvents.map((e) => Number(e.data.task?.id)).sort((a, b) => a - b)).toEqual([...mine].sort((a, b) => a - b));
    expect(overdueEvents.every((e) => e.actor === null && e.wardId === w.ward.id)).toBe(true);
    const after = await t.services.tasks.list(w.operator, { incidentId: storm.incident.id });
    expect(after.every((k) => k.escalatedAt !== null && k.status === T.OPEN)).toBe(true);
  });

  it('is dispatched by the operator only, once per agency while active, never on a resolved incident', async () => {
    const t = db();
    t.clock.set(at('11:00'));
    const w = await makeWard(t);
    const { incident } = await incidentWith(t, w, C.POWER_OUTAGE);
    const incidentId = String(incident.id);
    const before = await lastSeq(t);
    await expectCode(t.services.tasks.dispatch(w.power, { incidentId, agency: AgencyCode.FIRE }), 'FORBIDDEN');
    await expectCode(t.services.tasks.dispatch(w.officer, { incidentId, agency: AgencyCode.FIRE }), 'FORBIDDEN');
    await expectCode(t.services.tasks.dispatch(w.operator, { incidentId, agency: AgencyCode.POWER }), 'CONFLICT');
    await expectCode(t.services.tasks.dispatch(w.operator, { incidentId: '999999999', agency: AgencyCode.FIRE }), 'NOT_FOUND');
    expect(await lastSeq(t)).toBe(before);
    const fire = await t.services.tasks.dispatch(w.operator, { incidentId, agency: AgencyCode.FIRE, note: 'Kiểm tra tủ điện' });
    expect(fire).toMatchObject({ status: T.OPEN, incidentId: incident.id, wardId: w.ward.id, note: 'Kiểm tra tủ điện' });
    const events = await eventsAfter(t, before);
    expect(events.map((e) => [e.type, e.agencies])).toEqual([['TASK_DISPATCHED', ['FIRE']]]);
    await t.services.incidents.resolve(w.operator, incidentId);
    const resolved = await lastSeq(t);
    await expectCode(t.services.tasks.dispatch(w.operator, { incidentId, agency: AgencyCode.HEALTH }), 'CONFLICT');
    expect(await lastSeq(t)).toBe(resolved);
  });

  it("lists for a liaison only its own agency's tasks", async () => {
    const t = db();
    const w = await makeWard(t);
    const other = await makeWard(t);
    const {
      incident,
      tasks: [powerTask, sanitationTask],
    } = await incidentWith(t, w, C.STORM);
    const incidentId = incident.id;
    const ids = async (viewer: Ward['operator'], agency?: AgencyCode) => (await t.services.tasks.list(viewer, { incidentId, agency })).map((k) => k.id);
    expect(await ids(w.power)).toEqual([powerTask.id]);
    expect(await ids(w.sanitation)).toEqual([sanitationTask.id]);
    expect(await ids(w.power, AgencyCode.SANITATION)).toEqual([]);
    expect(await ids(w.operator)).toEqual([powerTask.id, sanitationTask.id]);
    expect(await ids(w.officer)).toEqual([powerTask.id, sanitationTask.id]);
    expect(await ids(other.officer)).toEqual([]);
    expect(await ids(other.scopedObserver)).toEqual([]);
    const power = await t.services.agencies.byCode(AgencyCode.POWER);
    expect((await t.services.tasks.list(w.power, {})).every((k) => k.agencyId === power.id)).toBe(true);
    await expectCode(t.services.tasks.get(w.sanitation, String(powerTask.id)), 'FORBIDDEN');
  });
});
