import { onUnmounted, ref, watch, type Ref } from 'vue';
import type { ConnectionState } from '../live/connection';

/** How long the socket may be down before the screen says its figures are stale. */
export const STALE_AFTER_MS = 5_000;

/**
 * Stale once the live socket has been down (connecting or offline, never up yet included) for more
 * than STALE_AFTER_MS; fresh again as soon as it is up. `downSince` is the local instant it went down.
 */
export function useStale(connection: Readonly<Ref<ConnectionState>>, staleAfterMs = STALE_AFTER_MS) {
  const stale = ref(false);
  const downSince = ref<number | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(
    connection,
    (state) => {
      if (state === 'live') {
        clearTimeout(timer);
        downSince.value = null;
        stale.value = false;
      } else if (downSince.value === null) {
        downSince.value = Date.now();
        timer = setTimeout(() => (stale.value = true), staleAfterMs);
      }
    },
    { immediate: true },
  );
  onUnmounted(() => clearTimeout(timer));
  return { stale, downSince };
}
