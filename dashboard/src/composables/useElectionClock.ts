import { computed, onMounted, onUnmounted, ref, watch, type Ref } from 'vue';
import { ElectionNowDocument } from '@election-ops/schema';
import { request } from '../api/request';

interface Sample {
  now: string;
  drill: { active: boolean; speed: number };
}

/**
 * The election clock on screen: the server's `Election.now`, advanced locally at the drill's speed
 * (1× outside a drill), re-synced every 5 seconds so a drill started or stopped elsewhere shows at once.
 */
export function useElectionClock(initial: Ref<Sample | null | undefined>) {
  const tick = ref(Date.now());
  const drill = ref(initial.value?.drill ?? { active: false, speed: 1 });
  let anchorLocal = Date.now();
  let anchorServer = initial.value ? Date.parse(initial.value.now) : Date.now();
  let timer: ReturnType<typeof setInterval> | undefined;
  let sync: ReturnType<typeof setInterval> | undefined;

  const take = (s: Sample, local: number) => {
    anchorLocal = local;
    anchorServer = Date.parse(s.now);
    drill.value = s.drill;
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
  return { now, drill };
}
