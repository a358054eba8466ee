import { defineStore } from 'pinia';
import { computed, reactive, ref } from 'vue';
import { SnapshotDocument, TurnoutDocument, type TurnoutQuery } from '@election-ops/schema';
import { request } from '../api/request';
import { followEvents } from '../live/connection';
import { applyEvent, emptyState, fromSnapshot, pruneFinished, type LiveEvent } from './district-state';
import { useSession } from './session';

/** The district as this user may see it: a snapshot, then every event after its seq, applied by id. */
export const useDistrict = defineStore('district', () => {
  const state = reactive(emptyState());
  const readiness = ref<TurnoutQuery['readiness'] | null>(null);
  const loaded = ref(false);
  const listeners = new Set<(e: LiveEvent) => void>();
  let stop: (() => void) | null = null;
  let refreshTimer: ReturnType<typeof setTimeout> | null = null;
  // The curve grows with the clock even when nobody reports (and jumps when a drill starts).
  let periodic: ReturnType<typeof setInterval> | null = null;

  /** `retainFinished` bounds how many resolved incidents and finished tasks stay in memory (wall screens). */
  async function start(opts: { retainFinished?: number } = {}): Promise<void> {
    const session = useSession();
    stop?.();
    const { snapshot } = await request(SnapshotDocument, {});
    Object.assign(state, fromSnapshot(snapshot));
    const prune = () => opts.retainFinished !== undefined && pruneFinished(state, opts.retainFinished);
    prune();
    loaded.value = true;
    void refreshTurnout();
    periodic ??= setInterval(() => void refreshTurnout(), 30_000);
    stop = followEvents({
      token: () => session.token,
      after: () => state.seq,
      onEvent: (e) => {
        if (!applyEvent(state, e)) return;
        if (e.type === 'INCIDENT_RESOLVED' || e.type === 'TASK_DONE' || e.type === 'TASK_DECLINED') prune();
        listeners.forEach((l) => l(e));
        if (state.turnoutStale || e.type === 'CHECKLIST_ITEM_SET') scheduleRefresh();
      },
      onUnauthorized: () => session.expire(),
    });
  }

  /** Sums and the curve come from the server; refreshed at most once a second while reports arrive. */
  function scheduleRefresh(): void {
    if (refreshTimer) return;
    refreshTimer = setTimeout(() => {
      refreshTimer = null;
      void refreshTurnout();
    }, 1000);
  }

  async function refreshTurnout(): Promise<void> {
    state.turnoutStale = false;
    try {
      const r = await request(TurnoutDocument, {});
      state.turnout = r.turnout;
      readiness.value = r.readiness;
    } catch {
      state.turnoutStale = true;
    }
  }

  function onEvent(listener: (e: LiveEvent) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  function reset(): void {
    stop?.();
    stop = null;
    if (periodic) clearInterval(periodic);
    periodic = null;
    Object.assign(state, emptyState());
    loaded.value = false;
  }

  const incidents = computed(() => Object.values(state.incidents).sort((a, b) => b.reportedAt.localeCompare(a.reportedAt)));
  const tasks = computed(() => Object.values(state.tasks).sort((a, b) => a.ackDueAt.localeCompare(b.ackDueAt)));
  const areas = computed(() => Object.values(state.areas).sort((a, b) => a.code.localeCompare(b.code)));
  return { state, readiness, loaded, start, reset, onEvent, incidents, tasks, areas, refreshTurnout };
});
