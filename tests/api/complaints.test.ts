import { createClient } from 'graphql-ws';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { demoIds } from '../support/demo.js';
import type { AnyData } from '../support/graphql.js';
import { lastSeq, login } from '../support/operations.js';
import { postgresAvailable } from '../support/postgres.js';
import { ELECTION_DATE, startServer, storage, type Storage, type TestServer } from '../support/server.js';
import { eventually } from '../support/wait.js';

/**
 * SPEC 8.4, the denouncer's protection, as a property of everything the server sends and writes: the
 * complainant of a denunciation reaches the district operator's reads and nothing else — no WebSocket
 * frame to any other socket (each asks for it outright, as a hostile client would), no query answer,
 * no export, no error message, no line of the server's log, no row of the event log.
 */
const NAME = 'Lê Thị Người Tố Cáo';
const CONTACT = '0988 777 666 · ngõ 12 phố Thử';
const secrets = (text: string) => [NAME, CONTACT].filter((s) => text.includes(s));

const pgUp = await postgresAvailable();
const kind = pgUp ? 'postgres' : 'pglite';

/** Who watches: every role, in the complaint's ward (Đồng Tâm) and outside it. */
const WATCHERS = ['operator', 'observer', 'ward.dong-tam', 'ward.pho-hue', 'liaison.power', 'team.doan-04', 'team.doan-06'] as const;
type Watcher = (typeof WATCHERS)[number];
/** Those who read Đồng Tâm's complaints (without their complainant), besides the operator. */
const READERS_OF_A: Watcher[] = ['observer', 'ward.dong-tam', 'team.doan-04'];

const HOSTILE = `subscription($after: Int) { events(after: $after) { seq type complaint { id code summary complainant { name contact } } } }`;

