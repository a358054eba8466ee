import { describe, expect, it } from 'vitest';
import type {
  AreaFieldsFragment,
  ComplaintStatus,
  VisitStatus,
  EventType,
  FindingStatus,
  IncidentStatus,
  SituationReportHeadingFragment,
  SituationReportStatus,
  TaskStatus,
  TurnoutFlag,
} from '@election-ops/schema';
import { isActiveTask } from '../domain/statuses';
import { toLiveEvent, type RawEvent } from '../live/events';
import type { Area } from './areas-state';
import { applyEvent, emptyState, pruneFinished, type DistrictState } from './district-state';
import { putLoadedFindings, type Finding } from './findings-state';
import { putLoadedComplaints, type Complaint } from './complaints-state';
import type { BallotBoxVisit } from './visits-state';
import { flaggedFromList, putFlagged } from './turnout-state';
import type { Incident } from './incidents-state';
import type { Task } from './tasks-state';

const incident = (status: IncidentStatus, over: Partial<Incident> = {}): Incident => ({
  id: '7',
  code: 'SC-0007',
  category: 'POWER_OUTAGE',
  severity: 'HIGH',
  status,
  title: '<b>Mất điện</b>',
  description: null,
  affectsVoting: true,
  reportedAt: '2021-05-23T01:00:00Z',
  acknowledgedAt: null,
  resolvedAt: null,
  note: null,
  reporter: 'Phường Đồng Tâm',
  ward: { id: '7', name: 'Đồng Tâm', district: { id: 'd', name: 'Hai Bà Trưng', province: { id: 'p', name: 'Hà Nội' } } },
  pollingArea: null,
  wards: [{ id: '7', name: 'Đồng Tâm' }],
  pollingAreas: [],
  ...over,
});
const task = (status: TaskStatus, over: Partial<Task> = {}): Task => ({
  id: '11',
  status,
  note: null,
  declineReason: null,
  cancelReason: null,
  cancelledAt: null,
  createdAt: '2021-05-23T01:00:00Z',
  ackDueAt: '2021-05-23T01:05:00Z',
  acknowledgedAt: null,
  startedAt: null,
  doneAt: null,
  declinedAt: null,
  escalatedAt: null,
  overdue: false,
  agency: { id: '1', code: 'POWER', name: 'Điện lực' },
  incident: incident('ACKNOWLEDGED'),
  ...over,
});
const area = (over: Partial<AreaFieldsFragment> = {}): AreaFieldsFragment => ({
  id: '3',
  code: 'dong-tam-03',
  number: 3,
  name: 'Khu vực 3',
  address: '1 Phố',
  status: 'VOTING',
  statusReason: null,
  statusChangedAt: '2021-05-23T00:00:00Z',
  registeredVoters: 1000,
  seededVoters: 1000,
  transientVoters: 0,
  votersRemoved: 0,
  relocatedAt: null,
  wardId: { id: '7' },
  latestTurnout: null,
  ...over,
});

const heading = (status: SituationReportStatus, over: Partial<SituationReportHeadingFragment> = {}): SituationReportHeadingFragment => ({
  id: '21',
  checkpoint: '10:00',
  checkpointAt: '2021-05-23T03:00:00Z',
  compiledAt: '2021-05-23T03:00:01Z',
  level: 'WARD',
  ward: { id: '7', code: 'dong-tam', name: 'Đồng Tâm' },
  status,
  note: null,
  sentAt: status === 'SENT' ? '2021-05-23T03:10:00Z' : null,
  sentBy: status === 'SENT' ? 'Trực ban quận' : null,
  ...over,
});
const report = (id: string, voted: number, flags: TurnoutFlag[] = [], verified = false) => ({ id, voted, at: '2021-05-23T03:00:00Z', flags, verified });
const finding = (status: FindingStatus, over: Partial<Finding> = {}): Finding => ({
  id: '5',
  code: 'GS-0005',
  kind: 'ISSUE',
  status,
  text: 'Chưa niêm yết danh sách cử tri',
  at: '2021-05-23T02:00:00Z',
  author: 'Đoàn giám sát số 4',
  addressedNote: null,
  addressedAt: null,
  team: { id: '4', name: 'Đoàn giám sát số 4' },
  ward: { id: '7', name: 'Đồng Tâm' },
  pollingArea: null,
  incident: null,
  ...over,
});

