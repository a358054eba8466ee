import { describe, expect, it } from 'vitest';
import { NATION, type UnitSpan, type Viewer } from '../auth/viewer.js';
import { UnitLevel } from '../modules/units/enums.js';
import { Event, EventType } from '../log/event.entity.js';
import { Complaint, ComplaintChannel, ComplaintKind, ComplaintSubject } from '../modules/complaints/complaint.entity.js';
import { AgencyCode } from '../modules/agencies/agency.entity.js';
import { Incident, IncidentCategory, Severity } from '../modules/incidents/incident.entity.js';
import { PollingArea } from '../modules/polling-areas/polling-area.entity.js';
import { Task } from '../modules/tasks/task.entity.js';
import { District, Province, Ward } from '../modules/units/units.entity.js';
import { Role } from '../modules/users/user.entity.js';
import { describeEachDatabase } from '../test-support/databases.js';
import { makeUser, makeWard } from '../test-support/fixtures.js';
import { Finding, FindingKind } from '../modules/supervision/finding.entity.js';
import { SupervisionTeam } from '../modules/supervision/team.entity.js';
import { scopeKeyOf, SituationReport } from '../modules/reports/situation-report.entity.js';
import type { SituationFigures } from '../modules/reports/report-figures.types.js';
import { eventWards, mayRead, mayReadField, mayWritePlace, mayWriteWard, readFilter, readsNone, scopeKey, type ScopeFacts, type ScopeKind } from './scope.js';

const viewer = (role: Role, extra: Partial<Viewer> = {}): Viewer => ({
  id: 1,
  username: role,
  role,
  wardId: null,
  agencyId: null,
  agencyCode: null,
  observerWardIds: null,
  teamId: null,
  teamWardIds: null,
  sessionVersion: 0,
  unit: NATION,
  home: NATION,
  ...extra,
});

// Province 100 holds district 10 (wards 1 and 2); province 200 holds district 20 (ward 3).
const span = (level: UnitLevel, id: number, wards: number[], districts: number[], provinceId: number, districtId: number | null): UnitSpan => ({
  level,
  id,
  wards: new Set(wards),
  districts: new Set(districts),
  provinceId,
  districtId,
});
const D10 = span(UnitLevel.DISTRICT, 10, [1, 2], [10], 100, 10);
const D20 = span(UnitLevel.DISTRICT, 20, [3], [20], 200, 20);
const P100 = span(UnitLevel.PROVINCE, 100, [1, 2], [10], 100, null);
const W1 = span(UnitLevel.WARD, 1, [1], [], 100, 10);

// Ward 1 and ward 2; the power company is agency 7.
const V = {
  operator: viewer(Role.DISTRICT_OPERATOR),
  observer: viewer(Role.OBSERVER),
  observerOf1: viewer(Role.OBSERVER, { observerWardIds: [1] }),
  observerOfNone: viewer(Role.OBSERVER, { observerWardIds: [] }),
  officerOf1: viewer(Role.WARD_OFFICER, { wardId: 1 }),
  officerOfNone: viewer(Role.WARD_OFFICER),
  power: viewer(Role.LIAISON, { agencyId: 7, agencyCode: AgencyCode.POWER }),
  teamOf1: viewer(Role.SUPERVISOR, { teamId: 4, teamWardIds: [1] }),
  // Accounts scoped to a unit (the others above work in the whole deployment).
  operatorOfD10: viewer(Role.DISTRICT_OPERATOR, { unit: D10, home: D10 }),
  operatorOfD20: viewer(Role.DISTRICT_OPERATOR, { unit: D20, home: D20 }),
  observerOfP100: viewer(Role.OBSERVER, { unit: P100, home: P100 }),
  operatorOfP100: viewer(Role.DISTRICT_OPERATOR, { unit: P100, home: P100 }),
  observerOf1InP100: viewer(Role.OBSERVER, { observerWardIds: [1], unit: P100, home: P100 }),
  officerOf1InD10: viewer(Role.WARD_OFFICER, { wardId: 1, unit: W1, home: D10 }),
  powerOfD10: viewer(Role.LIAISON, { agencyId: 7, agencyCode: AgencyCode.POWER, unit: D10, home: D10 }),
};
type Who = keyof typeof V;

