import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, openArea } from '../support/demo.js';
import { gql } from '../support/graphql.js';
import { collect, liveClient, seqs } from '../support/live.js';
import {
  AcknowledgeIncidentDocument,
  ask,
  eventLog,
  eventSeqs,
  IncidentsDocument,
  lastSeq,
  login,
  MeDocument,
  reportIncident,
  reportTurnout,
  RevokeSessionsDocument,
  TasksDocument,
} from '../support/operations.js';
import { resumingSubscriber } from '../support/resuming.js';
import { ADMIN_URL, postgresAvailable } from '../support/postgres.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';
import { eventually } from '../support/wait.js';

const pgUp = await postgresAvailable();

describe.skipIf(!pgUp)('replicas on one PostgreSQL', () => {
  let data: Storage;
  const servers: TestServer[] = [];
  const clients: { dispose: () => void | Promise<void> }[] = [];
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    data = await storage('postgres');
    a = await startServer({ ...data.env, SEED: 'demo' });
    servers.push(a);
    b = await startServer({ ...data.env, SEED: 'none' });
    servers.push(b);
  });
  afterAll(async () => {
    for (const c of clients) await c.dispose();
    for (const s of servers) await s.stop('SIGKILL');
    await data?.dispose();
  });
  const open = (url: string, token: string) => {
    const c = liveClient(url, token);
    clients.push(c);
    return c;
  };

  it('delivers a write on one replica to the subscribers of the other', async () => {
    const { operator, ward } = await demoIds(a.url);
    const officer = await login(a.url, 'ward.cau-den');
    const client = open(b.url, operator);
    const sub = collect(client, { after: await lastSeq(b.url, operator), wardId: ward('cau-den').id });
    // Connected before the write, so it usually reaches b live (through its wake-up); `after` makes it arrive either way.
    await client.connected;
    const incident = await reportIncident(
      a.url,
      { wardId: ward('cau-den').id, category: 'MEDICAL', severity: 'HIGH', title: 'Cử tri cao tuổi bị mệt' },
      officer,
    );
    await sub.until((ev) => ev.some((e) => e.type === 'TASK_DISPATCHED' && e.incident?.id === incident.id));
    expect(sub.events.map((e) => e.type)).toEqual(['INCIDENT_REPORTED', 'TASK_DISPATCHED']);
  });

  it('refuses a revoked token on the other replica at once, though that replica has just read its account', async () => {
    const { operator } = await demoIds(a.url);
    const token = await login(a.url, 'ward.pho-hue');
    const { me } = await ask(b.url, MeDocument, {}, token);
    await ask(b.url, IncidentsDocument, {}, token);
    await ask(a.url, RevokeSessionsDocument, { userId: me!.id }, operator);
    // b remembers viewers two seconds; the revocation's announcement reaches it in moments.
    const refused = await eventually(
      'b refuses the revoked token',
      async () => (await gql(b.url, IncidentsDocument, {}, token)).errors?.[0]?.extensions?.code === 'UNAUTHENTICATED',
      1_500,
      20,
    );
    expect(refused).toBe(true);
  });

  it("wakes the other replica's subscribers within moments of each commit in a burst, not at its next poll", async () => {
    const { operator, ward } = await demoIds(a.url);
    const w = ward('thanh-luong');
    const areas = w.pollingAreas.slice(0, 8).map((p) => p.id);
    for (const id of areas) await openArea(a.url, operator, id);
    const officer = await login(a.url, 'ward.thanh-luong');
    const client = open(b.url, operator);
    const sub = collect(client, { after: await lastSeq(b.url, operator), wardId: w.id });
    await client.connected;
    // Eight phones at once, five reports each: 40 commits on a within a few hundred ms.
    const answeredAt = new Map<string, number>();
    await Promise.all(
      areas.map(async (id) => {
        for (let v = 1; v <= 5; v += 1) {
          const report = await reportTurnout(a.url, { pollingAreaId: id, voted: v * 10 }, officer);
          answeredAt.set(report.id, Date.now());
        }
      }),
    );
    const reported = () => sub.events.filter((e) => e.type === 'TURNOUT_REPORTED' && answeredAt.has(e.turnoutReport?.id ?? ''));
    await sub.until(() => reported().length === answeredAt.size);
    // Against each answer on a (the hubs' poll is once a second: a commit only it found would be up to 1 s late).
    const late = reported().map((e) => sub.receivedAt[sub.events.indexOf(e)] - answeredAt.get(e.turnoutReport!.id)!);
    expect(Math.max(...late)).toBeLessThan(700);
  });

  it('still delivers a commit whose wake-up was lost (every LISTEN connection cut)', async () => {
    const { operator, ward } = await demoIds(a.url);
    const w = ward('thanh-nhan');
    const id = w.pollingAreas[0].id;
    await openArea(a.url, operator, id);
    const officer = await login(a.url, 'ward.thanh-nhan');
    const client = open(b.url, operator);
    const sub = collect(client, { after: await lastSeq(b.url, operator), wardId: w.id });
    await client.connected;
    // Both replicas lose their LISTEN connection: a's announcement of the next commit goes nowhere.
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    try {
      const listening = `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name = 'election-ops-listen'`;
      const dbName = new URL(data.env.DATABASE_URL).pathname.slice(1);
      await admin.query(`SELECT pg_terminate_backend(pid) FROM (${listening}) l`, [dbName]);
      const report = await reportTurnout(a.url, { pollingAreaId: id, voted: 77 }, officer);
      await sub.until((ev) => ev.some((e) => e.turnoutReport?.id === report.id));
      await eventually('both replicas LISTEN again', async () => (await admin.query(listening, [dbName])).rowCount === 2);
    } finally {
      await admin.end();
    }
  });

  it('lets every client of a killed replica reconnect to another and resume from its last seq, nothing lost or doubled', async () => {
    const c = await startServer({ ...data.env, SEED: 'none' });
    servers.push(c);
    const { operator, ward } = await demoIds(b.url);
    const area = ward('quynh-mai').pollingAreas[0].id;
    await openArea(b.url, operator, area);
    const officer = await login(b.url, 'ward.quynh-mai');
    const foreignOfficer = await login(b.url, 'ward.bach-khoa');
    const start = await lastSeq(b.url, operator);
    // Subscribed to c first; when c dies each one moves on to b by itself.
    const who = { operator, officer, foreignOfficer, wardFiltered: operator };
    const subs = Object.fromEntries(
      Object.entries(who).map(([name, token]) => {
        const sub = resumingSubscriber([c.url, b.url], token, { after: start, wardId: name === 'wardFiltered' ? ward('quynh-mai').id : null });
        clients.push(sub);
        return [name, sub];
      }),
    );

    let v = 0;
    let writing = true;
    const writer = (async () => {
      while (writing) {
        v += 1;
        await reportTurnout(b.url, { pollingAreaId: area, voted: v }, officer);
        // A write the foreign officer may read, so its stream is not empty.
        if (v % 5 === 0) await reportIncident(b.url, { wardId: ward('bach-khoa').id, category: 'OTHER', severity: 'LOW', title: `Mốc ${v}` }, operator);
      }
    })();
    await subs.operator.until((ev) => ev.length >= 5);
    await c.stop('SIGKILL');
    await subs.operator.until((ev) => ev.length >= 20);
    writing = false;
    await writer;
    const end = await lastSeq(b.url, operator);
    await subs.operator.until((ev) => ev.at(-1)?.seq === end);
    for (const [name, token] of Object.entries(who)) {
      const wardId = name === 'wardFiltered' ? ward('quynh-mai').id : undefined;
      // What this subscriber may read, from the log itself.
      const expected = (await eventSeqs(b.url, token, start)).filter((e) => wardId === undefined || e.wardId === wardId).map((e) => e.seq);
      await subs[name].until((ev) => ev.at(-1)?.seq === expected.at(-1));
      expect(seqs(subs[name].events), name).toEqual(expected);
      expect(subs[name].drops.length, `${name} reconnected`).toBeGreaterThanOrEqual(1);
    }
  });

  it('closes live sockets with a normal code on SIGTERM so clients go elsewhere', async () => {
    const d = await startServer({ ...data.env, SEED: 'none' });
    servers.push(d);
    const { operator } = await demoIds(d.url);
    const client = open(d.url, operator);
    collect(client); // a live stream open when the signal comes
    await client.connected;
    await d.stop('SIGTERM');
    expect(d.process.exitCode).toBe(0);
    await client.closedWith(1001);
    expect(client.closeCodes[0]).toBe(1001);
  });
});