const complaint = (status: ComplaintStatus, over: Partial<Complaint> = {}): Complaint => ({
  id: '12',
  code: 'DT-0012',
  kind: 'COMPLAINT',
  subject: 'VOTER_LIST',
  channel: 'IN_PERSON',
  summary: 'Thiếu tên trong danh sách cử tri',
  receivedAt: '2021-05-20T02:00:00Z',
  dueAt: '2021-05-25T02:00:00Z',
  overdue: false,
  status,
  assignee: null,
  answer: null,
  answeredAt: null,
  transferredTo: null,
  transferredAt: null,
  transferNote: null,
  receivedBy: 'Cán bộ phường Đồng Tâm',
  ward: { id: '7', name: 'Đồng Tâm' },
  pollingArea: null,
  ...over,
});

const visit = (status: VisitStatus, over: Partial<BallotBoxVisit> = {}): BallotBoxVisit => ({
  id: '21',
  code: 'HP-0021',
  voters: 2,
  reason: 'QUARANTINE',
  address: 'Số 5 ngõ 12',
  note: null,
  status,
  requestedAt: '2021-05-22T13:00:00Z',
  requestedBy: 'Cán bộ phường Đồng Tâm',
  scheduledFor: null,
  visitedAt: null,
  ballotsCollected: null,
  cancelReason: null,
  pollingArea: { id: '3', code: 'dong-tam-03', number: 3, name: 'Khu vực 3', ward: { id: '7', name: 'Đồng Tâm' } },
  ...over,
});

/** An event as the socket would hand it on: the raw event, narrowed by its type. */
const event = (seq: number, type: EventType, fields: Partial<RawEvent> = {}) =>
  toLiveEvent({
    seq,
    type,
    at: '2021-05-23T01:00:00Z',
    actor: 'ward.dong-tam',
    wardId: '7',
    checklistItem: null,
    checklistDone: null,
    checkpoint: null,
    incident: null,
    task: null,
    turnoutReport: null,
    pollingArea: null,
    finding: null,
    complaint: null,
    ballotBoxVisit: null,
    situationReport: null,
    voterListChange: null,
    relocation: null,
    ...fields,
  });

/** A state that knows area 3 with its checklist, as a snapshot brings it. */
function withArea(): DistrictState {
  const s = emptyState();
  s.areas['3'] = {
    ...area(),
    checklist: [
      { item: 'BALLOT_BOX', done: false },
      { item: 'BALLOTS', done: true },
    ],
  } satisfies Area;
  return s;
}