/** A socket that keeps every frame the server sent it, as text. */
function recordingSocket(url: string, token: string) {
  const frames: string[] = [];
  class Recording extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols);
      this.on('message', (data) => frames.push(String(data)));
    }
  }
  const client = createClient({
    url: url.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: Recording,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  return { client, frames, text: () => frames.join('\n') };
}

/** POST an operation and keep the answer as the bytes sent. */
async function raw(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { text, body: JSON.parse(text) as { data?: AnyData | null; errors?: { message: string; extensions?: { code?: string } }[] } };
}

const download = async (url: string, path: string, token: string) => {
  const res = await fetch(`${url}/exports/${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, text: await res.text() };
};

const RECEIVE = `mutation($input: ReceiveComplaintInput!) { receiveComplaint(input: $input) { id code kind status overdue complainant { name contact } } }`;

describe(`the denouncer's protection [${kind}]`, () => {
  let data: Storage;
  let server: TestServer;
  const tokens = {} as Record<Watcher, string>;
  const sockets = new Map<Watcher, ReturnType<typeof recordingSocket>>();
  let areaA: string;

  beforeAll(async () => {
    data = await storage(kind);
    // Every line the server can write, and a quick scheduler so the overdue escalation comes soon.
    server = await startServer({ ...data.env, LOG_LEVEL: 'trace', SCHEDULER_INTERVAL_MS: '200', CLOCK_START: `${ELECTION_DATE}T08:00:00+07:00` });
    for (const w of WATCHERS) tokens[w] = await login(server.url, w);
    const { ward } = await demoIds(server.url);
    areaA = ward('dong-tam').pollingAreas[0].id;
    const after = await lastSeq(server.url, tokens.operator);
    for (const w of WATCHERS) {
      const s = recordingSocket(server.url, tokens[w]);
      s.client.subscribe({ query: HOSTILE, variables: { after } }, { next: () => undefined, error: () => undefined, complete: () => undefined });
      sockets.set(w, s);
    }
  }, 120_000);

  afterAll(async () => {
    for (const s of sockets.values()) await s.client.dispose();
    await server?.stop();
    await data?.dispose();
  });

  it('sends who filed a denunciation to the operator alone: in no frame, answer, export, error, log line or event of anyone else', async () => {
    // The ward officer registers it at the desk: a voter-list denunciation received six days ago, so it is already past its 5 days.
    const sixDaysAgo = new Date(Date.parse(`${ELECTION_DATE}T08:00:00+07:00`) - 6 * 24 * 3_600_000).toISOString();
    const input = {
      kind: 'DENUNCIATION',
      subject: 'VOTER_LIST',
      channel: 'IN_PERSON',
      summary: 'Tổ bầu cử ghi tên người đã chuyển đi vào danh sách cử tri',
      pollingAreaId: areaA,
      receivedAt: sixDaysAgo,
      complainant: { name: NAME, contact: CONTACT },
      clientRequestId: 'denounce-1',
    };
    const first = await raw(server.url, RECEIVE, { input }, tokens['ward.dong-tam']);
    expect(first.body.errors).toBeUndefined();
    const complaint = first.body.data!.receiveComplaint;
    expect(complaint).toMatchObject({ kind: 'DENUNCIATION', status: 'RECEIVED', complainant: null });
    // Not even echoed to the officer who typed it in; a retry is the same complaint.
    expect(secrets(first.text)).toEqual([]);
    const retry = await raw(server.url, RECEIVE, { input }, tokens['ward.dong-tam']);
    expect(retry.body.data!.receiveComplaint.id).toBe(complaint.id);

    // Refusals that carry the name: too long a summary, an unknown field, a missing one, a wrong enum, a foreign ward.
    const refusals: [Record<string, unknown>, Watcher, string][] = [
      [{ ...input, clientRequestId: null, summary: 'đ'.repeat(2001) }, 'ward.dong-tam', 'BAD_USER_INPUT'],
      [{ ...input, clientRequestId: null, nickname: 'x' }, 'ward.dong-tam', 'BAD_USER_INPUT'],
      [{ ...input, clientRequestId: null, kind: undefined }, 'ward.dong-tam', 'BAD_USER_INPUT'],
      [{ ...input, clientRequestId: null, channel: 'PIGEON' }, 'ward.dong-tam', 'BAD_USER_INPUT'],
      [{ ...input, clientRequestId: null, complainant: { name: NAME, contact: CONTACT, phone: 1 } }, 'ward.dong-tam', 'BAD_USER_INPUT'],
      [{ ...input, clientRequestId: null }, 'ward.pho-hue', 'FORBIDDEN'],
      [{ ...input, clientRequestId: null }, 'observer', 'FORBIDDEN'],
    ];
    for (const [variables, who, code] of refusals) {
      const r = await raw(server.url, RECEIVE, { input: variables }, tokens[who]);
      expect(r.body.errors?.[0].extensions?.code, r.text).toBe(code);
      expect(secrets(r.text), r.text).toEqual([]);
    }

    // The operator reads it; everyone else who reads the complaint gets null, the rest are refused or see nothing.
    const detail = `query($id: ID!) { complaint(id: $id) { code complainant { name contact } } }`;
    const mine = await raw(server.url, detail, { id: complaint.id }, tokens.operator);
    expect(mine.body.data!.complaint.complainant).toEqual({ name: NAME, contact: CONTACT });
    const list = `{ complaints { id code summary complainant { name contact } } }`;
    expect(secrets((await raw(server.url, list, {}, tokens.operator)).text)).toEqual([NAME, CONTACT]);
    for (const who of WATCHERS.filter((w) => w !== 'operator')) {
      const one = await raw(server.url, detail, { id: complaint.id }, tokens[who]);
      const all = await raw(server.url, list, {}, tokens[who]);
      expect([...secrets(one.text), ...secrets(all.text)], who).toEqual([]);
      if (READERS_OF_A.includes(who)) {
        expect(one.body.data!.complaint).toEqual({ code: complaint.code, complainant: null });
        expect(all.body.data!.complaints.map((c: { id: string }) => c.id)).toContain(complaint.id);
      } else expect(one.body.errors?.[0].extensions?.code, who).toBe('FORBIDDEN');
    }

    // Past its deadline: the leader raises it, and it goes to the wall, the ward and the team, without its author.
    await eventually(
      'the overdue denunciation reaches every socket that reads Đồng Tâm',
      async () => ['operator' as const, ...READERS_OF_A].every((w) => /COMPLAINT_OVERDUE/.test(sockets.get(w)!.text())),
      20_000,
    );
    expect(secrets(sockets.get('operator')!.text())).toEqual([NAME, CONTACT]);
    for (const who of WATCHERS.filter((w) => w !== 'operator')) {
      const frames = sockets.get(who)!.text();
      expect(secrets(frames), who).toEqual([]);
      expect(frames.includes(complaint.code), who).toBe(READERS_OF_A.includes(who));
    }
    const overdue = await raw(server.url, `{ complaints(filter: { overdue: true }) { id overdue } }`, {}, tokens.observer);
    expect(overdue.body.data!.complaints).toContainEqual({ id: complaint.id, overdue: true });

    // Exports: the operator's register names the complainant; nobody's audit log does, nor anyone else's register.
    const register = await download(server.url, 'complaints.csv', tokens.operator);
    expect(register.status).toBe(200);
    expect(secrets(register.text)).toEqual([NAME, CONTACT]);
    expect(secrets((await download(server.url, 'events.csv', tokens.operator)).text)).toEqual([]);
    for (const who of WATCHERS.filter((w) => w !== 'operator')) {
      for (const path of ['complaints.csv', 'events.csv']) {
        const r = await download(server.url, path, tokens[who]);
        expect(secrets(r.text), `${who} ${path}`).toEqual([]);
        if (path === 'complaints.csv') expect(r.status, who).toBe(who.startsWith('liaison') ? 403 : 200);
      }
    }
    expect((await download(server.url, 'complaints.csv', tokens['ward.dong-tam'])).text).toContain(complaint.code);

    // The event log itself never held it; the server's log, at its most talkative, never wrote it.
    if (kind === 'postgres') {
      const db = new pg.Client({ connectionString: data.env.DATABASE_URL });
      await db.connect();
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM events WHERE data::text LIKE $1 OR data::text LIKE $2`, [`%${NAME}%`, '%0988 777 666%']);
      const { rows: all } = await db.query(`SELECT count(*)::int AS n FROM events WHERE type LIKE 'COMPLAINT_%'`);
      await db.end();
      expect(rows[0].n).toBe(0);
      expect(all[0].n).toBeGreaterThanOrEqual(2);
    }
    const log = server.output();
    expect(log).toContain('request refused');
    expect(log).toContain('textTooLong'); // the refusals above were logged, with their reasons
    expect(secrets(log)).toEqual([]);
  }, 120_000);
});