const R = {
  ward1: ['ward', { id: 1 }],
  ward2: ['ward', { id: 2 }],
  area1: ['pollingArea', { wardId: 1 }],
  area2: ['pollingArea', { wardId: 2 }],
  incident1: ['incident', { wardId: 1, agencyIds: [] }],
  incident2WithPowerTask: ['incident', { wardId: 2, agencyIds: [3, 7] }],
  task1OfSanitation: ['task', { wardId: 1, agencyId: 3 }],
  task2OfPower: ['task', { wardId: 2, agencyId: 7 }],
  event1: ['event', { wardId: 1, agencies: [] }],
  event2ForPower: ['event', { wardId: 2, agencies: ['SANITATION', 'POWER'] }],
  eventOfNoWard: ['event', { wardId: null, agencies: [] }],
  finding1: ['finding', { wardId: 1 }],
  finding2: ['finding', { wardId: 2 }],
  report1: ['situationReport', { wardId: 1 }],
  report2: ['situationReport', { wardId: 2 }],
  districtReport: ['situationReport', { wardId: null }],
  // A feeder's outage over wards 2 and 1 (SPEC 8.6), its task and its event: read by the readers of either.
  incidentOver2and1: ['incident', { wardId: 2, wardIds: [2, 1], agencyIds: [3] }],
  taskOver2and1: ['task', { wardId: 2, wardIds: [2, 1], agencyId: 3 }],
  eventOver2and1: ['event', { wardId: 2, wardIds: [2, 1], agencies: ['SANITATION'] }],
  complaint1: ['complaint', { wardId: 1 }],
  complaint2: ['complaint', { wardId: 2 }],
  districtComplaint: ['complaint', { wardId: null }],
  // Ward 3, of district 20 in province 200; district 10's own report and complaint.
  ward3: ['ward', { id: 3 }],
  area3: ['pollingArea', { wardId: 3 }],
  incident3WithPowerTask: ['incident', { wardId: 3, agencyIds: [7] }],
  task3OfPower: ['task', { wardId: 3, agencyId: 7 }],
  event3ForPower: ['event', { wardId: 3, agencies: ['POWER'] }],
  reportOfD10: ['situationReport', { wardId: null, districtId: 10 }],
  reportOfD20: ['situationReport', { wardId: null, districtId: 20 }],
  complaintOfD10: ['complaint', { wardId: null, districtId: 10 }],
  eventOfD10: ['event', { wardId: null, districtId: 10, agencies: [] }],
  // A province's and the nation's own report (no ward, no district), and their events.
  reportOfP100: ['situationReport', { wardId: null, districtId: null, provinceId: 100 }],
  reportOfP200: ['situationReport', { wardId: null, districtId: null, provinceId: 200 }],
  nationReport: ['situationReport', { wardId: null, districtId: null, provinceId: null }],
  eventOfP100: ['event', { wardId: null, districtId: null, provinceId: 100, agencies: [] }],
  eventOfNation: ['event', { wardId: null, districtId: null, provinceId: null, agencies: [] }],
  // A district report carries its province too: still placed by its district.
  reportOfD20InP200: ['situationReport', { wardId: null, districtId: 20, provinceId: 200 }],
  district10: ['district', { id: 10, provinceId: 100 }],
  district20: ['district', { id: 20, provinceId: 200 }],
  province100: ['province', { id: 100 }],
  province200: ['province', { id: 200 }],
} satisfies Record<string, [ScopeKind, ScopeFacts[ScopeKind]]>;
type Rec = keyof typeof R;

