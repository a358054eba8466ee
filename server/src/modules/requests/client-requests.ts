import type { Tx } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { LIMITS, isWellFormedText } from '../../validation.js';
import { ClientRequest } from './client-request.entity.js';

/**
 * Idempotent writes: the first call with a (user, clientRequestId) claims it inside the transaction;
 * a concurrent retry waits on that row's lock and then reads the first result. A rolled-back first
 * attempt releases the claim, so the retry does the write itself.
 */
export async function withClientRequest<T extends { id: number }>(
  tx: Tx,
  clientRequestId: string | null | undefined,
  operation: string,
  load: (id: number) => Promise<T>,
  write: () => Promise<T>,
): Promise<T> {
  if (clientRequestId == null || tx.actor.id == null) return write();
  if (clientRequestId.length === 0 || clientRequestId.length > LIMITS.clientRequestId) {
    throw new DomainError('textTooLong', `clientRequestId 1-${LIMITS.clientRequestId} characters`);
  }
  if (!isWellFormedText(clientRequestId)) throw new DomainError('textMalformed', 'clientRequestId');
  const inserted: unknown[] = await tx.manager.query(
    `INSERT INTO client_requests ("userId", "clientRequestId", operation) VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING RETURNING "userId"`,
    [tx.actor.id, clientRequestId, operation],
  );
  if (inserted.length === 0) {
    const earlier = await tx.manager.findOneByOrFail(ClientRequest, { userId: tx.actor.id, clientRequestId });
    if (earlier.operation !== operation) throw new DomainError('clientRequestReused');
    if (earlier.resultId != null) return load(earlier.resultId);
  }
  const result = await write();
  await tx.manager.update(ClientRequest, { userId: tx.actor.id, clientRequestId }, { resultId: result.id });
  return result;
}
