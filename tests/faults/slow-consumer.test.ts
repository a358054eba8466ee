import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { demoIds } from '../support/demo.js';
import { collect, liveClient, seqs } from '../support/live.js';
import { lastSeq, login, reportIncident } from '../support/operations.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';

/** Incidents written while one subscriber has stopped reading. */
const WRITES = 400;
/** Deliberately heavy, so written inline: each event is inflated to ~100 kB for the slow subscriber (50 aliases of a 2,000-character description): 40 MB in all, far past what it may hold back (4 MiB) plus what the kernel buffers. */
const HEAVY = `subscription($after: Int) { events(after: $after) { seq ${Array.from({ length: 50 }, (_, i) => `d${i}: incident { description }`).join(' ')} } }`;

interface Message {
  id?: string;
  type: string;
  payload?: { data?: { events: { seq: number } }; extensions?: { reason?: string } }[] & { data?: { events: { seq: number } } };
}

/** A graphql-transport-ws client by hand, so that it can stop reading its socket like a phone in a lift. */
async function rawSubscriber(url: string, token: string) {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
  const messages: Message[] = [];
  let waiters: (() => void)[] = [];
  ws.on('message', (data) => {
    messages.push(JSON.parse(String(data)));
    waiters.forEach((w) => w());
  });
  await new Promise((ok) => ws.once('open', ok));
  ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  let closed: number | null = null;
  ws.on('close', (code) => {
    closed = code;
    waiters.forEach((w) => w());
  });
  const until = (predicate: () => boolean, timeoutMs = 30_000) =>
    new Promise<void>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`timed out; ${messages.length} messages, socket closed: ${closed}`)), timeoutMs);
      const check = () => {
        if (!predicate()) return;
        clearTimeout(timer);
        ok();
      };
      waiters.push(check);
      check();
    });
  await until(() => messages.some((m) => m.type === 'connection_ack'));
  return {
    ws,
    messages,
    until,
    subscribe: (id: string, after: number) => ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query: HEAVY, variables: { after } } })),
    seqsOf: (id: string) => messages.filter((m) => m.id === id && m.type === 'next').map((m) => m.payload!.data!.events.seq),
    close: () => {
      waiters = [];
      ws.terminate();
    },
  };
}

describe('a subscriber that stops reading', () => {
  let server: TestServer;
  let data: Storage;
  const leftovers: { dispose: () => void | Promise<void> }[] = [];
  beforeAll(async () => {
    data = await storage('pglite');
    server = await startServer(data.env);
  });
  afterAll(async () => {
    for (const l of leftovers) await l.dispose();
    await server?.stop();
    await data?.dispose();
  });

  it('does not hold up the others, is dropped before its backlog grows past the bound, and resumes with nothing lost or doubled', async () => {
    const { operator, ward } = await demoIds(server.url);
    const start = await lastSeq(server.url, operator);
    const slow = await rawSubscriber(server.url, operator);
    leftovers.push({ dispose: slow.close });
    const fast = collect(
      (() => {
        const c = liveClient(server.url, operator);
        leftovers.push(c);
        return c;
      })(),
      { after: start },
    );
    slow.subscribe('first', start);
    slow.ws.pause();

    const officer = await login(server.url, 'ward.bach-dang');
    for (let i = 0; i < WRITES; i++) {
      await reportIncident(
        server.url,
        { wardId: ward('bach-dang').id, category: 'OTHER', severity: 'LOW', title: `Chậm ${i}`, description: 'đ'.repeat(2000) },
        officer,
      );
    }
    const end = await lastSeq(server.url, operator);
    // The others get everything while the slow one reads nothing.
    await fast.until((ev) => ev.at(-1)?.seq === end);
    expect(seqs(fast.events)).toHaveLength(WRITES);

    // Reading again, the slow one finds what reached it, then the server's word that it was dropped.
    slow.ws.resume();
    await slow.until(() => slow.messages.some((m) => m.id === 'first' && m.type !== 'next'));
    const ending = slow.messages.find((m) => m.id === 'first' && m.type !== 'next')!;
    expect(ending.type).toBe('error');
    expect(ending.payload![0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'slowConsumer' });
    const received = slow.seqsOf('first');
    expect(received.length).toBeLessThan(WRITES);

    // It resumes after the last seq it holds and ends with the whole log, once each.
    slow.subscribe('again', received.at(-1) ?? start);
    await slow.until(() => slow.seqsOf('again').at(-1) === end);
    expect([...received, ...slow.seqsOf('again')]).toEqual(seqs(fast.events));
    console.info(`slow consumer: dropped after ${received.length} of ${WRITES} events (~100 kB each); resumed and caught up`);
  });
});
