import { useRouter } from 'vue-router';
import { useSession } from '../stores/session';

/** Sign out and go to the login form: the same from every screen's header. */
export function useSignOut(): () => void {
  const session = useSession();
  const router = useRouter();
  return () => {
    session.logout();
    void router.push('/login');
  };
}
