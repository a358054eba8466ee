import { UnitLevel } from '../units/enums.js';
import { ComplaintChannel, ComplaintKind, ComplaintSubject } from '../complaints/complaint.entity.js';
import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import type { Viewer } from '../../auth/viewer.js';
import { Event } from '../../log/event.entity.js';
import { Role } from '../users/user.entity.js';
import { describeEachDatabase, ELECTION_DATE, type TestDb } from '../../test-support/databases.js';
import { expectCode, eventsAfter, lastSeq } from '../../test-support/expect.js';
import { makeUser, makeWard } from '../../test-support/fixtures.js';
import { IncidentCategory, Severity } from '../incidents/incident.entity.js';
import { FindingKind } from '../supervision/finding.entity.js';
import { SupervisionTeam } from '../supervision/team.entity.js';
import { PollingArea } from '../polling-areas/polling-area.entity.js';
import { PollingAreaStatus as A } from '../units/enums.js';
import { District, Province, Ward } from '../units/units.entity.js';
import { VoterListChangeKind } from '../voter-list/voter-list-change.entity.js';
import { loadDay, momentsOf, type ReportMoment } from './report-day.js';
import { figuresOf, wardSlices } from './report-figures.js';
import { SituationReport, SituationReportStatus } from './situation-report.entity.js';

const SYSTEM = { id: null, username: null };
const at = (hhmm: string) => `${ELECTION_DATE}T${hhmm}:00+07:00`;
const iso = (hhmm: string) => new Date(at(hhmm)).toISOString();

async function moment(t: TestDb, checkpoint: string): Promise<ReportMoment> {
  const found = momentsOf(await t.services.elections.current()).find((m) => m.checkpoint === checkpoint);
  if (!found) throw new Error(`no checkpoint ${checkpoint}`);
  return found;
}

/** A ward of three areas: two opened at 06:30 (the log has them move), one never opened; a team follows it. */
async function openWard(t: TestDb) {
  const w = await makeWard(t, { areas: 3 });
  t.clock.set(at('06:30'), 0);
  for (const area of w.areas.slice(0, 2)) {
    await t.services.areas.setStatus(w.operator, String(area.id), A.READY);
    await t.services.areas.setStatus(w.operator, String(area.id), A.VOTING);
  }
  await t.db.tx(SYSTEM, (tx) => tx.manager.save(tx.manager.create(SupervisionTeam, { code: `doan-${w.tag}`, name: `Đoàn ${w.tag}`, wardIds: [w.ward.id] })));
  return w;
}

const turnout = async (t: TestDb, w: Awaited<ReturnType<typeof openWard>>, area: number, hhmm: string, voted: number) => {
  t.clock.set(at(hhmm), 0);
  await t.services.turnout.report(w.officer, { pollingAreaId: String(w.areas[area].id), voted });
};

const wardReport = async (t: TestDb, checkpoint: string, wardId: number) => t.db.read((m) => m.findOneByOrFail(SituationReport, { checkpoint, wardId }));

