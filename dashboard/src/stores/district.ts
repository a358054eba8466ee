import { defineStore } from 'pinia';
import { effectScope, markRaw, reactive, ref, shallowReactive, shallowRef, watch } from 'vue';
import {
  SnapshotDocument,
  TurnoutDocument,
  UnitSnapshotDocument,
  UnitTurnoutDocument,
  type SnapshotQuery,
  type TurnoutQuery,
  type UnitSnapshotQuery,
} from '@election-ops/schema';
import { ApiError, request } from '../api/request';
import { isActiveTask } from '../domain/statuses';
import { followEvents } from '../live/connection';
import type { LiveEvent, Received } from '../live/events';
import { applyEvent, emptyState, fromSnapshot, pruneFinished, type DistrictState } from './district-state';
import { forgetOfflineCopies, readOfflineCopy, saveOfflineCopy } from './offline-copy';
import { useSession } from './session';
import { isUnitWall, nextTotals, type UnitTotals } from './unit-totals-state';

const APPLY_SPACING_MS = 100;
/** How soon what is loaded beside the snapshot is asked for again after a failure (offline: the copy's stays). */
const ALONGSIDE_RETRY_MS = 10_000;
/** How often at most the offline copy is written while events arrive. */
const SAVE_SPACING_MS = 2_000;

/**
 * The district as this user may see it: a snapshot, then every event after its seq, applied by id.
 * This store keeps the connection and the bookkeeping (seq, data as of, loaded, offline copy); the
 * screens read and change each domain through its composable (useIncidents, useTasks, useAreas,
 * useTurnout, useFindings, useComplaints), which reads this state.
 */
