import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, openArea } from '../support/demo.js';
import { codeOf, gql, lastSeq, login, type AnyData } from '../support/graphql.js';
import { collect, liveClient } from '../support/live.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';

/**
 * The loops a day must close, over the real API: a resolved incident's untaken tasks are cancelled
 * (never overdue), a typo is corrected by the area's own officer, a closed area is reopened by the
 * operator, notes reach the timeline with display names, screens renew their tokens and lost devices
 * are signed out, and the audit log can be paged as documented.
 */
const REPORT = 'mutation($i: ReportIncidentInput!) { reportIncident(input: $i) { id tasks { id status ackDueAt } } }';
const TURNOUT = 'mutation($i: ReportTurnoutInput!) { reportTurnout(input: $i) { id voted correctionReason } }';
const STATUS = 'mutation($id: ID!, $s: PollingAreaStatus!, $r: String) { setPollingAreaStatus(id: $id, status: $s, reason: $r) { status statusReason } }';

let server: TestServer;
let data: Storage;
let ids: Awaited<ReturnType<typeof demoIds>>;
let operator: string;

beforeAll(async () => {
  data = await storage('pglite');
  // An election clock at 60×: a CRITICAL task's two minutes pass in two seconds.
  server = await startServer({ ...data.env, CLOCK_SPEED: '60', TOKEN_TTL_SECONDS: '3600' });
  ids = await demoIds(server.url);
  operator = ids.operator;
});
afterAll(async () => {
  await server?.stop();
  await data?.dispose();
});

const ask = async <T = AnyData>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
  const r = await gql<T>(server.url, query, variables, token);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
};

describe('resolving an incident', () => {
  it('cancels its untaken tasks: the liaison sees them cancelled with why, and they never turn overdue', async () => {
    const ward = ids.ward('bach-mai');
    const officer = await login(server.url, 'ward.bach-mai');
    const power = await login(server.url, 'liaison.power');
    const client = liveClient(server.url, power);
    const live = collect(client, { after: await lastSeq(server.url, operator) });
    try {
      const { reportIncident: incident } = await ask<{ reportIncident: { id: string; tasks: { id: string; ackDueAt: string }[] } }>(
        REPORT,
        { i: { pollingAreaId: ward.pollingAreas[0].id, category: 'POWER_OUTAGE', severity: 'CRITICAL', title: 'Mất điện' } },
        officer,
      );
      const taskId = incident.tasks[0].id;
      await ask('mutation($id: ID!) { resolveIncident(id: $id, note: "Có điện lại sau 1 phút") { id } }', { id: incident.id }, officer);
      await live.until((es) => es.some((e) => e.type === 'TASK_CANCELLED' && e.task?.id === taskId));
      const { task } = await ask<{ task: { status: string; overdue: boolean; cancelReason: string; incident: { status: string } } }>(
        'query($id: ID!) { task(id: $id) { status overdue cancelReason incident { status } } }',
        { id: taskId },
        power,
      );
      expect(task).toEqual({ status: 'CANCELLED', overdue: false, cancelReason: 'Có điện lại sau 1 phút', incident: { status: 'RESOLVED' } });
      expect(codeOf(await gql(server.url, 'mutation($id: ID!) { acknowledgeTask(id: $id) { id } }', { id: taskId }, power))).toBe('CONFLICT');
      // Wait past its deadline by the election clock (2 min = 2 s at 60×), and some more for the scheduler.
      await new Promise((r) => setTimeout(r, Math.max(0, new Date(incident.tasks[0].ackDueAt).getTime() - Date.now()) + 4_000));
      const overdue = await ask<{ tasks: { id: string }[] }>('{ tasks(filter: { overdue: true }) { id } }', {}, operator);
      expect(overdue.tasks.map((t) => t.id)).not.toContain(taskId);
      expect(live.events.filter((e) => e.task?.id === taskId).map((e) => e.type)).toEqual(['TASK_DISPATCHED', 'TASK_CANCELLED']);
    } finally {
      live.stop();
      await client.dispose();
    }
  });
});

