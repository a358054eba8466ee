import type { AnyData } from '../support/graphql.js';
import { AreaDetailDocument, lastSeq, resolveIncident, stopDrill } from '../support/operations.js';
import {
  OPERATORS,
  PRINCIPALS,
  READ_A,
  READ_TARGET,
  SIGNED_IN,
  VISIT_AT,
  WORK_POWER,
  WRITE_A,
  table,
  type Outcome,
  type Principal,
  type World,
} from './matrix-world.js';

type Data = AnyData;

/**
 * One column of the matrix: an operation, the fresh target it acts on, and what each principal must get.
 * Each `op` is written here, not taken from the shared operations: it asks for its one root field and
 * little else, so a cell's outcome is that field's own check and not a nested field's.
 */
export interface Case {
  field: string;
  /** Tells apart two columns of one field (another kind of target). */
  label?: string;
  kind: 'query' | 'mutation';
  op: string;
  /** Make the cell's own target (as the operator): variables, and the id that must (not) show in a list. */
  setup?: (w: World) => Promise<{ vars: Record<string, unknown>; target?: string }>;
  /** For reads that filter instead of refusing: is the target in the answer? */
  sees?: (data: Data, target: string | undefined, w: World) => boolean;
  expect: Record<Principal, Outcome>;
  /** Undo a success that would disturb later cells. */
  after?: (w: World) => Promise<void>;
}

const ids = (list: { id: string }[]) => list.map((x) => x.id);
const byId = (vars: (w: World) => Promise<string>) => async (w: World) => ({ vars: { id: await vars(w) } });
const everyone = (outcome: Outcome) => Object.fromEntries(PRINCIPALS.map((p) => [p, outcome])) as Record<Principal, Outcome>;

