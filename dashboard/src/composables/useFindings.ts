import { defineStore } from 'pinia';
import { computed } from 'vue';
import {
  AddressFindingDocument,
  EscalateFindingDocument,
  FindingsDocument,
  SupervisionTeamsDocument,
  type IncidentCategory,
  type ReportFindingInput,
  type ReportFindingMutation,
  type Severity,
} from '@election-ops/schema';
import { request } from '../api/request';
import { enqueue, onConfirmed, pending, rejected } from '../live/outbox';
import { useDistrict } from '../stores/district';
import { isOpenFinding, newestFindingFirst, putFinding, putLoadedFindings, type Finding } from '../stores/findings-state';
import { putIncident } from '../stores/incidents-state';
import { useSession } from '../stores/session';

/**
 * Supervision findings (SPEC 8.1): the ones this user may read and the teams (stores/findings-state.ts,
 * loaded beside the snapshot once `follow` is called, kept by the FINDING_* events), and their writes.
 * A supervisor's report goes through the outbox like the ward desk's, so it survives a bad network;
 * the operator's address and escalate are sent at once and their refusal thrown (an ApiError).
 */
export const useFindings = defineStore('findings', () => {
  const district = useDistrict();
  const session = useSession();
  /** Newest first. */
  const list = computed(() => Object.values(district.state.findings).sort(newestFindingFirst));
  let following = false;

  // A report the server confirmed shows at once, before its event arrives (which brings the same).
  onConfirmed((entry, data) => entry.kind === 'reportFinding' && putFinding(district.state, (data as ReportFindingMutation).reportFinding));

  return {
    list,
    /** Issues nobody has acted on yet: what the ops room counts as needing someone. */
    openIssues: computed(() => list.value.filter((f) => f.kind === 'ISSUE' && isOpenFinding(f))),
    /** This phone's reports not confirmed yet, oldest first, and those the server refused. */
    pendingReports: computed(() => pending.value.filter((p) => p.kind === 'reportFinding')),
    refusals: computed(() => rejected.value.filter((r) => r.entry.kind === 'reportFinding')),
    /** The signed-in supervisor's team (null before the teams are loaded, or for another role). */
    myTeam: computed(() => district.state.teams.find((t) => t.id === session.user?.teamId) ?? null),
    ofTeam: (teamId: string): Finding[] => list.value.filter((f) => f.team.id === teamId),
    get: (id: string): Finding | undefined => district.state.findings[id],
    /** Load the findings and the teams beside the snapshot, and again after each new one (idempotent). */
    follow(): void {
      if (following) return;
      following = true;
      district.alongside(async () => {
        const [f, t] = await Promise.all([request(FindingsDocument, {}), request(SupervisionTeamsDocument, {})]);
        return (s) => putLoadedFindings(s, f.findings, t.supervisionTeams);
      });
    },
    /** Queued in the outbox (sent once, with its clientRequestId, when the network allows). */
    enqueueReport: (input: Omit<ReportFindingInput, 'clientRequestId'>) => enqueue({ kind: 'reportFinding', variables: { input } }),
    /** The operator acts on it, saying how. */
    async address(id: string, note: string): Promise<void> {
      const { addressFinding } = await request(AddressFindingDocument, { id, note });
      putFinding(district.state, addressFinding);
    },
    /** The operator turns it into an incident (dispatched from the board like any other); resolves to the incident. */
    async escalate(id: string, category: IncidentCategory, severity: Severity) {
      const { escalateFinding: incident } = await request(EscalateFindingDocument, { id, category, severity });
      putIncident(district.state, incident);
      // The server's answer is the incident; the finding, addressed by it, is shown so before its event arrives.
      const f = district.state.findings[id];
      if (f)
        putFinding(district.state, {
          ...f,
          status: 'ADDRESSED',
          addressedNote: incident.code,
          incident: { id: incident.id, code: incident.code, status: incident.status },
        });
      return incident;
    },
  };
});
