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
  const claim = claimOf(tx, clientRequestId, operation);
  if (!claim) return write();
  const inserted: unknown[] = await tx.manager.query(
    `INSERT INTO client_requests ("userId", "clientRequestId", operation) VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING RETURNING "userId"`,
    [claim.userId, claim.clientRequestId, operation],
  );
  if (inserted.length === 0) {
    const earlier = await earlierResult(tx, claim, load);
    if (earlier) return earlier;
  }
  const result = await write();
  await tx.manager.update(ClientRequest, { userId: claim.userId, clientRequestId: claim.clientRequestId }, { resultId: result.id });
  return result;
}

/** Who claims what: null when the write is not idempotent (no clientRequestId, or the system acting). */
export interface Claim {
  userId: number;
  clientRequestId: string;
  operation: string;
}

/**
 * The claim a write makes, its clientRequestId checked; null when there is none. For a write that
 * claims in a statement of its own (the turnout report's, which claims and locks in one).
 */
export function claimOf(tx: Tx, clientRequestId: string | null | undefined, operation: string): Claim | null {
  if (clientRequestId == null || tx.actor.id == null) return null;
  if (clientRequestId.length === 0 || clientRequestId.length > LIMITS.clientRequestId) {
    throw new DomainError('textTooLong', `clientRequestId 1-${LIMITS.clientRequestId} characters`);
  }
  if (!isWellFormedText(clientRequestId)) throw new DomainError('textMalformed', 'clientRequestId');
  return { userId: tx.actor.id, clientRequestId, operation };
}

/**
 * A claim was already taken (and its transaction has ended): the first result, or null when it has
 * none and this write is to be done. The same id for another operation is refused.
 */
export async function earlierResult<T>(tx: Tx, claim: Claim, load: (id: number) => Promise<T>): Promise<T | null> {
  const earlier = await tx.manager.findOneByOrFail(ClientRequest, { userId: claim.userId, clientRequestId: claim.clientRequestId });
  if (earlier.operation !== claim.operation) throw new DomainError('clientRequestReused');
  return earlier.resultId != null ? load(earlier.resultId) : null;
}
