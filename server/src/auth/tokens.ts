import { SignJWT, jwtVerify } from 'jose';

export interface TokenClaims {
  userId: number;
  /** The user's session version when it was signed: `revokeSessions` moves it on, ending every older token. */
  sessionVersion: number;
}

/** Verified tokens remembered (until they expire); beyond this many the memory starts over. */
const VERIFIED_CACHE = 20_000;

/** Signed bearer tokens (HS256) with an expiry; the account behind one is read per request (modules/users/viewer-cache.ts keeps it two seconds, revocations dropping it at once). */
export class Tokens {
  private readonly key: Promise<CryptoKey>;
  /**
   * A token's signature is checked once: every request carries the same token, and checking it again
   * (a WebCrypto job each time) was a tenth of a write's CPU in the closing spike. Expiry is still checked on each use.
   */
  private readonly verified = new Map<string, TokenClaims & { expiresAt: number }>();

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  }

  async sign(claims: TokenClaims): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.ttlSeconds * 1000);
    const token = await new SignJWT({ sv: claims.sessionVersion })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(claims.userId))
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(await this.key);
    return { token, expiresAt };
  }

  /** The claims of a valid token, or null for a missing, forged or expired one. */
  async verify(token: string): Promise<TokenClaims | null> {
    const known = this.verified.get(token);
    if (known) {
      if (known.expiresAt > Date.now()) return { userId: known.userId, sessionVersion: known.sessionVersion };
      this.verified.delete(token);
      return null;
    }
    try {
      const { payload } = await jwtVerify(token, await this.key, { algorithms: ['HS256'] });
      const userId = Number(payload.sub);
      // Tokens signed before session versions existed count as version 0.
      const sessionVersion = payload.sv === undefined ? 0 : payload.sv;
      if (!Number.isInteger(userId) || typeof payload.exp !== 'number' || typeof sessionVersion !== 'number') return null;
      if (this.verified.size >= VERIFIED_CACHE) this.verified.clear();
      this.verified.set(token, { userId, sessionVersion, expiresAt: payload.exp * 1000 });
      return { userId, sessionVersion };
    } catch {
      return null;
    }
  }
}