/** Who reads each record: the whole table, row by row (SPEC section 2). */
const READS: Record<Rec, Who[]> = {
  ward1: [
    'operator',
    'observer',
    'observerOf1',
    'observerOf1InP100',
    'officerOf1',
    'officerOfNone',
    'power',
    'teamOf1',
    'operatorOfD10',
    'observerOfP100',
    'operatorOfP100',
    'officerOf1InD10',
    'powerOfD10',
  ],
  ward2: [
    'operator',
    'observer',
    'officerOf1',
    'officerOfNone',
    'power',
    'teamOf1',
    'operatorOfD10',
    'observerOfP100',
    'operatorOfP100',
    'officerOf1InD10',
    'powerOfD10',
  ],
  area1: [
    'operator',
    'observer',
    'observerOf1',
    'observerOf1InP100',
    'officerOf1',
    'teamOf1',
    'operatorOfD10',
    'observerOfP100',
    'operatorOfP100',
    'officerOf1InD10',
  ],
  area2: ['operator', 'observer', 'operatorOfD10', 'observerOfP100', 'operatorOfP100'],
  incident1: [
    'operator',
    'observer',
    'observerOf1',
    'observerOf1InP100',
    'officerOf1',
    'teamOf1',
    'operatorOfD10',
    'observerOfP100',
    'operatorOfP100',
    'officerOf1InD10',
  ],
  incident2WithPowerTask: ['operator', 'observer', 'power', 'operatorOfD10', 'observerOfP100', 'operatorOfP100', 'powerOfD10'],
  task1OfSanitation: [
    'operator',
    'observer',
    'observerOf1',
    'observerOf1InP100',
    'officerOf1',
    'teamOf1',
    'operatorOfD10',
    'observerOfP100',
    'operatorOfP100',
    'officerOf1InD10',
  ],
  task2OfPower: ['operator', 'observer', 'power', 'operatorOfD10', 'observerOfP100', 'operatorOfP100', 'powerOfD10'],
  event1: [
    'operator',
    'observer',
    'observerOf1',
    'observerOf1InP100',
    'officerOf1',
    'teamOf1',
    'operatorOfD10',
    'observerOfP100',
    'operatorOfP100',
    'officerOf1InD10',
  ],
  event2ForPower: ['operator', 'observer', 'power', 'operatorOfD10', 'observerOfP100', 'operatorOfP100', 'powerOfD10'],
  eventOfNoWard: ['operator', 'observer'],
  finding1: [
    'operator',
    'observer',
    'observerOf1',
    'observerOf1InP100',
    'officerOf1',
    'teamOf1',
    'operatorOfD10',
    'observerOfP100',
    'operatorOfP100',
    'officerOf1InD10',
  ],
  finding2: ['operator', 'observer', 'operatorOfD10', 'observerOfP100', 'operatorOfP100'],
  report1: [
    'operator',
    'observer',
    'observerOf1',
    'observerOf1InP100',
    'officerOf1',
    'teamOf1',
    'operatorOfD10',
    'observerOfP100',
    'operatorOfP100',
    'officerOf1InD10',
  ],
  report2: ['operator', 'observer', 'operatorOfD10', 'observerOfP100', 'operatorOfP100'],
  // The district's report: only to those who read every ward.
  districtReport: ['operator', 'observer'],
  incidentOver2and1: [
    'operator',
    'observer',
    'observerOf1',
    'observerOf1InP100',
    'officerOf1',
    'teamOf1',
    'operatorOfD10',
    'observerOfP100',
    'operatorOfP100',
    'officerOf1InD10',
  ],
  taskOver2and1: [
    'operator',
    'observer',
    'observerOf1',
    'observerOf1InP100',
    'officerOf1',
    'teamOf1',
    'operatorOfD10',
    'observerOfP100',
    'operatorOfP100',
    'officerOf1InD10',
  ],
  eventOver2and1: [
    'operator',
    'observer',
    'observerOf1',
    'observerOf1InP100',
    'officerOf1',
    'teamOf1',
    'operatorOfD10',
    'observerOfP100',
    'operatorOfP100',
    'officerOf1InD10',
  ],
  complaint1: [
    'operator',
    'observer',
    'observerOf1',
    'observerOf1InP100',
    'officerOf1',
    'teamOf1',
    'operatorOfD10',
    'observerOfP100',
    'operatorOfP100',
    'officerOf1InD10',
  ],
  complaint2: ['operator', 'observer', 'operatorOfD10', 'observerOfP100', 'operatorOfP100'],
  districtComplaint: ['operator', 'observer'],
  ward3: ['operator', 'observer', 'officerOf1', 'officerOfNone', 'power', 'teamOf1', 'operatorOfD20'],
  area3: ['operator', 'observer', 'operatorOfD20'],
  incident3WithPowerTask: ['operator', 'observer', 'power', 'operatorOfD20'],
  task3OfPower: ['operator', 'observer', 'power', 'operatorOfD20'],
  event3ForPower: ['operator', 'observer', 'power', 'operatorOfD20'],
  // A district's own records: to those who read every ward of it.
  reportOfD10: ['operator', 'observer', 'operatorOfD10', 'observerOfP100', 'operatorOfP100'],
  reportOfD20: ['operator', 'observer', 'operatorOfD20'],
  complaintOfD10: ['operator', 'observer', 'operatorOfD10', 'observerOfP100', 'operatorOfP100'],
  eventOfD10: ['operator', 'observer', 'operatorOfD10', 'observerOfP100', 'operatorOfP100'],
  // Above the district: to the operators and observers of that province or the nation, never a district's or a ward's.
  reportOfP100: ['operator', 'observer', 'observerOfP100', 'operatorOfP100'],
  reportOfP200: ['operator', 'observer'],
  nationReport: ['operator', 'observer'],
  eventOfP100: ['operator', 'observer', 'observerOfP100', 'operatorOfP100'],
  eventOfNation: ['operator', 'observer'],
  reportOfD20InP200: ['operator', 'observer', 'operatorOfD20'],
  // Units by name and totals: inside the viewer's home unit, or the units it lies in.
  district10: [
    'operator',
    'observer',
    'observerOf1',
    'observerOf1InP100',
    'observerOfNone',
    'officerOf1',
    'officerOfNone',
    'power',
    'teamOf1',
    'operatorOfD10',
    'observerOfP100',
    'operatorOfP100',
    'officerOf1InD10',
    'powerOfD10',
  ],
  district20: ['operator', 'observer', 'observerOf1', 'observerOfNone', 'officerOf1', 'officerOfNone', 'power', 'teamOf1', 'operatorOfD20'],
  province100: [
    'operator',
    'observer',
    'observerOf1',
    'observerOf1InP100',
    'observerOfNone',
    'officerOf1',
    'officerOfNone',
    'power',
    'teamOf1',
    'operatorOfD10',
    'observerOfP100',
    'operatorOfP100',
    'officerOf1InD10',
    'powerOfD10',
  ],
  province200: ['operator', 'observer', 'observerOf1', 'observerOfNone', 'officerOf1', 'officerOfNone', 'power', 'teamOf1', 'operatorOfD20'],
};

