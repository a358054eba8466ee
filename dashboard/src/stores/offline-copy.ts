import { localDb } from '../live/local-db';
import type { DistrictState } from './district-state';

/**
 * The last state of the district a user saw, kept in IndexedDB so that a screen reloaded without network
 * (the shell comes from the service worker) shows it, marked with the time it is from. Keyed by user id:
 * a phone passed to another officer never shows the first one's ward. Kept as JSON (the live state is
 * partly reactive, which IndexedDB cannot clone).
 */
export async function saveOfflineCopy(userId: string, state: DistrictState): Promise<void> {
  const { turnoutStale: _stale, ...rest } = state;
  await (await localDb()).put('offline', JSON.stringify(rest), userId);
}

export async function readOfflineCopy(userId: string): Promise<DistrictState | null> {
  try {
    const json = (await (await localDb()).get('offline', userId)) as string | undefined;
    return json ? { ...(JSON.parse(json) as Omit<DistrictState, 'turnoutStale'>), turnoutStale: true } : null;
  } catch {
    return null; // no IndexedDB (private mode) or a copy from an older build: start without one
  }
}

/** Signed out: nothing of the ward stays on the phone but the writes still unsent. */
export async function forgetOfflineCopies(): Promise<void> {
  await (await localDb()).clear('offline');
}
