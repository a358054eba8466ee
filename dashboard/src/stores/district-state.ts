import type { AreaFieldsFragment, EventsSubscription, IncidentFieldsFragment, SnapshotQuery, TaskFieldsFragment } from '@election-ops/schema';

type Snapshot = SnapshotQuery['snapshot'];
export type LiveEvent = EventsSubscription['events'];
/**
 * `statusChangedAt` is the server's when the documents carry it, else the time of the status event
 * this screen saw (unknown for a status older than the snapshot).
 */
export type Area = AreaFieldsFragment & { checklist?: { item: string; done: boolean }[]; statusChangedAt?: string | null };
export type Incident = IncidentFieldsFragment;
export type Task = TaskFieldsFragment;
/**
 * Task statuses still waiting on someone. Anything else — DONE, DECLINED, CANCELLED (its incident was
 * resolved while it was open), or a status this build does not know yet — is an end state.
 */
export const ACTIVE_TASK_STATUSES: ReadonlySet<string> = new Set(['OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS']);
export const isActiveTask = (t: { status: string }) => ACTIVE_TASK_STATUSES.has(t.status);

export interface LateArea {
  checkpoint: string;
  areaId: string;
  code: string;
  name: string;
  wardId: string;
}

/** Everything the screens show, keyed by id so an event (or a replayed one) applies idempotently. */
export interface DistrictState {
  seq: number;
  election: Snapshot['election'] | null;
  wards: Snapshot['wards'];
  areas: Record<string, Area>;
  incidents: Record<string, Incident>;
  tasks: Record<string, Task>;
  late: Record<string, LateArea>;
  turnout: Snapshot['turnout'] | null;
  /** When the newest data arrived (local time, ms). */
  asOf: number;
  /** Set when a turnout report arrived, so the summary and curve are refreshed. */
  turnoutStale: boolean;
}

export function emptyState(): DistrictState {
  return { seq: 0, election: null, wards: [], areas: {}, incidents: {}, tasks: {}, late: {}, turnout: null, asOf: 0, turnoutStale: false };
}

const byId = <T extends { id: string }>(list: T[]) => Object.fromEntries(list.map((x) => [x.id, x]));

export function fromSnapshot(s: Snapshot, now = Date.now()): DistrictState {
  return {
    seq: s.seq,
    election: s.election,
    wards: s.wards,
    areas: byId(s.pollingAreas),
    incidents: byId(s.incidents),
    tasks: byId(s.tasks),
    late: Object.fromEntries(
      s.lateAreas.map((l) => [l.pollingArea.id, { checkpoint: l.checkpoint, areaId: l.pollingArea.id, code: l.pollingArea.code, name: l.pollingArea.name, wardId: l.pollingArea.wardId.id }]),
    ),
    turnout: s.turnout,
    asOf: now,
    turnoutStale: false,
  };
}

/**
 * Apply one event from the log. Events at or below the state's seq are ignored, so a replay after a
 * reconnect never applies anything twice.
 */
export function applyEvent(state: DistrictState, e: LiveEvent, now = Date.now()): boolean {
  if (e.seq <= state.seq) return false;
  state.seq = e.seq;
  state.asOf = now;
  if (e.incident) state.incidents[e.incident.id] = { ...state.incidents[e.incident.id], ...e.incident };
  if (e.task) {
    state.tasks[e.task.id] = { ...state.tasks[e.task.id], ...e.task };
    state.incidents[e.task.incident.id] = { ...state.incidents[e.task.incident.id], ...e.task.incident };
  }
  if (e.pollingArea) {
    const previous = state.areas[e.pollingArea.id];
    let area: Area = { ...previous, ...e.pollingArea };
    if (e.type === 'POLLING_AREA_STATUS_CHANGED') area.statusChangedAt = (e.pollingArea as Area).statusChangedAt ?? e.at;
    if (e.type === 'CHECKLIST_ITEM_SET' && e.checklistItem && e.checklistDone != null) area = withChecklistItem(area, e.checklistItem, e.checklistDone);
    if (previous || e.type !== 'POLLING_AREA_LATE') state.areas[e.pollingArea.id] = area;
  }
  if (e.type === 'TURNOUT_REPORTED' && e.pollingArea) {
    delete state.late[e.pollingArea.id];
    state.turnoutStale = true;
  }
  if (e.type === 'POLLING_AREA_LATE' && e.pollingArea && e.checkpoint) {
    const area = e.pollingArea;
    state.late[area.id] = { checkpoint: e.checkpoint, areaId: area.id, code: area.code, name: area.name, wardId: area.wardId.id };
  }
  return true;
}

/** The area with one checklist item ticked or not: a new object, as every change to the state is. */
export function withChecklistItem(area: Area, item: string, done: boolean): Area {
  return area.checklist ? { ...area, checklist: area.checklist.map((c) => (c.item === item ? { ...c, done } : c)) } : area;
}

/**
 * Keep at most `keep` finished incidents and tasks (the most recent): a wall screen that runs all day
 * holds what is open plus a bounded tail, so its memory does not grow with the day.
 */
export function pruneFinished(state: DistrictState, keep: number): void {
  const finishedIncidents = Object.values(state.incidents)
    .filter((i) => i.status === 'RESOLVED')
    .sort((a, b) => (b.resolvedAt ?? '').localeCompare(a.resolvedAt ?? ''));
  for (const i of finishedIncidents.slice(keep)) delete state.incidents[i.id];
  const finishedTasks = Object.values(state.tasks)
    .filter((t) => !isActiveTask(t))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  for (const t of finishedTasks.slice(keep)) delete state.tasks[t.id];
}
