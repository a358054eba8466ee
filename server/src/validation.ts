import { DomainError } from './errors.js';

/** Parse a GraphQL ID of ours: an unknown or malformed id is simply not found. */
export function parseId(id: string | number): number {
  const n = typeof id === 'number' ? id : /^\d{1,9}$/.test(id) ? Number(id) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw new DomainError('notFound', `id ${String(id).slice(0, 40)}`);
  return n;
}

export const LIMITS = { title: 200, text: 2000, reason: 1000, clientRequestId: 100 } as const;

/** Text from users is stored as given (never rewritten), only trimmed for emptiness checks and length-limited. */
export function requiredText(value: string | null | undefined, max: number, key: 'textRequired' | 'reasonRequired' = 'textRequired'): string {
  if (value == null || value.trim() === '') throw new DomainError(key);
  if (value.length > max) throw new DomainError('textTooLong', `max ${max}`);
  return value;
}

export function optionalText(value: string | null | undefined, max: number): string | null {
  if (value == null || value.trim() === '') return null;
  if (value.length > max) throw new DomainError('textTooLong', `max ${max}`);
  return value;
}
