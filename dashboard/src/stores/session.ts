import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { LoginDocument, type LoginMutation } from '@election-ops/schema';
import { configureRequests, request } from '../api/request';
import { configureOutbox } from '../live/outbox';

type User = LoginMutation['login']['user'];
const KEY = 'election-ops.session';

/** The signed-in user and token; kept in localStorage so a reload stays signed in. */
export const useSession = defineStore('session', () => {
  const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as { token: string; user: User; expiresAt: string } | null;
  const token = ref<string | null>(saved?.token ?? null);
  const user = ref<User | null>(saved?.user ?? null);
  const expiresAt = ref<string | null>(saved?.expiresAt ?? null);
  const expired = ref(false);

  async function login(username: string, password: string): Promise<User> {
    const { login } = await request(LoginDocument, { username, password });
    token.value = login.token;
    user.value = login.user;
    expiresAt.value = login.expiresAt;
    expired.value = false;
    localStorage.setItem(KEY, JSON.stringify({ token: login.token, user: login.user, expiresAt: login.expiresAt }));
    return login.user;
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
  configureOutbox({ user: () => user.value?.id ?? null });
  const home = computed(() => homeOf(user.value?.role));
  return { token, user, expiresAt, expired, login, expire, logout, home };
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
    default:
      return '/login';
  }
}
