import { openDB, type IDBPDatabase } from 'idb';
import { ref } from 'vue';
import {
  ReportIncidentDocument, ReportTurnoutDocument, SetChecklistItemDocument,
  type ReportIncidentMutationVariables, type ReportTurnoutMutationVariables, type SetChecklistItemMutationVariables,
} from '@election-ops/schema';
import { ApiError, request } from '../api/request';

/** A write from the ward desk that has not been confirmed by the server yet. */
export type OutboxEntry =
  | { id: string; kind: 'reportIncident'; variables: ReportIncidentMutationVariables; createdAt: number }
  | { id: string; kind: 'reportTurnout'; variables: ReportTurnoutMutationVariables; createdAt: number }
  | { id: string; kind: 'setChecklistItem'; variables: SetChecklistItemMutationVariables; createdAt: number };
type NewEntry = OutboxEntry extends infer E ? (E extends OutboxEntry ? Omit<E, 'id' | 'createdAt'> : never) : never;

export const pending = ref<OutboxEntry[]>([]);
export const rejected = ref<{ entry: OutboxEntry; error: ApiError }[]>([]);

let dbPromise: Promise<IDBPDatabase> | null = null;
const db = () => (dbPromise ??= openDB('election-ops', 1, { upgrade: (d) => d.createObjectStore('outbox', { keyPath: 'id' }) }));
let flushing: Promise<void> | null = null;
let retryTimer: ReturnType<typeof setTimeout> | null = null;

/**
 * Queue a write in IndexedDB, then send it. Incidents and turnout carry the entry id as their
 * clientRequestId, so a write that reached the server before the network failed is not applied twice
 * when it is sent again; ticking a checklist item is the same state however often it is sent.
 */
export async function enqueue(entry: NewEntry): Promise<void> {
  const id = crypto.randomUUID();
  const full = { ...entry, id, createdAt: Date.now() } as OutboxEntry;
  if (full.kind !== 'setChecklistItem') full.variables.input.clientRequestId = id;
  await (await db()).put('outbox', full);
  pending.value = [...pending.value, full];
  void flush();
}

/** Load what a previous page left unsent and send it. */
export async function resumeOutbox(): Promise<void> {
  const all = (await (await db()).getAll('outbox')) as OutboxEntry[];
  pending.value = all.sort((a, b) => a.createdAt - b.createdAt);
  window.addEventListener('online', () => void flush());
  void flush();
}

export function flush(): Promise<void> {
  flushing ??= send().finally(() => (flushing = null));
  return flushing;
}

async function send(): Promise<void> {
  for (const entry of [...pending.value]) {
    try {
      await sendOne(entry);
    } catch (err) {
      const error = err instanceof ApiError ? err : new ApiError('NETWORK', null, String(err));
      if (error.retriable || error.code === 'UNAUTHENTICATED') {
        scheduleRetry();
        return;
      }
      rejected.value = [...rejected.value, { entry, error }];
    }
    await (await db()).delete('outbox', entry.id);
    pending.value = pending.value.filter((p) => p.id !== entry.id);
  }
}

function sendOne(entry: OutboxEntry): Promise<unknown> {
  switch (entry.kind) {
    case 'reportIncident':
      return request(ReportIncidentDocument, entry.variables);
    case 'reportTurnout':
      return request(ReportTurnoutDocument, entry.variables);
    case 'setChecklistItem':
      return request(SetChecklistItemDocument, entry.variables);
  }
}

function scheduleRetry(): void {
  if (retryTimer) return;
  retryTimer = setTimeout(() => {
    retryTimer = null;
    void flush();
  }, 3000);
}