describe.skipIf(!pgUp)('escalation and late areas across two replicas', () => {
  let data: Storage;
  const servers: TestServer[] = [];
  const clients: { dispose: () => void | Promise<void> }[] = [];
  afterAll(async () => {
    for (const c of clients) await c.dispose();
    for (const s of servers) await s.stop('SIGKILL');
    await data?.dispose();
  });

  it('escalates an unacknowledged task once, seen once on each replica', async () => {
    data = await storage('postgres');
    // The election clock at 60×: a CRITICAL task's 2 minutes pass in 2 seconds.
    const env = {
      ...data.env,
      CLOCK_START: '2021-05-23T08:00:00+07:00',
      CLOCK_ANCHOR: new Date().toISOString(),
      CLOCK_SPEED: '60',
      SCHEDULER_INTERVAL_MS: '200',
    };
    const one = await startServer({ ...env, SEED: 'demo' });
    servers.push(one);
    const two = await startServer({ ...env, SEED: 'none' });
    servers.push(two);
    const { operator, ward } = await demoIds(one.url);
    // From the log's end as it is now: whatever is written from here on arrives, however late the subscriptions start.
    const start = await lastSeq(one.url, operator);
    const subs = [one, two].map((s) => {
      const c = liveClient(s.url, operator);
      clients.push(c);
      return collect(c, { after: start, wardId: ward('le-dai-hanh').id });
    });
    const officer = await login(one.url, 'ward.le-dai-hanh');
    const incident = await reportIncident(
      one.url,
      { wardId: ward('le-dai-hanh').id, category: 'FIRE', severity: 'CRITICAL', title: 'Chập điện, khói' },
      officer,
    );
    const taskIds = incident.tasks.map((t) => t.id);
    expect(taskIds).toHaveLength(2);
    for (const sub of subs) await sub.until((ev) => ev.filter((e) => e.type === 'TASK_OVERDUE').length === 2);
    // The window under test: five scheduler turns (200 ms) on each replica in which a second escalation would be written.
    await new Promise<void>((ok) => setTimeout(ok, 1_000));
    // A marker written after that window: once it arrives, any second escalation would have too.
    await ask(one.url, AcknowledgeIncidentDocument, { id: incident.id }, operator);
    for (const sub of subs) {
      await sub.until((ev) => ev.some((e) => e.type === 'INCIDENT_ACKNOWLEDGED'));
      const overdue = sub.events.filter((e) => e.type === 'TASK_OVERDUE').map((e) => e.task!.id);
      expect(overdue.sort()).toEqual([...taskIds].sort());
    }
    const { tasks } = await ask(two.url, TasksDocument, { filter: { overdue: true } }, operator);
    expect(tasks.map((t) => t.id)).toEqual(expect.arrayContaining(taskIds));

    // The first replica (the leader) dies: the other takes over escalation.
    await one.stop('SIGKILL');
    const again = await reportIncident(
      two.url,
      { wardId: ward('le-dai-hanh').id, category: 'SECURITY', severity: 'CRITICAL', title: 'Gây rối trật tự' },
      officer,
    );
    const policeTask = again.tasks[0].id;
    await subs[1].until((ev) => ev.some((e) => e.type === 'TASK_OVERDUE' && e.task!.id === policeTask));
  });

  it('announces areas late for a checkpoint once each, to the operator and to their ward', async () => {
    const lateData = await storage('postgres');
    // 10:10 at 20×: five election minutes (15 s, enough for a loaded CI machine to boot) before the 10:00 checkpoint's grace ends at 10:15.
    const env = {
      ...lateData.env,
      CLOCK_START: '2021-05-23T10:10:00+07:00',
      CLOCK_ANCHOR: new Date().toISOString(),
      CLOCK_SPEED: '20',
      SCHEDULER_INTERVAL_MS: '200',
    };
    const one = await startServer({ ...env, SEED: 'demo' });
    servers.push(one);
    const { operator, ward } = await demoIds(one.url);
    const dongTam = ward('dong-tam');
    const officer = await login(one.url, 'ward.dong-tam');
    await openArea(one.url, operator, dongTam.pollingAreas[0].id);
    await reportTurnout(one.url, { pollingAreaId: dongTam.pollingAreas[0].id, voted: 400 }, officer);
    const two = await startServer({ ...env, SEED: 'none' });
    servers.push(two);
    const officerSub = collect(
      (() => {
        const c = liveClient(two.url, officer);
        clients.push(c);
        return c;
      })(),
      { after: 0 },
    );
    await officerSub.until((ev) => ev.filter((e) => e.type === 'POLLING_AREA_LATE').length >= 6, 30_000);
    const late = officerSub.events.filter((e) => e.type === 'POLLING_AREA_LATE');
    expect(late.every((e) => e.checkpoint === '10:00' && e.wardId === dongTam.id)).toBe(true);
    expect(late.map((e) => e.pollingArea!.id).sort()).toEqual(
      dongTam.pollingAreas
        .slice(1)
        .map((a) => a.id)
        .sort(),
    );
    const lateAreas = await gql(two.url, '{ lateAreas { checkpoint pollingArea { id } } }', {}, operator);
    expect(lateAreas.data!.lateAreas).toHaveLength(176 - 1);
    expect((await eventLog(one.url, operator)).filter((e) => e.type === 'POLLING_AREA_LATE')).toHaveLength(175);
    await lateData.dispose().catch(() => undefined);
  });
});
