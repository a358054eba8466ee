import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { PGliteDriver } from 'typeorm-pglite';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';

export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir?: string };

/**
 * One TypeORM data source over either PostgreSQL or the embedded PGlite (real Postgres in-process,
 * file-backed). Same entities, same migrations.
 */
/**
 * Connections per replica. A write holds one for about ten round trips; under fan-out each round trip
 * also waits its turn on the event loop, so 10 starved writes and live reads alike (fanout bench).
 * Two replicas use 40 of PostgreSQL's default 100.
 */
const POOL_SIZE = 20;

/**
 * Connections of the live path per replica (the hub's and the totals feed's reads of the log): a pool
 * of its own, so the screens' reads never queue behind hundreds of writes waiting for the main pool
 * (in the national-day bench a totals tick waited 14-25 s for connections that way).
 */
const LIVE_POOL_SIZE = 2;

export function createDataSource(target: DatabaseTarget): DataSource {
  const common = { type: 'postgres' as const, entities, migrations, migrationsRun: false, synchronize: false, logging: false };
  if (target.kind === 'postgres') {
    return new DataSource({ ...common, url: target.url, extra: { max: POOL_SIZE, connectionTimeoutMillis: 5_000 } });
  }
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  const driver = new PGliteDriver(target.dataDir ? { dataDir: target.dataDir } : {}).driver;
  return new DataSource({ ...common, driver });
}

/** The live path's own small pool on PostgreSQL; the embedded database has one session for everything (null). */
export function createLiveDataSource(target: DatabaseTarget): DataSource | null {
  if (target.kind !== 'postgres') return null;
  return new DataSource({
    type: 'postgres',
    entities,
    synchronize: false,
    logging: false,
    url: target.url,
    extra: { max: LIVE_POOL_SIZE, connectionTimeoutMillis: 5_000, application_name: 'election-ops-live' },
  });
}
