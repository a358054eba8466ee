import fc from 'fast-check';
import { bool, enumOf, id, input, instant, text, voted, type Pools } from './fuzz-arbitraries.js';

/** One mutation as a client sends it: a document with typed variables, and generators for their values. */
export interface FuzzedMutation {
  field: string;
  document: string;
  variables: fc.Arbitrary<Record<string, unknown>>;
}

const CATEGORIES = ['POWER_OUTAGE', 'STORM', 'FLOOD', 'FIRE', 'SECURITY', 'SANITATION', 'MEDICAL', 'MATERIALS', 'COMPLAINT', 'OTHER'];
const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const AGENCIES = ['POWER', 'SANITATION', 'FIRE', 'POLICE', 'HEALTH'];
const STATUSES = ['PREPARING', 'READY', 'VOTING', 'SUSPENDED', 'CLOSED', 'COUNTED'];
const ITEMS = ['BALLOT_BOX', 'AUX_BALLOT_BOX', 'BALLOTS', 'SEAL_TAPE', 'BACKUP_POWER'];
const FINDING_KINDS = ['ISSUE', 'RECOMMENDATION', 'GOOD_PRACTICE'];
const COMPLAINT_KINDS = ['COMPLAINT', 'DENUNCIATION', 'PETITION'];
const COMPLAINT_SUBJECTS = ['VOTER_LIST', 'CANDIDATE', 'ORGANISATION', 'VOTING', 'COUNTING', 'OTHER'];
const CHANNELS = ['IN_PERSON', 'LETTER', 'PHONE', 'EMAIL'];
const VISIT_REASONS = ['ILL_ELDERLY', 'DISABLED', 'QUARANTINE', 'HOSPITAL', 'DETENTION'];
/** Ballots and voters: small, zero, negative, fractional, huge, and not numbers. */
const count = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: -2, max: 12 }) }, fc.constantFrom(2 ** 31 - 1, 1.5, '3', null, 100_000));
const LIST_KINDS = ['ADDED_TRANSIENT', 'ADDED_OTHER', 'REMOVED_MOVED', 'REMOVED_DECEASED', 'REMOVED_INELIGIBLE'];
/** How many voters a list change moves: plausible, at the limits (1, 4,000) and past them, and below the area's voters who have voted. */
const listCount = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 20 }) },
  fc.constantFrom(0, -1, 1, 4000, 4001, 2 ** 31 - 1, -(2 ** 31), 1.5, '3'),
  fc.integer({ min: 20, max: 5000 }),
);

const vars = (fields: Record<string, fc.Arbitrary<unknown>>) => fc.record(fields);

