import { ref } from 'vue';
import {
  CancelBallotBoxVisitDocument,
  RecordBallotBoxVisitDocument,
  RequestBallotBoxVisitDocument,
  ScheduleBallotBoxVisitDocument,
  type CancelBallotBoxVisitMutationVariables,
  type RecordBallotBoxVisitMutationVariables,
  type RequestBallotBoxVisitMutationVariables,
  type ScheduleBallotBoxVisitMutationVariables,
  RecordVoterListChangeDocument,
  ReceiveComplaintDocument,
  ReportFindingDocument,
  ReportIncidentDocument,
  ReportTurnoutDocument,
  SetChecklistItemDocument,
  SetPollingAreaStatusDocument,
  type RecordVoterListChangeMutationVariables,
  type ReceiveComplaintMutationVariables,
  type ReportFindingMutationVariables,
  type ReportIncidentMutationVariables,
  type ReportTurnoutMutationVariables,
  type SetChecklistItemMutationVariables,
  type SetPollingAreaStatusMutationVariables,
} from '@election-ops/schema';
import { ApiError, request } from '../api/request';
import { localDb } from './local-db';

/**
 * A write from a phone (the ward desk, a supervision team) that has not been confirmed by the server yet.
 * A complaint's intake holds who filed it (the one copy of a complainant on a phone): like every entry it
 * is deleted from IndexedDB as soon as the server has answered (`send`), and shown nowhere meanwhile.
 */
export type OutboxEntry = (
  | { kind: 'reportIncident'; variables: ReportIncidentMutationVariables }
  | { kind: 'receiveComplaint'; variables: ReceiveComplaintMutationVariables }
  | { kind: 'reportFinding'; variables: ReportFindingMutationVariables }
  | { kind: 'reportTurnout'; variables: ReportTurnoutMutationVariables }
  | { kind: 'setChecklistItem'; variables: SetChecklistItemMutationVariables }
  | { kind: 'setPollingAreaStatus'; variables: SetPollingAreaStatusMutationVariables }
  | { kind: 'recordVoterListChange'; variables: RecordVoterListChangeMutationVariables }
  | { kind: 'requestBallotBoxVisit'; variables: RequestBallotBoxVisitMutationVariables }
  // A visit's moves name the state wanted (a time, the ballots, cancelled), so a resend is harmless: they
  // carry no clientRequestId, and the visit's area (`pollingAreaId`) so the area shows them.
  | { kind: 'scheduleBallotBoxVisit'; variables: ScheduleBallotBoxVisitMutationVariables; pollingAreaId: string }
  | { kind: 'recordBallotBoxVisit'; variables: RecordBallotBoxVisitMutationVariables; pollingAreaId: string }
  | { kind: 'cancelBallotBoxVisit'; variables: CancelBallotBoxVisitMutationVariables; pollingAreaId: string }
) & {
  id: string;
  createdAt: number;
  /** Who queued it: sent only with that user's session (a phone passed on does not send them as another). */
  userId?: string | null;
};
export type NewEntry = OutboxEntry extends infer E ? (E extends OutboxEntry ? Omit<E, 'id' | 'createdAt' | 'userId'> : never) : never;
/** A write the server refused: kept (in memory) beside the area it concerns until dismissed. */
export interface Refusal {
  entry: OutboxEntry;
  error: ApiError;
}

/** Queued and in flight, oldest first. */
export const pending = ref<OutboxEntry[]>([]);
export const rejected = ref<Refusal[]>([]);

const confirmedListeners = new Set<(entry: OutboxEntry, data: unknown) => void>();
let flushing: Promise<void> | null = null;
let again = false;
let lastCreated = 0;
const sent = new Set<string>();
let currentUser: () => string | null = () => null;

/** Wire the signed-in user in once (as `configureRequests`, without a module cycle). */
export function configureOutbox(opts: { user: () => string | null }): void {
  currentUser = opts.user;
}
let retryTimer: ReturnType<typeof setTimeout> | null = null;
let listening = false;

/**
 * The polling area a write concerns (null: an incident or a finding for the whole ward). A complaint is
 * null too: it is shown with the ward's complaints, never on an area's line.
 */
export function areaOf(entry: OutboxEntry): string | null {
  switch (entry.kind) {
    case 'receiveComplaint':
      return null;
    case 'reportIncident':
    case 'reportFinding':
      return entry.variables.input.pollingAreaId ?? null;
    case 'reportTurnout':
    case 'recordVoterListChange':
    case 'requestBallotBoxVisit':
      return entry.variables.input.pollingAreaId;
    case 'scheduleBallotBoxVisit':
    case 'recordBallotBoxVisit':
    case 'cancelBallotBoxVisit':
      return entry.pollingAreaId;
    case 'setChecklistItem':
      return entry.variables.pollingAreaId;
    case 'setPollingAreaStatus':
      return entry.variables.id;
  }
}

