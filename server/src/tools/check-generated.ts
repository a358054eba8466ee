import { readFileSync } from 'node:fs';
import { withScratchDatabase } from './scratch-database.js';
import { pendingSchemaChanges } from './schema-diff.js';
import { SCHEMA_FILE, printedSchema } from './write-schema.js';

/** CI's drift check: the committed SDL and migrations must be exactly what the code generates. */
let failed = false;
if (readFileSync(SCHEMA_FILE, 'utf8') !== (await printedSchema())) {
  console.error('schema/schema.graphql differs from the resolvers: run `pnpm schema` and commit it.');
  failed = true;
}
const { up } = await withScratchDatabase((url) => pendingSchemaChanges(url));
if (up.length > 0) {
  console.error(
    `The entities need SQL the committed migrations lack (run \`pnpm --filter @election-ops/server migration:generate <Name>\`):\n${up.join('\n')}`,
  );
  failed = true;
}
if (failed) process.exit(1);
console.log('schema.graphql and migrations match the code');
