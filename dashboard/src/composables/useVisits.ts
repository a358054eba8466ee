import { defineStore } from 'pinia';
import { computed } from 'vue';
import {
  BallotBoxVisitsDocument,
  type CancelBallotBoxVisitMutation,
  type RecordBallotBoxVisitMutation,
  type RequestBallotBoxVisitInput,
  type RequestBallotBoxVisitMutation,
  type ScheduleBallotBoxVisitMutation,
  type VisitStatus,
} from '@election-ops/schema';
import { request, type ApiError } from '../api/request';
import { enqueue, onConfirmed, pending, rejected, type OutboxEntry, type Refusal } from '../live/outbox';
import { useDistrict } from '../stores/district';
import { byVisitOrder, putLoadedVisits, putVisit, type BallotBoxVisit } from '../stores/visits-state';

type Move = Extract<OutboxEntry, { kind: 'scheduleBallotBoxVisit' | 'recordBallotBoxVisit' | 'cancelBallotBoxVisit' }>;
type RequestEntry = Extract<OutboxEntry, { kind: 'requestBallotBoxVisit' }>;

export const isVisitMove = (e: OutboxEntry): e is Move =>
  e.kind === 'scheduleBallotBoxVisit' || e.kind === 'recordBallotBoxVisit' || e.kind === 'cancelBallotBoxVisit';
const isRequest = (e: OutboxEntry): e is RequestEntry => e.kind === 'requestBallotBoxVisit';

/** The status a move asks for. */
export const wantedStatus = (m: Move): VisitStatus =>
  m.kind === 'scheduleBallotBoxVisit' ? 'SCHEDULED' : m.kind === 'recordBallotBoxVisit' ? 'VISITED' : 'CANCELLED';

/**
 * A move refused only because it had been applied already (a resend after a lost answer, or the same
 * move from another phone): the visit is where it asked to be. Read as done, not shown as a refusal.
 */
export function alreadyApplied(m: Move, error: ApiError, visit: BallotBoxVisit | undefined): boolean {
  if (error.code !== 'CONFLICT' || !visit) return false;
  switch (m.kind) {
    case 'scheduleBallotBoxVisit':
      return visit.status === 'SCHEDULED' && !!visit.scheduledFor && Date.parse(visit.scheduledFor) === Date.parse(m.variables.at);
    case 'recordBallotBoxVisit':
      return visit.status === 'VISITED' && visit.ballotsCollected === m.variables.ballotsCollected;
    case 'cancelBallotBoxVisit':
      return visit.status === 'CANCELLED';
  }
}

/** A refusal of a visit's move already applied (`alreadyApplied`): nothing to show. */
export const settledRefusal = (r: Refusal, visits: Readonly<Record<string, BallotBoxVisit>>) =>
  isVisitMove(r.entry) && alreadyApplied(r.entry, r.error, visits[r.entry.variables.id]);

/**
 * The auxiliary ballot box's visits (SPEC 8.5): those this user may read (stores/visits-state.ts, loaded
 * beside the snapshot once `follow` is called, kept by the BALLOT_BOX_VISIT_* events), this phone's
 * requests and moves not confirmed yet, the refusals beside the visit (or the area) they concern, and
 * the writes, all through the outbox.
 */
export const useVisits = defineStore('visits', () => {
  const district = useDistrict();
  let following = false;
  const put = (v: BallotBoxVisit) => putVisit(district.state, v);

  // What the server confirmed shows at once, before its event arrives (which brings the same).
  onConfirmed((entry, data) => {
    if (entry.kind === 'requestBallotBoxVisit') put((data as RequestBallotBoxVisitMutation).requestBallotBoxVisit);
    else if (entry.kind === 'scheduleBallotBoxVisit') put((data as ScheduleBallotBoxVisitMutation).scheduleBallotBoxVisit);
    else if (entry.kind === 'recordBallotBoxVisit') put((data as RecordBallotBoxVisitMutation).recordBallotBoxVisit);
    else if (entry.kind === 'cancelBallotBoxVisit') put((data as CancelBallotBoxVisitMutation).cancelBallotBoxVisit);
  });

  const list = computed(() => Object.values(district.state.visits).sort(byVisitOrder));
  const moves = computed(() => pending.value.filter(isVisitMove));
  const refusedMoves = computed(() =>
    rejected.value.filter((r): r is Refusal & { entry: Move } => isVisitMove(r.entry) && !settledRefusal(r, district.state.visits)),
  );

  return {
    /** Pending first, by when they go; then the others, newest first. */
    list,
    ofArea: (areaId: string) => list.value.filter((v) => v.pollingArea.id === areaId),
    ofWard: (wardId: string) => list.value.filter((v) => v.pollingArea.ward.id === wardId),
    /** This phone's requests for an area not confirmed yet, oldest first. */
    pendingRequests: (areaId: string) => pending.value.filter(isRequest).filter((p) => p.variables.input.pollingAreaId === areaId),
    /** The last move of a visit still to be confirmed (what the visit will be once it is). */
    pendingMove: (visitId: string): Move | undefined => moves.value.filter((m) => m.variables.id === visitId).at(-1),
    /** Refused moves of a visit (not those already applied). */
    refusalsOf: (visitId: string) => refusedMoves.value.filter((r) => r.entry.variables.id === visitId),
    /** Refused requests for an area. */
    requestRefusals: (areaId: string) => rejected.value.filter((r) => isRequest(r.entry) && r.entry.variables.input.pollingAreaId === areaId),
    /** Is this refusal one of a visit's (shown beside the visit, not the area)? */
    isVisitRefusal: (r: Refusal) => isRequest(r.entry) || isVisitMove(r.entry),
    /** Load the visits beside the snapshot, and again after each new one (idempotent). */
    follow(): void {
      if (following) return;
      following = true;
      district.alongside(async () => {
        const { ballotBoxVisits } = await request(BallotBoxVisitsDocument, {});
        return (s) => putLoadedVisits(s, ballotBoxVisits);
      });
    },
    enqueueRequest: (input: Omit<RequestBallotBoxVisitInput, 'clientRequestId'>) => enqueue({ kind: 'requestBallotBoxVisit', variables: { input } }),
    enqueueSchedule: (v: BallotBoxVisit, at: string) =>
      enqueue({ kind: 'scheduleBallotBoxVisit', variables: { id: v.id, at }, pollingAreaId: v.pollingArea.id }),
    enqueueRecord: (v: BallotBoxVisit, ballotsCollected: number) =>
      enqueue({ kind: 'recordBallotBoxVisit', variables: { id: v.id, ballotsCollected }, pollingAreaId: v.pollingArea.id }),
    enqueueCancel: (v: BallotBoxVisit, reason: string) =>
      enqueue({ kind: 'cancelBallotBoxVisit', variables: { id: v.id, reason }, pollingAreaId: v.pollingArea.id }),
  };
});
