import { createHmac } from 'node:crypto';

const b64 = (value: object | Buffer) => (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');

/** An HS256 token as the server signs them (`sub` = user id), for forging and expiring on purpose. */
export function signToken(secret: string, claims: { sub: string; exp: number; iat?: number }): string {
  const head = `${b64({ alg: 'HS256' })}.${b64({ iat: claims.exp - 3600, ...claims })}`;
  return `${head}.${b64(createHmac('sha256', secret).update(head).digest())}`;
}

/** The user id inside a token the server gave (its payload is not secret, only signed). */
export function subjectOf(token: string): string {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sub;
}
