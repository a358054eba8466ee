import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fingerprint } from '../support/fingerprint.js';
import { gql, type GqlResult } from '../support/graphql.js';
import { collect, liveClient } from '../support/live.js';
import { lastSeq, reportIncident, type IncidentCategory } from '../support/operations.js';
import { postgresAvailable } from '../support/postgres.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';
import { wsOnce, type WsAnswer } from '../support/ws-once.js';
import { CASES, type Case } from './matrix-cases.js';
import { PRINCIPALS, SIGNED_OUT, WARD_A, WARD_B, makeWorld, type Outcome, type Principal, type World } from './matrix-world.js';

const pg = await postgresAvailable();
const SCHEMA = resolve(dirname(fileURLToPath(import.meta.url)), '../../schema/schema.graphql');
const SECRET = 'matrix-secret-0123456789abcdef';
/** graphql-ws's close code for a connection_init the server refused (no, expired or forged token). */
const FORBIDDEN_CLOSE = 4403;

/** What one cell answered, in the matrix's terms. */
function outcomeOf(c: Case, r: WsAnswer, target: string | undefined, w: World): Outcome {
  if (r.closeCode === FORBIDDEN_CLOSE) return 'SOCKET_REFUSED';
  if (r.errors?.length) return (r.errors[0].extensions?.code ?? `no code: ${r.errors[0].message}`) as Outcome;
  if (r.data?.[c.field] == null) return 'null';
  return c.sees && !c.sees(r.data, target, w) ? 'hidden' : 'ok';
}

describe.skipIf(!pg)('authorisation matrix: every principal × every operation, over HTTP and WebSocket', () => {
  let data: Storage;
  let server: TestServer;
  let world: World;
  let fingerprint: Fingerprint;
  const sockets = new Map<Principal, ReturnType<typeof liveClient>>();
  let cells = 0;
  let refusedWrites = 0;

  beforeAll(async () => {
    data = await storage('postgres');
    // No scheduler tick during the run: a system event between two fingerprints would look like a leak.
    server = await startServer({ ...data.env, SEED: 'demo', JWT_SECRET: SECRET, SCHEDULER_INTERVAL_MS: '2000000000' });
    world = await makeWorld(server.url, data.env, SECRET);
    fingerprint = await Fingerprint.open(data.env.DATABASE_URL);
    for (const p of PRINCIPALS) sockets.set(p, liveClient(server.url, world.tokens[p] ?? ''));
  });
  afterAll(async () => {
    console.info(`authorisation matrix: ${cells} cells (${PRINCIPALS.length} principals), ${refusedWrites} refused writes checked unchanged`);
    for (const s of sockets.values()) await s.dispose();
    await fingerprint?.close();
    await server?.stop();
    await data?.dispose();
  });

  it('has a column for every query and mutation in the schema', () => {
    const schema = buildSchema(readFileSync(SCHEMA, 'utf8'));
    const fields = [schema.getQueryType()!, schema.getMutationType()!].flatMap((t) => Object.keys(t.getFields())).sort();
    expect([...new Set(CASES.map((c) => c.field))].sort()).toEqual(fields);
  });

  for (const transport of ['http', 'ws'] as const) {
    for (const c of CASES) {
      it(`${c.kind} ${c.field}${c.label ? ` (${c.label})` : ''} over ${transport}`, async () => {
        const actual: Partial<Record<Principal, Outcome>> = {};
        const expected: Partial<Record<Principal, Outcome>> = {};
        for (const p of PRINCIPALS) {
          const { vars, target } = c.setup ? await c.setup(world) : { vars: {}, target: undefined };
          const before = c.kind === 'mutation' ? await fingerprint.take() : null;
          const answer: GqlResult = transport === 'http' ? await gql(server.url, c.op, vars, world.tokens[p]) : await wsOnce(sockets.get(p)!, c.op, vars);
          const outcome = outcomeOf(c, answer, target, world);
          actual[p] = outcome;
          expected[p] = transport === 'ws' && SIGNED_OUT.includes(p) ? 'SOCKET_REFUSED' : c.expect[p];
          if (before && outcome !== 'ok') {
            expect(await fingerprint.take(), `${p}: a refused ${c.field} changed the database`).toEqual(before);
            refusedWrites++;
          }
          if (outcome === 'ok') await c.after?.(world);
          cells++;
        }
        expect(actual).toEqual(expected);
      });
    }
  }

  it('subscription events over HTTP: refused for everyone, it is served over WebSocket only', async () => {
    for (const p of PRINCIPALS) {
      const r = await gql(server.url, 'subscription { events { seq } }', {}, world.tokens[p]);
      expect(r.errors?.[0].extensions?.code, p).toBe('BAD_USER_INPUT');
      cells++;
    }
  });

  it('subscription events over WebSocket: each principal gets exactly the events it may read, the signed-out none', async () => {
    const start = await lastSeq(server.url, world.tokens.operator!);
    const subs = new Map(PRINCIPALS.map((p) => [p, collect(sockets.get(p)!, { after: start })]));
    // Own scope (ward A, POWER), foreign scope (ward B, POLICE), then one marker of each, in that seq order.
    const write = async (wardId: string, category: IncidentCategory) =>
      (await reportIncident(world.url, { wardId, category, severity: 'LOW', title: `Luồng ${category}` }, world.tokens.operator!)).id;
    const ownTarget = await write(world.wardA, 'POWER_OUTAGE');
    const foreignTarget = await write(world.wardB, 'SECURITY');
    const ownMarker = await write(world.wardA, 'POWER_OUTAGE');
    const foreignMarker = await write(world.wardB, 'SECURITY');
    // And one in the other district, by the nation's operator: read there and nationally, nowhere in the demo's district.
    const elsewhere = (
      await reportIncident(
        world.url,
        { wardId: world.foreignWard, category: 'OTHER', severity: 'LOW', title: 'Luồng quận khác' },
        world.tokens['operator.nation']!,
      )
    ).id;
    const own = [ownTarget, ownMarker];
    const foreign = [foreignTarget, foreignMarker];
    const visible: Record<Principal, string[]> = {
      operator: [...own, ...foreign],
      'operator.nation': [...own, ...foreign, elsewhere],
      'operator.foreign': [elsewhere],
      observer: [...own, ...foreign],
      'observer.province': [...own, ...foreign],
      'observer.own': own,
      'observer.foreign': foreign,
      'ward.own': own,
      'ward.foreign': foreign,
      'liaison.own': own,
      'liaison.foreign': foreign,
      'supervisor.own': own,
      'supervisor.foreign': foreign,
      anonymous: [],
      expired: [],
      forged: [],
    };
    for (const p of PRINCIPALS) {
      const sub = subs.get(p)!;
      const last = visible[p].at(-1);
      // Wait for the last event this principal may read: anything it may not read came before it in seq order.
      if (last) await sub.until((ev) => ev.some((e) => e.incident?.id === last));
      else await sub.until(() => sockets.get(p)!.closeCodes.includes(FORBIDDEN_CLOSE) || sub.errors.length > 0);
      const got = [...new Set(sub.events.map((e) => e.incident?.id))];
      expect(got.sort(), `${p} (ward A is ${WARD_A}, ward B ${WARD_B})`).toEqual([...visible[p]].sort());
      sub.stop();
      cells++;
    }
  });
});