describe('applying live events', () => {
  it('upserts by id and ignores an event it has already applied', () => {
    const s = emptyState();
    expect(applyEvent(s, event(1, 'INCIDENT_REPORTED', { incident: incident('REPORTED') }))).toBe(true);
    expect(applyEvent(s, event(2, 'INCIDENT_ACKNOWLEDGED', { incident: incident('ACKNOWLEDGED') }))).toBe(true);
    expect(applyEvent(s, event(1, 'INCIDENT_REPORTED', { incident: incident('REPORTED') }))).toBe(false);
    expect(Object.keys(s.incidents)).toEqual(['7']);
    expect(s.incidents['7'].status).toBe('ACKNOWLEDGED');
    expect(s.seq).toBe(2);
  });

  it('ignores a replay at or below its seq, whatever its type, and leaves the state as it was', () => {
    const s = withArea();
    applyEvent(s, event(10, 'POLLING_AREA_STATUS_CHANGED', { pollingArea: area({ status: 'SUSPENDED' }) }), 1_000);
    const before = structuredClone({ ...s });
    expect(applyEvent(s, event(10, 'POLLING_AREA_STATUS_CHANGED', { pollingArea: area({ status: 'VOTING' }) }), 2_000)).toBe(false);
    expect(applyEvent(s, event(9, 'TASK_DISPATCHED', { task: task('OPEN'), incident: incident('REPORTED') }), 2_000)).toBe(false);
    expect(applyEvent(s, event(3, 'TURNOUT_REPORTED', { pollingArea: area(), turnoutReport: report('1', 5) }), 2_000)).toBe(false);
    expect(s).toEqual(before);
    expect(s.asOf).toBe(1_000);
  });

  it('marks an area late and clears it when its turnout arrives', () => {
    const s = emptyState();
    applyEvent(s, event(5, 'POLLING_AREA_LATE', { pollingArea: area(), checkpoint: '10:00' }));
    expect(s.late['3']).toMatchObject({ checkpoint: '10:00', code: 'dong-tam-03' });
    const r = report('1', 200);
    applyEvent(s, event(6, 'TURNOUT_REPORTED', { pollingArea: area({ latestTurnout: r }), turnoutReport: r }));
    expect(s.late['3']).toBeUndefined();
    expect(s.turnoutStale).toBe(true);
  });

  it('keeps open incidents and only the most recent finished ones when pruned', () => {
    const s = emptyState();
    for (let n = 1; n <= 5; n++) {
      const status = n === 5 ? 'REPORTED' : 'RESOLVED';
      applyEvent(
        s,
        event(n, 'INCIDENT_REPORTED', { incident: incident(status, { id: String(n), resolvedAt: status === 'RESOLVED' ? `2021-05-23T0${n}:00:00Z` : null }) }),
      );
    }
    pruneFinished(s, 2);
    expect(Object.keys(s.incidents).sort()).toEqual(['3', '4', '5']);
  });

  it("keeps when an area's status changed, from the server when it says, else from the event", () => {
    const s = emptyState();
    const suspended = { ...area({ status: 'SUSPENDED', statusReason: 'Mất điện' }), statusChangedAt: null } as unknown as AreaFieldsFragment;
    applyEvent(s, event(1, 'POLLING_AREA_STATUS_CHANGED', { at: '2021-05-23T10:04:00Z', pollingArea: suspended }));
    expect(s.areas['3']).toMatchObject({ status: 'SUSPENDED', statusReason: 'Mất điện', statusChangedAt: '2021-05-23T10:04:00Z' });
    applyEvent(
      s,
      event(2, 'POLLING_AREA_STATUS_CHANGED', { at: '2021-05-23T10:30:00Z', pollingArea: area({ status: 'VOTING', statusChangedAt: '2021-05-23T10:29:59Z' }) }),
    );
    expect(s.areas['3'].statusChangedAt).toBe('2021-05-23T10:29:59Z');
  });

  it('takes a cancelled task (its incident resolved while it was open) as an end state', () => {
    const s = emptyState();
    const resolved = incident('RESOLVED');
    applyEvent(s, event(1, 'TASK_DISPATCHED', { task: task('OPEN', { id: '1', createdAt: '2021-05-23T01:00:00Z' }), incident: resolved }));
    applyEvent(s, event(2, 'TASK_CANCELLED', { task: task('CANCELLED', { id: '1', createdAt: '2021-05-23T01:00:00Z' }), incident: resolved }));
    applyEvent(s, event(3, 'TASK_DISPATCHED', { task: task('OPEN', { id: '2', createdAt: '2021-05-23T02:00:00Z' }), incident: resolved }));
    expect(s.tasks['1'].status).toBe('CANCELLED');
    expect(isActiveTask(s.tasks['1'])).toBe(false);
    pruneFinished(s, 0);
    expect(Object.keys(s.tasks)).toEqual(['2']); // the cancelled one went with the finished ones; the open one stays
  });

  it('only moves the seq on for an event this build cannot read', () => {
    const s = emptyState();
    // A type added to the log after this build, and a payload without what its type promises.
    expect(applyEvent(s, event(1, 'BALLOTS_RECOUNTED' as EventType, { incident: incident('REPORTED') }), 1_000)).toBe(true);
    expect(applyEvent(s, event(2, 'TASK_DONE', { task: task('DONE') }), 2_000)).toBe(true);
    expect(s).toEqual({ ...emptyState(), seq: 2, asOf: 2_000 });
  });
});

