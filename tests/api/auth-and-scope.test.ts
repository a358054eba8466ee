import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, openArea } from '../support/demo.js';
import { codeOf, gql, lastSeq, login } from '../support/graphql.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';

const REPORT = `mutation($input: ReportIncidentInput!) { reportIncident(input: $input) { id code status tasks { id agency { code } } } }`;
const TURNOUT = `mutation($input: ReportTurnoutInput!) { reportTurnout(input: $input) { id voted } }`;

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
    const ok = await gql(server.url, 'mutation { login(username:"ward.dong-tam", password:"demo") { token user { username role wardId } } }');
    expect(ok.data!.login.user).toMatchObject({ username: 'ward.dong-tam', role: 'WARD_OFFICER', wardId: ids.ward('dong-tam').id });
    const bad = await gql(server.url, 'mutation { login(username:"ward.dong-tam", password:"nope") { token } }');
    expect(codeOf(bad)).toBe('UNAUTHENTICATED');
  });

  it('answers UNAUTHENTICATED without a token and with a forged one', async () => {
    expect(codeOf(await gql(server.url, '{ incidents { id } }'))).toBe('UNAUTHENTICATED');
    const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.' + 'A'.repeat(43);
    expect(codeOf(await gql(server.url, '{ incidents { id } }', {}, forged))).toBe('UNAUTHENTICATED');
    expect((await gql(server.url, '{ me { id } }', {}, forged)).data!.me).toBeNull();
  });
});

describe('roles and scopes over HTTP', () => {
  it('lets a ward officer report in its own ward and refuses another ward, with the log unchanged', async () => {
    const officer = await login(server.url, 'ward.dong-tam');
    const own = await gql(
      server.url,
      REPORT,
      { input: { wardId: ids.ward('dong-tam').id, category: 'POWER_OUTAGE', severity: 'HIGH', title: 'Mất điện tổ 5' } },
      officer,
    );
    expect(own.data!.reportIncident.tasks.map((t: { agency: { code: string } }) => t.agency.code)).toEqual(['POWER']);

    const before = await lastSeq(server.url, ids.operator);
    const foreign = await gql(server.url, REPORT, { input: { wardId: ids.ward('pho-hue').id, category: 'FIRE', severity: 'LOW', title: 'x' } }, officer);
    expect(codeOf(foreign)).toBe('FORBIDDEN');
    const area = ids.ward('pho-hue').pollingAreas[0].id;
    expect(codeOf(await gql(server.url, TURNOUT, { input: { pollingAreaId: area, voted: 10 } }, officer))).toBe('FORBIDDEN');
    expect(await lastSeq(server.url, ids.operator)).toBe(before);

    const other = await login(server.url, 'ward.pho-hue');
    const seen = await gql(server.url, '{ incidents { id } }', {}, other);
    expect(seen.data!.incidents.map((i: { id: string }) => i.id)).not.toContain(own.data!.reportIncident.id);
  });

  it("lets a liaison work only its own agency's tasks", async () => {
    const officer = await login(server.url, 'ward.bach-mai');
    const storm = await gql(
      server.url,
      REPORT,
      { input: { wardId: ids.ward('bach-mai').id, category: 'STORM', severity: 'CRITICAL', title: 'Cây đổ chắn lối vào' } },
      officer,
    );
    const tasks: { id: string; agency: { code: string } }[] = storm.data!.reportIncident.tasks;
    const powerTask = tasks.find((t) => t.agency.code === 'POWER')!;
    const sanitationTask = tasks.find((t) => t.agency.code === 'SANITATION')!;
    const power = await login(server.url, 'liaison.power');
    const sanitation = await login(server.url, 'liaison.sanitation');

    const ack = 'mutation($id:ID!){ acknowledgeTask(id:$id){ id status acknowledgedAt } }';
    expect(codeOf(await gql(server.url, ack, { id: powerTask.id }, sanitation))).toBe('FORBIDDEN');
    expect((await gql(server.url, ack, { id: powerTask.id }, power)).data!.acknowledgeTask.status).toBe('ACKNOWLEDGED');
    const mine = await gql(server.url, '{ tasks { id agency { code } } }', {}, power);
    expect(mine.data!.tasks.every((t: { agency: { code: string } }) => t.agency.code === 'POWER')).toBe(true);
    expect(mine.data!.tasks.map((t: { id: string }) => t.id)).not.toContain(sanitationTask.id);
    expect(
      codeOf(
        await gql(server.url, 'mutation($id:ID!){ dispatchTask(input:{incidentId:$id, agency:POLICE}){ id } }', { id: storm.data!.reportIncident.id }, power),
      ),
    ).toBe('FORBIDDEN');
    expect(codeOf(await gql(server.url, '{ pollingAreas { id } }', {}, power))).toBe('FORBIDDEN');
  });

  it('lets the observer read everything and change nothing', async () => {
    const observer = await login(server.url, 'observer');
    expect((await gql(server.url, '{ pollingAreas { id } }', {}, observer)).data!.pollingAreas.length).toBeGreaterThan(150);
    const area = ids.ward('dong-tam').pollingAreas[0].id;
    expect(
      codeOf(await gql(server.url, 'mutation($id:ID!){ setChecklistItem(pollingAreaId:$id, item:BALLOTS, done:true){ id } }', { id: area }, observer)),
    ).toBe('FORBIDDEN');
  });

  it('gives every role the district totals', async () => {
    const power = await login(server.url, 'liaison.power');
    const t = await gql(server.url, '{ turnout { registered voted percent byWard { ward { code } registered } } }', {}, power);
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
    const first = await gql(server.url, TURNOUT, { input }, officer);
    const again = await gql(server.url, TURNOUT, { input }, officer);
    expect(again.data!.reportTurnout.id).toBe(first.data!.reportTurnout.id);
    const events = await gql(server.url, 'query($a:Int){ events(after:$a){ seq type turnoutReport { voted } } }', { a: before }, ids.operator);
    expect(events.data!.events.map((e: { type: string }) => e.type)).toEqual(['TURNOUT_REPORTED']);
  });

  it('answers bad input with a clear code and changes nothing', async () => {
    const officer = await login(server.url, 'ward.dong-tam');
    const area = ids.ward('dong-tam').pollingAreas[2];
    await openArea(server.url, ids.operator, area.id);
    const before = await lastSeq(server.url, ids.operator);
    const tooMany = await gql(server.url, TURNOUT, { input: { pollingAreaId: area.id, voted: area.registeredVoters + 1 } }, officer);
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors![0].message).toMatch(/cử tri/);
    expect(codeOf(await gql(server.url, TURNOUT, { input: { pollingAreaId: area.id, voted: 'many' } }, officer))).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await gql(server.url, REPORT, { input: { wardId: ids.ward('dong-tam').id, category: 'VOLCANO', severity: 'LOW', title: 'x' } }, officer)),
    ).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(server.url, 'mutation { acknowledgeTask(id:"424242"){ id } }', {}, ids.operator))).toBe('NOT_FOUND');
    expect(codeOf(await gql(server.url, 'mutation($id:ID!){ setPollingAreaStatus(id:$id, status:COUNTED){ id } }', { id: area.id }, ids.operator))).toBe(
      'CONFLICT',
    );
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
