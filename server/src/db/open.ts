import type { Clock } from '../clock/clock.js';
import { createDataSource, createLiveDataSource, type DatabaseTarget } from './data-source.js';
import { Database } from './database.js';

/** Open the database and bring its schema up to date with the committed migrations. */
export async function openDatabase(target: DatabaseTarget, clock: Clock): Promise<Database> {
  const dataSource = createDataSource(target);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  const live = createLiveDataSource(target);
  await live?.initialize();
  return new Database(dataSource, clock, target.kind === 'pglite', live);
}
