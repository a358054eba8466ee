import 'reflect-metadata';
import { Clock } from '../clock/clock.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/open.js';
import { seedNational } from '../seed/national.js';
import { ensureReference } from '../seed/reference.js';

/**
 * `pnpm seed:national`: fill an empty PostgreSQL database (DATABASE_URL) with a generated country at
 * 2021 scale — 63 provinces, about 700 districts, about 10,600 wards, 84,767 polling areas, about 69.2
 * million voters — for the national benchmark. Prints a progress bar, then the time it took.
 */
const config = loadConfig({ ...process.env, SEED: 'none' });
if (!config.databaseUrl) {
  console.error('seed:national fills PostgreSQL: set DATABASE_URL=postgres://... (an empty database)');
  process.exit(2);
}
const started = Date.now();
const db = await openDatabase({ kind: 'postgres', url: config.databaseUrl }, new Clock());
try {
  const [{ n }] = await db.read((m) => m.query('SELECT count(*)::int AS n FROM wards'));
  if (n > 0) throw new Error(`the database already holds ${n} wards: seed:national needs an empty one`);
  await ensureReference(db, config);
  const width = 30;
  await seedNational(db, (done, total, name) => {
    const bar = '█'.repeat(Math.round((done / total) * width)).padEnd(width, '░');
    const line = `Tạo dữ liệu toàn quốc / national data ${bar} ${done}/${total} ${name}`.padEnd(100);
    if (process.stderr.isTTY) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
    else if (done % 10 === 0 || done === total) process.stderr.write(`${line.trimEnd()}\n`);
  });
  await db.read((m) => m.query('ANALYZE'));
  const [totals] = await db.read((m) =>
    m.query(`SELECT (SELECT count(*) FROM provinces)::int AS provinces, (SELECT count(*) FROM districts)::int AS districts,
                    (SELECT count(*) FROM wards)::int AS wards, count(*)::int AS areas, sum("registeredVoters")::bigint AS voters
               FROM polling_areas`),
  );
  console.log(JSON.stringify({ ...totals, voters: Number(totals.voters), seconds: Math.round((Date.now() - started) / 100) / 10 }));
} catch (err) {
  console.error(`seed:national failed: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