describeEachDatabase('situation reports', (get) => {
  it("counts a ward's day as of the checkpoint, not as of the compile: later rows are left out", async () => {
    const t = get();
    const w = await openWard(t);
    await turnout(t, w, 0, '09:00', 300);
    await turnout(t, w, 1, '09:45', 250);
    await turnout(t, w, 0, '09:50', 400);
    t.clock.set(at('09:55'), 0);
    await t.services.areas.setStatus(w.officer, String(w.areas[1].id), A.SUSPENDED, 'Mất điện');
    t.clock.set(at('09:20'), 0);
    const outage = await t.services.incidents.report(w.officer, {
      pollingAreaId: String(w.areas[1].id),
      category: IncidentCategory.POWER_OUTAGE,
      severity: Severity.HIGH,
      title: 'Mất điện',
    });
    const [[task]] = await t.services.tasks.ofIncidents(w.operator, [outage.id]);
    t.clock.set(at('09:22'), 0);
    await t.services.tasks.acknowledge(w.power, String(task.id));
    t.clock.set(at('09:30'), 0);
    const finding = await t.services.supervision.report(w.operator, { wardId: String(w.ward.id), kind: FindingKind.ISSUE, text: 'Thiếu nội quy' });
    const complaint = (hhmm: string, subject: ComplaintSubject, kind = ComplaintKind.COMPLAINT, wardId: number | null = w.ward.id) => {
      t.clock.set(at(hhmm), 0);
      return t.services.complaints.receive(w.operator, {
        kind,
        subject,
        channel: ComplaintChannel.IN_PERSON,
        summary: 'Đơn',
        wardId: wardId === null ? null : String(wardId),
        complainant: { name: 'Cử tri' },
      });
    };
    await complaint('09:10', ComplaintSubject.VOTING, ComplaintKind.DENUNCIATION);
    await complaint('09:15', ComplaintSubject.OTHER, ComplaintKind.PETITION, null);
    const voterList = await complaint('09:40', ComplaintSubject.VOTER_LIST);
    t.clock.set(at('09:45'), 0);
    await t.services.complaints.assign(w.operator, String(voterList.id), 'Tổ công tác');
    t.clock.set(at('09:50'), 0);
    await t.services.complaints.answer(w.operator, String(voterList.id), 'Đã bổ sung');
    // After 10:00: none of this may reach the 10:00 report.
    await turnout(t, w, 0, '10:05', 500);
    t.clock.set(at('10:06'), 0);
    await t.services.incidents.resolve(w.operator, String(outage.id), 'Đã có điện');
    t.clock.set(at('10:07'), 0);
    await t.services.incidents.report(w.officer, { wardId: String(w.ward.id), category: IncidentCategory.OTHER, severity: Severity.LOW, title: 'Hỏi đường' });
    await complaint('10:08', ComplaintSubject.COUNTING);
    t.clock.set(at('10:10'), 0);
    await t.services.supervision.address(w.operator, String(finding.id), 'Đã bổ sung');

    t.clock.set(at('10:12'), 0);
    const before = await lastSeq(t);
    await t.services.reports.compile(await moment(t, '10:00'));
    const report = await wardReport(t, '10:00', w.ward.id);
    expect(report).toMatchObject({ status: SituationReportStatus.DRAFT, checkpointAt: new Date(at('10:00')), compiledAt: new Date(at('10:12')) });
    const f = report.figures;
    expect(f).toMatchObject({
      checkpoint: '10:00',
      asOf: iso('10:00'),
      previous: null,
      place: { ward: w.ward.name },
      readiness: null,
    });
    expect(f.ballotBoxVisits).toMatchObject({ requested: 0, visited: 0, pending: 0 });
    // 09:10 about the voting (due 21:00), 09:40 about the voter list answered at 09:50; 10:08's is too late; 09:15's is the district's.
    expect(f.complaints).toEqual({
      received: 2,
      new: 2,
      answered: 1,
      transferred: 0,
      awaiting: 1,
      overdue: 0,
      byKind: { COMPLAINT: 1, DENUNCIATION: 1, PETITION: 0 },
    });
    expect(f.turnout).toMatchObject({
      registered: 3000,
      voted: 650,
      percent: 21.67,
      areasReported: 2,
      areasTotal: 3,
      change: { voted: 650, percentPoints: 21.67 },
    });
    expect(f.turnout.byArea!.map((a) => a.voted)).toEqual([400, 250, 0]);
    expect(f.turnout.byWard).toEqual([expect.objectContaining({ wardId: w.ward.id, voted: 650 })]);
    expect(f.areas.byStatus).toMatchObject({ VOTING: 1, SUSPENDED: 1, PREPARING: 1, READY: 0 });
    expect(f.areas.suspended).toEqual({
      count: 1,
      areas: [expect.objectContaining({ id: w.areas[1].id, reason: 'Mất điện', since: iso('09:55'), ward: w.ward.name })],
    });
    expect(f.areas.notOpened.areas.map((a) => a.id)).toEqual([w.areas[2].id]);
    expect(f.late).toEqual({ notReported: { count: 1, areas: [expect.objectContaining({ id: w.areas[2].id })] }, previous: null });
    expect(f.incidents).toMatchObject({ new: 1, open: 1, resolved: 0, openAffectingVoting: 0 });
    expect(f.incidents.byCategory.find((c) => c.category === IncidentCategory.POWER_OUTAGE)).toEqual({
      category: 'POWER_OUTAGE',
      new: 1,
      open: 1,
      resolved: 0,
    });
    expect(f.incidents.bySeverity.find((c) => c.severity === Severity.HIGH)).toEqual({ severity: 'HIGH', new: 1, open: 1, resolved: 0 });
    expect(f.tasks).toMatchObject({ dispatched: 1, due: 1, acknowledgedOnTime: 1, onTimePercent: 100, overdue: 0 });
    expect(f.tasks.byAgency.find((a) => a.code === 'POWER')).toMatchObject({ dispatched: 1, acknowledged: 1, medianAckSeconds: 120 });
    expect(f.findings).toEqual({ new: 1, open: 1, addressed: 0 });
    const events = (await eventsAfter(t, before)).filter((e) => e.wardId === w.ward.id);
    expect(events.map((e) => e.type)).toEqual(['SITUATION_REPORT_COMPILED']);
    expect(events[0].data.situationReport).toMatchObject({ id: report.id, checkpoint: '10:00', wardId: w.ward.id });

    // 12:30: the change since 10:00, the day's resolved incident, the areas marked late for 10:00.
    t.clock.set(at('10:20'), 0);
    await t.services.lateness.markLate();
    await turnout(t, w, 0, '11:00', 600);
    t.clock.set(at('12:31'), 0);
    await t.services.reports.compile(await moment(t, '12:30'));
    const later = (await wardReport(t, '12:30', w.ward.id)).figures;
    expect(later.previous).toEqual({ checkpoint: '10:00', asOf: iso('10:00') });
    expect(later.turnout).toMatchObject({ voted: 850, change: { voted: 200, percentPoints: 6.66 } });
    expect(later.incidents).toMatchObject({ new: 1, open: 1, resolved: 1 });
    expect(later.findings).toEqual({ new: 0, open: 0, addressed: 1 });
    expect(later.late.previous).toEqual({ checkpoint: '10:00', count: 1, areas: [expect.objectContaining({ id: w.areas[2].id })] });
    // The 10:00 report is what it was: a report is compiled once.
    expect((await wardReport(t, '10:00', w.ward.id)).figures).toEqual(f);
  });

  it('counts the voter list and the sites as they stood at the checkpoint: moves and changes after it are left out', async () => {
    const t = get();
    const w = await openWard(t);
    const [a, b, c] = w.areas.map((x) => String(x.id));
    const change = async (hhmm: string, pollingAreaId: string, kind: VoterListChangeKind, count: number) => {
      t.clock.set(at(hhmm), 0);
      await t.services.voterList.record(w.officer, { pollingAreaId, kind, count });
    };
    const relocate = async (hhmm: string, name: string) => {
      t.clock.set(at(hhmm), 0);
      await t.services.areas.relocate(w.operator, b, name, `${name}, Phố Thử`, 'Tòa nhà bị phong tỏa');
    };
    await change('09:00', a, VoterListChangeKind.ADDED_TRANSIENT, 10);
    await relocate('09:30', 'Nhà văn hóa tổ 7');
    await change('11:00', c, VoterListChangeKind.REMOVED_DECEASED, 2);
    // After 12:30: a later report counts these, the 12:30 one does not.
    await change('13:00', a, VoterListChangeKind.ADDED_OTHER, 5);
    await relocate('13:10', 'Trường Mầm non Hoa Sen');

    const figures = async (checkpoint: string) => {
      const day = await loadDay(t.db.dataSource.manager, await moment(t, checkpoint));
      return figuresOf(wardSlices(day).get(w.ward.id)!, w.ward.id);
    };
    const noon = await figures('12:30');
    expect(noon.turnout.registered).toBe(3008);
    expect(noon.turnout.byArea!.map((x) => [x.registered, x.name])).toEqual([
      [1010, w.areas[0].name],
      [1000, 'Nhà văn hóa tổ 7'],
      [998, w.areas[2].name],
    ]);
    expect(noon.voterList).toEqual({ transient: 10, addedOther: 0, removed: 2 });
    expect(noon.areas.relocated).toEqual({
      count: 1,
      areas: [
        expect.objectContaining({
          id: w.areas[1].id,
          name: 'Nhà văn hóa tổ 7',
          fromName: w.areas[1].name,
          fromAddress: w.areas[1].address,
          reason: 'Tòa nhà bị phong tỏa',
          at: iso('09:30'),
        }),
      ],
    });
    const evening = await figures('16:30');
    expect(evening.turnout.registered).toBe(3013);
    expect(evening.voterList).toEqual({ transient: 10, addedOther: 5, removed: 2 });
    expect(evening.areas.relocated.areas.map((r) => [r.fromName, r.name])).toEqual([
      [w.areas[1].name, 'Nhà văn hóa tổ 7'],
      ['Nhà văn hóa tổ 7', 'Trường Mầm non Hoa Sen'],
    ]);
  });

  it("gives the district's figures every ward's line, and readiness before opening only", async () => {
    const t = get();
    const w = await openWard(t);
    await turnout(t, w, 0, '16:00', 700);
    const afternoon: ReportMoment = {
      checkpoint: '16:30',
      at: new Date(at('16:30')),
      previous: { checkpoint: '12:30', at: new Date(at('12:30')) },
      windowFrom: new Date(at('16:00')),
      opensAt: new Date(at('07:00')),
    };
    const district = figuresOf(await t.db.read((m) => loadDay(m, afternoon)), null);
    expect(district.place.ward).toBeNull();
    expect(district.turnout.byArea).toBeNull();
    expect(district.turnout.byWard.find((x) => x.wardId === w.ward.id)).toMatchObject({ code: w.ward.code, name: w.ward.name, registered: 3000, voted: 700 });
    expect(district.turnout.registered).toBeGreaterThanOrEqual(3000);
    expect(district.readiness).toBeNull();
    // A moment before opening: the checklist as it stood, the areas' statuses then.
    t.clock.set(at('05:30'), 0);
    await t.services.readiness.setItem(w.officer, String(w.areas[2].id), 'BALLOT_BOX' as never, true);
    const early: ReportMoment = {
      checkpoint: '06:00',
      at: new Date(at('06:00')),
      previous: null,
      windowFrom: new Date(at('05:30')),
      opensAt: new Date(at('07:00')),
    };
    const day = await t.db.read((m) => loadDay(m, early));
    const ward = figuresOf(wardSlices(day).get(w.ward.id)!, w.ward.id);
    expect(ward.readiness).toEqual({ done: 1, required: 48, percent: 2.1, areasComplete: 0, areasTotal: 3 });
    expect(ward.areas.byStatus).toMatchObject({ PREPARING: 3, VOTING: 0 });
    expect(ward.areas.notOpened.count).toBe(0);
  });

  it('lists reports in scope: a ward officer its ward, the operator the district first, a liaison none', async () => {
    const t = get();
    const a = await makeWard(t);
    const b = await makeWard(t);
    t.clock.set(at('16:31'), 0);
    await t.services.reports.compile(await moment(t, '16:30'));
    const ofA = await t.services.reports.list(a.officer);
    expect(ofA.length).toBeGreaterThanOrEqual(1);
    expect(ofA.every((r) => r.wardId === a.ward.id)).toBe(true);
    const all = await t.services.reports.list(a.operator, '16:30');
    expect(all[0].wardId).toBeNull();
    expect(all.map((r) => r.wardId)).toEqual(expect.arrayContaining([a.ward.id, b.ward.id]));
    expect(new Set(all.map((r) => r.scopeKey)).size).toBe(all.length);
    // The operator of a's district: its district's report first, then its ward's; nothing of b's.
    const aDistrict = await makeUser(t, Role.DISTRICT_OPERATOR, { unitCode: `p-${a.tag}/d-${a.tag}` });
    expect((await t.services.reports.list(aDistrict, '16:30')).map((r) => [r.wardId, r.districtId])).toEqual([
      [null, a.ward.districtId],
      [a.ward.id, a.ward.districtId],
    ]);
    expect((await t.services.reports.list(a.scopedObserver, '16:30')).map((r) => r.wardId)).toEqual([a.ward.id]);
    expect((await t.services.reports.list(a.observer, '16:30', String(b.ward.id))).map((r) => r.wardId)).toEqual([b.ward.id]);
    await expectCode(t.services.reports.list(a.power), 'FORBIDDEN');
    await expectCode(t.services.reports.list(a.officer, null, String(b.ward.id)), 'FORBIDDEN');
    await expectCode(t.services.reports.list(a.officer, '11:11'), 'BAD_USER_INPUT');
    await expectCode(t.services.reports.list(a.officer, null, 'x'), 'NOT_FOUND');
    const district = all[0];
    await expectCode(t.services.reports.get(a.officer, String(district.id)), 'FORBIDDEN');
    expect(await t.services.reports.get(a.operator, '999999')).toBeNull();
  });

  it("sends a draft once: a ward's by its officer or the operator, the district's by the operator only", async () => {
    const t = get();
    const a = await makeWard(t);
    const b = await makeWard(t);
    t.clock.set(at('18:31'), 0);
    await t.services.reports.compile(await moment(t, '18:30'));
    const mine = await wardReport(t, '18:30', a.ward.id);
    const district = await t.db.read((m) => m.findOneByOrFail(SituationReport, { checkpoint: '18:30', scopeKey: `district:${a.ward.districtId}` }));
    // Another district's operator sends neither.
    const bDistrict = await makeUser(t, Role.DISTRICT_OPERATOR, { unitCode: `p-${b.tag}/d-${b.tag}` });
    const before = await lastSeq(t);
    await expectCode(t.services.reports.send(b.officer, String(mine.id)), 'FORBIDDEN');
    await expectCode(t.services.reports.send(a.observer, String(mine.id)), 'FORBIDDEN');
    await expectCode(t.services.reports.send(a.power, String(mine.id)), 'FORBIDDEN');
    await expectCode(t.services.reports.send(a.officer, String(district.id)), 'FORBIDDEN');
    for (const id of [mine.id, district.id]) await expectCode(t.services.reports.send(bDistrict, String(id)), 'FORBIDDEN');
    await expectCode(t.services.reports.send(a.officer, '999999'), 'NOT_FOUND');
    await expectCode(t.services.reports.send(a.officer, String(mine.id), 'x'.repeat(2001)), 'BAD_USER_INPUT');
    expect(await lastSeq(t)).toBe(before);

    t.clock.set(at('18:40'), 0);
    const sent = await t.services.reports.send(a.officer, String(mine.id), 'Tình hình ổn định');
    const officer = await t.services.users.displayNameOf(a.officer.id);
    expect(sent).toMatchObject({
      status: SituationReportStatus.SENT,
      note: 'Tình hình ổn định',
      sentAt: new Date(at('18:40')),
      sentBy: officer,
      figures: mine.figures,
    });
    expect(await wardReport(t, '18:30', a.ward.id)).toMatchObject({ status: SituationReportStatus.SENT, sentById: a.officer.id });
    const events = await eventsAfter(t, before);
    expect(events.map((e) => [e.type, e.wardId])).toEqual([['SITUATION_REPORT_SENT', a.ward.id]]);
    await expectCode(t.services.reports.send(a.operator, String(mine.id), 'Lần nữa'), 'CONFLICT');
    expect((await t.services.reports.send(a.operator, String(district.id))).status).toBe(SituationReportStatus.SENT);
    await expectCode(t.services.reports.send(a.operator, String(district.id)), 'CONFLICT');
  });

  it('compiles each scope of a checkpoint exactly once when two compiles race, announcing each once', async () => {
    const t = get();
    await makeWard(t);
    t.clock.set(at('19:31'), 0);
    const final = await moment(t, 'final');
    const before = await lastSeq(t);
    const [one, two] = await Promise.all([t.services.reports.compile(final), t.services.reports.compile(final)]);
    const rows = await t.db.read((m) => m.findBy(SituationReport, { checkpoint: 'final' }));
    const [{ wards, districts }] = await t.db.read((m) =>
      m.query('SELECT (SELECT count(*) FROM wards)::int AS wards, (SELECT count(*) FROM districts)::int AS districts'),
    );
    // Every ward's and district's; each test's ward is a province of one district: no province's, one nation's.
    const kinds = rows.map((r) => r.scopeKey.split(':')[0]);
    expect(kinds.filter((k) => k === 'ward' || k === 'district')).toHaveLength(wards + districts);
    expect(kinds.filter((k) => k === 'province')).toHaveLength(0);
    expect(kinds.filter((k) => k === 'nation')).toHaveLength(1);
    expect(new Set(rows.map((r) => r.scopeKey)).size).toBe(rows.length);
    expect([...one, ...two].map((r) => r.id).sort((p, q) => p - q)).toEqual(rows.map((r) => r.id).sort((p, q) => p - q));
    const compiled = (await eventsAfter(t, before)).filter((e: Event) => e.type === 'SITUATION_REPORT_COMPILED');
    expect(compiled.map((e) => Number(e.data.situationReport!.id)).sort((p, q) => p - q)).toEqual(rows.map((r) => r.id).sort((p, q) => p - q));
    // And again later: nothing is missing, nothing is written.
    expect(await t.services.reports.compile(final)).toEqual([]);
  });

  it('compiles, as the leader, only the checkpoints whose instant has passed', async () => {
    const t = get();
    const w = await makeWard(t);
    t.clock.set(at('12:29'), 0);
    await t.services.reports.compileDue();
    const of = async () => (await t.services.reports.list(w.operator, null, String(w.ward.id))).map((r) => r.checkpoint);
    expect(await of()).toEqual(['10:00']);
    t.clock.set(at('12:30'), 0);
    await t.services.reports.compileDue();
    expect(await of()).toEqual(['10:00', '12:30']);
  });
});