const queries: Case[] = [
  { field: 'me', kind: 'query', op: '{ me { username } }', expect: { ...table(SIGNED_IN), anonymous: 'null', expired: 'null', forged: 'null' } },
  { field: 'agencies', kind: 'query', op: '{ agencies { code } }', expect: table(SIGNED_IN) },
  { field: 'election', kind: 'query', op: '{ election { name now drill { active } } }', expect: table(SIGNED_IN) },
  { field: 'readiness', kind: 'query', op: '{ readiness { done required } }', expect: table(SIGNED_IN) },
  { field: 'turnout', kind: 'query', op: '{ turnout { registered voted byWard { wardId voted } } }', expect: table(SIGNED_IN) },
  {
    field: 'provinces',
    kind: 'query',
    op: '{ provinces { name districts { wards { id } } } }',
    // The tree as far as the viewer's unit reaches: ward A is in it for all but another district's operator and B's observer.
    sees: (d, _t, w) => d.provinces.some((p: { districts: { wards: { id: string }[] }[] }) => p.districts.some((di) => di.wards.some((x) => x.id === w.wardA))),
    expect: table(
      SIGNED_IN.filter((p) => p !== 'observer.foreign' && p !== 'operator.foreign'),
      'hidden',
    ),
  },
  {
    field: 'province',
    kind: 'query',
    op: 'query($id: ID!) { province(id: $id) { id turnout { voted } } }',
    setup: byId(async (w) => w.province),
    // Hà Nội: the units a viewer reads are its own, those inside it and those it lies in; another province's operator reads none.
    expect: { ...table(SIGNED_IN), 'operator.foreign': 'null' },
  },
  {
    field: 'district',
    kind: 'query',
    op: 'query($id: ID!) { district(id: $id) { id turnout { voted } } }',
    setup: byId(async (w) => w.district),
    expect: { ...table(SIGNED_IN), 'operator.foreign': 'null' },
  },
  { field: 'lateAreas', kind: 'query', op: '{ lateAreas { checkpoint } }', expect: table(SIGNED_IN) },
  {
    field: 'wards',
    kind: 'query',
    op: '{ wards { id } }',
    sees: (d, _t, w) => ids(d.wards).includes(w.wardA),
    expect: table(
      SIGNED_IN.filter((p) => p !== 'observer.foreign' && p !== 'operator.foreign'),
      'hidden',
    ),
  },
  {
    field: 'ward',
    kind: 'query',
    op: 'query($id: ID!) { ward(id: $id) { id code } }',
    setup: byId(async (w) => w.wardA),
    expect: table(
      SIGNED_IN.filter((p) => p !== 'observer.foreign' && p !== 'operator.foreign'),
      'null',
    ),
  },
  {
    field: 'pollingAreas',
    kind: 'query',
    op: '{ pollingAreas { id } }',
    sees: (d, _t, w) => ids(d.pollingAreas).includes(w.turnoutArea),
    expect: { ...table(READ_A, 'hidden'), 'liaison.own': 'FORBIDDEN', 'liaison.foreign': 'FORBIDDEN' },
  },
  {
    field: 'pollingArea',
    kind: 'query',
    op: 'query($id: ID!) { pollingArea(id: $id) { id } }',
    setup: byId(async (w) => w.turnoutArea),
    expect: table(READ_A),
  },
  {
    field: 'incidents',
    kind: 'query',
    op: '{ incidents { id } }',
    setup: async (w) => ({ vars: {}, target: (await w.incident()).id }),
    sees: (d, t) => ids(d.incidents).includes(t!),
    expect: table(READ_TARGET, 'hidden'),
  },
  {
    field: 'incident',
    kind: 'query',
    op: 'query($id: ID!) { incident(id: $id) { id } }',
    setup: byId(async (w) => (await w.incident()).id),
    expect: table(READ_TARGET),
  },
  {
    field: 'incidentTimeline',
    kind: 'query',
    op: 'query($id: ID!) { incidentTimeline(incidentId: $id) { seq } }',
    setup: byId(async (w) => (await w.incident()).id),
    expect: table(READ_TARGET),
  },
  {
    field: 'tasks',
    kind: 'query',
    op: '{ tasks { id } }',
    setup: async (w) => ({ vars: {}, target: await w.task('OPEN') }),
    sees: (d, t) => ids(d.tasks).includes(t!),
    expect: table(READ_TARGET, 'hidden'),
  },
  { field: 'task', kind: 'query', op: 'query($id: ID!) { task(id: $id) { id } }', setup: byId((w) => w.task('OPEN')), expect: table(READ_TARGET) },
  {
    field: 'events',
    kind: 'query',
    op: 'query($after: Int) { events(after: $after, limit: 1000) { incident { id } } }',
    setup: async (w) => {
      const after = await lastSeq(w.url, w.tokens.operator!);
      return { vars: { after }, target: (await w.incident()).id };
    },
    sees: (d, t) => d.events.some((e: { incident: { id: string } | null }) => e.incident?.id === t),
    expect: table(READ_TARGET, 'hidden'),
  },
  {
    field: 'users',
    kind: 'query',
    op: '{ users { id displayName } }',
    // An operator manages the accounts of its unit: another district's sees none of the demo district's.
    sees: (d, _t, w) => ids(d.users).includes(w.spareUser),
    expect: { ...table(OPERATORS), 'operator.foreign': 'hidden' },
  },
  {
    field: 'snapshot',
    kind: 'query',
    op: '{ snapshot { seq incidents { id } } }',
    setup: async (w) => ({ vars: {}, target: (await w.incident()).id }),
    sees: (d, t) => ids(d.snapshot.incidents).includes(t!),
    expect: table(READ_TARGET, 'hidden'),
  },
  { field: 'supervisionTeams', kind: 'query', op: '{ supervisionTeams { code wards { id } } }', expect: table(SIGNED_IN) },
  {
    field: 'findings',
    kind: 'query',
    op: '{ findings { id } }',
    setup: async (w) => ({ vars: {}, target: await w.finding() }),
    sees: (d, t) => ids(d.findings).includes(t!),
    expect: table(READ_A, 'hidden'),
  },
  {
    field: 'flaggedTurnoutReports',
    kind: 'query',
    op: '{ flaggedTurnoutReports { id flags } }',
    setup: async (w) => ({ vars: {}, target: await w.flaggedReport() }),
    sees: (d, t) => ids(d.flaggedTurnoutReports).includes(t!),
    expect: table(READ_A, 'hidden'),
  },
  {
    field: 'situationReports',
    kind: 'query',
    op: '{ situationReports { id } }',
    setup: async (w) => ({ vars: {}, target: await w.draftReport() }),
    sees: (d, t) => ids(d.situationReports).includes(t!),
    expect: { ...table(READ_A, 'hidden'), 'liaison.own': 'FORBIDDEN', 'liaison.foreign': 'FORBIDDEN' },
  },
  {
    field: 'situationReports',
    label: "the province's report",
    kind: 'query',
    op: '{ situationReports { id } }',
    setup: async (w) => ({ vars: {}, target: await w.draftProvinceReport() }),
    sees: (d, t) => ids(d.situationReports).includes(t!),
    // The province's operators and observers and the nation's: no district's, ward's or team's account.
    expect: { ...table(['operator.nation', 'observer.province'], 'hidden'), 'liaison.own': 'FORBIDDEN', 'liaison.foreign': 'FORBIDDEN' },
  },
  {
    field: 'complaints',
    kind: 'query',
    op: '{ complaints { id } }',
    setup: async (w) => ({ vars: {}, target: await w.complaint() }),
    sees: (d, t) => ids(d.complaints).includes(t!),
    expect: { ...table(READ_A, 'hidden'), 'liaison.own': 'FORBIDDEN', 'liaison.foreign': 'FORBIDDEN' },
  },
  {
    field: 'ballotBoxVisits',
    kind: 'query',
    op: '{ ballotBoxVisits { id } }',
    setup: async (w) => ({ vars: {}, target: await w.visit() }),
    sees: (d, t) => ids(d.ballotBoxVisits).includes(t!),
    expect: { ...table(READ_A, 'hidden'), 'liaison.own': 'FORBIDDEN', 'liaison.foreign': 'FORBIDDEN' },
  },
  {
    // The complaint is read like its ward; who filed it (a denouncer) by the district operator alone.
    field: 'complaint',
    kind: 'query',
    op: 'query($id: ID!) { complaint(id: $id) { id complainant { name } } }',
    setup: byId((w) => w.complaint()),
    sees: (d) => d.complaint.complainant !== null,
    expect: {
      ...table(
        READ_A.filter((p) => !OPERATORS.includes(p)),
        'FORBIDDEN',
        'hidden',
      ),
      operator: 'ok',
      'operator.nation': 'ok',
    },
  },
  {
    field: 'voterListChanges',
    kind: 'query',
    op: '{ voterListChanges { id } }',
    setup: async (w) => ({ vars: {}, target: await w.voterListChange() }),
    sees: (d, t) => ids(d.voterListChanges).includes(t!),
    // A liaison reads no area's details: the list is refused, as pollingAreas is.
    expect: { ...table(READ_A, 'hidden'), 'liaison.own': 'FORBIDDEN', 'liaison.foreign': 'FORBIDDEN' },
  },
];