export const useDistrict = defineStore('district', () => {
  const state = reactive(shallowState(emptyState()));
  const readiness = ref<TurnoutQuery['readiness'] | null>(null);
  const loaded = ref(false);
  /** The state shown came from the offline copy (no snapshot could be loaded) and the socket has not been up since. */
  const fromCopy = ref(false);
  /**
   * Counts the states put in place whole (a snapshot, the offline copy): what is loaded beside the
   * snapshot (findings, flagged figures) is loaded again each time (see `useFindings`).
   */
  const generation = ref(0);
  /**
   * A province's or the nation's wall (the account's unit is above a district): the snapshot leaves out
   * the areas and the wards, the events their figures, and the tiles come from `unitTotals`.
   */
  const unitWall = ref(false);
  /** The latest `unitTotals` message (a unit wall only), and the local instant it arrived. */
  const unitTotals = shallowRef<UnitTotals | null>(null);
  const unitTotalsAt = ref(0);
  const listeners = new Set<(e: LiveEvent) => void>();
  /** What `connect` started, for which token: stopped by `reset`, or by a new token. */
  let live: { token: string | null; stop: () => void; loaded: Promise<void>; copyFor: string | null } | null = null;
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  /** Local time (ms) at which `state.election.now` was the election clock. */
  let electionAt = 0;
  let retainFinished: number | undefined;
  let refreshTimer: ReturnType<typeof setTimeout> | null = null;
  let queued: Received[] = [];
  let applyTimer: ReturnType<typeof setTimeout> | null = null;
  // The curve grows with the clock even when nobody reports (and jumps when a drill starts).
  let periodic: ReturnType<typeof setInterval> | null = null;

  const prune = () => retainFinished !== undefined && pruneFinished(state, retainFinished);

  /**
   * Follow the district for the signed-in user, once per token: the socket and the turnout summary
   * (the figure a wall shows largest) first, both cheap for the server, then the snapshot, which is not:
   * asked for after them, it does not hold up the figure or the live badge. The subscription starts
   * after the snapshot's seq. The router calls this on the way to a district screen, before the
   * screen's code has loaded; the screen's `start` then finds it under way.
   *
   * `offlineCopy` (the ward desk): keep the state in IndexedDB as it changes, and when the snapshot
   * cannot be loaded for want of a network, show the copy instead; the subscription then resumes from
   * the copy's seq once the network is back, so nothing in between is missed.
   */
  function connect(opts: { offlineCopy?: boolean } = {}): Promise<void> {
    const session = useSession();
    if (live?.token === session.token) return live.loaded;
    live?.stop();
    const copyFor = opts.offlineCopy && session.user ? session.user.id : null;
    const wall = (unitWall.value = isUnitWall(session.user?.unit));
    unitTotals.value = null;
    let socketUp!: () => void;
    // A socket that cannot connect delays the snapshot by a second at most; it retries on its own.
    const socketUpOrLate = new Promise<void>((ok) => ((socketUp = ok), setTimeout(ok, 1_000)));
    // The turnout figure is asked first (it shows at once); the snapshot follows as soon as the socket
    // is up, without waiting for that answer.
    void refreshTurnout();
    const loadedSeq = socketUpOrLate
      .then(() => (wall ? request(UnitSnapshotDocument, {}).then(fromUnitSnapshot) : request(SnapshotDocument, {})))
      .then(
        ({ snapshot }) => {
          if (live !== started) return; // reset (signed out) meanwhile
          Object.assign(state, shallowState(fromSnapshot(snapshot)));
          electionAt = Date.now();
          prune();
          loaded.value = true;
          fromCopy.value = false;
          generation.value += 1;
          scheduleSave();
          // The figure asked for before the snapshot may predate it: ask again, so it reflects at least the snapshot's seq.
          scheduleRefresh();
        },
        async (err: unknown) => {
          const copy = copyFor && err instanceof ApiError && err.retriable ? await readOfflineCopy(copyFor) : null;
          if (!copy) throw err;
          if (live !== started) return;
          Object.assign(state, shallowState(copy));
          electionAt = Date.now();
          loaded.value = true;
          fromCopy.value = true;
          generation.value += 1;
        },
      );
    const stop = followEvents({
      token: () => session.token,
      after: () => loadedSeq.then(() => state.seq),
      onEvent: receive,
      onUnauthorized: () => session.expire(),
      onConnected: () => {
        fromCopy.value = false; // the subscription replays from the copy's seq
        socketUp();
      },
      figures: !wall,
      onUnitTotals: wall ? receiveTotals : undefined,
    });
    const started = {
      token: session.token,
      copyFor,
      stop,
      // Without a snapshot there is nothing to follow: stop, so that the next `connect` tries again.
      loaded: loadedSeq.catch((err: unknown) => {
        stop();
        if (live === started) live = null;
        throw err;
      }),
    };
    started.loaded.catch(() => undefined); // reported to whoever awaits `start`
    live = started;
    periodic ??= setInterval(() => void refreshTurnout(), 30_000);
    return started.loaded;
  }

  /**
   * Events are applied together, at most every APPLY_SPACING_MS: a burst (the checklist ticks before
   * opening, every area's final figure at closing) is a few renders a second instead of one per event.
   * A replay after a reconnect may bring some again; `applyEvent` skips what the state already has.
   */
  function receive(e: Received): void {
    queued.push(e);
    applyTimer ??= setTimeout(applyQueued, APPLY_SPACING_MS);
  }

  function applyQueued(): void {
    applyTimer = null;
    const batch = queued;
    queued = [];
    const applied = batch.filter((e) => applyEvent(state, e));
    const known = applied.filter((e): e is LiveEvent => e.type !== null);
    for (const e of known) listeners.forEach((l) => l(e));
    // Anything that ends an incident or a task (done, declined, cancelled with its incident).
    if (known.some((e) => e.type === 'INCIDENT_RESOLVED' || (e.task && !isActiveTask(e.task)))) prune();
    // A turnout report or a checklist tick: the sums are behind.
    if (state.turnoutStale) scheduleRefresh();
    if (applied.length) scheduleSave();
  }

  function receiveTotals(message: UnitTotals): void {
    const before = unitTotals.value;
    unitTotals.value = markRaw(nextTotals(before, message));
    unitTotalsAt.value = Date.now();
    // The unit's curve is the turnout summary's: asked again when the total moved.
    if (before && before.total.voted !== unitTotals.value.total.voted) scheduleRefresh();
  }

  function scheduleSave(): void {
    if (!live?.copyFor || saveTimer) return;
    const userId = live.copyFor;
    saveTimer = setTimeout(() => {
      saveTimer = null;
      if (live?.copyFor !== userId) return;
      const e = state.election;
      const electionNow = e ? Date.parse(e.now) + (Date.now() - electionAt) * e.drill.speed : Date.now();
      saveOfflineCopy(userId, state, electionNow).catch(() => undefined);
    }, SAVE_SPACING_MS);
  }

  /** `retainFinished` bounds how many resolved incidents and finished tasks stay in memory (wall screens). */
  async function start(opts: { retainFinished?: number; offlineCopy?: boolean } = {}): Promise<void> {
    retainFinished = opts.retainFinished;
    await connect({ offlineCopy: opts.offlineCopy });
    prune();
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
      if (unitWall.value) {
        const r = await request(UnitTurnoutDocument, {});
        state.turnout = markRaw({ ...r.turnout, byWard: [] });
      } else {
        const r = await request(TurnoutDocument, {});
        state.turnout = markRaw(r.turnout);
        readiness.value = r.readiness;
      }
    } catch {
      state.turnoutStale = true;
    }
  }

  /** Called with each event once it is applied (replays and unreadable events are not); returns its removal. */
  function onEvent(listener: (e: LiveEvent) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  /** `forget` (signed out, not just expired): also drop the offline copies. */
  function reset(opts: { forget?: boolean } = {}): void {
    live?.stop();
    live = null;
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = null;
    fromCopy.value = false;
    if (opts.forget) forgetOfflineCopies().catch(() => undefined);
    queued = [];
    if (applyTimer) clearTimeout(applyTimer);
    applyTimer = null;
    if (periodic) clearInterval(periodic);
    periodic = null;
    Object.assign(state, shallowState(emptyState()));
    unitTotals.value = null;
    loaded.value = false;
    generation.value += 1;
  }

  /**
   * Load what the snapshot does not carry (the findings, the flagged figures) into the state: now if a
   * snapshot or an offline copy is in place, again after each new one, and every ALONGSIDE_RETRY_MS
   * until it succeeds. `load` answers with how to apply what it read; an answer for a state replaced
   * meanwhile (another user, a new snapshot) is dropped. For the app's lifetime: call it once per kind.
   */
  function alongside(load: () => Promise<(s: DistrictState) => void>): void {
    let retry: ReturnType<typeof setTimeout> | undefined;
    const run = async () => {
      clearTimeout(retry);
      const asked = generation.value;
      if (!loaded.value) return;
      try {
        const apply = await load();
        if (generation.value !== asked) return;
        apply(state);
        scheduleSave();
      } catch {
        if (generation.value === asked) retry = setTimeout(run, ALONGSIDE_RETRY_MS);
      }
    };
    // Detached: it outlives the screen that asked first.
    effectScope(true).run(() => watch(generation, run, { immediate: true }));
  }

  return { state, readiness, loaded, fromCopy, generation, unitWall, unitTotals, unitTotalsAt, connect, start, reset, onEvent, refreshTurnout, alongside };
});

