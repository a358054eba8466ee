import type { IncidentCategory, TypedDocumentString } from '@election-ops/schema';
import pg from 'pg';
import { demoIds, openArea } from '../support/demo.js';
import { gql } from '../support/graphql.js';
import { acknowledgeTask, AreaDetailDocument, ask, login, ReportTurnoutDocument, reportIncident, StartTaskDocument } from '../support/operations.js';
import { signToken, subjectOf } from '../support/tokens.js';
import { ELECTION_DATE } from '../support/server.js';
import { createUser } from '../support/users.js';

/** Who knocks: every role, each in its own scope and in a foreign one, and three ways of being nobody. */
export const PRINCIPALS = [
  'operator',
  'operator.nation',
  'operator.foreign',
  'observer',
  'observer.province',
  'observer.own',
  'observer.foreign',
  'ward.own',
  'ward.foreign',
  'liaison.own',
  'liaison.foreign',
  'supervisor.own',
  'supervisor.foreign',
  'anonymous',
  'expired',
  'forged',
] as const;
export type Principal = (typeof PRINCIPALS)[number];
export const SIGNED_OUT: readonly Principal[] = ['anonymous', 'expired', 'forged'];

/** What a cell may answer: data (with or without the target in it), null, a refusal code, or a refused socket. */
export type Outcome = 'ok' | 'hidden' | 'null' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'SOCKET_REFUSED';

/** The own scope is ward A, agency POWER and the team following A; the foreign scope is ward B, agency POLICE and B's team. */
export const WARD_A = 'dong-tam';
export const WARD_B = 'pho-hue';
/** The demo teams that follow ward A (with le-dai-hanh) and ward B (with pham-dinh-ho). */
export const TEAM_A = 'doan-04';
export const TEAM_B = 'doan-06';

/** A time on election day, within its voting window, for the auxiliary box to go. */
export const VISIT_AT = `${ELECTION_DATE}T10:00:00+07:00`;

/** A district of another province: its operator reads and changes nothing of the demo's. */
const FOREIGN = { province: 'da-nang', district: 'hai-chau', ward: 'thach-thang' };

async function foreignDistrict(databaseUrl: string | undefined): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number }>(
      `WITH p AS (INSERT INTO provinces (code, name) VALUES ($1, 'Đà Nẵng') RETURNING id),
            d AS (INSERT INTO districts (code, name, "provinceId") SELECT $2, 'Hải Châu', id FROM p RETURNING id)
       INSERT INTO wards (code, name, "districtId") SELECT $3, 'Thạch Thang', id FROM d RETURNING id`,
      [FOREIGN.province, FOREIGN.district, FOREIGN.ward],
    );
    return String(rows[0].id);
  } finally {
    await client.end();
  }
}

