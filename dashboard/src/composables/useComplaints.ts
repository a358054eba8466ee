import { defineStore } from 'pinia';
import { computed, onMounted, ref, watch, type Ref } from 'vue';
import {
  AnswerComplaintDocument,
  AssignComplaintDocument,
  CloseComplaintDocument,
  ComplaintDetailDocument,
  ComplaintEventsDocument,
  ComplaintsDocument,
  ReceiveComplaintDocument,
  TransferComplaintDocument,
  type ReceiveComplaintInput,
  type ReceiveComplaintMutation,
} from '@election-ops/schema';
import { request } from '../api/request';
import { enqueue, onConfirmed, pending, rejected } from '../live/outbox';
import { byUrgencyOf, isAwaitingAnswer, isOverdueComplaint, putComplaint, putLoadedComplaints, type Complaint } from '../stores/complaints-state';
import { useDistrict } from '../stores/district';
import { useSession } from '../stores/session';
import { ComplaintLog, type ComplaintTimelineEntry } from './complaint-log';

/** Who filed a complaint, as the operator's complaint detail reads it. */
export type Complainant = { name: string; contact: string | null };

/**
 * The complaints register (SPEC 8.4): the complaints this user may read (stores/complaints-state.ts,
 * loaded beside the snapshot once `follow` is called, kept by the COMPLAINT_* events), and their writes.
 * The ward desk's intake goes through the outbox; the operator's intake and moves are sent at once and
 * their refusal thrown (an ApiError).
 *
 * Who filed a complaint is never kept here: `complainantOf` hands it to the one component that shows it
 * (the operator's complaint detail), which holds it in its own state.
 */
export const useComplaints = defineStore('complaints', () => {
  const district = useDistrict();
  let following = false;
  const put = (c: Complaint) => putComplaint(district.state, c);

  // An intake the server confirmed shows at once, before its event arrives (which brings the same).
  onConfirmed((entry, data) => entry.kind === 'receiveComplaint' && put((data as ReceiveComplaintMutation).receiveComplaint));

  return {
    list: computed(() => Object.values(district.state.complaints)),
    get: (id: string): Complaint | undefined => district.state.complaints[id],
    /** This phone's intakes not confirmed yet, oldest first, and those the server refused. */
    pendingIntakes: computed(() => pending.value.filter((p) => p.kind === 'receiveComplaint')),
    refusals: computed(() => rejected.value.filter((r) => r.entry.kind === 'receiveComplaint')),
    /** Load the register beside the snapshot, and again after each new one (idempotent). */
    follow(): void {
      if (following) return;
      following = true;
      district.alongside(async () => {
        const { complaints } = await request(ComplaintsDocument, {});
        return (s) => putLoadedComplaints(s, complaints);
      });
    },
    /** The ward desk: queued in the outbox (sent once, with its clientRequestId, when the network allows). */
    enqueueIntake: (input: Omit<ReceiveComplaintInput, 'clientRequestId'>) => enqueue({ kind: 'receiveComplaint', variables: { input } }),
    /** The operator: sent at once; `clientRequestId` is kept by the form across retries. */
    async receive(input: ReceiveComplaintInput): Promise<Complaint> {
      const { receiveComplaint } = await request(ReceiveComplaintDocument, { input });
      put(receiveComplaint);
      return receiveComplaint;
    },
    assign: async (id: string, assignee: string) => put((await request(AssignComplaintDocument, { id, assignee })).assignComplaint),
    answer: async (id: string, answer: string) => put((await request(AnswerComplaintDocument, { id, answer })).answerComplaint),
    close: async (id: string) => put((await request(CloseComplaintDocument, { id })).closeComplaint),
    transfer: async (id: string, to: string, note: string | null) => put((await request(TransferComplaintDocument, { id, to, note })).transferComplaint),
    /** Who filed it (the operator; null for anyone else): for the caller's own state, never the store. */
    async complainantOf(id: string): Promise<Complainant | null> {
      const { complaint } = await request(ComplaintDetailDocument, { id });
      const c = complaint?.complainant;
      return c ? { name: c.name, contact: c.contact } : null;
    },
  };
});

/** A complaint as a list shows it: whether it is overdue by the screen's clock. */
export type ComplaintRow = Complaint & { late: boolean };

/**
 * `list` by urgency (overdue first, then by deadline; the answered, closed and transferred after,
 * newest first), each marked `late` when overdue by `now`. Sorted again when one becomes overdue,
 * not at every tick of the clock.
 */
export function useUrgencyOrder(list: () => readonly Complaint[], now: Readonly<Ref<number>>) {
  const lateIds = computed(() =>
    list()
      .filter((c) => isOverdueComplaint(c, now.value))
      .map((c) => c.id)
      .join(' '),
  );
  return computed<ComplaintRow[]>(() => {
    const late = new Set(lateIds.value.split(' '));
    return list()
      .map((c) => ({ ...c, late: late.has(c.id) }))
      .sort(byUrgencyOf((c) => late.has(c.id)));
  });
}

/** How many wait for an answer, and how many of those are overdue. */
export const awaitingCounts = (rows: readonly ComplaintRow[]) => ({
  open: rows.filter(isAwaitingAnswer).length,
  overdue: rows.filter((r) => r.late).length,
});

let log: { user: string | null; log: ComplaintLog } | null = null;
/** The log of complaint events, for the signed-in user (another user starts from nothing). */
function complaintLog(): ComplaintLog {
  const user = useSession().user?.id ?? null;
  if (log?.user !== user) {
    const read = async (after: number, limit: number) => (await request(ComplaintEventsDocument, { after, limit })).events;
    log = { user, log: new ComplaintLog(read) };
  }
  return log.log;
}

/**
 * A complaint's timeline from the event log, loaded when the caller is mounted and again whenever
 * the complaint changes (each of its events replaces it in the store).
 */
export function useComplaintTimeline(complaintId: () => string) {
  const entries = ref<readonly ComplaintTimelineEntry[]>([]);
  const district = useDistrict();
  async function load() {
    const id = complaintId();
    const l = complaintLog();
    entries.value = l.of(id);
    try {
      await l.catchUp();
    } catch {
      return; // offline: what was read stays, the next change reads again
    }
    if (complaintId() === id) entries.value = [...l.of(id)];
  }
  onMounted(load);
  watch(() => [complaintId(), district.state.complaints[complaintId()]], load);
  return { entries };
}
