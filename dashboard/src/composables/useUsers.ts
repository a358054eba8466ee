import { ref } from 'vue';
import { RevokeSessionsDocument, UsersDocument, type UsersQuery } from '@election-ops/schema';
import { request } from '../api/request';

export type User = UsersQuery['users'][number];

/**
 * The operator's sessions panel: every account, and "sign out everywhere" for a lost phone or a shared
 * screen. Failures are thrown (an ApiError).
 */
export function useUsers() {
  const users = ref<User[]>([]);
  return {
    users,
    async load(): Promise<void> {
      users.value = (await request(UsersDocument, {})).users;
    },
    /** Ends every session of the account; resolves to its display name. */
    async revokeSessions(userId: string): Promise<string> {
      const { revokeSessions } = await request(RevokeSessionsDocument, { userId });
      return revokeSessions.displayName;
    },
  };
}
