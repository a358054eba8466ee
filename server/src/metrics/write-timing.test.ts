import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { Metrics } from './metrics.js';
import { writeTimingPlugin } from './write-timing.js';

const typeDefs = `
  type Query { ping: Boolean }
  type Mutation { report(ok: Boolean!): Boolean, other: Boolean }
`;
const resolvers = {
  Mutation: {
    report: (_: unknown, { ok }: { ok: boolean }) => {
      if (!ok) throw new GraphQLError('not allowed', { extensions: { code: 'FORBIDDEN' } });
      return true;
    },
    other: () => {
      throw new Error('boom');
    },
  },
};

async function timed(queries: string[]) {
  const metrics = new Metrics();
  const apollo = new ApolloServer({ typeDefs, resolvers, plugins: [writeTimingPlugin(metrics.writeDuration)] });
  await apollo.start();
  for (const query of queries) await apollo.executeOperation({ query });
  await apollo.stop();
  const [histogram] = (await metrics.registry.getMetricsAsJSON()).filter((m) => m.name === 'election_ops_write_duration_seconds');
  return histogram.values
    .filter((v) => 'metricName' in v && v.metricName === 'election_ops_write_duration_seconds_count')
    .map((v) => `${v.labels.operation} ${v.labels.outcome} ${v.value}`)
    .sort();
}

describe('writeTimingPlugin', () => {
  it('times each mutation by its field and outcome', async () => {
    expect(await timed(['mutation { report(ok: true) }', 'mutation { a: report(ok: true) }', 'mutation { report(ok: false) }', 'mutation { other }'])).toEqual([
      'other failed 1',
      'report ok 2',
      'report refused 1',
    ]);
  });

  it('leaves out queries, and documents that never ran, so clients cannot mint labels', async () => {
    expect(await timed(['{ ping }', 'mutation { nonsense }', 'mutation {'])).toEqual([]);
  });

  it('names a document with several mutations `other`', async () => {
    expect(await timed(['mutation { report(ok: true) b: report(ok: true) }'])).toEqual(['other ok 1']);
  });
});