/** A unit wall's lean snapshot in the district state's shape: no wards, areas, late marks or figures per ward. */
function fromUnitSnapshot({ snapshot: s }: UnitSnapshotQuery): SnapshotQuery {
  return { snapshot: { ...s, wards: [], pollingAreas: [], lateAreas: [], turnout: { ...s.turnout, byWard: [] } } };
}

/**
 * Vue tracks the state only one level deep. Every change replaces an object (an event brings a new
 * area, incident or task; the summary and the election come whole), so the records of areas, incidents,
 * tasks and late areas are shallow — adding, replacing or removing an entry re-renders — and what they
 * hold, like the summary, the election and the wards, stays raw: no proxy and no dependencies are made
 * for the many objects each event brings, which a wall screen open all day would otherwise churn through.
 */
function shallowState(s: DistrictState): DistrictState {
  return {
    ...s,
    election: s.election && markRaw(s.election),
    wards: markRaw(s.wards),
    turnout: s.turnout && markRaw(s.turnout),
    areas: shallowReactive(s.areas),
    incidents: shallowReactive(s.incidents),
    tasks: shallowReactive(s.tasks),
    late: shallowReactive(s.late),
    flagged: shallowReactive(s.flagged),
    findings: shallowReactive(s.findings),
    teams: markRaw(s.teams),
    reports: shallowReactive(s.reports),
    complaints: shallowReactive(s.complaints),
  };
}
