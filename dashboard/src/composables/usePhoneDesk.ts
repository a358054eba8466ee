import { computed, onMounted, onUnmounted, ref, watch } from 'vue';
import { connection } from '../live/connection';
import { resumeOutbox } from '../live/outbox';
import { useDistrict } from '../stores/district';

/**
 * A phone screen made for a bad network (the ward desk, the team screen): it starts the district with
 * its offline copy, trying again until there is something to show, sends what the outbox kept from
 * before, and tells whether what it shows is offline.
 */
export function usePhoneDesk() {
  const district = useDistrict();
  // Offline from the first failed connection until the socket is up again (retries pass through "connecting").
  const lostConnection = ref(false);
  watch(connection, (c) => {
    if (c === 'offline') lostConnection.value = true;
    if (c === 'live') lostConnection.value = false;
  });
  // Without a snapshot or an offline copy there is nothing to show: try again until there is.
  let retry: ReturnType<typeof setTimeout> | undefined;
  function start() {
    district.start({ offlineCopy: true }).catch(() => (retry = setTimeout(start, 5_000)));
  }
  onMounted(() => {
    start();
    void resumeOutbox();
  });
  onUnmounted(() => clearTimeout(retry));
  return {
    /** Showing the offline copy, or the last state seen before the socket went down. */
    offline: computed(() => district.loaded && (district.fromCopy || lostConnection.value)),
  };
}
