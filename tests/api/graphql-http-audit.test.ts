import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';

/**
 * SHOULDs of the GraphQL-over-HTTP spec the server does not meet, each with its reason (also in the
 * README). Apollo Server answers a document it cannot parse or validate, and variables it cannot
 * coerce, with 400 whatever the Accept header; the spec asks for 200 under the legacy
 * `application/json` (and 400 under `application/graphql-response+json`, which it does). Our clients
 * read the body's `errors[].extensions.code`, never the status, so either is fine for them.
 */
const KNOWN_SHOULD_FAILURES = {
  '572B': 'SHOULD use 200 status code on document parsing failure when accepting application/json',
  FDE2: 'SHOULD use 200 status code on document validation failure when accepting application/json',
  '7B9B': 'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
};
/** MAYs not taken: a GET without a preflight header is refused by Apollo's CSRF prevention, on purpose. */
const KNOWN_MAY_FAILURES = {
  '5A70': 'MAY accept application/x-www-form-urlencoded formatted GET requests',
  D6D5: 'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
  '6A70': 'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
};

let server: TestServer;
let data: Storage;
beforeAll(async () => {
  data = await storage('pglite');
  server = await startServer(data.env);
});
afterAll(async () => {
  await server?.stop();
  await data?.dispose();
});

describe('GraphQL over HTTP conformance (graphql-http serverAudits)', () => {
  it('passes every MUST, and misses only the SHOULDs and MAYs the README lists', async () => {
    const failures: Record<string, string> = {};
    const musts: string[] = [];
    const audits = serverAudits({ url: `${server.url}/graphql`, fetchFn: fetch });
    for (const audit of audits) {
      const result = await audit.fn();
      if (audit.name.startsWith('MUST')) musts.push(audit.id);
      if (result.status !== 'ok') failures[audit.id] = `${audit.name}${audit.name.startsWith('MUST') ? ` — ${result.reason}` : ''}`;
    }
    expect(musts.length).toBeGreaterThan(10);
    expect(failures, JSON.stringify(failures, null, 1)).toEqual({ ...KNOWN_SHOULD_FAILURES, ...KNOWN_MAY_FAILURES });
    console.info(
      `graphql-http audits: ${audits.length} run, ${musts.length} MUST all pass, ${Object.keys(KNOWN_SHOULD_FAILURES).length} SHOULD and ${Object.keys(KNOWN_MAY_FAILURES).length} MAY not met (listed)`,
    );
  });
});
