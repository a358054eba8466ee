import type { Clock } from '../clock/clock.js';
import { createDataSource, type DatabaseTarget } from './data-source.js';
import { Database } from './database.js';

/** Open the database and bring its schema up to date with the committed migrations. */
export async function openDatabase(target: DatabaseTarget, clock: Clock): Promise<Database> {
  const dataSource = createDataSource(target);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return new Database(dataSource, clock, target.kind === 'pglite');
}
