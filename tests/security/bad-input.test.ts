import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import postgres from 'pg';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, openArea } from '../support/demo.js';
import { Fingerprint } from '../support/fingerprint.js';
import { gql } from '../support/graphql.js';
import {
  acknowledgeTask,
  AreaDetailDocument,
  ask,
  login,
  reportIncident,
  reportTurnout,
  resolveIncident,
  stopDrill,
  type IncidentCategory,
} from '../support/operations.js';
import { postgresAvailable } from '../support/postgres.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';
import { Relative, text, type Pools } from './fuzz-arbitraries.js';
import { mutations } from './fuzz-mutations.js';

const pg = await postgresAvailable();
/** Generated inputs per mutation (FUZZ_RUNS raises it for a longer hunt). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 250);
/** About 10-60 ms an input on this machine (more while other work shares its two cores); the bound only stops a hung run. */
const MUTATION_COUNT = mutations({
  incidents: ['1'],
  tasks: ['1'],
  areas: ['1'],
  wards: ['1'],
  findings: ['1'],
  turnoutReports: ['1'],
  situationReports: ['1'],
  complaints: ['1'],
  visits: ['1'],
}).length;
const TIMEOUT = 60_000 + RUNS * MUTATION_COUNT * 150;
const STABLE = ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED'];
/** A letter only Vietnamese uses: the message is meant for a ward officer. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
const SCHEMA = resolve(dirname(fileURLToPath(import.meta.url)), '../../schema/schema.graphql');

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function post(url: string, body: string, token?: string): Promise<Answer> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return { status: res.status, body: await res.json() };
}

describe.skipIf(!pg)('generated bad input to every mutation', () => {
  let data: Storage;
  let server: TestServer;
  let fingerprint: Fingerprint;
  let pools: Pools;
  let users: (string | undefined)[];
  let operator: string;
  const tally = { inputs: 0, accepted: 0, byCode: {} as Record<string, number> };

  beforeAll(async () => {
    data = await storage('postgres');
    server = await startServer({ ...data.env, SEED: 'demo', SCHEDULER_INTERVAL_MS: '2000000000' });
    const ids = await demoIds(server.url);
    operator = ids.operator;
    const a = ids.ward('dong-tam');
    const b = ids.ward('pho-hue');
    const areas = [...a.pollingAreas.slice(0, 4), b.pollingAreas[0]].map((x) => x.id);
    for (const area of [areas[0], areas[1], areas[4]]) await openArea(server.url, operator, area);
    const first = await reportTurnout(server.url, { pollingAreaId: areas[0], voted: 300 }, operator);
    // A correction: flagged CORRECTED, for verifyTurnout.
    const corrected = await reportTurnout(server.url, { pollingAreaId: areas[0], voted: 299, correctionReason: 'Nhập nhầm' }, operator);
    const incidents: string[] = [];
    const tasks: string[] = [];
    const seeds: [string, IncidentCategory][] = [
      [a.id, 'POWER_OUTAGE'],
      [a.id, 'STORM'],
      [a.id, 'OTHER'],
      [b.id, 'SECURITY'],
    ];
    for (const [wardId, category] of seeds) {
      const incident = await reportIncident(server.url, { wardId, category, severity: 'LOW', title: 'Mồi' }, operator);
      incidents.push(incident.id);
      tasks.push(...incident.tasks.map((t) => t.id));
    }
    await resolveIncident(server.url, { id: incidents[2] }, operator);
    await acknowledgeTask(server.url, tasks[1], operator);
    const findings: string[] = [];
    for (const wardId of [a.id, b.id]) {
      const r = await gql<{ reportFinding: { id: string } }>(
        server.url,
        'mutation($w: ID!) { reportFinding(input: { wardId: $w, kind: ISSUE, text: "Mồi" }) { id } }',
        { w: wardId },
        operator,
      );
      findings.push(r.data!.reportFinding.id);
    }
    // Reports are compiled only by the leader at a checkpoint (stopped here): two drafts written straight in.
    const db = new postgres.Client({ connectionString: data.env.DATABASE_URL });
    await db.connect();
    const { rows } = await db.query(
      `INSERT INTO situation_reports (checkpoint, "checkpointAt", "wardId", "scopeKey", "compiledAt", seq, figures)
       VALUES ('fuzz-1', now(), $1, $2, now(), 0, '{}'), ('fuzz-2', now(), NULL, 'district', now(), 0, '{}') RETURNING id`,
      [Number(a.id), `ward:${a.id}`],
    );
    await db.end();
    const situationReports = rows.map((r: { id: number }) => String(r.id));
    const complaints: string[] = [];
    for (const wardId of [a.id, b.id, null]) {
      const r = await gql<{ receiveComplaint: { id: string } }>(
        server.url,
        'mutation($w: ID) { receiveComplaint(input: { kind: COMPLAINT, subject: VOTER_LIST, channel: LETTER, summary: "Mồi", wardId: $w, complainant: { name: "Mồi" } }) { id } }',
        { w: wardId },
        operator,
      );
      complaints.push(r.data!.receiveComplaint.id);
    }
    const visits: string[] = [];
    for (const reason of ['ILL_ELDERLY', 'QUARANTINE']) {
      const r = await gql<{ requestBallotBoxVisit: { id: string } }>(
        server.url,
        'mutation($a: ID!, $r: VisitReason!) { requestBallotBoxVisit(input: { pollingAreaId: $a, voters: 3, reason: $r, address: "Mồi" }) { id } }',
        { a: areas[0], r: reason },
        operator,
      );
      visits.push(r.data!.requestBallotBoxVisit.id);
    }
    pools = { incidents, tasks, areas, wards: [a.id, b.id], findings, turnoutReports: [first.id, corrected.id], situationReports, complaints, visits };
    users = [
      operator,
      ...(await Promise.all(['ward.dong-tam', 'ward.pho-hue', 'observer', 'liaison.power', 'team.doan-04'].map((u) => login(server.url, u)))),
      undefined,
    ];
    fingerprint = await Fingerprint.open(data.env.DATABASE_URL);
  });
  afterAll(async () => {
    console.info(`bad input: ${tally.inputs} generated inputs, ${tally.accepted} accepted, refused by code ${JSON.stringify(tally.byCode)}`);
    await fingerprint?.close();
    await server?.stop();
    await data?.dispose();
  });

  /** Replace turnout figures given relative to the area's state by the number they mean now. */
  async function resolveRelative(variables: Record<string, unknown>): Promise<Record<string, unknown>> {
    const inputValue = variables.input as { pollingAreaId?: unknown; voted?: unknown } | undefined;
    if (!(inputValue && typeof inputValue === 'object' && inputValue.voted instanceof Relative)) return variables;
    const rel = inputValue.voted;
    const area = pools.areas.includes(String(inputValue.pollingAreaId)) ? String(inputValue.pollingAreaId) : pools.areas[0];
    const { pollingArea } = await ask(server.url, AreaDetailDocument, { id: area }, operator);
    const base = rel.base === 'registered' ? pollingArea!.registeredVoters : (pollingArea!.latestTurnout?.voted ?? 0);
    return { ...variables, input: { ...inputValue, voted: base + rel.delta } };
  }

  it('has a generator for every mutation in the schema', () => {
    const schema = buildSchema(readFileSync(SCHEMA, 'utf8'));
    expect(
      mutations(pools)
        .map((m) => m.field)
        .sort(),
    ).toEqual(Object.keys(schema.getMutationType()!.getFields()).sort());
  });

  it(
    'answers every generated input with data or a stable code, and a refused write changes nothing',
    async () => {
      let current = await fingerprint.take();
      for (const m of mutations(pools)) {
        const property = fc.asyncProperty(fc.constantFrom(...users), m.variables, async (token, generated) => {
          const variables = await resolveRelative(generated);
          const r = await post(server.url, JSON.stringify({ query: m.document, variables }), token);
          const after = await fingerprint.take();
          tally.inputs++;
          expect(r.status, JSON.stringify(r.body)).toBeLessThan(500);
          const error = r.body.errors?.[0];
          if (!error) {
            expect(r.body.data?.[m.field], m.field).toBeTruthy();
            tally.accepted++;
            current = after;
            return;
          }
          const code = error.extensions?.code ?? 'none';
          tally.byCode[code] = (tally.byCode[code] ?? 0) + 1;
          expect(STABLE, `${m.field}: ${error.message}`).toContain(code);
          expect(error.message, code).toMatch(VIETNAMESE);
          expect(r.body.data?.[m.field] ?? null).toBeNull();
          expect(after, `a refused ${m.field} changed the database: ${error.message}`).toEqual(current);
        });
        await fc.assert(property, { numRuns: RUNS });
      }
      // The drill may have been started by a generated input: stopped, or its clock would run on.
      await stopDrill(server.url, operator);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect(server.process.exitCode).toBeNull();
    },
    TIMEOUT,
  );

  it(
    'answers malformed documents and bodies with BAD_USER_INPUT, never a crash',
    async () => {
      const before = await fingerprint.take();
      const body = fc.oneof(
        text.map((q) => JSON.stringify({ query: q })),
        fc.jsonValue().map((v) => JSON.stringify(v)),
        fc.tuple(text, fc.jsonValue()).map(([q, v]) => JSON.stringify({ query: `mutation ${q}`, variables: v })),
        fc.string({ unit: 'binary', maxLength: 200 }),
      );
      await fc.assert(
        fc.asyncProperty(body, async (raw) => {
          const r = await post(server.url, raw, operator);
          tally.inputs++;
          expect(r.status, raw.slice(0, 80)).toBeLessThan(500);
          if (!r.body.errors) return; // a string that happens to be a valid query
          const code = r.body.errors[0].extensions?.code ?? 'none';
          tally.byCode[code] = (tally.byCode[code] ?? 0) + 1;
          expect(['BAD_USER_INPUT'], raw.slice(0, 80)).toContain(code);
        }),
        { numRuns: RUNS },
      );
      expect(await fingerprint.take()).toEqual(before);
    },
    TIMEOUT,
  );
});
