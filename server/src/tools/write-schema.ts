import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { createSchema } from '../schema.js';

export const SCHEMA_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../../schema/schema.graphql');
const HEADER = "# Written by `pnpm schema` from the server's resolvers. Do not edit by hand: CI fails on drift.\n\n";

export async function printedSchema(): Promise<string> {
  return HEADER + printSchema(await createSchema()) + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_FILE, await printedSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
