import { afterAll, describe, expect, it } from 'vitest';
import { codeOf, gql } from '../support/graphql.js';
import { liveClient } from '../support/live.js';
import { IncidentsDocument, login, LoginDocument, MeDocument, WardsDocument } from '../support/operations.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';
import { createUser } from '../support/users.js';
import { wsOnce } from '../support/ws-once.js';

const SECRET = 'production-test-secret-0123456789';
const INTROSPECT = '{ __schema { queryType { name } } }';

describe('production mode (NODE_ENV=production)', () => {
  const leftovers: (TestServer | Storage | { dispose: () => void })[] = [];
  afterAll(async () => {
    for (const l of leftovers.reverse()) {
      if ('stop' in l) await l.stop();
      else await l.dispose();
    }
  });

  it('refuses to start without JWT_SECRET, and with the demo data', async () => {
    const data = await storage('pglite');
    leftovers.push(data);
    await expect(startServer({ ...data.env, NODE_ENV: 'production', SEED: 'none', JWT_SECRET: '' })).rejects.toThrow(/JWT_SECRET is required/);
    await expect(startServer({ ...data.env, NODE_ENV: 'production', SEED: 'demo', JWT_SECRET: SECRET })).rejects.toThrow(/refuses the demo data/);
  });

  it('refuses demo accounts and their tokens, takes accounts made with the users command, and hides the schema', async () => {
    const data = await storage('pglite');
    leftovers.push(data);
    // A development run loads the demo accounts into the same data and hands out a token.
    const dev = await startServer({ ...data.env, SEED: 'demo', JWT_SECRET: SECRET });
    const demoToken = await login(dev.url, 'operator');
    const devLanding = await fetch(`${dev.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(devLanding.headers.get('content-type')).toMatch(/text\/html/);
    expect((await gql(dev.url, INTROSPECT, {}, demoToken)).data).toBeTruthy();
    await dev.stop();

    const prodEnv = { ...data.env, NODE_ENV: 'production', JWT_SECRET: SECRET, SEED: 'none' };
    await createUser(prodEnv, ['--username', 'chief', '--role', 'DISTRICT_OPERATOR', '--name', 'Trưởng phòng tác chiến'], 'a-long-real-password');
    const prod = await startServer(prodEnv);
    leftovers.push(prod);

    expect(codeOf(await gql(prod.url, LoginDocument, { username: 'operator', password: 'demo' }))).toBe('UNAUTHENTICATED');
    expect((await gql(prod.url, MeDocument, {}, demoToken)).data?.me).toBeNull();
    expect(codeOf(await gql(prod.url, IncidentsDocument, {}, demoToken))).toBe('UNAUTHENTICATED');
    const demoSocket = liveClient(prod.url, demoToken);
    leftovers.push(demoSocket);
    expect((await wsOnce(demoSocket, String(MeDocument))).closeCode).toBe(4403);

    const chief = await login(prod.url, 'chief', 'a-long-real-password');
    expect((await gql(prod.url, WardsDocument, {}, chief)).data?.wards).toHaveLength(18);

    // No introspection and no landing page, over HTTP or the socket.
    expect(codeOf(await gql(prod.url, INTROSPECT, {}, chief))).toBe('BAD_USER_INPUT');
    const chiefSocket = liveClient(prod.url, chief);
    leftovers.push(chiefSocket);
    expect(codeOf(await wsOnce(chiefSocket, INTROSPECT))).toBe('BAD_USER_INPUT');
    const landing = await fetch(`${prod.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(landing.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
  });
});
