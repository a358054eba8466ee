/**
 * Is this error the database going away (restart, cut connection, refused connection), as opposed to a
 * bug or a refused write? Such errors reach clients as `reason: databaseUnavailable`: retry later, with
 * the same clientRequestId, since a write cut during COMMIT may or may not have landed.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (const e of causes(err)) {
    const code = typeof e.code === 'string' ? e.code : '';
    // SQLSTATE class 08 (connection exception), 57P01-57P03 (admin/crash shutdown, cannot connect now),
    // 55000 with ALLOW_CONNECTIONS off; Node's socket errors.
    if (/^08/.test(code) || /^57P0[123]$/.test(code) || code === '55000') return true;
    if (['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH'].includes(code)) return true;
    const message = typeof e.message === 'string' ? e.message : '';
    if (PG_CLIENT_MESSAGES.some((m) => message.includes(m))) return true;
    // TypeORM drops a transaction's connection once it broke; the transaction's next query says so.
    if (e.name === 'QueryRunnerAlreadyReleasedError' || e.name === 'QueryRunnerProviderAlreadyReleasedError') return true;
  }
  return false;
}

/** What node-postgres says when its socket closes or cannot open (it sets no code for these). */
const PG_CLIENT_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'not currently accepting connections',
];

/** The error and what it wraps: GraphQL's originalError, TypeORM's driverError, standard cause. */
function* causes(err: unknown): Generator<{ code?: unknown; message?: unknown; name?: unknown }> {
  const seen = new Set<unknown>();
  let current: unknown = err;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    yield current as { code?: unknown; message?: unknown; name?: unknown };
    const c = current as { originalError?: unknown; driverError?: unknown; cause?: unknown };
    current = c.originalError ?? c.driverError ?? c.cause;
  }
}
