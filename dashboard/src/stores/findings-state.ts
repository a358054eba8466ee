import type { FindingFieldsFragment, SupervisionTeamsQuery } from '@election-ops/schema';

export type Finding = FindingFieldsFragment;
export type SupervisionTeam = SupervisionTeamsQuery['supervisionTeams'][number];

/**
 * The supervision teams' findings this user may read, by id, and the teams (who follows which ward).
 * Neither is in the snapshot: `useFindings` loads them after it and the FINDING_* events keep them; they
 * are part of the state so that the offline copy keeps them too.
 */
export interface FindingsState {
  findings: Record<string, Finding>;
  teams: SupervisionTeam[];
}

/**
 * A finding as an event or a load brought it. A finding only moves forward (OPEN → ADDRESSED), so an
 * answer that was read before an event already applied never takes it back to OPEN.
 */
export function putFinding(s: FindingsState, finding: Finding): void {
  if (s.findings[finding.id]?.status === 'ADDRESSED' && finding.status === 'OPEN') return;
  s.findings[finding.id] = finding;
}

/** A polling area moved to a new site: the findings at it name the new one. */
export function putFindingSite(s: FindingsState, area: { id: string; name: string }): void {
  for (const f of Object.values(s.findings)) if (f.pollingArea?.id === area.id) s.findings[f.id] = { ...f, pollingArea: { ...f.pollingArea, name: area.name } };
}

/** What `findings` and `supervisionTeams` answered, over what events brought meanwhile. */
export function putLoadedFindings(s: FindingsState, findings: readonly Finding[], teams: SupervisionTeam[]): void {
  for (const f of findings) putFinding(s, f);
  s.teams = teams;
}

/** Newest first (by code as well: two filed in the same second keep the server's order). */
export const newestFindingFirst = (a: Finding, b: Finding) => b.at.localeCompare(a.at) || b.code.localeCompare(a.code);

/** Still waiting for the district to act on it. */
export const isOpenFinding = (f: { status: Finding['status'] }) => f.status === 'OPEN';
