import { defineStore } from 'pinia';
import { computed, onMounted, onScopeDispose, ref, watch, type Ref } from 'vue';
import {
  AreaDetailDocument,
  RelocatePollingAreaDocument,
  SetPollingAreaStatusDocument,
  type AreaDetailQuery,
  type ChecklistItem,
  type PollingAreaStatus,
} from '@election-ops/schema';
import { errorText } from '../api/error-text';
import { request } from '../api/request';
import { enqueue } from '../live/outbox';
import { byCode, byNumber, markChecklistItem, patchArea, type Area } from '../stores/areas-state';
import { useDistrict } from '../stores/district';

/** A polling area as the area view loads it: status history, turnout reports, checklist. */
export type AreaDetail = NonNullable<AreaDetailQuery['pollingArea']>;

/**
 * Polling areas: status, readiness checklist and latest figure of the ones this user may read (from the
 * live district, stores/areas-state.ts), and their writes. The ward desk's go through the outbox (a bad
 * network, queued and sent once); the operator's reopening and moving a site are sent at once and their refusal thrown.
 */
export const useAreas = defineStore('areas', () => {
  const district = useDistrict();
  /** By code. */
  const list = computed(() => Object.values(district.state.areas).sort(byCode));

  return {
    list,
    get: (id: string): Area | undefined => district.state.areas[id],
    /** One ward's areas, by number. */
    ofWard: (wardId: string): Area[] => list.value.filter((a) => a.wardId.id === wardId).sort(byNumber),
    enqueueStatus: (id: string, status: PollingAreaStatus, reason: string | null) =>
      enqueue({ kind: 'setPollingAreaStatus', variables: { id, status, reason } }),
    enqueueTick: (pollingAreaId: string, item: ChecklistItem, done: boolean) => enqueue({ kind: 'setChecklistItem', variables: { pollingAreaId, item, done } }),
    /** The operator reopens an area closed by mistake (before 21:00, with a reason). */
    reopen: (id: string, reason: string) => request(SetPollingAreaStatusDocument, { id, status: 'VOTING', reason, clientRequestId: crypto.randomUUID() }),
    /** The operator moves an area to a new site; shown at once, before its event. */
    async relocate(id: string, site: { name: string; address: string }, reason: string): Promise<void> {
      const { relocatePollingArea } = await request(RelocatePollingAreaDocument, { id, ...site, reason, clientRequestId: crypto.randomUUID() });
      patchArea(district.state, id, relocatePollingArea);
    },
    /** A tick the server confirmed, shown before its event arrives. */
    markChecklistItem: (id: string, item: ChecklistItem, done: boolean) => markChecklistItem(district.state, id, item, done),
    /** What the server answered to a write, shown before its event arrives. */
    patch: (id: string, fields: Partial<Area>) => patchArea(district.state, id, fields),
  };
});

/**
 * One area in full (`AreaDetail`), loaded when the caller is mounted, when `areaId` changes, and again
 * whenever a live event changes it (a ward officer's report, a status change). `load` after a write.
 */
export function useAreaDetail(areaId: Ref<string | null>) {
  const detail = ref<AreaDetail | null>(null);
  const error = ref('');
  async function load() {
    error.value = '';
    if (!areaId.value) return void (detail.value = null);
    try {
      detail.value = (await request(AreaDetailDocument, { id: areaId.value })).pollingArea;
    } catch (err) {
      error.value = errorText(err);
    }
  }
  watch(areaId, load);
  onMounted(load);
  const off = useDistrict().onEvent((e) => e.pollingArea?.id === areaId.value && void load());
  onScopeDispose(off);
  return { detail, error, load };
}
