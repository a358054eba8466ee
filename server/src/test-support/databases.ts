import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { Tokens } from '../auth/tokens.js';
import { Clock } from '../clock/clock.js';
import type { Database } from '../db/database.js';
import { openDatabase } from '../db/open.js';
import { ensureReference } from '../seed/reference.js';
import { createServices, type Services } from '../services.js';
import { ADMIN_URL, createScratchDatabase, type ScratchDatabase } from '../tools/scratch-database.js';

export const ELECTION_DATE = '2021-05-23';

/** Is the PostgreSQL server reachable? Under REQUIRE_PG=1 (CI) its absence fails the run instead of skipping. */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (err) {
    if (process.env.REQUIRE_PG === '1') throw new Error(`PostgreSQL is required (REQUIRE_PG=1) but ${ADMIN_URL} does not answer: ${err}`);
    console.warn(
      `\n!!! PostgreSQL at ${ADMIN_URL} does not answer: SKIPPING the PostgreSQL half of this suite.\n!!! Install it with: apt-get install -y postgresql\n`,
    );
    return false;
  }
}
const pgAvailable = await postgresAvailable();

export interface TestDb {
  db: Database;
  services: Services;
  clock: Clock;
}

/**
 * Run the same suite against the embedded PGlite and a fresh PostgreSQL database, each migrated once;
 * tests make their own data inside it.
 */
export function describeEachDatabase(name: string, suite: (get: () => TestDb) => void): void {
  for (const kind of ['pglite', 'postgres'] as const) {
    const run = kind === 'postgres' && !pgAvailable ? describe.skip : describe;
    run(`${name} [${kind}]`, () => {
      let current: TestDb | undefined;
      let scratch: ScratchDatabase | undefined;
      beforeAll(async () => {
        const clock = new Clock({ start: `${ELECTION_DATE}T08:00:00+07:00` });
        let target: Parameters<typeof openDatabase>[0] = { kind: 'pglite' };
        if (kind === 'postgres') {
          scratch = await createScratchDatabase('eo_test');
          target = { kind: 'postgres', url: scratch.url };
        }
        const db = await openDatabase(target, clock);
        await ensureReference(db, { electionDate: ELECTION_DATE });
        current = { db, clock, services: createServices(db, new Tokens('test-secret', 3600), { allowDemo: true }) };
      });
      afterAll(async () => {
        await current?.db.close();
        await scratch?.drop();
      });
      suite(() => {
        if (!current) throw new Error('database not open');
        return current;
      });
    });
  }
}
