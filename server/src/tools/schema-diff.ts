import 'reflect-metadata';
import { createDataSource } from '../db/data-source.js';

/** SQL the entities would still need on a database migrated with the committed migrations. */
export async function pendingSchemaChanges(url: string): Promise<{ up: string[]; down: string[] }> {
  const ds = createDataSource({ kind: 'postgres', url });
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    const sql = await ds.driver.createSchemaBuilder().log();
    return { up: sql.upQueries.map((q) => q.query), down: sql.downQueries.map((q) => q.query).reverse() };
  } finally {
    await ds.destroy();
  }
}
