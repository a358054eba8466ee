import { localDb } from '../live/local-db';
import { emptyState, type DistrictState } from './district-state';

interface Stored {
  state: Omit<DistrictState, 'turnoutStale'>;
  /** Local time (ms) of the save, to move the election clock on by the time spent offline. */
  savedAt: number;
}

/**
 * The last state of the district a user saw, kept in IndexedDB so that a screen reloaded without network
 * (the shell comes from the service worker) shows it, marked with the time it is from. Keyed by user id:
 * a phone passed to another officer never shows the first one's ward. Kept as JSON (the live state is
 * partly reactive, which IndexedDB cannot clone).
 *
 * `electionNow`: the election clock at the save (the snapshot's `election.now` is the time it was
 * loaded); on reading, it is moved on by the time since at the drill's speed, so a screen reloaded
 * offline shows the right time, not the time of the copy.
 */
export async function saveOfflineCopy(userId: string, state: DistrictState, electionNow: number): Promise<void> {
  const { turnoutStale: _stale, ...rest } = state;
  const stored: Stored = { state: { ...rest, election: rest.election && { ...rest.election, now: new Date(electionNow).toISOString() } }, savedAt: Date.now() };
  await (await localDb()).put('offline', JSON.stringify(stored), userId);
}

export async function readOfflineCopy(userId: string, now = Date.now()): Promise<DistrictState | null> {
  try {
    const json = (await (await localDb()).get('offline', userId)) as string | undefined;
    if (!json) return null;
    const { state, savedAt } = JSON.parse(json) as Stored;
    const election = state.election && {
      ...state.election,
      now: new Date(Date.parse(state.election.now) + (now - savedAt) * state.election.drill.speed).toISOString(),
    };
    // A copy from a build before the findings and the flagged figures has none of them.
    return { ...emptyState(), ...state, election, turnoutStale: true };
  } catch {
    return null; // no IndexedDB (private mode) or a copy from an older build: start without one
  }
}

/** Signed out: nothing of the ward stays on the phone but the writes still unsent. */
export async function forgetOfflineCopies(): Promise<void> {
  await (await localDb()).clear('offline');
}
