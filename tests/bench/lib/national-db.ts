import { execFile } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createDatabase } from '../../support/postgres.js';
import { createUser } from '../../support/users.js';

const SEED_TOOL = resolve(dirname(fileURLToPath(import.meta.url)), '../../../server/dist/tools/seed-national.js');
export const BENCH_OPERATOR = { username: 'bench.operator', password: 'bench-pass' };

/**
 * A fresh PostgreSQL database filled by `pnpm seed:national` (the same command a person runs), with an
 * operator account for the benchmark. Returns how long the seeding took, as the command reported it.
 */
export async function nationalDatabase(): Promise<{ url: string; drop: () => Promise<void>; seedSeconds: number; totals: Record<string, number> }> {
  const db = await createDatabase();
  try {
    const started = Date.now();
    const { stdout } = await promisify(execFile)(process.execPath, [SEED_TOOL], { env: { ...process.env, DATABASE_URL: db.url }, maxBuffer: 1 << 20 });
    const seedSeconds = Math.round((Date.now() - started) / 100) / 10;
    const totals = JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, number>;
    await createUser({ DATABASE_URL: db.url }, ['--username', BENCH_OPERATOR.username, '--role', 'DISTRICT_OPERATOR'], BENCH_OPERATOR.password);
    return { url: db.url, drop: db.drop, seedSeconds, totals };
  } catch (err) {
    await db.drop();
    throw err;
  }
}