/**
 * Queue a write in IndexedDB, then send it. Every write but a visit's move (which names the state it
 * wants: a resend of one already applied is refused as CONFLICT and read as done, see `useVisits`)
 * carries the entry id as its clientRequestId,
 * so a write that reached the server before the network failed is not applied twice when it is sent
 * again: the server answers the resend with the first result. (A status change queued by an older
 * version of this screen, without one, is refused the second time with CONFLICT, already there, which
 * the screen reads as done when the area is in that status: see `useAreaWrites`.)
 */
export async function enqueue(entry: NewEntry): Promise<OutboxEntry> {
  const id = crypto.randomUUID();
  // Strictly increasing, so writes queued within one millisecond keep their order after a reload.
  lastCreated = Math.max(Date.now(), lastCreated + 1);
  const full = { ...entry, id, createdAt: lastCreated, userId: currentUser() } as OutboxEntry;
  if (
    full.kind === 'reportIncident' ||
    full.kind === 'reportTurnout' ||
    full.kind === 'reportFinding' ||
    full.kind === 'recordVoterListChange' ||
    full.kind === 'receiveComplaint' ||
    full.kind === 'requestBallotBoxVisit'
  )
    full.variables.input.clientRequestId = id;
  else if (full.kind === 'setChecklistItem' || full.kind === 'setPollingAreaStatus') full.variables.clientRequestId = id;
  await (await localDb()).put('outbox', full);
  pending.value = [...pending.value, full];
  void flush();
  return full;
}

/**
 * Load what a previous page left unsent by this user and send it; send again whenever the browser is
 * back online. Another user's writes stay in IndexedDB until that user signs in again.
 */
export async function resumeOutbox(): Promise<void> {
  const all = (await (await localDb()).getAll('outbox')) as OutboxEntry[];
  const user = currentUser();
  // `sent`: confirmed while IndexedDB was being read, so not sent again.
  pending.value = all.filter((e) => (!e.userId || e.userId === user) && !sent.has(e.id)).sort((a, b) => a.createdAt - b.createdAt);
  lastCreated = Math.max(lastCreated, ...all.map((e) => e.createdAt));
  if (!listening) window.addEventListener('online', () => void flush());
  listening = true;
  void flush();
}

/** Called with each write the server accepted and what it answered (the screen shows it at once). */
export function onConfirmed(listener: (entry: OutboxEntry, data: unknown) => void): () => void {
  confirmedListeners.add(listener);
  return () => confirmedListeners.delete(listener);
}

export function dismissRefusal(id: string): void {
  rejected.value = rejected.value.filter((r) => r.entry.id !== id);
}

/**
 * Send what is queued. Asked while a flush is under way (the network came back, a write was queued),
 * it runs once more after it, so nothing asked for meanwhile waits for the next retry.
 */
export function flush(): Promise<void> {
  if (flushing) {
    again = true;
    return flushing;
  }
  flushing = (async () => {
    do {
      again = false;
      await send();
    } while (again);
  })().finally(() => (flushing = null));
  return flushing;
}

/** Oldest first, each once per flush, including what is queued meanwhile; stops at the first that may not have arrived. */
async function send(): Promise<void> {
  const tried = new Set<string>();
  for (;;) {
    const entry = pending.value.find((e) => !tried.has(e.id));
    if (!entry) return;
    tried.add(entry.id);
    let data: unknown;
    try {
      data = await sendOne(entry);
    } catch (err) {
      const error = err instanceof ApiError ? err : new ApiError('NETWORK', null, String(err));
      if (error.retriable || error.code === 'UNAUTHENTICATED') {
        scheduleRetry();
        return;
      }
      rejected.value = [...rejected.value.filter((r) => r.entry.id !== entry.id), { entry, error }];
    }
    sent.add(entry.id);
    await (await localDb()).delete('outbox', entry.id);
    pending.value = pending.value.filter((p) => p.id !== entry.id);
    if (data !== undefined) confirmedListeners.forEach((l) => l(entry, data));
  }
}

function sendOne(entry: OutboxEntry): Promise<unknown> {
  switch (entry.kind) {
    case 'reportIncident':
      return request(ReportIncidentDocument, entry.variables);
    case 'reportFinding':
      return request(ReportFindingDocument, entry.variables);
    case 'receiveComplaint':
      return request(ReceiveComplaintDocument, entry.variables);
    case 'reportTurnout':
      return request(ReportTurnoutDocument, entry.variables);
    case 'setChecklistItem':
      return request(SetChecklistItemDocument, entry.variables);
    case 'setPollingAreaStatus':
      return request(SetPollingAreaStatusDocument, entry.variables);
    case 'recordVoterListChange':
      return request(RecordVoterListChangeDocument, entry.variables);
    case 'requestBallotBoxVisit':
      return request(RequestBallotBoxVisitDocument, entry.variables);
    case 'scheduleBallotBoxVisit':
      return request(ScheduleBallotBoxVisitDocument, entry.variables);
    case 'recordBallotBoxVisit':
      return request(RecordBallotBoxVisitDocument, entry.variables);
    case 'cancelBallotBoxVisit':
      return request(CancelBallotBoxVisitDocument, entry.variables);
  }
}

function scheduleRetry(): void {
  if (retryTimer) return;
  retryTimer = setTimeout(() => {
    retryTimer = null;
    void flush();
  }, 3000);
}
