import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, openArea } from '../support/demo.js';
import { codeOf, gql } from '../support/graphql.js';
import { collect, liveClient } from '../support/live.js';
import {
  AcknowledgeTaskDocument,
  AddIncidentNoteDocument,
  AreaDetailDocument,
  ask,
  IncidentsDocument,
  lastSeq,
  login,
  LoginDocument,
  MeDocument,
  RenewTokenDocument,
  ReopenIncidentDocument,
  reportIncident,
  reportTurnout,
  ReportTurnoutDocument,
  resolveIncident,
  ResolveIncidentDocument,
  RevokeSessionsDocument,
  setAreaStatus,
  SetPollingAreaStatusDocument,
  StartIncidentDocument,
  TaskDocument,
  TasksDocument,
} from '../support/operations.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';

/**
 * The loops a day must close, over the real API: a resolved incident's untaken tasks are cancelled
 * (never overdue), a typo is corrected by the area's own officer, a closed area is reopened by the
 * operator, notes reach the timeline with display names, screens renew their tokens and lost devices
 * are signed out, and the audit log can be paged as documented.
 */
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

describe('resolving an incident', () => {
  it('cancels its untaken tasks: the liaison sees them cancelled with why, and they never turn overdue', async () => {
    const ward = ids.ward('bach-mai');
    const officer = await login(server.url, 'ward.bach-mai');
    const power = await login(server.url, 'liaison.power');
    const client = liveClient(server.url, power);
    const live = collect(client, { after: await lastSeq(server.url, operator) });
    try {
      const incident = await reportIncident(
        server.url,
        { pollingAreaId: ward.pollingAreas[0].id, category: 'POWER_OUTAGE', severity: 'CRITICAL', title: 'Mất điện' },
        officer,
      );
      const taskId = incident.tasks[0].id;
      // A control with a later deadline, left open: once the scheduler escalates it, it has looked past the first one's deadline too.
      const control = await reportIncident(
        server.url,
        { pollingAreaId: ward.pollingAreas[1].id, category: 'POWER_OUTAGE', severity: 'CRITICAL', title: 'Mất điện (đối chứng)' },
        officer,
      );
      await resolveIncident(server.url, { id: incident.id, note: 'Có điện lại sau 1 phút' }, officer);
      await live.until((es) => es.some((e) => e.type === 'TASK_CANCELLED' && e.task?.id === taskId));
      const { task } = await ask(server.url, TaskDocument, { id: taskId }, power);
      expect(task).toMatchObject({ status: 'CANCELLED', overdue: false, cancelReason: 'Có điện lại sau 1 phút', incident: { status: 'RESOLVED' } });
      expect(codeOf(await gql(server.url, AcknowledgeTaskDocument, { id: taskId }, power))).toBe('CONFLICT');
      // Its deadline passes by the election clock (2 min = 2 s at 60×), and the scheduler's next look after it.
      await live.until((es) => es.some((e) => e.type === 'TASK_OVERDUE' && e.task?.id === control.tasks[0].id));
      const overdue = await ask(server.url, TasksDocument, { filter: { overdue: true } }, operator);
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
    await reportTurnout(server.url, { pollingAreaId: area, voted: 1300 }, officer);
    const refused = await gql(server.url, ReportTurnoutDocument, { input: { pollingAreaId: area, voted: 500 } }, officer);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors![0].message).toMatch(/Đính chính/);
    expect(codeOf(await gql(server.url, ReportTurnoutDocument, { input: { pollingAreaId: area, voted: 500, correctionReason: 'Nhập nhầm' } }, foreign))).toBe(
      'FORBIDDEN',
    );
    const fixed = await reportTurnout(server.url, { pollingAreaId: area, voted: 500, correctionReason: 'Nhập nhầm 1300' }, officer);
    expect(fixed).toMatchObject({ voted: 500, correctionReason: 'Nhập nhầm 1300' });
    const { pollingArea } = await ask(server.url, AreaDetailDocument, { id: area }, operator);
    expect(pollingArea!.latestTurnout!.voted).toBe(500);
    expect(pollingArea!.turnoutReports.map(({ voted, correctionReason, reportedBy }) => ({ voted, correctionReason, reportedBy }))).toEqual([
      { voted: 500, correctionReason: 'Nhập nhầm 1300', reportedBy: 'Cán bộ phường Đồng Tâm' },
      { voted: 1300, correctionReason: null, reportedBy: 'Cán bộ phường Đồng Tâm' },
    ]);
  });

  it('lets only the operator reopen an area closed by mistake, with a reason, and keeps its history', async () => {
    const area = ids.ward('dong-tam').pollingAreas[1].id;
    await openArea(server.url, operator, area);
    const officer = await login(server.url, 'ward.dong-tam');
    await setAreaStatus(server.url, { id: area, status: 'CLOSED' }, officer);
    expect(codeOf(await gql(server.url, SetPollingAreaStatusDocument, { id: area, status: 'VOTING', reason: 'Bấm nhầm' }, officer))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.url, SetPollingAreaStatusDocument, { id: area, status: 'VOTING' }, operator))).toBe('BAD_USER_INPUT');
    const reopened = await setAreaStatus(server.url, { id: area, status: 'VOTING', reason: 'Tổ bầu cử bấm nhầm kết thúc' }, operator);
    expect(reopened).toMatchObject({ status: 'VOTING', statusReason: 'Tổ bầu cử bấm nhầm kết thúc' });
    const { pollingArea } = await ask(server.url, AreaDetailDocument, { id: area }, operator);
    expect(pollingArea!.statusHistory.map((h) => [h.status, h.reason, h.actorName])).toEqual([
      ['READY', null, 'Ban Chỉ đạo bầu cử quận'],
      ['VOTING', null, 'Ban Chỉ đạo bầu cử quận'],
      ['CLOSED', null, 'Cán bộ phường Đồng Tâm'],
      ['VOTING', 'Tổ bầu cử bấm nhầm kết thúc', 'Ban Chỉ đạo bầu cử quận'],
    ]);
    // The officer's own view of the area holds the history too; a liaison reaching it through an incident does not.
    const power = await login(server.url, 'liaison.power');
    const reported = await reportIncident(server.url, { pollingAreaId: area, category: 'POWER_OUTAGE', severity: 'LOW', title: 'Chập điện' }, officer);
    const seen = await gql(
      server.url,
      'query($id: ID!) { incident(id: $id) { pollingArea { statusHistory { status } turnoutReports { voted } } } }',
      { id: reported.id },
      power,
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.incident.pollingArea).toEqual({ statusHistory: [], turnoutReports: [] });
  });
});

