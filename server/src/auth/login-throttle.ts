import { RateLimiterMemory } from 'rate-limiter-flexible';
import { DomainError } from '../errors.js';

/** Failed sign-ins allowed per window before the username, or the address, is refused with RATE_LIMITED. */
export const LOGIN_LIMITS = {
  /** Guessing one account's password: a person mistyping gets this many tries. */
  failuresPerUser: 5,
  /** Spraying many usernames from one address (a ward office behind one NAT stays well under it). */
  failuresPerAddress: 30,
  windowSeconds: 15 * 60,
} as const;

/**
 * Counts failed sign-ins per username and per address (the recipe of rate-limiter-flexible's
 * "login endpoint protection"). Only failures count, so people who sign in correctly never wait; a
 * success clears its username's count. Counters live in this process: with N replicas behind a load
 * balancer an attacker gets at most N times the allowance, still far too few to guess a password.
 */
export class LoginThrottle {
  private readonly byUser = new RateLimiterMemory({ keyPrefix: 'login-user', points: LOGIN_LIMITS.failuresPerUser, duration: LOGIN_LIMITS.windowSeconds });
  private readonly byAddress = new RateLimiterMemory({
    keyPrefix: 'login-address',
    points: LOGIN_LIMITS.failuresPerAddress,
    duration: LOGIN_LIMITS.windowSeconds,
  });

  /** Refuse (RATE_LIMITED) before checking the password when either counter is spent. */
  async check(username: string, address: string | null): Promise<void> {
    const [user, from] = await Promise.all([this.byUser.get(userKey(username)), address ? this.byAddress.get(address) : null]);
    const spent = [
      user && user.consumedPoints >= LOGIN_LIMITS.failuresPerUser ? user.msBeforeNext : 0,
      from && from.consumedPoints >= LOGIN_LIMITS.failuresPerAddress ? from.msBeforeNext : 0,
    ];
    const waitMs = Math.max(...spent);
    if (waitMs > 0) throw new DomainError('rateLimited', `retry in ${Math.ceil(waitMs / 1000)} s`);
  }

  async failed(username: string, address: string | null): Promise<void> {
    await Promise.all([this.byUser.penalty(userKey(username)), address ? this.byAddress.penalty(address) : null]);
  }

  async succeeded(username: string): Promise<void> {
    await this.byUser.delete(userKey(username));
  }
}

/** One counter per account however the name is typed; bounded so odd input cannot make huge keys. */
function userKey(username: string): string {
  return username.trim().toLowerCase().slice(0, 100);
}