describe('read scope, as a table', () => {
  for (const [rec, readers] of Object.entries(READS) as [Rec, Who[]][]) {
    for (const who of Object.keys(V) as Who[]) {
      const allowed = readers.includes(who);
      it(`${who} ${allowed ? 'reads' : 'does not read'} ${rec}`, () => {
        const [kind, facts] = R[rec];
        expect(mayRead(V[who], kind, facts as never)).toBe(allowed);
      });
    }
  }

  it('gives the private fields of an area only to those who read the area itself', () => {
    for (const who of Object.keys(V) as Who[]) {
      const area = READS.area1.includes(who);
      expect(mayReadField(V[who], 'PollingArea.statusHistory', { wardId: 1 })).toBe(area);
      expect(mayReadField(V[who], 'PollingArea.turnoutReports', { wardId: 1 })).toBe(area);
    }
  });

  it("gives who filed a complaint to the operator of the complaint's unit alone, whichever ward it concerns", () => {
    for (const who of Object.keys(V) as Who[]) {
      for (const wardId of [1, 2, null]) {
        const reads = who === 'operator' || ((who === 'operatorOfD10' || who === 'operatorOfP100') && wardId !== null);
        expect(mayReadField(V[who], 'Complaint.complainant', { wardId }), `${who} ${wardId}`).toBe(reads);
      }
      expect(mayReadField(V[who], 'Complaint.complainant', { wardId: null, districtId: 10 }), who).toBe(
        ['operator', 'operatorOfD10', 'operatorOfP100'].includes(who),
      );
    }
  });

  it('refuses a list of areas outright to those who read none', () => {
    expect((Object.keys(V) as Who[]).filter((who) => readsNone(V[who], 'pollingArea'))).toEqual(['observerOfNone', 'officerOfNone', 'power', 'powerOfD10']);
    expect(readsNone(viewer(Role.SUPERVISOR), 'pollingArea')).toBe(true);
    expect((Object.keys(V) as Who[]).filter((who) => readsNone(V[who], 'situationReport'))).toEqual(['observerOfNone', 'officerOfNone', 'power', 'powerOfD10']);
  });

  it("lets only the operator of the ward's unit and the ward's own officer write a ward", () => {
    expect((Object.keys(V) as Who[]).filter((who) => mayWriteWard(V[who], 1))).toEqual([
      'operator',
      'officerOf1',
      'operatorOfD10',
      'operatorOfP100',
      'officerOf1InD10',
    ]);
    expect((Object.keys(V) as Who[]).filter((who) => mayWriteWard(V[who], 3))).toEqual(['operator', 'operatorOfD20']);
  });

  it("lets only the operator of a district's unit write the district's own records", () => {
    expect((Object.keys(V) as Who[]).filter((who) => mayWritePlace(V[who], { wardId: null, districtId: 10 }))).toEqual([
      'operator',
      'operatorOfD10',
      'operatorOfP100',
    ]);
  });

  it("lets only the operator of a province or the nation send the province's report, and the nation's operator the nation's", () => {
    const writers = (r: { wardId: null; districtId: null; provinceId: number | null }) => (Object.keys(V) as Who[]).filter((who) => mayWritePlace(V[who], r));
    expect(writers({ wardId: null, districtId: null, provinceId: 100 })).toEqual(['operator', 'operatorOfP100']);
    expect(writers({ wardId: null, districtId: null, provinceId: 200 })).toEqual(['operator']);
    expect(writers({ wardId: null, districtId: null, provinceId: null })).toEqual(['operator']);
  });

  it("finds every reader of a ward's event among the viewers whose event wards hold it", () => {
    for (const [rec, readers] of Object.entries(READS) as [Rec, Who[]][]) {
      const [kind, facts] = R[rec];
      if (kind !== 'event' || (facts as { wardId: number | null }).wardId === null) continue;
      const e = facts as ScopeFacts['event'];
      for (const who of readers) {
        const wards = eventWards(V[who]);
        const wardsOfEvent = e.wardIds?.length ? e.wardIds : [e.wardId!];
        expect(wards === null || wardsOfEvent.some((w) => wards.has(w)), `${who} ${rec}`).toBe(true);
      }
    }
  });

  it('keys the live hub by every fact a rule reads: viewers sharing a key read the same', () => {
    const keys = new Set(Object.values(V).map(scopeKey));
    expect(keys.size).toBe(Object.keys(V).length);
    expect(scopeKey({ ...V.observerOf1, id: 99, username: 'other' })).toBe(scopeKey(V.observerOf1));
    expect(scopeKey(viewer(Role.OBSERVER, { observerWardIds: [2, 1] }))).toBe(scopeKey(viewer(Role.OBSERVER, { observerWardIds: [1, 2] })));
  });
});

