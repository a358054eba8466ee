import { computed, inject, onMounted, onUnmounted, provide, ref, watch, type InjectionKey, type Ref } from 'vue';
import { ElectionNowDocument } from '@election-ops/schema';
import { request } from '../api/request';

interface Sample {
  now: string;
  drill: { active: boolean; speed: number };
}

export interface ElectionClock {
  /** Election time in ms, moving 4 times a second. */
  now: Readonly<Ref<number>>;
  drill: Readonly<Ref<{ active: boolean; speed: number }>>;
  /** The election time (ms) at a local instant (`Date.now()` then): "data as of" in a drill is drill time. */
  electionTimeAt(local: number): number;
}

const ELECTION_CLOCK: InjectionKey<ElectionClock> = Symbol('election-clock');

/**
 * The election clock on screen: the server's `Election.now`, advanced locally at the drill's speed
 * (1× outside a drill), re-synced every 5 seconds so a drill started or stopped elsewhere shows at once.
 *
 * The view that calls this provides the clock to its components, and only the small ones that show
 * a time (`ElectionTime`, `Countdown`) read `now`: a screen re-renders when its data changes, not four
 * times a second with the clock. A wall screen open all day would otherwise keep its whole template hot.
 */
export function useElectionClock(initial: Ref<Sample | null | undefined>): ElectionClock {
  const tick = ref(Date.now());
  const drill = ref(initial.value?.drill ?? { active: false, speed: 1 });
  let anchorLocal = Date.now();
  let anchorServer = initial.value ? Date.parse(initial.value.now) : Date.now();
  let timer: ReturnType<typeof setInterval> | undefined;
  let sync: ReturnType<typeof setInterval> | undefined;

  const take = (s: Sample, local: number) => {
    anchorLocal = local;
    anchorServer = Date.parse(s.now);
    // `now` follows the tick: move it now, or the screen shows the local clock until the next one.
    tick.value = Date.now();
    // Replaced only when it changes: every screen element that shows the drill would re-render otherwise.
    if (s.drill.active !== drill.value.active || s.drill.speed !== drill.value.speed) drill.value = s.drill;
  };
  watch(initial, (s) => s && take(s, Date.now()));

  async function resync() {
    try {
      const sentAt = Date.now();
      const { election } = await request(ElectionNowDocument, {});
      take(election, (sentAt + Date.now()) / 2);
    } catch {
      // Offline: keep counting at the last known speed.
    }
  }

  onMounted(() => {
    timer = setInterval(() => (tick.value = Date.now()), 250);
    sync = setInterval(resync, 5_000);
  });
  onUnmounted(() => {
    clearInterval(timer);
    clearInterval(sync);
  });
  const now = computed(() => anchorServer + (tick.value - anchorLocal) * drill.value.speed);
  const electionTimeAt = (local: number) => anchorServer + (local - anchorLocal) * drill.value.speed;
  const clock = { now, drill, electionTimeAt };
  provide(ELECTION_CLOCK, clock);
  return clock;
}

/** The clock of the screen this component is on (its view called `useElectionClock`). */
export function injectElectionClock(): ElectionClock {
  const clock = inject(ELECTION_CLOCK);
  if (!clock) throw new Error('No election clock: the view calls useElectionClock');
  return clock;
}
