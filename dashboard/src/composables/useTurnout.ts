import { defineStore } from 'pinia';
import { computed } from 'vue';
import { FlaggedTurnoutReportsDocument, ReportTurnoutDocument, VerifyTurnoutDocument } from '@election-ops/schema';
import { request } from '../api/request';
import { enqueue } from '../live/outbox';
import { useDistrict } from '../stores/district';
import { flaggedFromList, putFlagged, putVerified, type FlaggedReport } from '../stores/turnout-state';

const newestFirst = (a: FlaggedReport, b: FlaggedReport) => b.at.localeCompare(a.at);

/**
 * Turnout: the district's summary and curve (the server's, asked for again while reports arrive),
 * the readiness summary that comes with it, the areas late with a report (stores/turnout-state.ts),
 * the flagged figures still to be checked (loaded beside the snapshot once `followFlagged` is called,
 * kept by TURNOUT_REPORTED and TURNOUT_VERIFIED), and the reports. The ward desk's go through the
 * outbox; the operator's reports and verifications are sent at once and their refusal thrown (an ApiError).
 */
export const useTurnout = defineStore('turnout', () => {
  const district = useDistrict();
  let following = false;
  /** Flagged and not verified, newest first. */
  const flagged = computed(() =>
    Object.values(district.state.flagged)
      .filter((r) => !r.verified)
      .sort(newestFirst),
  );
  return {
    summary: computed(() => district.state.turnout),
    readiness: computed(() => district.readiness),
    flagged,
    /** The checkpoint an area is late for, if it is. */
    lateOf: (areaId: string): string | null => district.state.late[areaId]?.checkpoint ?? null,
    /** Load the flagged figures beside the snapshot, and again after each new one (idempotent). */
    followFlagged(): void {
      if (following) return;
      following = true;
      district.alongside(async () => {
        const { flaggedTurnoutReports } = await request(FlaggedTurnoutReportsDocument, {});
        return (s) => flaggedTurnoutReports.forEach((r) => putFlagged(s, flaggedFromList(r)));
      });
    },
    /** A figure, or a correction (below the last, with its reason), queued in the outbox. */
    enqueueReport: (pollingAreaId: string, voted: number, correctionReason: string | null) =>
      enqueue({ kind: 'reportTurnout', variables: { input: { pollingAreaId, voted, correctionReason } } }),
    /** The same, sent at once. */
    report: (pollingAreaId: string, voted: number, correctionReason: string | null) =>
      request(ReportTurnoutDocument, { input: { pollingAreaId, voted, correctionReason, clientRequestId: crypto.randomUUID() } }),
    /** The operator confirms a flagged figure after checking it; shown at once, before its event. */
    async verify(id: string, note: string | null): Promise<void> {
      const { verifyTurnout } = await request(VerifyTurnoutDocument, { id, note });
      putVerified(district.state, flaggedFromList(verifyTurnout));
    },
    refresh: () => district.refreshTurnout(),
  };
});
