import { defineStore } from 'pinia';
import { computed, onMounted, onScopeDispose, reactive, ref, watch } from 'vue';
import {
  AcknowledgeIncidentDocument,
  AddIncidentNoteDocument,
  IncidentTimelineDocument,
  ReopenIncidentDocument,
  ResolveIncidentDocument,
  StartIncidentDocument,
  type ReportIncidentInput,
} from '@election-ops/schema';
import { request } from '../api/request';
import { timelineEntries, type TimelineEntry } from '../components/timeline-entries';
import { enqueue, pending } from '../live/outbox';
import { useDistrict } from '../stores/district';
import { newestFirst, type Incident } from '../stores/incidents-state';

/**
 * Incidents: the ones this user may read (from the live district, stores/incidents-state.ts), and what
 * may be done to them. The operator's actions are sent at once and their refusal thrown (an ApiError);
 * the ward desk's report goes through the outbox, so it survives a bad network.
 */
export const useIncidents = defineStore('incidents', () => {
  const district = useDistrict();
  /** Newest first. */
  const list = computed(() => Object.values(district.state.incidents).sort(newestFirst));
  /** The ward desk's reports not confirmed yet, oldest first. */
  const pendingReports = computed(() => pending.value.filter((p) => p.kind === 'reportIncident'));

  return {
    list,
    pendingReports,
    get: (id: string): Incident | undefined => district.state.incidents[id],
    acknowledge: (id: string) => request(AcknowledgeIncidentDocument, { id }),
    start: (id: string) => request(StartIncidentDocument, { id }),
    resolve: (id: string, note: string | null) => request(ResolveIncidentDocument, { id, note }),
    reopen: (id: string, reason: string) => request(ReopenIncidentDocument, { id, reason }),
    addNote: (id: string, text: string) => request(AddIncidentNoteDocument, { id, text, clientRequestId: crypto.randomUUID() }),
    /** Queued in the outbox (sent once, with its clientRequestId, when the network allows). */
    enqueueReport: (input: Omit<ReportIncidentInput, 'clientRequestId'>) => enqueue({ kind: 'reportIncident', variables: { input } }),
  };
});

/**
 * A counter per incident, moved on by each live event of it or of one of its tasks, for as long as the
 * caller lives: what an incident's timeline watches to load itself again.
 */
export function useIncidentVersions(): Readonly<Record<string, number>> {
  const versions = reactive<Record<string, number>>({});
  const off = useDistrict().onEvent((e) => {
    const id = e.incident?.id ?? e.task?.incident.id;
    if (id) versions[id] = (versions[id] ?? 0) + 1;
  });
  onScopeDispose(off);
  return versions;
}

/** An incident's timeline, loaded when the caller is mounted and again whenever its id or `version` changes. */
export function useIncidentTimeline(incidentId: () => string, version: () => number | undefined) {
  const entries = ref<TimelineEntry[]>([]);
  async function load() {
    const r = await request(IncidentTimelineDocument, { incidentId: incidentId() });
    entries.value = timelineEntries(r.incidentTimeline);
  }
  onMounted(load);
  watch(() => [incidentId(), version()], load);
  return { entries };
}