describe('mistakes are fixable', () => {
  it("lets the area's own officer correct a typo with a reason, and refuses it without one, saying what to do", async () => {
    const area = ids.ward('dong-tam').pollingAreas[0].id;
    await openArea(server.url, operator, area);
    const officer = await login(server.url, 'ward.dong-tam');
    const foreign = await login(server.url, 'ward.pho-hue');
    await ask(TURNOUT, { i: { pollingAreaId: area, voted: 1300 } }, officer);
    const refused = await gql(server.url, TURNOUT, { i: { pollingAreaId: area, voted: 500 } }, officer);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors![0].message).toMatch(/Đính chính/);
    expect(codeOf(await gql(server.url, TURNOUT, { i: { pollingAreaId: area, voted: 500, correctionReason: 'Nhập nhầm' } }, foreign))).toBe('FORBIDDEN');
    const fixed = await ask<{ reportTurnout: { voted: number; correctionReason: string } }>(
      TURNOUT,
      { i: { pollingAreaId: area, voted: 500, correctionReason: 'Nhập nhầm 1300' } },
      officer,
    );
    expect(fixed.reportTurnout).toMatchObject({ voted: 500, correctionReason: 'Nhập nhầm 1300' });
    const { pollingArea } = await ask<{
      pollingArea: { latestTurnout: { voted: number }; turnoutReports: { voted: number; correctionReason: string | null; reportedBy: string }[] };
    }>('query($id: ID!) { pollingArea(id: $id) { latestTurnout { voted } turnoutReports { voted correctionReason reportedBy } } }', { id: area }, operator);
    expect(pollingArea.latestTurnout.voted).toBe(500);
    expect(pollingArea.turnoutReports).toEqual([
      { voted: 500, correctionReason: 'Nhập nhầm 1300', reportedBy: 'Cán bộ phường Đồng Tâm' },
      { voted: 1300, correctionReason: null, reportedBy: 'Cán bộ phường Đồng Tâm' },
    ]);
  });

  it('lets only the operator reopen an area closed by mistake, with a reason, and keeps its history', async () => {
    const area = ids.ward('dong-tam').pollingAreas[1].id;
    await openArea(server.url, operator, area);
    const officer = await login(server.url, 'ward.dong-tam');
    await ask(STATUS, { id: area, s: 'CLOSED' }, officer);
    expect(codeOf(await gql(server.url, STATUS, { id: area, s: 'VOTING', r: 'Bấm nhầm' }, officer))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.url, STATUS, { id: area, s: 'VOTING' }, operator))).toBe('BAD_USER_INPUT');
    const reopened = await ask<{ setPollingAreaStatus: { status: string; statusReason: string } }>(
      STATUS,
      { id: area, s: 'VOTING', r: 'Tổ bầu cử bấm nhầm kết thúc' },
      operator,
    );
    expect(reopened.setPollingAreaStatus).toEqual({ status: 'VOTING', statusReason: 'Tổ bầu cử bấm nhầm kết thúc' });
    const { pollingArea } = await ask<{ pollingArea: { statusHistory: { status: string; reason: string | null; actorName: string }[] } }>(
      'query($id: ID!) { pollingArea(id: $id) { statusHistory { status reason actorName } } }',
      { id: area },
      operator,
    );
    expect(pollingArea.statusHistory.map((h) => [h.status, h.reason, h.actorName])).toEqual([
      ['READY', null, 'Ban Chỉ đạo bầu cử quận'],
      ['VOTING', null, 'Ban Chỉ đạo bầu cử quận'],
      ['CLOSED', null, 'Cán bộ phường Đồng Tâm'],
      ['VOTING', 'Tổ bầu cử bấm nhầm kết thúc', 'Ban Chỉ đạo bầu cử quận'],
    ]);
    // The officer's own view of the area holds the history too; a liaison reaching it through an incident does not.
    const power = await login(server.url, 'liaison.power');
    const { reportIncident } = await ask<{ reportIncident: { id: string } }>(
      REPORT,
      { i: { pollingAreaId: area, category: 'POWER_OUTAGE', severity: 'LOW', title: 'Chập điện' } },
      officer,
    );
    const seen = await ask<{ incident: { pollingArea: { statusHistory: unknown[]; turnoutReports: unknown[] } } }>(
      'query($id: ID!) { incident(id: $id) { pollingArea { statusHistory { status } turnoutReports { voted } } } }',
      { id: reportIncident.id },
      power,
    );
    expect(seen.incident.pollingArea).toEqual({ statusHistory: [], turnoutReports: [] });
  });
});

