import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test-support/databases.js';
import { makeUser, makeWard } from '../../test-support/fixtures.js';
import { isOverdue } from '../complaints/complaint-rules.js';
import { ComplaintChannel, ComplaintKind, ComplaintSubject } from '../complaints/complaint.entity.js';
import { IncidentCategory, Severity } from '../incidents/incident.entity.js';
import { FindingKind } from '../supervision/finding.entity.js';
import { SupervisionTeam } from '../supervision/team.entity.js';
import { Role } from '../users/user.entity.js';
import { VisitReason } from '../visits/visit.entity.js';
import { PollingAreaStatus, UnitLevel } from './enums.js';

const SYSTEM = { id: null, username: null };
const at = (hhmm: string, date = '2021-05-23') => new Date(`${date}T${hhmm}:00+07:00`);

describeEachDatabase('unit totals', (get) => {
  it("sums a unit's areas into a tile per unit in it, with its open incidents, and the unit's own total", async () => {
    const t = get();
    t.clock.set(at('06:00'), 0);
    const w = await makeWard(t, { areas: 3, voters: 1000 });
    const area = w.areas[0];
    await t.db.tx({ id: null, username: null }, (tx) =>
      tx.manager.query(`UPDATE polling_areas SET voted = 400, "latestReportAt" = now(), "checklistDone" = 16 WHERE id = $1`, [area.id]),
    );
    await t.services.incidents.report(w.officer, { pollingAreaId: String(area.id), category: IncidentCategory.FIRE, severity: Severity.HIGH, title: 'Cháy' });
    const district = await t.services.directory.span({ level: UnitLevel.DISTRICT, id: w.ward.districtId });
    const totals = await t.services.unitTotals.compute(district, 7);
    expect(totals.seq).toBe(7);
    expect([totals.unit.level, totals.unit.code]).toEqual([UnitLevel.DISTRICT, `p-${w.tag}/d-${w.tag}`]);
    expect(totals.children.map((c) => [c.unit.level, c.unit.code])).toEqual([[UnitLevel.WARD, w.ward.code]]);
    const expected = {
      registered: 3000,
      voted: 400,
      percent: 13.33,
      areasReported: 1,
      areasTotal: 3,
      readinessDone: 16,
      readinessRequired: 48,
      openIncidents: 1,
      suspendedAreas: 0,
      areasNotOpened: 3,
      lateAreas: 0,
      flaggedAreas: 0,
      openFindings: 0,
      overdueTasks: 0,
      overdueComplaints: 0,
      overdueVisits: 0,
      // The fire; the areas not opened are nothing to see to before the polls open.
      needingAttention: 1,
    };
    expect(totals.children[0]).toMatchObject(expected);
    expect(totals.total).toMatchObject(expected);
    // The province's tile is its district; a ward has no tiles but its own total.
    const province = await t.services.directory.span({ level: UnitLevel.PROVINCE, id: district.provinceId! });
    const byProvince = await t.services.unitTotals.compute(province, 7);
    expect(byProvince.children.map((c) => [c.unit.level, c.unit.name])).toEqual([[UnitLevel.DISTRICT, `Quận ${w.tag}`]]);
    expect(byProvince.total).toMatchObject(expected);
    const ward = await t.services.unitTotals.compute(await t.services.directory.span({ level: UnitLevel.WARD, id: w.ward.id }), 7);
    expect(ward.children).toEqual([]);
    expect(ward.total).toMatchObject(expected);
    // Once the polls should be open, each area not opened is one more (and the fire's tasks are overdue now).
    t.clock.set(at('07:30'), 0);
    const opened = (await t.services.unitTotals.compute(district, 8)).total;
    expect(opened.overdueTasks).toBeGreaterThan(0);
    expect(opened).toMatchObject({ areasNotOpened: 3, needingAttention: 1 + 3 + opened.overdueTasks });
  });

  it("counts a district's own overdue complaints (of no ward) in its tile and its province's, in no ward's", async () => {
    const t = get();
    t.clock.set(at('08:00'), 0);
    const w = await makeWard(t, { areas: 2, status: PollingAreaStatus.VOTING });
    await t.services.complaints.receive(w.operator, {
      kind: ComplaintKind.COMPLAINT,
      channel: ComplaintChannel.LETTER,
      subject: ComplaintSubject.OTHER,
      summary: 'Khiếu nại về việc niêm yết chung của quận',
      districtId: String(w.ward.districtId),
      complainant: { name: 'Nguyễn Văn B' },
      receivedAt: at('09:00', '2021-05-10'),
    });
    const district = await t.services.directory.span({ level: UnitLevel.DISTRICT, id: w.ward.districtId });
    const province = await t.services.directory.span({ level: UnitLevel.PROVINCE, id: district.provinceId! });
    const nation = await t.services.directory.span({ level: UnitLevel.NATION, id: null });
    const byDistrict = await t.services.unitTotals.compute(district, 1);
    expect(byDistrict.total).toMatchObject({ overdueComplaints: 1, needingAttention: 1 });
    expect(byDistrict.children[0]).toMatchObject({ overdueComplaints: 0, needingAttention: 0 });
    const byProvince = await t.services.unitTotals.compute(province, 1);
    expect(byProvince.total).toMatchObject({ overdueComplaints: 1, needingAttention: 1 });
    expect(byProvince.children).toMatchObject([{ unit: { level: UnitLevel.DISTRICT }, overdueComplaints: 1, needingAttention: 1 }]);
    const byNation = await t.services.unitTotals.compute(nation, 1);
    expect(byNation.children.find((c) => c.unit.code === `p-${w.tag}`)).toMatchObject({ overdueComplaints: 1, needingAttention: 1 });
    const ward = await t.services.unitTotals.compute(await t.services.directory.span({ level: UnitLevel.WARD, id: w.ward.id }), 1);
    expect(ward.total).toMatchObject({ overdueComplaints: 0, needingAttention: 0 });
  });

  it('counts what needs someone now per tile, as the records of each kind say', async () => {
    const t = get();
    t.clock.set(at('08:00'), 0);
    const w = await makeWard(t, { areas: 6, status: PollingAreaStatus.VOTING });
    const [suspended, flagged, burning, found, visited, idle] = w.areas.map((a) => String(a.id));
    await t.db.tx(SYSTEM, (tx) => tx.manager.query(`UPDATE polling_areas SET status = 'READY' WHERE id = $1`, [idle]));
    await t.services.areas.setStatus(w.operator, suspended, PollingAreaStatus.SUSPENDED, 'Mất điện');
    const jump = await t.services.turnout.report(w.officer, { pollingAreaId: flagged, voted: 960 });
    expect(jump.flags.length).toBeGreaterThan(0);
    const fire = await t.services.incidents.report(w.officer, {
      pollingAreaId: burning,
      category: IncidentCategory.FIRE,
      severity: Severity.HIGH,
      title: 'Cháy',
    });
    // Two issues at one area are one place; the ward as a whole is another; a recommendation is no issue.
    const team = await t.db.tx(SYSTEM, (tx) =>
      tx.manager.save(tx.manager.create(SupervisionTeam, { code: `doan-${w.tag}`, name: `Đoàn ${w.tag}`, wardIds: [w.ward.id] })),
    );
    const supervisor = await makeUser(t, Role.SUPERVISOR, { teamCode: team.code });
    for (const place of [{ pollingAreaId: found }, { pollingAreaId: found }, { wardId: String(w.ward.id) }])
      await t.services.supervision.report(supervisor, { ...place, kind: FindingKind.ISSUE, text: 'Chưa niêm yết danh sách cử tri' });
    await t.services.supervision.report(supervisor, { pollingAreaId: idle, kind: FindingKind.RECOMMENDATION, text: 'Nên thêm bàn viết phiếu' });
    // One complaint long past its ten days, one due tonight.
    const complaint = {
      kind: ComplaintKind.COMPLAINT,
      channel: ComplaintChannel.LETTER,
      summary: 'Khiếu nại',
      wardId: String(w.ward.id),
      complainant: { name: 'Nguyễn Văn A' },
    };
    await t.services.complaints.receive(w.officer, { ...complaint, subject: ComplaintSubject.OTHER, receivedAt: at('09:00', '2021-05-10') });
    await t.services.complaints.receive(w.officer, { ...complaint, subject: ComplaintSubject.VOTING });
    const visit = await t.services.visits.request(w.officer, { pollingAreaId: visited, voters: 2, reason: VisitReason.ILL_ELDERLY, address: 'Số 5 ngõ 12' });
    await t.services.visits.schedule(w.officer, String(visit.id), at('08:30'));
    // Past 10:00 and its grace: every area is late but the one that reports now.
    t.clock.set(at('10:20'), 0);
    await t.services.lateness.markLate();
    await t.services.turnout.report(w.officer, { pollingAreaId: visited, voted: 200 });

    const district = await t.services.directory.span({ level: UnitLevel.DISTRICT, id: w.ward.districtId });
    const [tile] = (await t.services.unitTotals.compute(district, 1)).children;
    const mine = <T extends { wardId: number | null }>(rows: T[]) => rows.filter((r) => r.wardId === w.ward.id);
    const overdueTasks = mine(await t.services.tasks.list(w.observer, { overdue: true }));
    const overdueComplaints = mine(await t.services.complaints.list(w.operator)).filter((c) => isOverdue(c, t.clock.now()));
    const expected = {
      suspendedAreas: 1,
      areasNotOpened: 1,
      lateAreas: mine(await t.services.lateness.current(w.observer)).length,
      flaggedAreas: new Set(mine(await t.services.turnout.flagged(w.observer)).map((r) => r.pollingAreaId)).size,
      openFindings: 2,
      overdueTasks: overdueTasks.length,
      overdueComplaints: overdueComplaints.length,
      overdueVisits: 1,
      openIncidents: 1,
      // Each place once: the five areas but the one visited (all of them late, some more), the ward as a
      // whole; then the fire, its overdue tasks, the complaint and the visit.
      needingAttention: 5 + 1 + 1 + overdueTasks.length + 1 + 1,
    };
    expect(expected).toMatchObject({ lateAreas: 5, flaggedAreas: 1, overdueComplaints: 1 });
    expect(expected.overdueTasks).toBeGreaterThan(0);
    expect(overdueTasks.every((task) => task.incidentId === fire.id)).toBe(true);
    expect(tile).toMatchObject(expected);
    const province = await t.services.directory.span({ level: UnitLevel.PROVINCE, id: district.provinceId! });
    expect((await t.services.unitTotals.compute(province, 1)).total).toMatchObject(expected);
    const nation = await t.services.unitTotals.compute(await t.services.directory.span({ level: UnitLevel.NATION, id: null }), 1);
    expect(nation.children.find((c) => c.unit.code === `p-${w.tag}`)).toMatchObject(expected);

    // Each one ends as its record moves: verified, acknowledged, recorded, reported.
    await t.services.turnout.verify(w.operator, String(jump.id), 'Đã xác minh');
    await t.services.tasks.acknowledge(w.power, String(overdueTasks.find((task) => task.agencyId === w.power.agencyId)!.id));
    await t.services.visits.record(w.officer, String(visit.id), 2);
    await t.services.turnout.report(w.officer, { pollingAreaId: found, voted: 200 });
    const [after] = (await t.services.unitTotals.compute(district, 2)).children;
    // The areas are the same places still (the flagged one late, the one found with its finding open).
    expect(after).toMatchObject({
      flaggedAreas: 0,
      overdueTasks: expected.overdueTasks - 1,
      overdueVisits: 0,
      lateAreas: 4,
      needingAttention: expected.needingAttention - 2,
    });
  });
});
