import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { LoginDocument, RenewTokenDocument, type LoginMutation } from '@election-ops/schema';
import { configureRequests, request } from '../api/request';
import { configureOutbox } from '../live/outbox';
import { renewalDue } from './token-renewal';

type User = LoginMutation['login']['user'];
type Payload = LoginMutation['login'];
const KEY = 'election-ops.session';
/** How often an open screen looks at its token's age (also on becoming visible and on coming back online). */
export const RENEWAL_CHECK_MS = 5 * 60_000; // 5 minutes

interface Saved {
  token: string;
  user: User;
  expiresAt: string;
  /** When this device received the token (ms): with `expiresAt`, the token's lifetime. */
  obtainedAt?: number;
}

/**
 * The signed-in user and token; kept in localStorage so a reload stays signed in. An open screen
 * renews its token once less than half of its lifetime remains, so a wall screen signed in the day
 * before never falls to the login form on its own; only a refused token (revoked) signs it out.
 */
export const useSession = defineStore('session', () => {
  const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Saved | null;
  const token = ref<string | null>(saved?.token ?? null);
  const user = ref<User | null>(saved?.user ?? null);
  const expiresAt = ref<string | null>(saved?.expiresAt ?? null);
  const obtainedAt = ref<number | null>(saved?.obtainedAt ?? null);
  const expired = ref(false);

  function adopt(p: Payload): void {
    token.value = p.token;
    user.value = p.user;
    expiresAt.value = p.expiresAt;
    obtainedAt.value = Date.now();
    expired.value = false;
    const s: Saved = { token: p.token, user: p.user, expiresAt: p.expiresAt, obtainedAt: obtainedAt.value };
    localStorage.setItem(KEY, JSON.stringify(s));
  }

  async function login(username: string, password: string): Promise<User> {
    const { login } = await request(LoginDocument, { username, password });
    adopt(login);
    return login.user;
  }

  let renewing: Promise<void> | null = null;
  /** Exchange the token for a fresh one; a network failure is tried again at the next check. */
  function renew(): Promise<void> {
    renewing ??= request(RenewTokenDocument, {})
      .then(({ renewToken }) => {
        if (token.value) adopt(renewToken); // not when signed out meanwhile
      })
      .catch(() => undefined) // a refused token has already signed us out (request → expire)
      .finally(() => (renewing = null));
    return renewing;
  }

  /** Renew when due; called every few minutes, when the screen becomes visible and when back online. */
  function checkRenewal(now = Date.now()): Promise<void> | undefined {
    if (!token.value || !expiresAt.value) return undefined;
    if (!renewalDue({ expiresAt: Date.parse(expiresAt.value), obtainedAt: obtainedAt.value, now })) return undefined;
    return renew();
  }

  /** The token is no longer accepted: back to login; forms keep their drafts in their own storage. */
  function expire(): void {
    token.value = null;
    expired.value = true;
    localStorage.removeItem(KEY);
  }

  function logout(): void {
    token.value = null;
    user.value = null;
    expired.value = false;
    localStorage.removeItem(KEY);
  }

  configureRequests({ token: () => token.value, unauthenticated: expire });
  if (typeof window !== 'undefined') {
    setInterval(() => void checkRenewal(), RENEWAL_CHECK_MS);
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && void checkRenewal());
    window.addEventListener('online', () => void checkRenewal());
    // A screen reopened after a night asleep renews at once, before anything else refuses it.
    queueMicrotask(() => void checkRenewal());
  }
  configureOutbox({ user: () => user.value?.id ?? null });
  const home = computed(() => homeOf(user.value?.role));
  return { token, user, expiresAt, expired, login, renew, checkRenewal, expire, logout, home };
});

/** Each role's own screen. */
export function homeOf(role: string | undefined): string {
  switch (role) {
    case 'DISTRICT_OPERATOR':
      return '/incidents';
    case 'OBSERVER':
      return '/ops';
    case 'WARD_OFFICER':
      return '/ward';
    case 'LIAISON':
      return '/tasks';
    case 'SUPERVISOR':
      return '/team';
    default:
      return '/login';
  }
}
