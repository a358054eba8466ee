import type { Context } from '../context.js';
import type { Services } from '../services.js';
import type { Tokens } from './tokens.js';
import type { Viewer } from './viewer.js';

/** The viewer behind an `Authorization: Bearer <token>` value: null when missing, forged, expired or deactivated. */
export async function viewerFromAuthorization(header: unknown, tokens: Tokens, services: Services): Promise<Viewer | null> {
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) return null;
  const claims = await tokens.verify(match[1]);
  return claims ? services.users.viewer(claims.userId, claims.sessionVersion) : null;
}

export async function contextFor(header: unknown, tokens: Tokens, services: Services, address: string | null = null): Promise<Context> {
  return { viewer: await viewerFromAuthorization(header, tokens, services), services, address };
}
