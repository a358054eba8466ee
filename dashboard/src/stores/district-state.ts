import type { SnapshotQuery } from '@election-ops/schema';
import { assertNever, type LiveEvent, type Received } from '../live/events';
import { areasFrom, putArea, putChecklistItem, putKnownArea, putStatusChange, type AreasState } from './areas-state';
import { putComplaint, type ComplaintsState } from './complaints-state';
import { putVisit, type VisitsState } from './visits-state';
import { putFinding, putFindingSite, type FindingsState } from './findings-state';
import { incidentsFrom, pruneIncidents, putIncident, putIncidentSite, type IncidentsState } from './incidents-state';
import { putSituationReport, type ReportsState } from './reports-state';
import { pruneTasks, putTask, putTaskSite, tasksFrom, type TasksState } from './tasks-state';
import {
  flaggedFromEvent,
  markReadinessStale,
  markRegisteredStale,
  putFlagged,
  putLate,
  putLateSite,
  putReport,
  putVerified,
  turnoutFrom,
  type TurnoutState,
} from './turnout-state';

type Snapshot = SnapshotQuery['snapshot'];

/** Where this screen is in the log: the last seq applied, and when the newest data arrived. */
export interface Cursor {
  seq: number;
  /** When the newest data arrived (local time, ms). */
  asOf: number;
}

/** The election and its wards: what every screen frames its data with. */
export interface Frame {
  election: Snapshot['election'] | null;
  wards: Snapshot['wards'];
}

/**
 * Everything the screens show: the cursor, the frame, and each domain's records keyed by id (its own
 * module: incidents-state, tasks-state, areas-state, turnout-state, findings-state, reports-state,
 * complaints-state, visits-state), so an event, or a replayed one, applies idempotently.
 */
export type DistrictState = Cursor &
  Frame &
  IncidentsState &
  TasksState &
  AreasState &
  TurnoutState &
  FindingsState &
  ReportsState &
  ComplaintsState &
  VisitsState;

export function emptyState(): DistrictState {
  return {
    seq: 0,
    asOf: 0,
    election: null,
    wards: [],
    incidents: {},
    tasks: {},
    areas: {},
    late: {},
    flagged: {},
    turnout: null,
    turnoutStale: false,
    findings: {},
    teams: [],
    complaints: {},
    visits: {},
    reports: {},
    reportsListed: false,
  };
}

export function fromSnapshot(s: Snapshot, now = Date.now()): DistrictState {
  return {
    seq: s.seq,
    asOf: now,
    election: s.election,
    wards: s.wards,
    ...incidentsFrom(s.incidents),
    ...tasksFrom(s.tasks),
    ...areasFrom(s.pollingAreas),
    ...turnoutFrom(s),
    // Not in the snapshot: loaded after it (useFindings, useTurnout's flagged figures, useReports).
    findings: {},
    teams: [],
    complaints: {},
    visits: {},
    reports: {},
    reportsListed: false,
  };
}

/**
 * Apply one event from the log. Events at or below the state's seq are ignored (false), so a replay
 * after a reconnect never applies anything twice; one this build cannot read only moves the seq on.
 */
export function applyEvent(state: DistrictState, e: Received, now = Date.now()): boolean {
  if (e.seq <= state.seq) return false;
  state.seq = e.seq;
  state.asOf = now;
  if (e.type !== null) dispatch(state, e);
  return true;
}

/** Each type to the domains it concerns. A type added to the topic map and handled nowhere fails to compile. */
function dispatch(s: DistrictState, e: LiveEvent): void {
  switch (e.type) {
    case 'INCIDENT_REPORTED':
    case 'INCIDENT_ACKNOWLEDGED':
    case 'INCIDENT_IN_PROGRESS':
    case 'INCIDENT_RESOLVED':
    case 'INCIDENT_REOPENED':
    case 'INCIDENT_NOTE_ADDED':
      return putIncident(s, e.incident);
    case 'TASK_DISPATCHED':
    case 'TASK_ACKNOWLEDGED':
    case 'TASK_STARTED':
    case 'TASK_DONE':
    case 'TASK_DECLINED':
    case 'TASK_CANCELLED':
      putIncident(s, e.incident);
      putTask(s, e.task);
      // The task's incident is read when the event is delivered: it may be newer than the event's.
      return putIncident(s, e.task.incident);
    case 'TASK_OVERDUE':
      putTask(s, e.task);
      return putIncident(s, e.task.incident);
    case 'TURNOUT_REPORTED':
      putArea(s, e.pollingArea);
      putFlagged(s, flaggedFromEvent(e.turnoutReport, e.pollingArea));
      return putReport(s, e.pollingArea.id);
    case 'TURNOUT_VERIFIED':
      // The area carries its latest figure, verified if it was this one.
      putKnownArea(s, e.pollingArea);
      return putVerified(s, flaggedFromEvent(e.turnoutReport, e.pollingArea));
    case 'POLLING_AREA_STATUS_CHANGED':
      return putStatusChange(s, e.pollingArea, e.at);
    case 'CHECKLIST_ITEM_SET':
      putChecklistItem(s, e.pollingArea, e.checklistItem, e.checklistDone);
      return markReadinessStale(s);
    case 'POLLING_AREA_LATE':
      putKnownArea(s, e.pollingArea);
      return putLate(s, e.pollingArea, e.checkpoint);
    case 'FINDING_REPORTED':
    case 'FINDING_ADDRESSED':
      return putFinding(s, e.finding);
    case 'FINDING_ESCALATED':
      putIncident(s, e.incident);
      return putFinding(s, e.finding);
    case 'VOTER_LIST_CHANGED':
      // The area carries its new registered voters (a ward's totals add them up here); the district's sums are the server's.
      putArea(s, e.pollingArea);
      return markRegisteredStale(s);
    case 'POLLING_AREA_RELOCATED':
      // The area at its new site, and everything that names it: incidents, tasks (a liaison's crew), findings, late marks.
      putKnownArea(s, e.pollingArea);
      putIncidentSite(s, e.pollingArea);
      putTaskSite(s, e.pollingArea);
      putFindingSite(s, e.pollingArea);
      return putLateSite(s, e.pollingArea);
    // Without its figures: the reports screen loads them (useReports).
    case 'SITUATION_REPORT_COMPILED':
    case 'SITUATION_REPORT_SENT':
      return putSituationReport(s, e.situationReport);
    case 'COMPLAINT_RECEIVED':
    case 'COMPLAINT_ASSIGNED':
    case 'COMPLAINT_ANSWERED':
    case 'COMPLAINT_CLOSED':
    case 'COMPLAINT_TRANSFERRED':
    case 'COMPLAINT_OVERDUE':
      return putComplaint(s, e.complaint);
    case 'BALLOT_BOX_VISIT_REQUESTED':
    case 'BALLOT_BOX_VISIT_SCHEDULED':
    case 'BALLOT_BOX_VISIT_RECORDED':
    case 'BALLOT_BOX_VISIT_CANCELLED':
      return putVisit(s, e.ballotBoxVisit);
    default:
      return assertNever(e);
  }
}

/**
 * Keep at most `keep` finished incidents and tasks (the most recent): a wall screen that runs all day
 * holds what is open plus a bounded tail, so its memory does not grow with the day.
 */
export function pruneFinished(state: DistrictState, keep: number): void {
  pruneIncidents(state, keep);
  pruneTasks(state, keep);
}
