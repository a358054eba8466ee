import { computed, onMounted, onUnmounted, ref, watch, type Ref } from 'vue';
import { ElectionNowDocument } from '@election-ops/schema';
import { request } from '../api/request';

/**
 * The election clock on screen: the server's `Election.now`, advanced locally at the rate observed
 * between samples (1× normally, the drill's speed in a drill), re-synced every 10 seconds.
 */
export function useElectionClock(initial: Ref<string | undefined>) {
  const tick = ref(Date.now());
  let anchorLocal = Date.now();
  let anchorServer = initial.value ? Date.parse(initial.value) : Date.now();
  let rate = 1;
  let timer: ReturnType<typeof setInterval> | undefined;
  let sync: ReturnType<typeof setInterval> | undefined;

  watch(initial, (v) => {
    if (v) {
      anchorLocal = Date.now();
      anchorServer = Date.parse(v);
    }
  });

  async function resync() {
    try {
      const sentAt = Date.now();
      const { election } = await request(ElectionNowDocument, {});
      const local = (sentAt + Date.now()) / 2;
      const server = Date.parse(election.now);
      const elapsedLocal = local - anchorLocal;
      if (elapsedLocal > 2000) rate = Math.max(0, Math.round(((server - anchorServer) / elapsedLocal) * 10) / 10);
      anchorLocal = local;
      anchorServer = server;
    } catch {
      // Offline: keep counting at the last known rate.
    }
  }

  onMounted(() => {
    timer = setInterval(() => (tick.value = Date.now()), 250);
    sync = setInterval(resync, 10_000);
  });
  onUnmounted(() => {
    clearInterval(timer);
    clearInterval(sync);
  });
  const now = computed(() => anchorServer + (tick.value - anchorLocal) * rate);
  return { now, rate: computed(() => (tick.value, rate)) };
}
