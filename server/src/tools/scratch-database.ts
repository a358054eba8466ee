import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL server tools and tests use: PG_ADMIN_URL, else the local trust-auth server. */
export const ADMIN_URL = process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface ScratchDatabase {
  name: string;
  url: string;
  /** Drop it, closing whatever is still connected to it. */
  drop(): Promise<void>;
}

/** A new, empty database on the PostgreSQL server, named `<prefix>_<random>`. */
export async function createScratchDatabase(prefix = 'eo_scratch'): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await asAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => asAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined) };
}

/** Run `fn` against a new, empty PostgreSQL database that is dropped afterwards. */
export async function withScratchDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const db = await createScratchDatabase();
  try {
    return await fn(db.url);
  } finally {
    await db.drop();
  }
}

async function asAdmin<T>(fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}
