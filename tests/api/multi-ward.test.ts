import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds } from '../support/demo.js';
import { gql } from '../support/graphql.js';
import { collect, liveClient } from '../support/live.js';
import { lastSeq, login } from '../support/operations.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';

/**
 * SPEC 8.6: one incident over several areas across wards — a feeder's power cut in Đồng Tâm and Phố
 * Huế. The officer of each affected ward reads it and receives its events; the officer of a ward it
 * does not reach reads none of it, on queries, subscriptions and exports alike; one default dispatch.
 */
const WATCHERS = ['operator', 'ward.dong-tam', 'ward.pho-hue', 'ward.bach-khoa', 'liaison.power', 'liaison.police'] as const;
type Watcher = (typeof WATCHERS)[number];
const READS: Record<Watcher, boolean> = {
  operator: true,
  'ward.dong-tam': true,
  'ward.pho-hue': true,
  'ward.bach-khoa': false,
  'liaison.power': true, // its task is on it
  'liaison.police': false,
};

describe('one incident over several wards', () => {
  let data: Storage;
  let server: TestServer;
  const tokens = {} as Record<Watcher, string>;

  beforeAll(async () => {
    data = await storage('pglite');
    server = await startServer(data.env);
    for (const w of WATCHERS) tokens[w] = await login(server.url, w);
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await data?.dispose();
  });

  it("is read, live and in every export, by each affected ward's officer and nobody else's, with one dispatch", async () => {
    const { ward } = await demoIds(server.url);
    const dongTam = ward('dong-tam');
    const phoHue = ward('pho-hue');
    const areas = [phoHue.pollingAreas[1].id, dongTam.pollingAreas[0].id, dongTam.pollingAreas[2].id];
    const after = await lastSeq(server.url, tokens.operator);
    const sockets = new Map(WATCHERS.map((w) => [w, liveClient(server.url, tokens[w])]));
    const subs = new Map(WATCHERS.map((w) => [w, collect(sockets.get(w)!, { after })]));
    // A ward filter on the stream, as a ward screen sets it: the incident is Phố Huế's first, Đồng Tâm's too.
    const filtered = collect(sockets.get('operator')!, { after, wardId: dongTam.id });

    // An officer names only its own ward's areas; the operator reports across wards.
    const report = `mutation($i: ReportIncidentInput!) { reportIncident(input: $i) { id code ward { id } wards { id } pollingAreas { id } tasks { agency { code } } } }`;
    const input = { pollingAreaIds: areas, category: 'POWER_OUTAGE', severity: 'HIGH', title: 'Mất điện tuyến 471 E1.9', affectsVoting: true };
    expect((await gql(server.url, report, { i: input }, tokens['ward.dong-tam'])).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const r = await gql(server.url, report, { i: input }, tokens.operator);
    expect(r.errors).toBeUndefined();
    const incident = r.data!.reportIncident;
    expect(incident.ward.id).toBe(phoHue.id);
    expect(incident.wards.map((w: { id: string }) => w.id)).toEqual([phoHue.id, dongTam.id]);
    expect(incident.pollingAreas.map((a: { id: string }) => a.id)).toEqual(areas);
    expect(incident.tasks.map((t: { agency: { code: string } }) => t.agency.code)).toEqual(['POWER']);

    // Đồng Tâm's officer (a ward it reaches, not its own) adds a note: an event to both wards.
    const note = await gql(
      server.url,
      'mutation($id: ID!) { addIncidentNote(id: $id, text: "Tổ 5 Đồng Tâm cũng mất điện") { id } }',
      { id: incident.id },
      tokens['ward.dong-tam'],
    );
    expect(note.errors).toBeUndefined();
    const marker = await gql(
      server.url,
      'mutation($w: ID!) { reportIncident(input: { wardId: $w, category: SECURITY, severity: LOW, title: "Mốc" }) { id } }',
      { w: ward('bach-khoa').id },
      tokens.operator,
    );
    const markerId = marker.data!.reportIncident.id;

    for (const w of WATCHERS) {
      const sub = subs.get(w)!;
      // A reader waits for the note, its last event; the others for the marker after it (Bách Khoa's, with a police task): in seq order, all before it has arrived.
      await sub.until((ev) => ev.some((e) => (READS[w] ? e.type === 'INCIDENT_NOTE_ADDED' && e.incident?.id === incident.id : e.incident?.id === markerId)));
      const mine = sub.events.filter((e) => e.incident?.id === incident.id);
      expect(mine.map((e) => e.type).sort(), w).toEqual(READS[w] ? ['INCIDENT_NOTE_ADDED', 'INCIDENT_REPORTED', 'TASK_DISPATCHED'] : []);
      const listed = await gql(server.url, '{ incidents { id } }', {}, tokens[w]);
      expect(
        listed.data!.incidents.some((i: { id: string }) => i.id === incident.id),
        w,
      ).toBe(READS[w]);
      for (const file of ['incidents.csv', 'tasks.csv', 'events.csv']) {
        const res = await fetch(`${server.url}/exports/${file}`, { headers: { authorization: `Bearer ${tokens[w]}` } });
        expect((await res.text()).includes(incident.code), `${w} ${file}`).toBe(READS[w]);
      }
    }
    await filtered.until((ev) => ev.some((e) => e.type === 'INCIDENT_NOTE_ADDED'));
    expect(filtered.events.every((e) => e.incident?.id === incident.id)).toBe(true);
    for (const s of subs.values()) s.stop();
    filtered.stop();
    for (const s of sockets.values()) await s.dispose();
  }, 90_000);
});
