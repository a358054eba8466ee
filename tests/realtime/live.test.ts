import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, openArea } from '../support/demo.js';
import { codeOf } from '../support/graphql.js';
import { collect, liveClient, seqs } from '../support/live.js';
import { ask, eventSeqs, lastSeq, login, reportIncident, reportTurnout, SetChecklistItemDocument, SnapshotDocument } from '../support/operations.js';
import { postgresAvailable } from '../support/postgres.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';
import { createUser } from '../support/users.js';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const pg = await postgresAvailable();

describe.skipIf(!pg)('the events subscription [postgres]', () => {
  let server: TestServer;
  let data: Storage;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const clients: { dispose: () => void | Promise<void> }[] = [];
  beforeAll(async () => {
    data = await storage('postgres');
    server = await startServer({ ...data.env, SEED: 'demo' });
    ids = await demoIds(server.url);
  });
  afterAll(async () => {
    for (const c of clients) await c.dispose();
    await server?.stop();
    await data?.dispose();
  });
  const open = (token: string) => {
    const c = liveClient(server.url, token);
    clients.push(c);
    return c;
  };

  it('closes a socket without a valid token before any event', async () => {
    for (const params of [{}, { authorization: 'Bearer forged.token.here' }]) {
      const code = await new Promise<number>((ok) => {
        const c = createClient({
          url: server.url.replace('http', 'ws') + '/graphql',
          webSocketImpl: WebSocket,
          connectionParams: params,
          retryAttempts: 0,
          lazy: false,
          onNonLazyError: () => undefined,
          on: { closed: (e) => ok((e as { code: number }).code) },
        });
        c.subscribe({ query: '{ __typename }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
      });
      expect([4401, 4403]).toContain(code);
    }
  });

  it('sends each role exactly the events it may read while mixed writes happen', async () => {
    const tokens = {
      operator: ids.operator,
      observer: await login(server.url, 'observer'),
      dongTam: await login(server.url, 'ward.dong-tam'),
      phoHue: await login(server.url, 'ward.pho-hue'),
      power: await login(server.url, 'liaison.power'),
      sanitation: await login(server.url, 'liaison.sanitation'),
      teamTwo: await createUser(data.env, ['--username', 'doan-giam-sat-2', '--role', 'OBSERVER', '--observer-wards', 'dong-tam,bach-mai']).then(() =>
        login(server.url, 'doan-giam-sat-2', 'secret-pass'),
      ),
    };
    const start = await lastSeq(server.url, ids.operator);
    const subs = Object.fromEntries(Object.entries(tokens).map(([k, t]) => [k, collect(open(t), { after: start })])) as Record<
      keyof typeof tokens,
      ReturnType<typeof collect>
    >;
    const dongTam = ids.ward('dong-tam');
    const phoHue = ids.ward('pho-hue');
    await openArea(server.url, ids.operator, dongTam.pollingAreas[3].id);
    await Promise.all([
      reportIncident(server.url, { wardId: dongTam.id, category: 'POWER_OUTAGE', severity: 'HIGH', title: 'Mất điện' }, tokens.dongTam),
      reportIncident(server.url, { wardId: phoHue.id, category: 'SANITATION', severity: 'LOW', title: 'Rác' }, tokens.phoHue),
      reportIncident(server.url, { wardId: phoHue.id, category: 'FLOOD', severity: 'CRITICAL', title: 'Ngập' }, tokens.phoHue),
      reportTurnout(server.url, { pollingAreaId: dongTam.pollingAreas[3].id, voted: 50 }, tokens.dongTam),
      ask(server.url, SetChecklistItemDocument, { pollingAreaId: phoHue.pollingAreas[0].id, item: 'SEAL_TAPE', done: true }, tokens.phoHue),
    ]);
    const end = await lastSeq(server.url, ids.operator);
    // What each may read, by the HTTP query's scope; the socket must agree exactly.
    for (const [name, token] of Object.entries(tokens) as [keyof typeof tokens, string][]) {
      const expected = (await eventSeqs(server.url, token, start)).map((e) => e.seq);
      await subs[name].until((ev) => ev.length >= expected.length && (expected.length === 0 || ev[ev.length - 1].seq >= expected[expected.length - 1]));
      await subs.operator.until((ev) => ev.length > 0 && ev[ev.length - 1].seq === end);
      expect(seqs(subs[name].events), name).toEqual(expected);
    }
    expect(subs.operator.events).toHaveLength(end - start);
    expect(seqs(subs.observer.events)).toEqual(seqs(subs.operator.events));
    expect(subs.dongTam.events.every((e) => e.wardId === dongTam.id)).toBe(true);
    expect(subs.teamTwo.events.length).toBeGreaterThan(0);
    expect(subs.teamTwo.events.every((e) => [dongTam.id, ids.ward('bach-mai').id].includes(e.wardId!))).toBe(true);
    expect(subs.phoHue.events.every((e) => e.wardId === phoHue.id)).toBe(true);
    expect(subs.power.events.every((e) => !e.task || e.task.agency.code === 'POWER')).toBe(true);
    expect(subs.power.events.some((e) => e.incident?.category === 'SANITATION')).toBe(false);
    expect(subs.sanitation.events.some((e) => e.incident?.category === 'POWER_OUTAGE')).toBe(false);
    expect(subs.sanitation.events.some((e) => e.task?.agency.code === 'SANITATION')).toBe(true);
  });

  it('replays then goes live with no gap and no duplicate while a writer is writing', async () => {
    const officer = await login(server.url, 'ward.minh-khai');
    const area = ids.ward('minh-khai').pollingAreas[0].id;
    await openArea(server.url, ids.operator, area);
    const start = await lastSeq(server.url, ids.operator);
    let writing = true;
    let going = () => {};
    const fiveWritten = new Promise<void>((ok) => (going = ok));
    const writer = (async () => {
      for (let v = 1; writing || v < 40; v++) {
        await reportTurnout(server.url, { pollingAreaId: area, voted: v }, officer);
        if (v === 5) going();
      }
    })();
    // Subscribe from the start once the writer is going: part replay, part live.
    await fiveWritten;
    const sub = collect(open(ids.operator), { after: start });
    await sub.until((ev) => ev.length >= 10);
    writing = false;
    await writer;
    const end = await lastSeq(server.url, ids.operator);
    await sub.until((ev) => ev[ev.length - 1]?.seq === end);
    const expected = Array.from({ length: end - start }, (_, i) => start + 1 + i);
    expect(seqs(sub.events)).toEqual(expected);
  });

  it('resumes after a dropped socket with exactly the events it missed', async () => {
    const officer = await login(server.url, 'ward.vinh-tuy');
    const area = ids.ward('vinh-tuy').pollingAreas[0].id;
    await openArea(server.url, ids.operator, area);
    const first = open(ids.operator);
    // From the log's end, so the first report arrives however late the subscription starts.
    const sub = collect(first, { after: await lastSeq(server.url, ids.operator), wardId: ids.ward('vinh-tuy').id });
    await reportTurnout(server.url, { pollingAreaId: area, voted: 1 }, officer);
    await sub.until((ev) => ev.some((e) => e.turnoutReport?.voted === 1));
    const last = sub.events.find((e) => e.turnoutReport?.voted === 1)!.seq;
    await first.dispose();
    for (let v = 2; v <= 21; v++) await reportTurnout(server.url, { pollingAreaId: area, voted: v }, officer);
    const again = collect(open(ids.operator), { after: last, wardId: ids.ward('vinh-tuy').id });
    await again.until((ev) => ev.length >= 20);
    expect(again.events.map((e) => e.turnoutReport?.voted)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    expect(again.events[0].seq).toBeGreaterThan(last);
  });

  it('starts a screen from a snapshot and its seq, then misses nothing after it', async () => {
    const officer = await login(server.url, 'ward.bach-dang');
    const wardId = ids.ward('bach-dang').id;
    const { seq, incidents, pollingAreas, wards } = (await ask(server.url, SnapshotDocument, {}, officer)).snapshot;
    expect(seq).toBe(await lastSeq(server.url, ids.operator));
    expect(pollingAreas).toHaveLength(ids.ward('bach-dang').pollingAreas.length);
    expect(wards).toHaveLength(18);
    const { id: newId } = await reportIncident(server.url, { wardId, category: 'MATERIALS', severity: 'MEDIUM', title: 'Thiếu thẻ cử tri' }, officer);
    expect(incidents.map((i) => i.id)).not.toContain(newId);
    const sub = collect(open(officer), { after: seq });
    await sub.until((ev) => ev.some((e) => e.incident?.id === newId));
    expect(sub.events[0].seq).toBe(seq + 1);
  });

  it('refuses a malformed ward filter with a clear code', async () => {
    const c = open(ids.operator);
    const sub = collect(c, { wardId: 'not-a-ward' });
    await sub.until(() => sub.errors.length > 0 || sub.completed);
    expect(JSON.stringify(sub.errors)).toContain('NOT_FOUND');
    expect(codeOf({ errors: sub.errors[0] as { message: string; extensions?: { code?: string } }[] })).toBe('NOT_FOUND');
  });
});