/** Each relocation cell moves the status area to a site of its own (the same site again is refused). */
let sites = 0;

const mutations: Case[] = [
  { field: 'login', kind: 'mutation', op: 'mutation { login(username: "observer", password: "demo") { token } }', expect: everyone('ok') },
  {
    field: 'reportIncident',
    kind: 'mutation',
    op: 'mutation($i: ReportIncidentInput!) { reportIncident(input: $i) { id tasks { id } } }',
    setup: async (w) => ({ vars: { i: { wardId: w.wardA, category: 'OTHER', severity: 'LOW', title: 'Matrix report' } } }),
    expect: table(WRITE_A),
  },
  {
    field: 'acknowledgeIncident',
    kind: 'mutation',
    op: 'mutation($id: ID!) { acknowledgeIncident(id: $id) { id } }',
    setup: byId(async (w) => (await w.incident('OTHER')).id),
    expect: table(OPERATORS),
  },
  {
    field: 'resolveIncident',
    kind: 'mutation',
    op: 'mutation($id: ID!) { resolveIncident(id: $id, note: "Đã xong") { id } }',
    setup: byId(async (w) => (await w.incident('OTHER')).id),
    expect: table(WRITE_A),
  },
  {
    field: 'reopenIncident',
    kind: 'mutation',
    op: 'mutation($id: ID!) { reopenIncident(id: $id, reason: "Lại mất điện") { id } }',
    setup: byId(async (w) => {
      const { id } = await w.incident('OTHER');
      await resolveIncident(w.url, { id }, w.tokens.operator!);
      return id;
    }),
    expect: table(WRITE_A),
  },
  {
    field: 'dispatchTask',
    kind: 'mutation',
    op: 'mutation($id: ID!) { dispatchTask(input: { incidentId: $id, agency: FIRE }) { id } }',
    setup: byId(async (w) => (await w.incident('OTHER')).id),
    expect: table(OPERATORS),
  },
  {
    field: 'acknowledgeTask',
    kind: 'mutation',
    op: 'mutation($id: ID!) { acknowledgeTask(id: $id) { id } }',
    setup: byId((w) => w.task('OPEN')),
    expect: table(WORK_POWER),
  },
  {
    field: 'startTask',
    kind: 'mutation',
    op: 'mutation($id: ID!) { startTask(id: $id) { id } }',
    setup: byId((w) => w.task('ACKNOWLEDGED')),
    expect: table(WORK_POWER),
  },
  {
    field: 'completeTask',
    kind: 'mutation',
    op: 'mutation($id: ID!) { completeTask(id: $id, note: "Đã có điện") { id } }',
    setup: byId((w) => w.task('IN_PROGRESS')),
    expect: table(WORK_POWER),
  },
  {
    field: 'declineTask',
    kind: 'mutation',
    op: 'mutation($id: ID!) { declineTask(id: $id, reason: "Không thuộc phạm vi") { id } }',
    setup: byId((w) => w.task('OPEN')),
    expect: table(WORK_POWER),
  },
  {
    field: 'reportTurnout',
    kind: 'mutation',
    op: 'mutation($i: ReportTurnoutInput!) { reportTurnout(input: $i) { id } }',
    setup: async (w) => {
      const d = await w.asOperator(AreaDetailDocument, { id: w.turnoutArea });
      return { vars: { i: { pollingAreaId: w.turnoutArea, voted: (d.pollingArea!.latestTurnout?.voted ?? 0) + 1 } } };
    },
    expect: table(WRITE_A),
  },
  {
    field: 'setPollingAreaStatus',
    kind: 'mutation',
    op: 'mutation($id: ID!, $s: PollingAreaStatus!, $r: String) { setPollingAreaStatus(id: $id, status: $s, reason: $r) { id } }',
    setup: async (w) => {
      const d = await w.asOperator(AreaDetailDocument, { id: w.statusArea });
      const suspend = d.pollingArea!.status === 'VOTING';
      return { vars: { id: w.statusArea, s: suspend ? 'SUSPENDED' : 'VOTING', r: suspend ? 'Mất điện tạm thời' : null } };
    },
    expect: table(WRITE_A),
  },
  {
    field: 'setChecklistItem',
    kind: 'mutation',
    op: 'mutation($id: ID!, $done: Boolean!) { setChecklistItem(pollingAreaId: $id, item: BALLOTS, done: $done) { id } }',
    setup: async (w) => {
      const d = await w.asOperator(AreaDetailDocument, { id: w.checklistArea });
      const ballots = d.pollingArea!.checklist.find((c) => c.item === 'BALLOTS')!;
      return { vars: { id: w.checklistArea, done: !ballots.done } };
    },
    expect: table(WRITE_A),
  },
  {
    field: 'startIncident',
    kind: 'mutation',
    op: 'mutation($id: ID!) { startIncident(id: $id) { id } }',
    setup: byId(async (w) => (await w.incident('OTHER')).id),
    expect: table(OPERATORS),
  },
  {
    field: 'addIncidentNote',
    kind: 'mutation',
    op: 'mutation($id: ID!) { addIncidentNote(id: $id, text: "Ghi chú ma trận") { id } }',
    setup: byId(async (w) => (await w.incident()).id),
    expect: table([...OPERATORS, 'ward.own', 'liaison.own']),
  },
  { field: 'renewToken', kind: 'mutation', op: 'mutation { renewToken { token } }', expect: table(SIGNED_IN, 'FORBIDDEN') },
  {
    field: 'revokeSessions',
    kind: 'mutation',
    op: 'mutation($id: ID!) { revokeSessions(userId: $id) { id } }',
    setup: async (w) => ({ vars: { id: w.spareUser } }),
    expect: table(OPERATORS),
  },
  {
    field: 'startDrill',
    kind: 'mutation',
    op: 'mutation { startDrill(speed: 1) { active } }',
    // The drill's clock is every screen's: the deployment's operator moves it, a district's does not.
    expect: table(['operator.nation']),
    after: async (w) => void (await stopDrill(w.url, w.tokens['operator.nation']!)),
  },
  { field: 'stopDrill', kind: 'mutation', op: 'mutation { stopDrill { active } }', expect: table(['operator.nation']) },
  {
    field: 'reportFinding',
    kind: 'mutation',
    op: 'mutation($w: ID!) { reportFinding(input: { wardId: $w, kind: RECOMMENDATION, text: "Nên bổ sung bàn viết phiếu" }) { id } }',
    setup: async (w) => ({ vars: { w: w.wardA } }),
    expect: table([...OPERATORS, 'supervisor.own']),
  },
  {
    field: 'addressFinding',
    kind: 'mutation',
    op: 'mutation($id: ID!) { addressFinding(id: $id, note: "Đã xử lý") { id } }',
    setup: byId((w) => w.finding()),
    expect: table(OPERATORS),
  },
  {
    field: 'escalateFinding',
    kind: 'mutation',
    op: 'mutation($id: ID!) { escalateFinding(id: $id, category: OTHER, severity: LOW) { id } }',
    setup: byId((w) => w.finding()),
    expect: table(OPERATORS),
  },
  {
    field: 'verifyTurnout',
    kind: 'mutation',
    op: 'mutation($id: ID!) { verifyTurnout(id: $id, note: "Đã gọi xác minh") { id } }',
    setup: byId((w) => w.flaggedReport()),
    expect: table(OPERATORS),
  },
  {
    field: 'sendSituationReport',
    kind: 'mutation',
    op: 'mutation($id: ID!) { sendSituationReport(id: $id, note: "Báo cáo nhanh") { id status } }',
    setup: byId((w) => w.draftReport()),
    expect: table([...OPERATORS, 'ward.own']),
  },
  {
    field: 'sendSituationReport',
    label: "the province's report",
    kind: 'mutation',
    op: 'mutation($id: ID!) { sendSituationReport(id: $id, note: "Báo cáo nhanh") { id status } }',
    setup: byId((w) => w.draftProvinceReport()),
    expect: table(['operator.nation']),
  },
  {
    field: 'requestBallotBoxVisit',
    kind: 'mutation',
    op: 'mutation($a: ID!) { requestBallotBoxVisit(input: { pollingAreaId: $a, voters: 2, reason: DISABLED, address: "Số 1" }) { id } }',
    setup: async (w) => ({ vars: { a: w.turnoutArea } }),
    expect: table(WRITE_A),
  },
  {
    field: 'scheduleBallotBoxVisit',
    kind: 'mutation',
    op: 'mutation($id: ID!, $at: DateTimeISO!) { scheduleBallotBoxVisit(id: $id, at: $at) { id } }',
    setup: async (w) => ({ vars: { id: await w.visit(), at: VISIT_AT } }),
    expect: table(WRITE_A),
  },
  {
    field: 'recordBallotBoxVisit',
    kind: 'mutation',
    op: 'mutation($id: ID!) { recordBallotBoxVisit(id: $id, ballotsCollected: 1) { id } }',
    setup: byId((w) => w.visit('SCHEDULED')),
    expect: table(WRITE_A),
  },
  {
    field: 'cancelBallotBoxVisit',
    kind: 'mutation',
    op: 'mutation($id: ID!) { cancelBallotBoxVisit(id: $id, reason: "Cử tri đã tự đến") { id } }',
    setup: byId((w) => w.visit()),
    expect: table(WRITE_A),
  },
  {
    field: 'receiveComplaint',
    kind: 'mutation',
    op: `mutation($w: ID!) { receiveComplaint(input: { kind: COMPLAINT, subject: VOTER_LIST, channel: LETTER, summary: "Thiếu tên",
      wardId: $w, complainant: { name: "Cử tri" } }) { id } }`,
    setup: async (w) => ({ vars: { w: w.wardA } }),
    expect: table(WRITE_A),
  },
  {
    field: 'assignComplaint',
    kind: 'mutation',
    op: 'mutation($id: ID!) { assignComplaint(id: $id, assignee: "Tổ công tác") { id } }',
    setup: byId((w) => w.complaint()),
    expect: table(OPERATORS),
  },
  {
    field: 'answerComplaint',
    kind: 'mutation',
    op: 'mutation($id: ID!) { answerComplaint(id: $id, answer: "Đã trả lời") { id } }',
    setup: byId((w) => w.complaint('ASSIGNED')),
    expect: table(OPERATORS),
  },
  {
    field: 'closeComplaint',
    kind: 'mutation',
    op: 'mutation($id: ID!) { closeComplaint(id: $id) { id } }',
    setup: byId((w) => w.complaint('ANSWERED')),
    expect: table(OPERATORS),
  },
  {
    field: 'transferComplaint',
    kind: 'mutation',
    op: 'mutation($id: ID!) { transferComplaint(id: $id, to: "Công an quận", note: null) { id } }',
    setup: byId((w) => w.complaint()),
    expect: table(OPERATORS),
  },
  {
    field: 'recordVoterListChange',
    kind: 'mutation',
    op: 'mutation($i: VoterListChangeInput!) { recordVoterListChange(input: $i) { id } }',
    setup: async (w) => ({ vars: { i: { pollingAreaId: w.turnoutArea, kind: 'ADDED_TRANSIENT', count: 1, note: 'Giấy chứng nhận' } } }),
    expect: table(WRITE_A),
  },
  {
    field: 'relocatePollingArea',
    kind: 'mutation',
    op: 'mutation($id: ID!, $n: String!, $a: String!) { relocatePollingArea(id: $id, name: $n, address: $a, reason: "Điểm cũ bị ngập") { id } }',
    setup: async (w) => ({ vars: { id: w.statusArea, n: `Điểm bỏ phiếu thay thế ${++sites}`, a: `${sites} Phố Thử` } }),
    expect: table(OPERATORS),
  },
];

export const CASES: Case[] = [...queries, ...mutations];