describe('findings and flagged figures loaded beside the snapshot', () => {
  it('never takes a complaint back with a list read before its event, and keeps it overdue once raised', () => {
    const s = emptyState();
    applyEvent(s, event(1, 'COMPLAINT_ANSWERED', { complaint: complaint('ANSWERED', { answer: 'Đã bổ sung' }) }));
    applyEvent(s, event(2, 'COMPLAINT_OVERDUE', { complaint: complaint('ASSIGNED', { id: '13', code: 'DT-0013', overdue: true }) }));
    putLoadedComplaints(s, [complaint('RECEIVED'), complaint('ASSIGNED', { id: '13', code: 'DT-0013', assignee: 'Ban bầu cử' })]);
    expect([s.complaints['12'].status, s.complaints['13'].assignee, s.complaints['13'].overdue]).toEqual(['ANSWERED', 'Ban bầu cử', true]);
  });

  it('never takes a finding back to OPEN with a list read before its event was applied', () => {
    const s = emptyState();
    applyEvent(s, event(1, 'FINDING_ADDRESSED', { finding: finding('ADDRESSED', { addressedNote: 'Đã xử lý' }) }));
    putLoadedFindings(s, [finding('OPEN'), finding('OPEN', { id: '6', code: 'GS-0006' })], []);
    expect([s.findings['5'].status, s.findings['6'].status]).toEqual(['ADDRESSED', 'OPEN']);
  });

  it('keeps only flagged figures, and never brings back one verified meanwhile', () => {
    const s = emptyState();
    applyEvent(s, event(1, 'TURNOUT_REPORTED', { pollingArea: area(), turnoutReport: report('r1', 100) }));
    expect(s.flagged).toEqual({});
    applyEvent(s, event(2, 'TURNOUT_VERIFIED', { pollingArea: area(), turnoutReport: report('r2', 990, ['EARLY_NEAR_FULL'], true) }));
    const listed = {
      id: 'r2',
      voted: 990,
      at: '2021-05-23T03:00:00Z',
      flags: ['EARLY_NEAR_FULL' as const],
      verified: false,
      pollingArea: { id: '3', wardId: { id: '7' } },
    };
    putFlagged(s, flaggedFromList(listed));
    putFlagged(s, flaggedFromList({ ...listed, id: 'r3' }));
    expect([s.flagged['r2'].verified, s.flagged['r3'].verified, s.flagged['r3'].areaId]).toEqual([true, false, '3']);
  });
});

