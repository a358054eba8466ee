import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { codeOf, gql, type GqlResult } from '../support/graphql.js';
import { liveClient } from '../support/live.js';
import { login, LoginDocument, MeDocument } from '../support/operations.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';
import { wsOnce } from '../support/ws-once.js';

/** A body of exactly this many bytes is refused (the server accepts up to 100 kB). */
const OVERSIZE = 101 * 1024;
const reasonOf = (r: GqlResult) => r.errors?.[0]?.extensions?.reason;

let server: TestServer;
let data: Storage;
let operator: string;
const sockets: { dispose: () => void | Promise<void> }[] = [];

beforeAll(async () => {
  data = await storage('pglite');
  // Loopback is the trusted proxy here, so each test can speak from its own X-Forwarded-For address.
  server = await startServer({ ...data.env, TRUST_PROXY: 'loopback', WS_MAX_CONNECTIONS_PER_USER: '3' });
  operator = await login(server.url, 'operator');
});
afterAll(async () => {
  for (const s of sockets) await s.dispose();
  await server?.stop();
  await data?.dispose();
});

const socket = (token: string) => {
  const c = liveClient(server.url, token);
  sockets.push(c);
  return c;
};

/** One socket for the operator's operations: the cap here is three sockets a user. */
let shared: ReturnType<typeof liveClient> | undefined;
const operatorSocket = () => (shared ??= socket(operator));

async function post(body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, body: (await res.json()) as GqlResult };
}

const loginFrom = (address: string, username: string, password: string) =>
  post(JSON.stringify({ query: String(LoginDocument), variables: { username, password } }), {
    'x-forwarded-for': address,
  });

describe('operation limits, over HTTP and WebSocket alike', () => {
  const deep = '{ tasks { incident { tasks { incident { tasks { incident { tasks { incident { tasks { incident { id } } } } } } } } } } }';
  const costly = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: incidents { tasks { incident { tasks { id } } } }`).join(' ')} }`;
  const manyTokens = `{ ${Array(6_000).fill('me').join(' ')} }`;
  const cases: [string, string, Record<string, unknown>, string][] = [
    ['nested too deep', deep, {}, 'queryTooDeep'],
    ['aliases past the cost limit', costly, {}, 'queryTooCostly'],
    ['a page of events past the cost limit', 'query($n: Int) { events(limit: $n) { incident { tasks { agency { code } } } } }', { n: 1000 }, 'queryTooCostly'],
    [
      'a list variable past the cap',
      'query($s: [IncidentStatus!]) { incidents(filter: { status: $s }) { id } }',
      { s: Array(101).fill('REPORTED') },
      'listTooLong',
    ],
    ['more tokens than the parser takes', manyTokens, {}, 'GRAPHQL_PARSE_FAILED'],
    ['a limit above the page size', '{ events(limit: 1001) { seq } }', {}, 'argumentOutOfRange'],
    ['a limit below one', '{ events(limit: 0) { seq } }', {}, 'argumentOutOfRange'],
    ['a negative after', '{ events(after: -1) { seq } }', {}, 'argumentOutOfRange'],
  ];
  for (const [name, query, variables, reason] of cases) {
    it(`refuses ${name} with BAD_USER_INPUT`, async () => {
      const overHttp = await gql(server.url, query, variables, operator);
      const overWs = await wsOnce(operatorSocket(), query, variables);
      for (const r of [overHttp, overWs]) {
        expect(codeOf(r)).toBe('BAD_USER_INPUT');
        expect(reasonOf(r)).toBe(reason);
      }
    });
  }

  it('refuses a request body over 100 kB with 413 and our code, and malformed JSON with 400', async () => {
    const big = await post(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(OVERSIZE) } }));
    expect(big.status).toBe(413);
    expect(reasonOf(big.body)).toBe('requestTooLarge');
    const broken = await post('{ "query": "{ __typ');
    expect(broken.status).toBe(400);
    expect(reasonOf(broken.body)).toBe('requestMalformed');
  });

  it('closes a socket that sends a message over 64 kB (1009, message too big)', async () => {
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    await new Promise((ok) => ws.once('open', ok));
    ws.send(JSON.stringify({ type: 'connection_init', payload: { pad: 'x'.repeat(OVERSIZE) } }));
    const code = await new Promise<number>((ok) => ws.once('close', ok));
    expect(code).toBe(1009);
  });
});

describe('CSRF prevention', () => {
  it('refuses a GET without a preflight header and a text/plain POST, which a foreign page could send', async () => {
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    const plain = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(plain.status).toBe(400);
    const preflighted = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
  });
});

describe('login attempts', () => {
  it('locks a username after 5 failures, even for the right password, and not its neighbours', async () => {
    for (let i = 0; i < 5; i++) expect(codeOf((await loginFrom(`10.0.1.${i}`, 'ward.bach-khoa', 'wrong')).body)).toBe('UNAUTHENTICATED');
    expect(codeOf((await loginFrom('10.0.1.99', 'ward.bach-khoa', 'demo')).body)).toBe('RATE_LIMITED');
    expect(codeOf((await loginFrom('10.0.1.99', 'ward.bach-mai', 'demo')).body)).toBeUndefined();
  });

  it('locks an address after 30 failures across usernames, and not other addresses', async () => {
    for (let i = 0; i < 30; i++) expect(codeOf((await loginFrom('10.0.2.1', `nobody-${i}`, 'guess')).body)).toBe('UNAUTHENTICATED');
    expect(codeOf((await loginFrom('10.0.2.1', 'ward.cau-den', 'demo')).body)).toBe('RATE_LIMITED');
    expect(codeOf((await loginFrom('10.0.2.2', 'ward.cau-den', 'demo')).body)).toBeUndefined();
  });

  it('lets a success clear its username count', async () => {
    for (let i = 0; i < 4; i++) await loginFrom('10.0.3.1', 'ward.dong-mac', 'wrong');
    expect(codeOf((await loginFrom('10.0.3.1', 'ward.dong-mac', 'demo')).body)).toBeUndefined();
    for (let i = 0; i < 4; i++) await loginFrom('10.0.3.1', 'ward.dong-mac', 'wrong');
    expect(codeOf((await loginFrom('10.0.3.1', 'ward.dong-mac', 'demo')).body)).toBeUndefined();
  });
});

describe('WebSocket connections', () => {
  const me = String(MeDocument);
  it('caps the sockets one user holds (3 here), closing the next with 1013, others unaffected', async () => {
    const user = await login(server.url, 'ward.minh-khai');
    for (let i = 0; i < 3; i++) expect((await wsOnce(socket(user), me)).data?.me).toMatchObject({ username: 'ward.minh-khai' });
    const fourth = socket(user);
    expect((await wsOnce(fourth, me)).closeCode).toBe(1013);
    expect((await wsOnce(operatorSocket(), me)).data?.me).toMatchObject({ username: 'operator' });
  });

  it('caps the operations one socket runs at once (20)', async () => {
    const client = socket(operator);
    const live = Array.from({ length: 20 }, () =>
      client.subscribe({ query: 'subscription { events { seq } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined }),
    );
    expect(reasonOf(await wsOnce(client, me))).toBe('tooManySubscriptions');
    live.forEach((stop) => stop());
  });

  it('closes a socket that never sends connection_init (4408 after 5 s)', async () => {
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    const code = await new Promise<number>((ok) => ws.once('close', ok));
    expect(code).toBe(4408);
  });
});