/** Two provinces of two districts each, one ward of two voting areas in every district, and who works them. */
async function makeCountry(t: TestDb) {
  const tag = randomBytes(4).toString('hex');
  const provinces = await t.db.tx(SYSTEM, async ({ manager }) => {
    const out: { province: Province; districts: { district: District; ward: Ward; areas: PollingArea[] }[] }[] = [];
    for (const p of [1, 2]) {
      const province = await manager.save(manager.create(Province, { code: `p${p}-${tag}`, name: `Tỉnh ${p} ${tag}` }));
      const districts = [];
      for (const d of [1, 2]) {
        const district = await manager.save(manager.create(District, { code: `d${d}`, name: `Huyện ${p}.${d}`, provinceId: province.id }));
        const ward = await manager.save(manager.create(Ward, { code: `w${p}${d}-${tag}`, name: `Xã ${p}.${d}`, districtId: district.id }));
        const areas = await manager.save(
          [1, 2].map((n) =>
            manager.create(PollingArea, {
              code: `${ward.code}-${n}`,
              number: n,
              name: `Khu vực ${n}`,
              address: `${n} Đường Thử`,
              registeredVoters: 1000 * d + 100 * p,
              seededVoters: 1000 * d + 100 * p,
              status: A.VOTING,
              wardId: ward.id,
            }),
          ),
        );
        districts.push({ district, ward, areas });
      }
      out.push({ province, districts });
    }
    return out;
  });
  const [first, second] = provinces;
  return {
    provinces,
    nationOperator: await makeUser(t, Role.DISTRICT_OPERATOR, { unitCode: 'nation' }),
    nationObserver: await makeUser(t, Role.OBSERVER, { unitCode: 'nation' }),
    firstObserver: await makeUser(t, Role.OBSERVER, { unitCode: first.province.code }),
    firstOperator: await makeUser(t, Role.DISTRICT_OPERATOR, { unitCode: first.province.code }),
    secondOperator: await makeUser(t, Role.DISTRICT_OPERATOR, { unitCode: second.province.code }),
    districtOperator: await makeUser(t, Role.DISTRICT_OPERATOR, { unitCode: `${first.province.code}/d1` }),
    districtObserver: await makeUser(t, Role.OBSERVER, { unitCode: `${first.province.code}/d1` }),
    officer: await makeUser(t, Role.WARD_OFFICER, { wardCode: first.districts[0].ward.code }),
  };
}

