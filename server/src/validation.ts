import { DomainError } from './errors.js';

/** Parse a GraphQL ID of ours: an unknown or malformed id is simply not found. */
export function parseId(id: string | number): number {
  const n = typeof id === 'number' ? id : /^\d{1,9}$/.test(id) ? Number(id) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw new DomainError('notFound', `id ${String(id).slice(0, 40)}`);
  return n;
}

/** Lengths in UTF-16 code units (what JavaScript's `length` counts: an emoji may count 2). */
export const LIMITS = { title: 200, text: 2000, reason: 1000, clientRequestId: 100, username: 100, password: 1000 } as const;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Can this text be stored exactly as given? PostgreSQL's text and jsonb refuse NUL, and a lone UTF-16
 * surrogate has no UTF-8 form (it would be stored as something else, or not at all).
 */
export function isWellFormedText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

/** Text from users is stored as given (never rewritten), only trimmed for emptiness checks and length-limited. */
export function requiredText(
  value: string | null | undefined,
  max: number,
  key: 'textRequired' | 'reasonRequired' | 'complainantRequired' = 'textRequired',
): string {
  if (value == null || value.trim() === '') throw new DomainError(key);
  return checkedText(value, max);
}

export function optionalText(value: string | null | undefined, max: number): string | null {
  if (value == null || value.trim() === '') return null;
  return checkedText(value, max);
}

function checkedText(value: string, max: number): string {
  if (value.length > max) throw new DomainError('textTooLong', `max ${max}`);
  if (!isWellFormedText(value)) throw new DomainError('textMalformed');
  return value;
}