describe('each event type lands in its domains', () => {
  // One case per type: a type added to the schema fails to compile here until it is tested.
  const cases: { [T in EventType]: { fields: Partial<RawEvent>; expect: (s: DistrictState) => void } } = {
    INCIDENT_REPORTED: { fields: { incident: incident('REPORTED') }, expect: (s) => expect(s.incidents['7'].status).toBe('REPORTED') },
    INCIDENT_ACKNOWLEDGED: { fields: { incident: incident('ACKNOWLEDGED') }, expect: (s) => expect(s.incidents['7'].status).toBe('ACKNOWLEDGED') },
    INCIDENT_IN_PROGRESS: { fields: { incident: incident('IN_PROGRESS') }, expect: (s) => expect(s.incidents['7'].status).toBe('IN_PROGRESS') },
    INCIDENT_RESOLVED: {
      fields: { incident: incident('RESOLVED', { note: 'Đã có điện' }) },
      expect: (s) => expect(s.incidents['7']).toMatchObject({ status: 'RESOLVED', note: 'Đã có điện' }),
    },
    INCIDENT_REOPENED: {
      fields: { incident: incident('REPORTED', { note: 'Mất lại' }) },
      expect: (s) => expect(s.incidents['7']).toMatchObject({ status: 'REPORTED', note: 'Mất lại' }),
    },
    INCIDENT_NOTE_ADDED: {
      fields: { incident: incident('IN_PROGRESS', { title: 'Mất điện toàn khu' }) },
      expect: (s) => expect(s.incidents['7'].title).toBe('Mất điện toàn khu'),
    },
    TASK_DISPATCHED: {
      fields: { task: task('OPEN', { incident: incident('REPORTED', { title: 'as delivered' }) }), incident: incident('REPORTED', { title: 'as emitted' }) },
      // The task's incident is read at delivery: the newer of the two.
      expect: (s) => expect([s.tasks['11'].status, s.incidents['7'].title]).toEqual(['OPEN', 'as delivered']),
    },
    TASK_ACKNOWLEDGED: {
      fields: { task: task('ACKNOWLEDGED'), incident: incident('ACKNOWLEDGED') },
      expect: (s) => expect(s.tasks['11'].status).toBe('ACKNOWLEDGED'),
    },
    TASK_STARTED: { fields: { task: task('IN_PROGRESS'), incident: incident('IN_PROGRESS') }, expect: (s) => expect(s.tasks['11'].status).toBe('IN_PROGRESS') },
    TASK_DONE: {
      fields: { task: task('DONE', { note: 'Xong' }), incident: incident('IN_PROGRESS') },
      expect: (s) => expect(s.tasks['11']).toMatchObject({ status: 'DONE', note: 'Xong' }),
    },
    TASK_DECLINED: {
      fields: { task: task('DECLINED', { declineReason: 'Không thuộc' }), incident: incident('ACKNOWLEDGED') },
      expect: (s) => expect(s.tasks['11'].declineReason).toBe('Không thuộc'),
    },
    TASK_CANCELLED: {
      fields: { task: task('CANCELLED', { incident: incident('RESOLVED') }), incident: incident('RESOLVED') },
      expect: (s) => expect([s.tasks['11'].status, s.incidents['7'].status]).toEqual(['CANCELLED', 'RESOLVED']),
    },
    TASK_OVERDUE: {
      fields: { task: task('OPEN', { overdue: true, escalatedAt: '2021-05-23T01:05:00Z', incident: incident('IN_PROGRESS') }) },
      expect: (s) => expect([s.tasks['11'].overdue, s.incidents['7'].status]).toEqual([true, 'IN_PROGRESS']),
    },
    TURNOUT_REPORTED: {
      fields: { pollingArea: area({ latestTurnout: report('r1', 420, ['JUMP']) }), turnoutReport: report('r1', 420, ['JUMP']) },
      // A flagged figure joins the figures to check.
      expect: (s) =>
        expect([s.areas['3'].latestTurnout?.voted, s.areas['3'].checklist?.length, s.late['3'], s.turnoutStale, s.flagged['r1']?.flags]).toEqual([
          420,
          2,
          undefined,
          true,
          ['JUMP'],
        ]),
    },
    TURNOUT_VERIFIED: {
      fields: {
        pollingArea: area({ latestTurnout: report('r0', 300, ['EARLY_NEAR_FULL'], true) }),
        turnoutReport: report('r0', 300, ['EARLY_NEAR_FULL'], true),
      },
      // No longer one to check; the area's latest figure says it is verified.
      expect: (s) => expect([s.flagged['r0'].verified, s.areas['3'].latestTurnout?.verified, s.areas['3'].checklist?.length]).toEqual([true, true, 2]),
    },
    POLLING_AREA_STATUS_CHANGED: {
      fields: { pollingArea: area({ status: 'SUSPENDED', statusReason: 'Giông' }) },
      expect: (s) => expect(s.areas['3']).toMatchObject({ status: 'SUSPENDED', statusReason: 'Giông', checklist: [{ done: false }, { done: true }] }),
    },
    CHECKLIST_ITEM_SET: {
      fields: { pollingArea: area(), checklistItem: 'BALLOT_BOX', checklistDone: true },
      // The readiness in the summary is behind: it is asked for again.
      expect: (s) =>
        expect([s.areas['3'].checklist, s.turnoutStale]).toEqual([
          [
            { item: 'BALLOT_BOX', done: true },
            { item: 'BALLOTS', done: true },
          ],
          true,
        ]),
    },
    POLLING_AREA_LATE: {
      fields: { pollingArea: area({ id: '4', code: 'dong-tam-04' }), checkpoint: '12:30' },
      // The mark for an area this screen has no record of; the area itself is not added.
      expect: (s) => expect([s.late['4']?.checkpoint, s.areas['4']]).toEqual(['12:30', undefined]),
    },
    FINDING_REPORTED: { fields: { finding: finding('OPEN') }, expect: (s) => expect(s.findings['5']).toMatchObject({ status: 'OPEN', code: 'GS-0005' }) },
    FINDING_ADDRESSED: {
      fields: { finding: finding('ADDRESSED', { addressedNote: 'Đã nhắc tổ bầu cử' }) },
      expect: (s) => expect(s.findings['5']).toMatchObject({ status: 'ADDRESSED', addressedNote: 'Đã nhắc tổ bầu cử' }),
    },
    FINDING_ESCALATED: {
      fields: {
        finding: finding('ADDRESSED', { addressedNote: 'SC-0009', incident: { id: '9', code: 'SC-0009', status: 'REPORTED' } }),
        incident: incident('REPORTED', { id: '9', code: 'SC-0009' }),
      },
      // The finding, and the incident it became.
      expect: (s) => expect([s.findings['5'].incident?.code, s.incidents['9']?.code]).toEqual(['SC-0009', 'SC-0009']),
    },
    SITUATION_REPORT_COMPILED: {
      fields: { situationReport: heading('DRAFT') },
      // Known without its figures (the reports screen loads them); nothing else touched.
      expect: (s) => expect([s.reports['21'].status, s.reports['21'].figures, s.late['3']?.checkpoint]).toEqual(['DRAFT', null, '10:00']),
    },
    SITUATION_REPORT_SENT: {
      fields: { situationReport: heading('SENT', { note: 'Đã xác minh', sentBy: 'Trực ban quận' }) },
      expect: (s) => expect(s.reports['21']).toMatchObject({ status: 'SENT', note: 'Đã xác minh', sentBy: 'Trực ban quận' }),
    },
    COMPLAINT_RECEIVED: { fields: { complaint: complaint('RECEIVED') }, expect: (s) => expect(s.complaints['12'].status).toBe('RECEIVED') },
    COMPLAINT_ASSIGNED: {
      fields: { complaint: complaint('ASSIGNED', { assignee: 'Tổ công tác phường' }) },
      expect: (s) => expect(s.complaints['12']).toMatchObject({ status: 'ASSIGNED', assignee: 'Tổ công tác phường' }),
    },
    COMPLAINT_ANSWERED: {
      fields: { complaint: complaint('ANSWERED', { answer: 'Đã bổ sung' }) },
      expect: (s) => expect(s.complaints['12']).toMatchObject({ status: 'ANSWERED', answer: 'Đã bổ sung' }),
    },
    COMPLAINT_CLOSED: { fields: { complaint: complaint('CLOSED') }, expect: (s) => expect(s.complaints['12'].status).toBe('CLOSED') },
    COMPLAINT_TRANSFERRED: {
      fields: { complaint: complaint('TRANSFERRED', { transferredTo: 'Công an quận' }) },
      expect: (s) => expect(s.complaints['12']).toMatchObject({ status: 'TRANSFERRED', transferredTo: 'Công an quận' }),
    },
    COMPLAINT_OVERDUE: { fields: { complaint: complaint('RECEIVED', { overdue: true }) }, expect: (s) => expect(s.complaints['12'].overdue).toBe(true) },
    BALLOT_BOX_VISIT_REQUESTED: { fields: { ballotBoxVisit: visit('REQUESTED') }, expect: (s) => expect(s.visits['21'].status).toBe('REQUESTED') },
    BALLOT_BOX_VISIT_SCHEDULED: {
      fields: { ballotBoxVisit: visit('SCHEDULED', { scheduledFor: '2021-05-23T03:00:00Z' }) },
      expect: (s) => expect(s.visits['21']).toMatchObject({ status: 'SCHEDULED', scheduledFor: '2021-05-23T03:00:00Z' }),
    },
    BALLOT_BOX_VISIT_RECORDED: {
      fields: { ballotBoxVisit: visit('VISITED', { ballotsCollected: 2 }) },
      expect: (s) => expect(s.visits['21']).toMatchObject({ status: 'VISITED', ballotsCollected: 2 }),
    },
    BALLOT_BOX_VISIT_CANCELLED: {
      fields: { ballotBoxVisit: visit('CANCELLED', { cancelReason: 'Đã tự đến' }) },
      expect: (s) => expect(s.visits['21']).toMatchObject({ status: 'CANCELLED', cancelReason: 'Đã tự đến' }),
    },
    VOTER_LIST_CHANGED: {
      fields: {
        pollingArea: area({ registeredVoters: 1003, transientVoters: 3 }),
        voterListChange: { id: '2', kind: 'ADDED_TRANSIENT', count: 3, note: null, at: '2021-05-23T01:00:00Z', registeredAfter: 1003 },
      },
      // The area's new figure (the ward desk's totals add it up); the district's sums are asked for again.
      expect: (s) =>
        expect([s.areas['3'].registeredVoters, s.areas['3'].transientVoters, s.areas['3'].checklist?.length, s.turnoutStale]).toEqual([1003, 3, 2, true]),
    },
    POLLING_AREA_RELOCATED: {
      fields: {
        pollingArea: area({ name: 'Nhà văn hóa tổ 9', address: '9 Phố Mới', relocatedAt: '2021-05-23T00:10:00Z' }),
        relocation: {
          fromName: 'Khu vực 3',
          fromAddress: '1 Phố',
          toName: 'Nhà văn hóa tổ 9',
          toAddress: '9 Phố Mới',
          reason: 'Ngập',
          movedAt: '2021-05-23T00:10:00Z',
        },
      },
      // Every record naming the area names its new site.
      expect: (s) =>
        expect([
          s.areas['3'].name,
          s.incidents['8'].pollingArea?.address,
          s.tasks['11'].incident.pollingArea?.name,
          s.late['3'].name,
          s.incidents['7'].pollingArea,
        ]).toEqual(['Nhà văn hóa tổ 9', '9 Phố Mới', 'Nhà văn hóa tổ 9', 'Nhà văn hóa tổ 9', null]),
    },
  };

  it.each(Object.entries(cases))('%s', (type, c) => {
    const s = withArea();
    s.late['3'] = { checkpoint: '10:00', areaId: '3', code: 'dong-tam-03', name: 'Khu vực 3', wardId: '7' };
    s.incidents['7'] = incident('ACKNOWLEDGED');
    const atArea = { id: '3', code: 'dong-tam-03', number: 3, name: 'Khu vực 3', address: '1 Phố' };
    s.incidents['8'] = incident('ACKNOWLEDGED', { id: '8', pollingArea: atArea });
    s.tasks['11'] = task('ACKNOWLEDGED', { incident: incident('ACKNOWLEDGED', { id: '8', pollingArea: atArea }) });
    const e = event(1, type as EventType, c.fields);
    expect(e.type).toBe(type);
    expect(applyEvent(s, e, 5_000)).toBe(true);
    c.expect(s);
    expect([s.seq, s.asOf]).toEqual([1, 5_000]);
  });
});
