import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withScratchDatabase } from './scratch-database.js';
import { pendingSchemaChanges } from './schema-diff.js';

/** Write a migration for whatever the entities need beyond the committed migrations: `pnpm migration:generate <Name>`. */
const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
  console.error('usage: pnpm migration:generate <PascalCaseName>');
  process.exit(2);
}
const { up, down } = await withScratchDatabase((url) => pendingSchemaChanges(url));
if (up.length === 0) {
  console.error('No changes: the entities match the committed migrations.');
  process.exit(0);
}
const stamp = Date.now();
const cls = `${name}${stamp}`;
const lines = (qs: string[]) => qs.map((q) => `    await q.query(${JSON.stringify(q)});`).join('\n');
const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${cls} implements MigrationInterface {
  name = '${cls}';

  async up(q: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(q: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
const dir = join(dirname(fileURLToPath(import.meta.url)), '../../src/db/migrations');
writeFileSync(join(dir, `${stamp}-${name}.ts`), source);
console.log(`wrote src/db/migrations/${stamp}-${name}.ts; add ${cls} to src/db/migrations/index.ts`);
