import { Lifecycle } from '../../lifecycle.js';
import { TaskStatus } from '../tasks/task.entity.js';
import { IncidentStatus as S } from './incident.entity.js';

/**
 * The legal moves of an incident (SPEC section 3). Acknowledging is the district's; starting is the
 * operator's or follows from a liaison starting a task; resolving closes it from any open state;
 * reopening sends it back to REPORTED.
 */
export const INCIDENT_LIFECYCLE = new Lifecycle<S>('incident', {
  [S.REPORTED]: [S.ACKNOWLEDGED, S.IN_PROGRESS, S.RESOLVED],
  [S.ACKNOWLEDGED]: [S.IN_PROGRESS, S.RESOLVED],
  [S.IN_PROGRESS]: [S.RESOLVED],
  [S.RESOLVED]: [S.REPORTED],
});

export const canMoveIncident = (from: S, to: S): boolean => INCIDENT_LIFECYCLE.can(from, to);

/**
 * Where a task's move takes its incident: a liaison starting work puts the incident in progress (if it
 * may still go there); nothing else a task does moves the incident.
 */
export function incidentAfterTask(incident: S, task: TaskStatus): S | null {
  return task === TaskStatus.IN_PROGRESS && INCIDENT_LIFECYCLE.can(incident, S.IN_PROGRESS) ? S.IN_PROGRESS : null;
}

/** Every ward an incident affects (rows written before SPEC 8.6 have only `wardId`). */
export const incidentWards = (i: { wardId: number; wardIds?: number[] | null }): number[] => (i.wardIds?.length ? i.wardIds : [i.wardId]);
