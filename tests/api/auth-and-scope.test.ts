import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, openArea } from '../support/demo.js';
import { codeOf, gql } from '../support/graphql.js';
import {
  AcknowledgeTaskDocument,
  DispatchTaskDocument,
  eventLog,
  IncidentsDocument,
  lastSeq,
  login,
  LoginDocument,
  MeDocument,
  PollingAreasDocument,
  reportIncident,
  ReportIncidentWithTasksDocument,
  ReportTurnoutDocument,
  SetChecklistItemDocument,
  SetPollingAreaStatusDocument,
  TasksDocument,
  TurnoutDocument,
} from '../support/operations.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';

let server: TestServer;
let data: Storage;
let ids: Awaited<ReturnType<typeof demoIds>>;

beforeAll(async () => {
  data = await storage('pglite');
  server = await startServer(data.env);
  ids = await demoIds(server.url);
});
afterAll(async () => {
  await server?.stop();
  await data?.dispose();
});

describe('login', () => {
  it('gives a token and the user for a demo account, and refuses a wrong password', async () => {
    const ok = await gql(server.url, LoginDocument, { username: 'ward.dong-tam', password: 'demo' });
    expect(ok.data!.login.user).toMatchObject({ username: 'ward.dong-tam', role: 'WARD_OFFICER', wardId: ids.ward('dong-tam').id });
    const bad = await gql(server.url, LoginDocument, { username: 'ward.dong-tam', password: 'nope' });
    expect(codeOf(bad)).toBe('UNAUTHENTICATED');
  });

  it('answers UNAUTHENTICATED without a token and with a forged one', async () => {
    expect(codeOf(await gql(server.url, IncidentsDocument, {}))).toBe('UNAUTHENTICATED');
    const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.' + 'A'.repeat(43);
    expect(codeOf(await gql(server.url, IncidentsDocument, {}, forged))).toBe('UNAUTHENTICATED');
    expect((await gql(server.url, MeDocument, {}, forged)).data!.me).toBeNull();
  });
});

describe('roles and scopes over HTTP', () => {
  it('lets a ward officer report in its own ward and refuses another ward, with the log unchanged', async () => {
    const officer = await login(server.url, 'ward.dong-tam');
    const own = await reportIncident(
      server.url,
      { wardId: ids.ward('dong-tam').id, category: 'POWER_OUTAGE', severity: 'HIGH', title: 'Mất điện tổ 5' },
      officer,
    );
    expect(own.tasks.map((t) => t.agency.code)).toEqual(['POWER']);

    const before = await lastSeq(server.url, ids.operator);
    const foreign = await gql(
      server.url,
      ReportIncidentWithTasksDocument,
      { input: { wardId: ids.ward('pho-hue').id, category: 'FIRE', severity: 'LOW', title: 'x' } },
      officer,
    );
    expect(codeOf(foreign)).toBe('FORBIDDEN');
    const area = ids.ward('pho-hue').pollingAreas[0].id;
    expect(codeOf(await gql(server.url, ReportTurnoutDocument, { input: { pollingAreaId: area, voted: 10 } }, officer))).toBe('FORBIDDEN');
    expect(await lastSeq(server.url, ids.operator)).toBe(before);

    const other = await login(server.url, 'ward.pho-hue');
    const seen = await gql(server.url, IncidentsDocument, {}, other);
    expect(seen.data!.incidents.map((i) => i.id)).not.toContain(own.id);
  });

  it("lets a liaison work only its own agency's tasks", async () => {
    const officer = await login(server.url, 'ward.bach-mai');
    const storm = await reportIncident(
      server.url,
      { wardId: ids.ward('bach-mai').id, category: 'STORM', severity: 'CRITICAL', title: 'Cây đổ chắn lối vào' },
      officer,
    );
    const tasks = storm.tasks;
    const powerTask = tasks.find((t) => t.agency.code === 'POWER')!;
    const sanitationTask = tasks.find((t) => t.agency.code === 'SANITATION')!;
    const power = await login(server.url, 'liaison.power');
    const sanitation = await login(server.url, 'liaison.sanitation');

    expect(codeOf(await gql(server.url, AcknowledgeTaskDocument, { id: powerTask.id }, sanitation))).toBe('FORBIDDEN');
    expect((await gql(server.url, AcknowledgeTaskDocument, { id: powerTask.id }, power)).data!.acknowledgeTask.status).toBe('ACKNOWLEDGED');
    const mine = await gql(server.url, TasksDocument, {}, power);
    expect(mine.data!.tasks.every((t) => t.agency.code === 'POWER')).toBe(true);
    expect(mine.data!.tasks.map((t) => t.id)).not.toContain(sanitationTask.id);
    expect(codeOf(await gql(server.url, DispatchTaskDocument, { input: { incidentId: storm.id, agency: 'POLICE' } }, power))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.url, PollingAreasDocument, {}, power))).toBe('FORBIDDEN');
  });

  it('lets the observer read everything and change nothing', async () => {
    const observer = await login(server.url, 'observer');
    expect((await gql(server.url, PollingAreasDocument, {}, observer)).data!.pollingAreas.length).toBeGreaterThan(150);
    const area = ids.ward('dong-tam').pollingAreas[0].id;
    expect(codeOf(await gql(server.url, SetChecklistItemDocument, { pollingAreaId: area, item: 'BALLOTS', done: true }, observer))).toBe('FORBIDDEN');
  });

  it('gives every role the district totals', async () => {
    const power = await login(server.url, 'liaison.power');
    const t = await gql(server.url, TurnoutDocument, {}, power);
    expect(t.data!.turnout.registered).toBeGreaterThan(200_000);
    expect(t.data!.turnout.byWard).toHaveLength(18);
  });
});

