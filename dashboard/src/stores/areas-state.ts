import type { AreaFieldsFragment, ChecklistItem, SnapshotQuery } from '@election-ops/schema';
import { byId } from './by-id';

/**
 * A polling area with its readiness checklist (from the snapshot; events bring the area without it).
 * `statusChangedAt` is the server's when the documents carry it, else the time of the status event
 * this screen saw (unknown for a status older than the snapshot).
 */
export type Area = AreaFieldsFragment & { checklist?: { item: ChecklistItem; done: boolean }[]; statusChangedAt?: string | null };

/** The polling areas this user may read, by id: status, latest turnout, checklist. */
export interface AreasState {
  areas: Record<string, Area>;
}

export const areasFrom = (list: SnapshotQuery['snapshot']['pollingAreas']): AreasState => ({ areas: byId(list) });

/** An area as an event brought it, over what was known of it (its checklist stays). */
export function putArea(s: AreasState, area: AreaFieldsFragment): void {
  s.areas[area.id] = { ...s.areas[area.id], ...area };
}

/** The same, only for an area this screen already has (a late mark may concern one it does not show). */
export function putKnownArea(s: AreasState, area: AreaFieldsFragment): void {
  if (s.areas[area.id]) putArea(s, area);
}

/** A status change, remembering when (`at`, the event's time) unless the server says. */
export function putStatusChange(s: AreasState, area: AreaFieldsFragment, at: string): void {
  s.areas[area.id] = { ...s.areas[area.id], ...area, statusChangedAt: (area as Area).statusChangedAt ?? at };
}

/** A checklist item ticked or not, with the area as it is after it. */
export function putChecklistItem(s: AreasState, area: AreaFieldsFragment, item: ChecklistItem, done: boolean): void {
  s.areas[area.id] = withChecklistItem({ ...s.areas[area.id], ...area }, item, done);
}

/** A checklist tick the server confirmed, shown before its event arrives. */
export function markChecklistItem(s: AreasState, areaId: string, item: ChecklistItem, done: boolean): void {
  const area = s.areas[areaId];
  if (area) s.areas[areaId] = withChecklistItem(area, item, done);
}

/** What the server answered to one of this user's writes, shown before its event arrives. */
export function patchArea(s: AreasState, areaId: string, fields: Partial<Area>): void {
  const area = s.areas[areaId];
  if (area) s.areas[areaId] = { ...area, ...fields };
}

/** The area with one checklist item ticked or not: a new object, as every change to the state is. */
export function withChecklistItem(area: Area, item: ChecklistItem, done: boolean): Area {
  return area.checklist ? { ...area, checklist: area.checklist.map((c) => (c.item === item ? { ...c, done } : c)) } : area;
}

export const byCode = (a: Area, b: Area) => a.code.localeCompare(b.code);
export const byNumber = (a: Area, b: Area) => a.number - b.number;