const byKey = (rows: SituationReport[]) => new Map(rows.map((r) => [r.scopeKey, r]));
/** The figures a province's report sums from its districts'. */
const sums = (f: SituationReport['figures']) => ({
  registered: f.turnout.registered,
  voted: f.turnout.voted,
  areasReported: f.turnout.areasReported,
  areasTotal: f.turnout.areasTotal,
  areas: f.areas.total,
  voting: f.areas.byStatus.VOTING,
  incidents: f.incidents.open,
  complaints: f.complaints.received,
});
const added = (all: ReturnType<typeof sums>[]) =>
  Object.fromEntries(Object.keys(all[0]).map((k) => [k, all.reduce((n, x) => n + x[k as keyof typeof x], 0)])) as ReturnType<typeof sums>;

describeEachDatabase('situation reports above the district', (get) => {
  it("compiles each province's report and the nation's once, the sums of their districts, announced once each", async () => {
    const t = get();
    const c = await makeCountry(t);
    const [first, second] = c.provinces;
    t.clock.set(at('15:00'), 0);
    await t.services.turnout.report(c.nationOperator, { pollingAreaId: String(first.districts[0].areas[0].id), voted: 400 });
    await t.services.turnout.report(c.nationOperator, { pollingAreaId: String(first.districts[1].areas[1].id), voted: 900 });
    await t.services.turnout.report(c.nationOperator, { pollingAreaId: String(second.districts[1].areas[0].id), voted: 1500 });
    await t.services.incidents.report(c.nationOperator, {
      wardId: String(first.districts[1].ward.id),
      category: IncidentCategory.POWER_OUTAGE,
      severity: Severity.HIGH,
      title: 'Mất điện',
    });
    // A complaint about the first district as a whole: its district's report counts it, so its province's does.
    await t.services.complaints.receive(c.districtOperator, {
      kind: ComplaintKind.PETITION,
      subject: ComplaintSubject.OTHER,
      channel: ComplaintChannel.LETTER,
      summary: 'Kiến nghị',
      districtId: String(first.districts[0].district.id),
      complainant: { name: 'Cử tri' },
    });

    t.clock.set(at('16:31'), 0);
    const before = await lastSeq(t);
    const cp = await moment(t, '16:30');
    const [one, two] = await Promise.all([t.services.reports.compile(cp), t.services.reports.compile(cp)]);
    const rows = await t.db.read((m) => m.findBy(SituationReport, { checkpoint: '16:30' }));
    const reports = byKey(rows);
    expect(reports.size).toBe(rows.length);
    // The racing compile inserted nothing the other did: together they are every row, each once.
    expect([...one, ...two].map((r) => r.id).sort((p, q) => p - q)).toEqual(rows.map((r) => r.id).sort((p, q) => p - q));
    expect(await t.services.reports.compile(cp)).toEqual([]);

    for (const { province, districts } of c.provinces) {
      const report = reports.get(`province:${province.id}`)!;
      expect(report).toMatchObject({ wardId: null, districtId: null, provinceId: province.id, status: SituationReportStatus.DRAFT });
      const ofDistricts = districts.map((d) => reports.get(`district:${d.district.id}`)!);
      expect(ofDistricts.map((r) => r.provinceId)).toEqual([province.id, province.id]);
      expect(sums(report.figures)).toEqual(added(ofDistricts.map((r) => sums(r.figures))));
      expect(report.figures.place).toEqual({ level: 'PROVINCE', province: province.name, district: '', ward: null });
      // Its rows are its districts, each line its district's own.
      expect(report.figures.turnout.byWard).toEqual([]);
      expect(report.figures.turnout.byUnit).toEqual(
        ofDistricts.map((r, i) => {
          const { byWard: _w, byArea: _a, byUnit: _u, ...line } = r.figures.turnout;
          return { id: districts[i].district.id, code: districts[i].district.code, name: districts[i].district.name, ...line };
        }),
      );
    }
    expect(sums(reports.get(`province:${first.province.id}`)!.figures)).toMatchObject({ voted: 1300, incidents: 1, complaints: 1 });
    // The nation's: every province's (every province of this database holds two districts).
    const nation = reports.get('nation')!;
    const provinceReports = rows.filter((r) => r.scopeKey.startsWith('province:'));
    expect(sums(nation.figures)).toEqual(added(provinceReports.map((r) => sums(r.figures))));
    expect(nation.figures.place).toEqual({ level: 'NATION', province: null, district: '', ward: null });
    expect(nation.figures.turnout.byUnit!.map((u) => u.id)).toEqual(expect.arrayContaining([first.province.id, second.province.id]));

    const compiled = (await eventsAfter(t, before)).filter((e) => e.type === 'SITUATION_REPORT_COMPILED');
    expect(compiled.map((e) => Number(e.data.situationReport!.id)).sort((p, q) => p - q)).toEqual(rows.map((r) => r.id).sort((p, q) => p - q));
    // Each placed where it belongs: a province's by its province alone, the nation's nowhere narrower.
    const eventOf = (r: SituationReport) => compiled.find((e) => Number(e.data.situationReport!.id) === r.id)!;
    expect(eventOf(reports.get(`province:${first.province.id}`)!)).toMatchObject({ wardId: null, districtId: null, provinceId: first.province.id });
    expect(eventOf(nation)).toMatchObject({ wardId: null, districtId: null, provinceId: null });
    expect(eventOf(reports.get(`district:${first.districts[0].district.id}`)!)).toMatchObject({ districtId: first.districts[0].district.id, provinceId: null });

    // A row gone missing is noticed by the leader's count, which counts the provinces' and the nation's.
    await t.db.tx(SYSTEM, (tx) => tx.manager.delete(SituationReport, { id: nation.id }));
    const recompiled = (await t.services.reports.compileDue()).filter((r) => r.checkpoint === '16:30');
    expect(recompiled.map((r) => r.scopeKey)).toEqual(['nation']);
  });

  it("gives a province's report to its province's and the nation's readers only, and its sending to their operators", async () => {
    const t = get();
    const c = await makeCountry(t);
    const [first, second] = c.provinces;
    t.clock.set(at('18:31'), 0);
    await t.services.reports.compile(await moment(t, '18:30'));
    const keys = async (v: Viewer) => (await t.services.reports.list(v, '18:30')).map((r) => r.scopeKey);
    const firstKey = `province:${first.province.id}`;
    const secondKey = `province:${second.province.id}`;
    expect(await keys(c.firstObserver)).toEqual(expect.arrayContaining([firstKey, `district:${first.districts[0].district.id}`]));
    expect(await keys(c.firstObserver)).not.toContain(secondKey);
    expect(await keys(c.firstObserver)).not.toContain('nation');
    // The widest first: the nation's, then the provinces', then the districts'.
    const ofNation = await keys(c.nationObserver);
    expect(ofNation[0]).toBe('nation');
    expect(ofNation.indexOf(firstKey)).toBeLessThan(ofNation.indexOf(`district:${first.districts[0].district.id}`));
    // A national screen asks for the units above the ward: no ward's report comes.
    const above = (await t.services.reports.list(c.nationObserver, '18:30', null, [UnitLevel.NATION, UnitLevel.PROVINCE, UnitLevel.DISTRICT])).map(
      (r) => r.scopeKey,
    );
    expect(above).toEqual(ofNation.filter((k) => !k.startsWith('ward:')));
    expect(ofNation.some((k) => k.startsWith('ward:'))).toBe(true);
    expect((await t.services.reports.list(c.nationObserver, '18:30', null, [UnitLevel.NATION])).map((r) => r.scopeKey)).toEqual(['nation']);
    expect(await t.services.reports.list(c.nationObserver, '18:30', null, [])).toEqual([]);
    for (const v of [c.districtOperator, c.districtObserver, c.officer]) {
      const seen = await keys(v);
      expect(seen.some((k) => k.startsWith('province:') || k === 'nation')).toBe(false);
    }
    const report = await t.db.read((m) => m.findOneByOrFail(SituationReport, { checkpoint: '18:30', scopeKey: firstKey }));
    const nation = await t.db.read((m) => m.findOneByOrFail(SituationReport, { checkpoint: '18:30', scopeKey: 'nation' }));
    await expectCode(t.services.reports.get(c.districtOperator, String(report.id)), 'FORBIDDEN');
    await expectCode(t.services.reports.get(c.firstObserver, String(nation.id)), 'FORBIDDEN');
    expect((await t.services.reports.get(c.nationObserver, String(report.id)))!.id).toBe(report.id);

    const before = await lastSeq(t);
    for (const v of [c.districtOperator, c.secondOperator, c.firstObserver, c.officer])
      await expectCode(t.services.reports.send(v, String(report.id)), 'FORBIDDEN');
    await expectCode(t.services.reports.send(c.firstOperator, String(nation.id)), 'FORBIDDEN');
    expect(await lastSeq(t)).toBe(before);
    expect((await t.services.reports.send(c.firstOperator, String(report.id), 'Ổn định')).status).toBe(SituationReportStatus.SENT);
    expect((await t.services.reports.send(c.nationOperator, String(nation.id))).status).toBe(SituationReportStatus.SENT);
    const sent = (await eventsAfter(t, before)).map((e) => [e.type, e.wardId, e.districtId, e.provinceId]);
    expect(sent).toEqual([
      ['SITUATION_REPORT_SENT', null, null, first.province.id],
      ['SITUATION_REPORT_SENT', null, null, null],
    ]);
  });
});

