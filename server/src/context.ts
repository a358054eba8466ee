import type { Viewer } from './auth/viewer.js';
import type { Services } from './services.js';

/** What every resolver receives: the caller (null when not signed in) and the services. */
export interface Context {
  viewer: Viewer | null;
  services: Services;
  /** The caller's network address (behind a proxy, as TRUST_PROXY allows): login attempts are limited per address. */
  address?: string | null;
}
