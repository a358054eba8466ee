import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for every operation in operations/, against the committed SDL (CI fails on drift).
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: 'operations/*.graphql',
  generates: {
    'src/graphql.ts': {
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: {
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
        useTypeImports: true,
        avoidOptionals: { field: true },
        documentMode: 'string',
      },
    },
  },
};
export default config;