describe('incident notes and names', () => {
  it("puts notes on the timeline with their authors' display names, never usernames", async () => {
    const officer = await login(server.url, 'ward.thanh-nhan');
    const power = await login(server.url, 'liaison.power');
    const police = await login(server.url, 'liaison.police');
    const ward = ids.ward('thanh-nhan');
    const { id } = await reportIncident(server.url, { wardId: ward.id, category: 'POWER_OUTAGE', severity: 'LOW', title: 'Chập điện' }, officer);
    const note = { id, text: 'Tổ đã dùng đèn dự phòng', clientRequestId: 'note-1' };
    await ask(server.url, AddIncidentNoteDocument, note, officer);
    await ask(server.url, AddIncidentNoteDocument, note, officer);
    await ask(server.url, AddIncidentNoteDocument, { id, text: 'Đội sửa chữa đang tới' }, power);
    expect(codeOf(await gql(server.url, AddIncidentNoteDocument, { id, text: 'x' }, police))).toBe('FORBIDDEN');
    await ask(server.url, StartIncidentDocument, { id }, operator);
    await ask(server.url, ResolveIncidentDocument, { id }, operator);
    await ask(server.url, ReopenIncidentDocument, { id, reason: 'Lại mất điện' }, officer);
    // The notes and the timeline in one read, as the incident view shows them together.
    const answer = await gql<{
      incident: { notes: { text: string; author: string }[] };
      incidentTimeline: { type: string; actorName: string; incident: { note: string | null } }[];
    }>(
      server.url,
      'query($id: ID!) { incident(id: $id) { notes { text author } } incidentTimeline(incidentId: $id) { type actorName incident { status note } } }',
      { id },
      operator,
    );
    const r = answer.data!;
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
    const { token, expiresAt, user } = (await ask(server.url, LoginDocument, { username: 'ward.minh-khai', password: 'demo' })).login;
    // Time itself is under test: expiries are in whole seconds, so a later one needs a new second.
    await new Promise((ok) => setTimeout(ok, 1_100));
    const renewed = await ask(server.url, RenewTokenDocument, {}, token);
    expect(new Date(renewed.renewToken.expiresAt).getTime()).toBeGreaterThan(new Date(expiresAt).getTime());
    expect((await ask(server.url, MeDocument, {}, renewed.renewToken.token)).me!.id).toBe(user.id);

    const client = liveClient(server.url, renewed.renewToken.token);
    const live = collect(client, { after: await lastSeq(server.url, operator) });
    try {
      expect(codeOf(await gql(server.url, RevokeSessionsDocument, { userId: user.id }, token))).toBe('FORBIDDEN');
      await ask(server.url, RevokeSessionsDocument, { userId: user.id }, operator);
      for (const old of [token, renewed.renewToken.token]) expect(codeOf(await gql(server.url, IncidentsDocument, {}, old))).toBe('UNAUTHENTICATED');
      // The open socket is signed out within a sweep (10 s).
      await client.closedWith(4403, 15_000);
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