/** The demo district seen by the operator, and helpers that make fresh targets in ward A for one cell. */
export async function makeWorld(url: string, env: Record<string, string>, secret: string) {
  const { operator, ward } = await demoIds(url);
  const a = ward(WARD_A);
  const b = ward(WARD_B);
  const [turnoutArea, statusArea, checklistArea] = a.pollingAreas.map((p) => p.id);
  for (const id of [turnoutArea, statusArea]) await openArea(url, operator, id);

  // A second district, in another province, with its own operator; an observer of the demo's city; the nation's operator.
  const foreignWard = await foreignDistrict(env.DATABASE_URL);
  await createUser(env, ['--username', 'operator-foreign', '--role', 'DISTRICT_OPERATOR', '--unit', `${FOREIGN.province}/${FOREIGN.district}`]);
  await createUser(env, ['--username', 'operator-nation', '--role', 'DISTRICT_OPERATOR', '--unit', 'nation']);
  await createUser(env, ['--username', 'observer-province', '--role', 'OBSERVER', '--unit', 'ha-noi']);
  await createUser(env, ['--username', 'observer-own', '--role', 'OBSERVER', '--observer-wards', WARD_A]);
  await createUser(env, ['--username', 'observer-foreign', '--role', 'OBSERVER', '--observer-wards', WARD_B]);
  // Whose sessions the revokeSessions cells end: nobody the other cells sign in as.
  await createUser(env, ['--username', 'matrix-spare', '--role', 'OBSERVER', '--unit', 'ha-noi/hai-ba-trung']);
  const spareUser = subjectOf(await login(url, 'matrix-spare', 'secret-pass'));
  const operatorId = subjectOf(operator);
  const now = Math.floor(Date.now() / 1000);
  const tokens: Record<Principal, string | undefined> = {
    operator,
    'operator.nation': await login(url, 'operator-nation', 'secret-pass'),
    'operator.foreign': await login(url, 'operator-foreign', 'secret-pass'),
    observer: await login(url, 'observer'),
    'observer.province': await login(url, 'observer-province', 'secret-pass'),
    'observer.own': await login(url, 'observer-own', 'secret-pass'),
    'observer.foreign': await login(url, 'observer-foreign', 'secret-pass'),
    'ward.own': await login(url, `ward.${WARD_A}`),
    'ward.foreign': await login(url, `ward.${WARD_B}`),
    'liaison.own': await login(url, 'liaison.power'),
    'liaison.foreign': await login(url, 'liaison.police'),
    'supervisor.own': await login(url, `team.${TEAM_A}`),
    'supervisor.foreign': await login(url, `team.${TEAM_B}`),
    anonymous: undefined,
    // The operator's own id, correctly signed but an hour past expiry; and signed with a secret not the server's.
    expired: signToken(secret, { sub: operatorId, exp: now - 3600 }),
    forged: signToken(`${secret}-not`, { sub: operatorId, exp: now + 3600 }),
  };

  /** The cells' setup, as the operator: a refusal fails the run. */
  const asOperator = <T, V>(document: TypedDocumentString<T, V>, variables: V): Promise<T> => ask(url, document, variables, operator);
  let n = 0;
  /** A fresh incident in ward A (or B); POWER_OUTAGE brings a POWER task, OTHER none. */
  const incident = (category: IncidentCategory = 'POWER_OUTAGE', wardCode = WARD_A) =>
    reportIncident(url, { wardId: wardCode === WARD_A ? a.id : b.id, category, severity: 'LOW', title: `Matrix target ${++n}` }, operator);
  /** A fresh POWER task on a fresh incident in ward A, moved to `status` by the operator. */
  const task = async (status: 'OPEN' | 'ACKNOWLEDGED' | 'IN_PROGRESS') => {
    const id = (await incident()).tasks[0].id;
    if (status !== 'OPEN') await acknowledgeTask(url, id, operator);
    if (status === 'IN_PROGRESS') await asOperator(StartTaskDocument, { id });
    return id;
  };
  /** A fresh finding in ward A, filed by the operator. */
  const finding = async () =>
    (
      await gql<{ reportFinding: { id: string } }>(
        url,
        'mutation($w: ID!) { reportFinding(input: { wardId: $w, kind: ISSUE, text: "Matrix finding" }) { id } }',
        { w: a.id },
        operator,
      )
    ).data!.reportFinding.id;
  /** A fresh flagged figure in ward A: a correction (CORRECTED) of the turnout area's figure, by the operator. */
  const flaggedReport = async () => {
    const report = (voted: number, correctionReason: string | null) =>
      ask(url, ReportTurnoutDocument, { input: { pollingAreaId: turnoutArea, voted, correctionReason } }, operator);
    const now = (await ask(url, AreaDetailDocument, { id: turnoutArea }, operator)).pollingArea!.latestTurnout?.voted ?? 0;
    if (now === 0) await report(2, null);
    const from = now === 0 ? 2 : now;
    return (await report(from - 1, 'Nhập nhầm')).reportTurnout.id;
  };
  /**
   * A fresh DRAFT situation report of ward A. Reports are compiled only by the leader at a checkpoint
   * (the matrix runs with the scheduler stopped), so the cell's target is written straight into the table.
   */
  const draftReport = async () => {
    const db = new pg.Client({ connectionString: env.DATABASE_URL });
    await db.connect();
    try {
      const { rows } = await db.query(
        `INSERT INTO situation_reports (checkpoint, "checkpointAt", "wardId", "scopeKey", "compiledAt", seq, figures)
         VALUES ($1, now(), $2, $3, now(), 0, '{}') RETURNING id`,
        [`matrix-${++n}`, Number(a.id), `ward:${a.id}`],
      );
      return String(rows[0].id);
    } finally {
      await db.end();
    }
  };
  /** A fresh denunciation in ward A, registered by the operator and moved to `status`. */
  const complaint = async (status: 'RECEIVED' | 'ASSIGNED' | 'ANSWERED' = 'RECEIVED') => {
    const op = (q: string, vars: Record<string, unknown>) => gql<Record<string, { id: string }>>(url, q, vars, operator);
    const r = await op(
      `mutation($w: ID!) { receiveComplaint(input: { kind: DENUNCIATION, subject: VOTING, channel: IN_PERSON, summary: "Matrix complaint",
        wardId: $w, complainant: { name: "Người tố cáo ${++n}" } }) { id } }`,
      { w: a.id },
    );
    const id = r.data!.receiveComplaint.id;
    if (status !== 'RECEIVED') await op('mutation($id: ID!) { assignComplaint(id: $id, assignee: "Tổ công tác") { id } }', { id });
    if (status === 'ANSWERED') await op('mutation($id: ID!) { answerComplaint(id: $id, answer: "Đã trả lời") { id } }', { id });
    return id;
  };
  /** A fresh ballot-box visit for the turnout area of ward A (voting), moved to `status` by the operator. */
  const visit = async (status: 'REQUESTED' | 'SCHEDULED' = 'REQUESTED') => {
    const op = (q: string, vars: Record<string, unknown>) => gql<Record<string, { id: string }>>(url, q, vars, operator);
    const r = await op('mutation($a: ID!) { requestBallotBoxVisit(input: { pollingAreaId: $a, voters: 1, reason: ILL_ELDERLY, address: "Matrix" }) { id } }', {
      a: turnoutArea,
    });
    const id = r.data!.requestBallotBoxVisit.id;
    if (status === 'SCHEDULED') await op('mutation($id: ID!, $at: DateTimeISO!) { scheduleBallotBoxVisit(id: $id, at: $at) { id } }', { id, at: VISIT_AT });
    return id;
  };
  /** A fresh change to the turnout area's voter list (two transient voters), by the operator. */
  const voterListChange = async () =>
    (
      await gql<{ recordVoterListChange: { id: string } }>(
        url,
        'mutation($a: ID!) { recordVoterListChange(input: { pollingAreaId: $a, kind: ADDED_TRANSIENT, count: 2 }) { id } }',
        { a: turnoutArea },
        operator,
      )
    ).data!.recordVoterListChange.id;
  // The administrative tree's ids: a read no screen makes.
  const tree = await gql<{ provinces: { id: string; districts: { id: string }[] }[] }>(url, '{ provinces { id districts { id } } }', {}, operator);
  const province = tree.data!.provinces[0].id;
  const district = tree.data!.provinces[0].districts[0].id;
  /** A fresh DRAFT situation report of the demo's province (Hà Nội), written straight into the table like `draftReport`'s. */
  const draftProvinceReport = async () => {
    const db = new pg.Client({ connectionString: env.DATABASE_URL });
    await db.connect();
    try {
      const { rows } = await db.query(
        `INSERT INTO situation_reports (checkpoint, "checkpointAt", "provinceId", "scopeKey", "compiledAt", seq, figures)
         VALUES ($1, now(), $2, $3, now(), 0, '{}') RETURNING id`,
        [`matrix-${++n}`, Number(province), `province:${province}`],
      );
      return String(rows[0].id);
    } finally {
      await db.end();
    }
  };
  return {
    url,
    tokens,
    asOperator,
    incident,
    task,
    finding,
    flaggedReport,
    draftReport,
    draftProvinceReport,
    complaint,
    visit,
    voterListChange,
    spareUser,
    wardA: a.id,
    wardB: b.id,
    foreignWard,
    turnoutArea,
    statusArea,
    checklistArea,
    province,
    district,
  };
}