describe('incident notes and names', () => {
  it("puts notes on the timeline with their authors' display names, never usernames", async () => {
    const officer = await login(server.url, 'ward.thanh-nhan');
    const power = await login(server.url, 'liaison.power');
    const police = await login(server.url, 'liaison.police');
    const ward = ids.ward('thanh-nhan');
    const { reportIncident } = await ask<{ reportIncident: { id: string } }>(
      REPORT,
      { i: { wardId: ward.id, category: 'POWER_OUTAGE', severity: 'LOW', title: 'Chập điện' } },
      officer,
    );
    const id = reportIncident.id;
    await ask('mutation($id: ID!) { addIncidentNote(id: $id, text: "Tổ đã dùng đèn dự phòng", clientRequestId: "note-1") { id } }', { id }, officer);
    await ask('mutation($id: ID!) { addIncidentNote(id: $id, text: "Tổ đã dùng đèn dự phòng", clientRequestId: "note-1") { id } }', { id }, officer);
    await ask('mutation($id: ID!) { addIncidentNote(id: $id, text: "Đội sửa chữa đang tới") { id } }', { id }, power);
    expect(codeOf(await gql(server.url, 'mutation($id: ID!) { addIncidentNote(id: $id, text: "x") { id } }', { id }, police))).toBe('FORBIDDEN');
    await ask('mutation($id: ID!) { startIncident(id: $id) { id } }', { id }, operator);
    await ask('mutation($id: ID!) { resolveIncident(id: $id) { id } }', { id }, operator);
    await ask('mutation($id: ID!) { reopenIncident(id: $id, reason: "Lại mất điện") { id } }', { id }, officer);
    const r = await ask<{
      incident: { notes: { text: string; author: string }[] };
      incidentTimeline: { type: string; actor: string; actorName: string; incident: { note: string | null } }[];
    }>(
      'query($id: ID!) { incident(id: $id) { notes { text author } } incidentTimeline(incidentId: $id) { type actorName incident { status note } } }',
      { id },
      operator,
    );
    expect(r.incident.notes).toEqual([
      { text: 'Tổ đã dùng đèn dự phòng', author: 'Cán bộ phường Thanh Nhàn' },
      { text: 'Đội sửa chữa đang tới', author: 'Điện lực Hai Bà Trưng' },
    ]);
    const timeline = r.incidentTimeline.map((e) => [e.type, e.actorName]);
    expect(timeline).toEqual([
      ['INCIDENT_REPORTED', 'Cán bộ phường Thanh Nhàn'],
      ['TASK_DISPATCHED', 'Cán bộ phường Thanh Nhàn'],
      ['INCIDENT_NOTE_ADDED', 'Cán bộ phường Thanh Nhàn'],
      ['INCIDENT_NOTE_ADDED', 'Điện lực Hai Bà Trưng'],
      ['INCIDENT_IN_PROGRESS', 'Ban Chỉ đạo bầu cử quận'],
      ['INCIDENT_RESOLVED', 'Ban Chỉ đạo bầu cử quận'],
      ['TASK_CANCELLED', 'Ban Chỉ đạo bầu cử quận'],
      ['INCIDENT_REOPENED', 'Cán bộ phường Thanh Nhàn'],
    ]);
    expect(r.incidentTimeline.at(-1)!.incident.note).toBe('Lại mất điện');
  });
});

describe('sessions', () => {
  it('renews a token before it expires, and revoking ends every session of a lost device, socket included', async () => {
    const r = await gql<{ login: { token: string; expiresAt: string; user: { id: string } } }>(
      server.url,
      'mutation { login(username: "ward.minh-khai", password: "demo") { token expiresAt user { id } } }',
    );
    const { token, expiresAt, user } = r.data!.login;
    await new Promise((ok) => setTimeout(ok, 1_100)); // a new second: a later expiry
    const renewed = await ask<{ renewToken: { token: string; expiresAt: string } }>('mutation { renewToken { token expiresAt } }', {}, token);
    expect(new Date(renewed.renewToken.expiresAt).getTime()).toBeGreaterThan(new Date(expiresAt).getTime());
    expect((await ask<{ me: { id: string } }>('{ me { id } }', {}, renewed.renewToken.token)).me.id).toBe(user.id);

    const client = liveClient(server.url, renewed.renewToken.token);
    const live = collect(client, { after: await lastSeq(server.url, operator) });
    try {
      expect(codeOf(await gql(server.url, 'mutation($u: ID!) { revokeSessions(userId: $u) { id } }', { u: user.id }, token))).toBe('FORBIDDEN');
      await ask('mutation($u: ID!) { revokeSessions(userId: $u) { id } }', { u: user.id }, operator);
      for (const old of [token, renewed.renewToken.token]) expect(codeOf(await gql(server.url, '{ incidents { id } }', {}, old))).toBe('UNAUTHENTICATED');
      // The open socket is signed out within a sweep (10 s).
      await new Promise<void>((ok, fail) => {
        const started = Date.now();
        const timer = setInterval(() => {
          if (client.closeCodes.includes(4403)) ok(clearInterval(timer));
          else if (Date.now() - started > 15_000) fail(new Error(`socket not closed: ${client.closeCodes}`));
        }, 100);
      });
      // Signing in again works: the device's owner is not locked out.
      expect(await login(server.url, 'ward.minh-khai')).toBeTruthy();
    } finally {
      live.stop();
      await client.dispose();
    }
  });
});

describe('the audit log', () => {
  it('pages 1,000 events at a time with the fields an audit view needs, as the README documents', async () => {
    const r = await gql(
      server.url,
      `query($n: Int) { events(after: 0, limit: $n) {
        seq type at actor actorName wardId checkpoint checklistItem checklistDone
        incident { id code category severity status title affectsVoting }
        task { id status ackDueAt overdue note agency { code name } }
        turnoutReport { id voted at correctionReason }
        pollingArea { id code number name status statusReason }
        note { id text at author } } }`,
      { n: 1000 },
      operator,
    );
    expect(r.errors).toBeUndefined();
    expect((r.data!.events as unknown[]).length).toBeGreaterThan(0);
    expect(codeOf(await gql(server.url, '{ events(limit: 1001) { seq } }', {}, operator))).toBe('BAD_USER_INPUT');
  });
});
