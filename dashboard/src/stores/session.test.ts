import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const { useSession, RENEWAL_CHECK_MS } = await import('./session');
const HOUR = 3_600_000;
const user = { id: '7', username: 'observer', displayName: 'Màn hình phòng điều hành', role: 'OBSERVER', wardId: null };

describe('token renewal', () => {
  let renewals: string[];
  let offline: boolean;
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.parse('2021-05-22T08:00:00Z') });
    renewals = [];
    offline = false;
    // Signed in the afternoon before, with a 24 h token.
    localStorage.setItem(
      'election-ops.session',
      JSON.stringify({ token: 'day-before', user, expiresAt: new Date(Date.now() + 24 * HOUR).toISOString(), obtainedAt: Date.now() }),
    );
    vi.stubGlobal('fetch', async (_url: string, init: { body: string; headers: Record<string, string> }) => {
      if (offline) throw new TypeError('Failed to fetch');
      renewals.push(init.headers.authorization);
      const token = `renewed-${renewals.length}`;
      return new Response(JSON.stringify({ data: { renewToken: { token, expiresAt: new Date(Date.now() + 24 * HOUR).toISOString(), user } } }));
    });
    setActivePinia(createPinia());
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('renews once less than half the lifetime remains, never before, and keeps the screen signed in across the day', async () => {
    const session = useSession();
    await vi.advanceTimersByTimeAsync(12 * HOUR - RENEWAL_CHECK_MS);
    expect(renewals).toEqual([]);
    await vi.advanceTimersByTimeAsync(2 * RENEWAL_CHECK_MS);
    expect(renewals).toEqual(['Bearer day-before']);
    expect(session.token).toBe('renewed-1');
    expect(JSON.parse(localStorage.getItem('election-ops.session')!).token).toBe('renewed-1');
    // Election day: 36 h after signing in, still signed in, renewed each half day with the newest token.
    await vi.advanceTimersByTimeAsync(24 * HOUR + 2 * RENEWAL_CHECK_MS);
    expect(renewals).toEqual(['Bearer day-before', 'Bearer renewed-1', 'Bearer renewed-2']);
    expect(session.token).toBe('renewed-3');
    expect(session.expired).toBe(false);
  });

  it('tries again at the next check when the network is down, and at once when the screen is shown', async () => {
    const session = useSession();
    offline = true;
    await vi.advanceTimersByTimeAsync(13 * HOUR);
    expect(session.token).toBe('day-before');
    expect(session.expired).toBe(false);
    offline = false;
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(0);
    expect(renewals).toEqual(['Bearer day-before']);
    expect(session.token).toBe('renewed-1');
  });

  it('renews at once a token saved without its age', async () => {
    localStorage.setItem('election-ops.session', JSON.stringify({ token: 'old', user, expiresAt: new Date(Date.now() + 20 * HOUR).toISOString() }));
    const session = useSession();
    await vi.advanceTimersByTimeAsync(0);
    expect(renewals).toEqual(['Bearer old']);
    expect(session.token).toBe('renewed-1');
  });
});
