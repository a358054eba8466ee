import { GraphQLError } from 'graphql';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './unavailable.js';

const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it('recognises the ways PostgreSQL goes away, however wrapped', () => {
    const terminated = pgError('57P01', 'terminating connection due to administrator command');
    for (const err of [
      terminated,
      new QueryFailedError('SELECT 1', [], terminated),
      new GraphQLError('Context creation failed', { originalError: new QueryFailedError('SELECT 1', [], terminated) }),
      pgError('55000', 'database "x" is not currently accepting connections'),
      pgError('08006', 'connection failure'),
      pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'),
      new Error('Connection terminated unexpectedly'),
      new QueryRunnerAlreadyReleasedError(),
      new QueryRunnerProviderAlreadyReleasedError(),
    ]) {
      expect(isDatabaseUnavailable(err), String(err)).toBe(true);
    }
  });

  it('leaves bugs and refusals alone', () => {
    for (const err of [new TypeError('x is undefined'), pgError('23505', 'duplicate key value'), new GraphQLError('Forbidden'), null, 'text']) {
      expect(isDatabaseUnavailable(err), String(err)).toBe(false);
    }
  });
});
