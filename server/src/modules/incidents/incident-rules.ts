import { IncidentStatus as S } from './incident.entity.js';

/**
 * The legal moves of an incident (SPEC section 3). Acknowledging is the district's; starting is the
 * operator's or follows from a liaison starting a task; resolving closes it from any open state;
 * reopening sends it back to REPORTED.
 */
export const INCIDENT_TRANSITIONS: Record<S, readonly S[]> = {
  [S.REPORTED]: [S.ACKNOWLEDGED, S.IN_PROGRESS, S.RESOLVED],
  [S.ACKNOWLEDGED]: [S.IN_PROGRESS, S.RESOLVED],
  [S.IN_PROGRESS]: [S.RESOLVED],
  [S.RESOLVED]: [S.REPORTED],
};

export function canMoveIncident(from: S, to: S): boolean {
  return INCIDENT_TRANSITIONS[from].includes(to);
}