/** Every mutation of the API (the test checks the list against the schema). */
export function mutations(p: Pools): FuzzedMutation[] {
  const incident = id(p.incidents);
  const task = id(p.tasks);
  const area = id(p.areas);
  return [
    {
      field: 'reportIncident',
      document: 'mutation($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }',
      variables: vars({
        input: input({
          wardId: id(p.wards),
          pollingAreaId: area,
          pollingAreaIds: fc.oneof(fc.array(area, { maxLength: 4 }), fc.constant(Array.from({ length: 101 }, (_, i) => String(i + 1)))),
          category: enumOf(...CATEGORIES),
          severity: enumOf(...SEVERITIES),
          title: text,
          description: text,
          affectsVoting: bool,
          clientRequestId: text,
        }),
      }),
    },
    { field: 'acknowledgeIncident', document: 'mutation($id: ID!) { acknowledgeIncident(id: $id) { id } }', variables: vars({ id: incident }) },
    {
      field: 'resolveIncident',
      document: 'mutation($id: ID!, $note: String) { resolveIncident(id: $id, note: $note) { id } }',
      variables: vars({ id: incident, note: text }),
    },
    {
      field: 'reopenIncident',
      document: 'mutation($id: ID!, $reason: String!) { reopenIncident(id: $id, reason: $reason) { id } }',
      variables: vars({ id: incident, reason: text }),
    },
    {
      field: 'dispatchTask',
      document: 'mutation($input: DispatchTaskInput!) { dispatchTask(input: $input) { id } }',
      variables: vars({ input: input({ incidentId: incident, agency: enumOf(...AGENCIES), note: text, clientRequestId: text }) }),
    },
    { field: 'acknowledgeTask', document: 'mutation($id: ID!) { acknowledgeTask(id: $id) { id } }', variables: vars({ id: task }) },
    { field: 'startTask', document: 'mutation($id: ID!) { startTask(id: $id) { id } }', variables: vars({ id: task }) },
    {
      field: 'completeTask',
      document: 'mutation($id: ID!, $note: String) { completeTask(id: $id, note: $note) { id } }',
      variables: vars({ id: task, note: text }),
    },
    {
      field: 'declineTask',
      document: 'mutation($id: ID!, $reason: String!) { declineTask(id: $id, reason: $reason) { id } }',
      variables: vars({ id: task, reason: text }),
    },
    {
      field: 'reportTurnout',
      document: 'mutation($input: ReportTurnoutInput!) { reportTurnout(input: $input) { id } }',
      variables: vars({ input: input({ pollingAreaId: area, voted, correctionReason: text, clientRequestId: text }) }),
    },
    {
      field: 'setPollingAreaStatus',
      document:
        'mutation($id: ID!, $status: PollingAreaStatus!, $reason: String, $c: String) { setPollingAreaStatus(id: $id, status: $status, reason: $reason, clientRequestId: $c) { id } }',
      variables: vars({ id: area, status: enumOf(...STATUSES), reason: text, c: text }),
    },
    {
      field: 'setChecklistItem',
      document:
        'mutation($a: ID!, $item: ChecklistItem!, $done: Boolean!, $note: String, $c: String) { setChecklistItem(pollingAreaId: $a, item: $item, done: $done, note: $note, clientRequestId: $c) { id } }',
      variables: vars({ a: area, item: enumOf(...ITEMS), done: bool, note: text, c: text }),
    },
    {
      field: 'startIncident',
      document: 'mutation($id: ID!, $c: String) { startIncident(id: $id, clientRequestId: $c) { id } }',
      variables: vars({ id: incident, c: text }),
    },
    {
      field: 'addIncidentNote',
      document: 'mutation($id: ID!, $text: String!, $c: String) { addIncidentNote(id: $id, text: $text, clientRequestId: $c) { id } }',
      variables: vars({ id: incident, text, c: text }),
    },
    {
      field: 'reportFinding',
      document: 'mutation($input: ReportFindingInput!) { reportFinding(input: $input) { id } }',
      variables: vars({ input: input({ wardId: id(p.wards), pollingAreaId: area, kind: enumOf(...FINDING_KINDS), text, clientRequestId: text }) }),
    },
    {
      field: 'addressFinding',
      document: 'mutation($id: ID!, $note: String!) { addressFinding(id: $id, note: $note) { id } }',
      variables: vars({ id: id(p.findings), note: text }),
    },
    {
      field: 'escalateFinding',
      document: 'mutation($id: ID!, $c: IncidentCategory!, $s: Severity!) { escalateFinding(id: $id, category: $c, severity: $s) { id } }',
      variables: vars({ id: id(p.findings), c: enumOf(...CATEGORIES), s: enumOf(...SEVERITIES) }),
    },
    {
      field: 'verifyTurnout',
      document: 'mutation($id: ID!, $note: String) { verifyTurnout(id: $id, note: $note) { id } }',
      variables: vars({ id: id(p.turnoutReports), note: text }),
    },
    {
      field: 'sendSituationReport',
      document: 'mutation($id: ID!, $note: String) { sendSituationReport(id: $id, note: $note) { id } }',
      variables: vars({ id: id(p.situationReports), note: text }),
    },
    {
      field: 'receiveComplaint',
      document: 'mutation($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { id } }',
      variables: vars({
        input: input({
          kind: enumOf(...COMPLAINT_KINDS),
          subject: enumOf(...COMPLAINT_SUBJECTS),
          channel: enumOf(...CHANNELS),
          summary: text,
          wardId: id(p.wards),
          pollingAreaId: area,
          receivedAt: instant,
          complainant: input({ name: text, contact: text }),
          clientRequestId: text,
        }),
      }),
    },
    {
      field: 'assignComplaint',
      document: 'mutation($id: ID!, $a: String!) { assignComplaint(id: $id, assignee: $a) { id } }',
      variables: vars({ id: id(p.complaints), a: text }),
    },
    {
      field: 'answerComplaint',
      document: 'mutation($id: ID!, $a: String!) { answerComplaint(id: $id, answer: $a) { id } }',
      variables: vars({ id: id(p.complaints), a: text }),
    },
    { field: 'closeComplaint', document: 'mutation($id: ID!) { closeComplaint(id: $id) { id } }', variables: vars({ id: id(p.complaints) }) },
    {
      field: 'transferComplaint',
      document: 'mutation($id: ID!, $to: String!, $n: String) { transferComplaint(id: $id, to: $to, note: $n) { id } }',
      variables: vars({ id: id(p.complaints), to: text, n: text }),
    },
    {
      field: 'requestBallotBoxVisit',
      document: 'mutation($input: RequestBallotBoxVisitInput!) { requestBallotBoxVisit(input: $input) { id } }',
      variables: vars({
        input: input({ pollingAreaId: area, voters: count, reason: enumOf(...VISIT_REASONS), address: text, note: text, clientRequestId: text }),
      }),
    },
    {
      field: 'scheduleBallotBoxVisit',
      document: 'mutation($id: ID!, $at: DateTimeISO!) { scheduleBallotBoxVisit(id: $id, at: $at) { id } }',
      variables: vars({ id: id(p.visits), at: instant }),
    },
    {
      field: 'recordBallotBoxVisit',
      document: 'mutation($id: ID!, $n: Int!) { recordBallotBoxVisit(id: $id, ballotsCollected: $n) { id } }',
      variables: vars({ id: id(p.visits), n: count }),
    },
    {
      field: 'cancelBallotBoxVisit',
      document: 'mutation($id: ID!, $r: String!) { cancelBallotBoxVisit(id: $id, reason: $r) { id } }',
      variables: vars({ id: id(p.visits), r: text }),
    },
    {
      field: 'recordVoterListChange',
      document: 'mutation($input: VoterListChangeInput!) { recordVoterListChange(input: $input) { id } }',
      variables: vars({ input: input({ pollingAreaId: area, kind: enumOf(...LIST_KINDS), count: listCount, note: text, clientRequestId: text }) }),
    },
    {
      field: 'relocatePollingArea',
      document:
        'mutation($id: ID!, $n: String!, $a: String!, $r: String!, $c: String) { relocatePollingArea(id: $id, name: $n, address: $a, reason: $r, clientRequestId: $c) { id } }',
      variables: vars({ id: area, n: text, a: text, r: text, c: text }),
    },
    { field: 'renewToken', document: 'mutation { renewToken { token } }', variables: fc.constant({}) },
    // Never a real account: revoking a caller's own sessions would sign the rest of the run out.
    {
      field: 'revokeSessions',
      document: 'mutation($u: ID!, $c: String) { revokeSessions(userId: $u, clientRequestId: $c) { id } }',
      variables: vars({
        c: text,
        u: fc.oneof(
          fc.integer({ min: 100_000, max: 1_000_000 }).map(String),
          fc.constantFrom('0', '-1', 'abc', '', '99999999999999999999', '1; DROP TABLE users', null),
        ),
      }),
    },
    {
      field: 'login',
      document: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: vars({ u: fc.oneof(text, fc.constantFrom('operator', 'ward.dong-tam', 'OPERATOR', ' operator')), p: text }),
    },
    // The drill moves the clock of the whole server: last, and stopped after.
    {
      field: 'startDrill',
      document: 'mutation($speed: Float!, $seed: Int) { startDrill(speed: $speed, seed: $seed) { active } }',
      variables: vars({
        speed: fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(0, -1, 3600, 3601, 1e300, '60')),
        seed: fc.oneof(fc.integer(), fc.constantFrom(null, 2 ** 40, 'x')),
      }),
    },
    { field: 'stopDrill', document: 'mutation { stopDrill { active } }', variables: fc.constant({}) },
  ];
}
