import { defineStore } from 'pinia';
import { computed } from 'vue';
import { ReportTurnoutDocument } from '@election-ops/schema';
import { request } from '../api/request';
import { enqueue } from '../live/outbox';
import { useDistrict } from '../stores/district';

/**
 * Turnout: the district's summary and curve (the server's, asked for again while reports arrive),
 * the readiness summary that comes with it, the areas late with a report (stores/turnout-state.ts),
 * and the reports. The ward desk's go through the outbox; the operator's are sent at once and their
 * refusal thrown (an ApiError).
 */
export const useTurnout = defineStore('turnout', () => {
  const district = useDistrict();
  return {
    summary: computed(() => district.state.turnout),
    readiness: computed(() => district.readiness),
    /** The checkpoint an area is late for, if it is. */
    lateOf: (areaId: string): string | null => district.state.late[areaId]?.checkpoint ?? null,
    /** A figure, or a correction (below the last, with its reason), queued in the outbox. */
    enqueueReport: (pollingAreaId: string, voted: number, correctionReason: string | null) =>
      enqueue({ kind: 'reportTurnout', variables: { input: { pollingAreaId, voted, correctionReason } } }),
    /** The same, sent at once. */
    report: (pollingAreaId: string, voted: number, correctionReason: string | null) =>
      request(ReportTurnoutDocument, { input: { pollingAreaId, voted, correctionReason, clientRequestId: crypto.randomUUID() } }),
    refresh: () => district.refreshTurnout(),
  };
});
