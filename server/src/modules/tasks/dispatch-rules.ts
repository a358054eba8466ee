import { AgencyCode } from '../agencies/agency.entity.js';
import { IncidentCategory as C, Severity } from '../incidents/incident.entity.js';

/** Who gets a task by default when an incident of a category is reported; others wait for the operator. */
export const DEFAULT_DISPATCH: Record<C, readonly AgencyCode[]> = {
  [C.POWER_OUTAGE]: [AgencyCode.POWER],
  [C.STORM]: [AgencyCode.POWER, AgencyCode.SANITATION],
  [C.FLOOD]: [AgencyCode.POWER, AgencyCode.SANITATION],
  [C.FIRE]: [AgencyCode.FIRE, AgencyCode.POWER],
  [C.SANITATION]: [AgencyCode.SANITATION],
  [C.SECURITY]: [AgencyCode.POLICE],
  [C.MEDICAL]: [AgencyCode.HEALTH],
  [C.MATERIALS]: [],
  [C.COMPLAINT]: [],
  [C.OTHER]: [],
};

/** Minutes an agency has to acknowledge a task, by the incident's severity. */
export const ACK_MINUTES: Record<Severity, number> = {
  [Severity.CRITICAL]: 2,
  [Severity.HIGH]: 5,
  [Severity.MEDIUM]: 15,
  [Severity.LOW]: 30,
};

export function ackDueAt(severity: Severity, from: Date): Date {
  return new Date(from.getTime() + ACK_MINUTES[severity] * 60_000);
}