export type World = Awaited<ReturnType<typeof makeWorld>>;

/** The outcome table of a case: `allowed` get `yes`, other signed-in principals `no`, the signed-out UNAUTHENTICATED. */
export function table(allowed: readonly Principal[], no: Outcome = 'FORBIDDEN', yes: Outcome = 'ok'): Record<Principal, Outcome> {
  return Object.fromEntries(PRINCIPALS.map((p) => [p, SIGNED_OUT.includes(p) ? 'UNAUTHENTICATED' : allowed.includes(p) ? yes : no])) as Record<
    Principal,
    Outcome
  >;
}

export const SIGNED_IN = PRINCIPALS.filter((p) => !SIGNED_OUT.includes(p));
/** Who may read ward A's details. */
export const READ_A: Principal[] = ['operator', 'operator.nation', 'observer', 'observer.province', 'observer.own', 'ward.own', 'supervisor.own'];
/** The operators of ward A's units: its district's (the demo's `operator`) and the nation's. */
export const OPERATORS: Principal[] = ['operator', 'operator.nation'];
/** Who may read the incidents and tasks of ward A that POWER works on. */
export const READ_TARGET: Principal[] = [...READ_A, 'liaison.own'];
/** Who may change ward A. */
export const WRITE_A: Principal[] = [...OPERATORS, 'ward.own'];
/** Who may move a POWER task. */
export const WORK_POWER: Principal[] = [...OPERATORS, 'liaison.own'];
