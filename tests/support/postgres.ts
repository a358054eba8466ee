import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const ADMIN_URL = process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Is PostgreSQL there? Under REQUIRE_PG=1 (CI) a missing server fails the suite instead of skipping it. */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (err) {
    if (process.env.REQUIRE_PG === '1') throw new Error(`PostgreSQL is required (REQUIRE_PG=1) but ${ADMIN_URL} does not answer: ${err}`);
    console.warn(`\n!!! PostgreSQL at ${ADMIN_URL} does not answer: SKIPPING its suites.\n!!! Install it with: apt-get install -y postgresql\n`);
    return false;
  }
}

/**
 * A fresh database for one suite; `drop` removes it. The server's unit tests and tools have the same
 * helper (`server/src/tools/scratch-database.ts`): these suites run the server only as a process and
 * import none of its modules, and the server does not depend on its black-box tests.
 */
export async function createDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `eo_api_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