describe('administrative units', () => {
  it('sums turnout and readiness at province, district and ward alike', async () => {
    const r = await gql(
      server.url,
      '{ provinces { name turnout { registered voted } readiness { required done } districts { name turnout { registered voted } readiness { required } wards { code turnout { registered } readiness { required } } } } turnout { registered voted } }',
      {},
      ids.operator,
    );
    const [hanoi] = r.data!.provinces;
    const [hbt] = hanoi.districts;
    expect([hanoi.name, hbt.name]).toEqual(['Hà Nội', 'Hai Bà Trưng']);
    expect(hbt.wards).toHaveLength(18);
    const wardSum = hbt.wards.reduce((a: number, w: { turnout: { registered: number } }) => a + w.turnout.registered, 0);
    expect(hbt.turnout.registered).toBe(wardSum);
    expect(hanoi.turnout).toEqual(hbt.turnout);
    expect(hbt.turnout).toEqual(r.data!.turnout);
    expect(hbt.readiness.required).toBe(hbt.wards.reduce((a: number, w: { readiness: { required: number } }) => a + w.readiness.required, 0));
    const dongTam = hbt.wards.find((w: { code: string }) => w.code === 'dong-tam');
    expect(dongTam.turnout.registered).toBe(10_650);
    expect(dongTam.readiness.required).toBe(7 * 16);
  });
});

describe('writes', () => {
  it('makes a retried report idempotent: same result, one change, one event', async () => {
    const officer = await login(server.url, 'ward.dong-tam');
    const area = ids.ward('dong-tam').pollingAreas[1];
    await openArea(server.url, ids.operator, area.id);
    const before = await lastSeq(server.url, ids.operator);
    const input = { pollingAreaId: area.id, voted: 321, clientRequestId: 'phone-42-turnout-1' };
    const first = await gql(server.url, ReportTurnoutDocument, { input }, officer);
    const again = await gql(server.url, ReportTurnoutDocument, { input }, officer);
    expect(again.data!.reportTurnout.id).toBe(first.data!.reportTurnout.id);
    expect((await eventLog(server.url, ids.operator, before)).map((e) => e.type)).toEqual(['TURNOUT_REPORTED']);
  });

  it('answers bad input with a clear code and changes nothing', async () => {
    const officer = await login(server.url, 'ward.dong-tam');
    const area = ids.ward('dong-tam').pollingAreas[2];
    await openArea(server.url, ids.operator, area.id);
    const before = await lastSeq(server.url, ids.operator);
    const tooMany = await gql(server.url, ReportTurnoutDocument, { input: { pollingAreaId: area.id, voted: area.registeredVoters + 1 } }, officer);
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors![0].message).toMatch(/cử tri/);
    // Values of the wrong type and an unknown enum value: sent as the untyped strings they are.
    const turnout = String(ReportTurnoutDocument);
    const report = String(ReportIncidentWithTasksDocument);
    expect(codeOf(await gql(server.url, turnout, { input: { pollingAreaId: area.id, voted: 'many' } }, officer))).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await gql(server.url, report, { input: { wardId: ids.ward('dong-tam').id, category: 'VOLCANO', severity: 'LOW', title: 'x' } }, officer)),
    ).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(server.url, AcknowledgeTaskDocument, { id: '424242' }, ids.operator))).toBe('NOT_FOUND');
    expect(codeOf(await gql(server.url, SetPollingAreaStatusDocument, { id: area.id, status: 'COUNTED' }, ids.operator))).toBe('CONFLICT');
    expect(await lastSeq(server.url, ids.operator)).toBe(before);
  });
});

describe('the dashboard', () => {
  it('is served at each screen path, its scripts gzipped', async () => {
    const page = await fetch(`${server.url}/ops`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const js = await fetch(`${server.url}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(js.headers.get('content-encoding')).toBe('gzip');
  });
});

describe('health', () => {
  it('answers /healthz and /readyz', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });
});
