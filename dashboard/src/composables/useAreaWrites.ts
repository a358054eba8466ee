import { computed, onUnmounted, type Ref } from 'vue';
import type {
  ChecklistItem,
  PollingAreaStatus,
  RecordVoterListChangeMutation,
  ReportTurnoutMutation,
  SetPollingAreaStatusMutation,
  VoterListChangeKind,
} from '@election-ops/schema';
import { deltaOf } from '../domain/voter-list';
import { areaOf, onConfirmed, pending, rejected, type Refusal } from '../live/outbox';
import type { Area } from '../stores/areas-state';
import { useDistrict } from '../stores/district';
import { useAreas } from './useAreas';
import { useTurnout } from './useTurnout';
import { useVoterList } from './useVoterList';
import { settledRefusal } from './useVisits';

/**
 * One area as the ward desk shows it: the server's state with this phone's unconfirmed writes laid over
 * it (a status change, a tick or a figure shows at once, marked pending until the server confirms),
 * the refusals that concern it, and the writes themselves, all through the outbox.
 */
export function useAreaWrites(area: Ref<Area>) {
  const areas = useAreas();
  const turnout = useTurnout();
  const voterList = useVoterList();
  const district = useDistrict();
  const mine = computed(() => pending.value.filter((p) => areaOf(p) === area.value.id));
  const pendingStatus = computed(() => {
    const last = mine.value.filter((p) => p.kind === 'setPollingAreaStatus').at(-1);
    return last?.kind === 'setPollingAreaStatus' ? last.variables.status : null;
  });
  const pendingTurnout = computed(() => {
    const last = mine.value.filter((p) => p.kind === 'reportTurnout').at(-1);
    return last?.kind === 'reportTurnout' ? last.variables.input.voted : null;
  });
  /** The status the area will be in once what is queued is confirmed. */
  const status = computed<PollingAreaStatus>(() => pendingStatus.value ?? area.value.status);
  const voted = computed(() => pendingTurnout.value ?? area.value.latestTurnout?.voted ?? null);
  const checklist = computed(() => {
    const ticks = new Map<ChecklistItem, boolean>();
    for (const p of mine.value) if (p.kind === 'setChecklistItem') ticks.set(p.variables.item, p.variables.done);
    return (area.value.checklist ?? []).map((c) => ({ item: c.item, done: ticks.get(c.item) ?? c.done, pending: ticks.has(c.item) }));
  });
  const checklistDone = computed(() => checklist.value.filter((c) => c.done).length);
  /** The voters queued to be added (+) or struck off (−), not confirmed yet. */
  const pendingListChange = computed(() =>
    mine.value.reduce((n, p) => n + (p.kind === 'recordVoterListChange' ? deltaOf(p.variables.input.kind, p.variables.input.count) : 0), 0),
  );
  /** The registered voters once what is queued is confirmed (sent in order, so a figure queued after an addition may use it). */
  const registered = computed(() => area.value.registeredVoters + pendingListChange.value);
  /**
   * Refusals of this area's writes. A status change refused as CONFLICT while the area already is in the
   * status asked for had arrived before (a resend after a lost answer): it is not shown; nor a visit's
   * move refused once the visit is where it asked to be.
   */
  const refusals = computed<Refusal[]>(() =>
    rejected.value.filter(
      (r) =>
        areaOf(r.entry) === area.value.id &&
        !(r.entry.kind === 'setPollingAreaStatus' && r.error.code === 'CONFLICT' && area.value.status === r.entry.variables.status) &&
        !settledRefusal(r, district.state.visits),
    ),
  );

  return {
    status,
    pendingStatus,
    voted,
    pendingTurnout,
    checklist,
    checklistDone,
    pendingListChange,
    registered,
    pendingCount: computed(() => mine.value.length),
    refusals,
    setStatus: (to: PollingAreaStatus, reason: string | null) => areas.enqueueStatus(area.value.id, to, reason),
    tick: (item: ChecklistItem, done: boolean) => areas.enqueueTick(area.value.id, item, done),
    reportTurnout: (value: number, correctionReason: string | null) => turnout.enqueueReport(area.value.id, value, correctionReason),
    changeList: (kind: VoterListChangeKind, count: number, note: string | null) => voterList.enqueueChange(area.value.id, kind, count, note),
  };
}

/**
 * Show what the server answered to this phone's writes at once, before its live event arrives (which
 * brings the same), so a confirmed write never flickers back to the old value. For the view's lifetime.
 */
export function useConfirmedWrites(): void {
  const areas = useAreas();
  const stop = onConfirmed((entry, data) => {
    switch (entry.kind) {
      case 'setChecklistItem':
        return areas.markChecklistItem(entry.variables.pollingAreaId, entry.variables.item, entry.variables.done);
      case 'setPollingAreaStatus': {
        const area = (data as SetPollingAreaStatusMutation).setPollingAreaStatus;
        return areas.patch(entry.variables.id, { status: area.status, statusReason: area.statusReason });
      }
      case 'reportTurnout':
        return areas.patch(entry.variables.input.pollingAreaId, { latestTurnout: (data as ReportTurnoutMutation).reportTurnout });
      case 'recordVoterListChange': {
        const { registeredVoters, transientVoters, votersRemoved } = (data as RecordVoterListChangeMutation).recordVoterListChange.pollingArea;
        return areas.patch(entry.variables.input.pollingAreaId, { registeredVoters, transientVoters, votersRemoved });
      }
    }
  });
  onUnmounted(stop);
}