describeEachDatabase('read scope in SQL', (get) => {
  it('selects exactly the rows the one-record rule accepts, for every viewer and kind', async () => {
    const t = get();
    const a = await makeWard(t);
    const b = await makeWard(t);
    const area = (w: typeof a) => String(w.areas[0].id);
    // Ward a: a complaint with no task; ward b: an outage with a power task; a storm in a with power and sanitation.
    await t.services.incidents.report(a.officer, { pollingAreaId: area(a), category: IncidentCategory.COMPLAINT, severity: Severity.LOW, title: 'Khiếu nại' });
    await t.services.incidents.report(b.officer, {
      pollingAreaId: area(b),
      category: IncidentCategory.POWER_OUTAGE,
      severity: Severity.HIGH,
      title: 'Mất điện',
    });
    await t.services.incidents.report(a.officer, { pollingAreaId: area(a), category: IncidentCategory.STORM, severity: Severity.HIGH, title: 'Mưa bão' });
    // A feeder's outage over b and a, reported by the operator: its power task and events are b's and a's.
    await t.services.incidents.report(a.operator, {
      pollingAreaIds: [area(b), area(a)],
      category: IncidentCategory.POWER_OUTAGE,
      severity: Severity.HIGH,
      title: 'Mất điện tuyến 471',
    });
    const wards = [a.ward.id, b.ward.id];
    const [teamA] = await t.db.tx({ id: null, username: null }, (tx) =>
      tx.manager.save([a, b].map((w) => tx.manager.create(SupervisionTeam, { code: `doan-${w.tag}`, name: `Đoàn ${w.tag}`, wardIds: [w.ward.id] }))),
    );
    const supervisor = await makeUser(t, Role.SUPERVISOR, { teamCode: teamA.code });
    await t.services.supervision.report(supervisor, { pollingAreaId: area(a), kind: FindingKind.ISSUE, text: 'Niêm yết chưa đủ' });
    await t.services.supervision.report(a.operator, { wardId: String(b.ward.id), kind: FindingKind.GOOD_PRACTICE, text: 'Tốt' });
    const checkpoint = `scope-${a.tag}`;
    const [aDistrict, bDistrict] = await t.db.read((m) => Promise.all([a, b].map((w) => m.findOneByOrFail(District, { id: w.ward.districtId }))));
    // a's district's, a's and b's wards', a's province's and the nation's: each announced, as a compile does.
    const places = [
      { wardId: null, districtId: a.ward.districtId, provinceId: aDistrict.provinceId },
      { wardId: a.ward.id, districtId: a.ward.districtId, provinceId: aDistrict.provinceId },
      { wardId: b.ward.id, districtId: b.ward.districtId, provinceId: bDistrict.provinceId },
      { wardId: null, districtId: null, provinceId: aDistrict.provinceId },
      { wardId: null, districtId: null, provinceId: null },
    ];
    const reports = await t.db.tx({ id: null, username: null }, async (tx) => {
      const saved = await tx.manager.save(
        places.map((place) =>
          tx.manager.create(SituationReport, {
            checkpoint,
            checkpointAt: t.clock.now(),
            ...place,
            scopeKey: scopeKeyOf(place),
            compiledAt: t.clock.now(),
            seq: 0,
            figures: {} as SituationFigures,
          }),
        ),
      );
      for (const r of saved) tx.emit({ type: EventType.SITUATION_REPORT_COMPILED, ...places[saved.indexOf(r)], data: { situationReport: { ...r } } });
      return saved;
    });
    const complaint = (v: Viewer, wardId: number | null) =>
      t.services.complaints.receive(v, {
        kind: ComplaintKind.COMPLAINT,
        subject: ComplaintSubject.VOTER_LIST,
        channel: ComplaintChannel.IN_PERSON,
        summary: 'Thiếu tên trong danh sách',
        wardId: wardId === null ? null : String(wardId),
        districtId: wardId === null ? String(a.ward.districtId) : null,
        complainant: { name: 'Nguyễn Văn A' },
      });
    const complaints = [await complaint(a.officer, a.ward.id), await complaint(b.officer, b.ward.id), await complaint(a.operator, null)];
    const viewers = { ...a, bOfficer: b.officer, bObserver: b.scopedObserver };
    const who: Record<string, Viewer> = {
      operator: viewers.operator,
      observer: viewers.observer,
      aObserver: viewers.scopedObserver,
      bObserver: viewers.bObserver,
      aOfficer: viewers.officer,
      bOfficer: viewers.bOfficer,
      power: viewers.power,
      sanitation: viewers.sanitation,
      supervisor,
      // The operator of a's district, and an observer of b's province.
      aDistrictOperator: await makeUser(t, Role.DISTRICT_OPERATOR, { unitCode: `p-${a.tag}/d-${a.tag}` }),
      bProvinceObserver: await makeUser(t, Role.OBSERVER, { unitCode: `p-${b.tag}` }),
      aProvinceOperator: await makeUser(t, Role.DISTRICT_OPERATOR, { unitCode: `p-${a.tag}` }),
    };
    const m = t.db.dataSource.manager;
    const districts = [a.ward.districtId, b.ward.districtId];
    const provinces = (await m.findBy(District, {})).filter((d) => districts.includes(d.id)).map((d) => d.provinceId);
    const tasks = await m.createQueryBuilder(Task, 't').where('t.wardId IN (:...wards)', { wards }).getMany();
    // The wards' events and the reports' (those above the ward have none).
    const eventsOfWorld = { sql: `(x.wardId IN (:...wards) OR x.data -> 'situationReport' ->> 'checkpoint' = :checkpoint)`, params: { wards, checkpoint } };
    const rows: { [K in ScopeKind]: () => Promise<{ id: number; facts: ScopeFacts[K] }[]> } = {
      ward: async () => (await m.findBy(Ward, {})).filter((w) => wards.includes(w.id)).map((w) => ({ id: w.id, facts: { id: w.id } })),
      district: async () => (await m.findBy(District, {})).filter((d) => districts.includes(d.id)).map((d) => ({ id: d.id, facts: d })),
      province: async () => (await m.findBy(Province, {})).filter((p) => provinces.includes(p.id)).map((p) => ({ id: p.id, facts: p })),
      pollingArea: async () =>
        (await m.createQueryBuilder(PollingArea, 'x').where('x.wardId IN (:...wards)', { wards }).getMany()).map((x) => ({ id: x.id, facts: x })),
      incident: async () =>
        (await m.createQueryBuilder(Incident, 'x').where('x.wardId IN (:...wards)', { wards }).getMany()).map((x) => ({
          id: x.id,
          facts: { wardId: x.wardId, wardIds: x.wardIds, agencyIds: tasks.filter((k) => k.incidentId === x.id).map((k) => k.agencyId) },
        })),
      task: async () => tasks.map((x) => ({ id: x.id, facts: x })),
      finding: async () =>
        (await m.createQueryBuilder(Finding, 'x').where('x.wardId IN (:...wards)', { wards }).getMany()).map((x) => ({ id: x.id, facts: x })),
      event: async () =>
        (await m.createQueryBuilder(Event, 'x').where(eventsOfWorld.sql, eventsOfWorld.params).getMany()).map((x) => ({ id: x.seq, facts: x })),
      situationReport: async () => reports.map((x) => ({ id: x.id, facts: x })),
      complaint: async () => complaints.map((x) => ({ id: x.id, facts: x })),
    };
    const entity = {
      ward: Ward,
      district: District,
      province: Province,
      pollingArea: PollingArea,
      incident: Incident,
      task: Task,
      event: Event,
      finding: Finding,
      situationReport: SituationReport,
      complaint: Complaint,
    } as const;
    const idColumn = (kind: ScopeKind) => (kind === 'event' ? 'seq' : 'id');
    const wardColumn = (kind: ScopeKind) => (kind === 'ward' ? 'id' : 'wardId');
    let compared = 0;
    for (const kind of Object.keys(rows) as ScopeKind[]) {
      const all = await rows[kind]();
      expect(all.length, kind).toBeGreaterThan(1);
      for (const [name, v] of Object.entries(who)) {
        const f = readFilter(v, kind, 'x');
        // The district's report and complaint have no ward: reports are picked by id, so the filter must leave it out by itself.
        const byId = kind === 'situationReport' ? reports : kind === 'complaint' ? complaints : null;
        const units = kind === 'district' ? districts : kind === 'province' ? provinces : null;
        const mine = byId
          ? { sql: 'x.id IN (:...mine)', params: { mine: byId.map((r) => r.id) } }
          : units
            ? { sql: 'x.id IN (:...mine)', params: { mine: units } }
            : kind === 'event'
              ? eventsOfWorld
              : { sql: `x.${wardColumn(kind)} IN (:...wards)`, params: { wards } };
        const viaSql = await m
          .createQueryBuilder(entity[kind] as typeof Ward, 'x')
          .where(mine.sql, mine.params)
          .andWhere(f.sql, f.params)
          .getMany();
        const sqlIds = viaSql.map((r) => (r as unknown as Record<string, number>)[idColumn(kind)]).sort((p, q) => p - q);
        const ruleIds = all
          .filter((r) => mayRead(v, kind, r.facts as never))
          .map((r) => r.id)
          .sort((p, q) => p - q);
        expect(sqlIds, `${name} × ${kind}`).toEqual(ruleIds);
        compared++;
      }
    }
    expect(compared).toBe(10 * 12);
    // The province's report and its event reach a's province, and the nation's those of the nation.
    const provinceReport = reports[3];
    const readers = (ok: (v: Viewer) => boolean) => Object.entries(who).flatMap(([name, v]) => (ok(v) ? [name] : []));
    expect(readers((v) => mayRead(v, 'situationReport', provinceReport))).toEqual(['operator', 'observer', 'aProvinceOperator']);
    expect(readers((v) => mayRead(v, 'situationReport', reports[4]))).toEqual(['operator', 'observer']);
  });
});
