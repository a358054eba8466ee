import { defineStore } from 'pinia';
import { computed, onScopeDispose } from 'vue';
import {
  AcknowledgeTaskDocument,
  CompleteTaskDocument,
  DeclineTaskDocument,
  DispatchTaskDocument,
  StartTaskDocument,
  type AgencyCode,
} from '@election-ops/schema';
import { request } from '../api/request';
import { useDistrict } from '../stores/district';
import { soonestDue, type Task } from '../stores/tasks-state';
import { inboxOrder } from './inbox-order';

/**
 * Tasks: the ones this user may read (a liaison: its agency's; from the live district,
 * stores/tasks-state.ts), and their moves. Each is sent at once; a refusal is thrown (an ApiError).
 */
export const useTasks = defineStore('tasks', () => {
  const district = useDistrict();
  /** By acknowledgement deadline, the soonest first. */
  const list = computed(() => Object.values(district.state.tasks).sort(soonestDue));
  /** In the order a liaison must act (see `inboxOrder`). */
  const inbox = computed(() => inboxOrder(list.value));

  return {
    list,
    inbox,
    ofIncident: (incidentId: string): Task[] => list.value.filter((t) => t.incident.id === incidentId),
    /** The operator sends an agency to an incident. */
    dispatch: (incidentId: string, agency: AgencyCode) => request(DispatchTaskDocument, { input: { incidentId, agency } }),
    acknowledge: (id: string) => request(AcknowledgeTaskDocument, { id }),
    start: (id: string) => request(StartTaskDocument, { id }),
    complete: (id: string, note: string | null) => request(CompleteTaskDocument, { id, note }),
    decline: (id: string, reason: string) => request(DeclineTaskDocument, { id, reason }),
  };
});

/** Called with each task dispatched to this user while the caller lives (the inbox's chime). */
export function onTaskDispatched(listener: (task: Task) => void): void {
  const off = useDistrict().onEvent((e) => e.type === 'TASK_DISPATCHED' && listener(e.task));
  onScopeDispose(off);
}