describeEachDatabase('situation reports of a single district', (get) => {
  it("compiles no province's or nation's report where they would repeat the district's", async () => {
    const t = get();
    await t.db.tx(SYSTEM, async ({ manager }) => {
      const province = await manager.save(manager.create(Province, { code: 'ha-noi', name: 'Hà Nội' }));
      const district = await manager.save(manager.create(District, { code: 'hai-ba-trung', name: 'Hai Bà Trưng', provinceId: province.id }));
      // A second district of the province without polling areas, and a province without any: neither makes a report above the district.
      await manager.save(manager.create(District, { code: 'hoan-kiem', name: 'Hoàn Kiếm', provinceId: province.id }));
      await manager.save(manager.create(Province, { code: 'da-nang', name: 'Đà Nẵng' }));
      for (const code of ['dong-tam', 'pho-hue']) {
        const ward = await manager.save(manager.create(Ward, { code, name: code, districtId: district.id }));
        await manager.save(
          manager.create(PollingArea, {
            code: `${code}-1`,
            number: 1,
            name: 'Khu vực 1',
            address: '1 Phố',
            registeredVoters: 900,
            seededVoters: 900,
            wardId: ward.id,
          }),
        );
      }
    });
    t.clock.set(at('10:01'), 0);
    const compiled = await t.services.reports.compileDue();
    expect(compiled.map((r) => r.scopeKey.split(':')[0]).sort()).toEqual(['district', 'district', 'ward', 'ward']);
    // And the leader's count agrees: nothing is missing.
    expect(await t.services.reports.compileDue()).toEqual([]);
  });
});
