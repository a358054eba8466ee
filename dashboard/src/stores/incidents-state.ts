import type { IncidentFieldsFragment } from '@election-ops/schema';
import { isOpenIncident } from '../domain/statuses';
import { byId } from './by-id';

export type Incident = IncidentFieldsFragment;

/** The incidents this user may read, by id. */
export interface IncidentsState {
  incidents: Record<string, Incident>;
}

export const incidentsFrom = (list: readonly Incident[]): IncidentsState => ({ incidents: byId(list) });

/** An incident as an event brought it, over what was known of it: a new object, as every change to the state is. */
export function putIncident(s: IncidentsState, incident: Incident): void {
  s.incidents[incident.id] = { ...s.incidents[incident.id], ...incident };
}

/** A polling area moved to a new site: the incidents at it name the new one. */
export function putIncidentSite(s: IncidentsState, area: SiteOf): void {
  for (const i of Object.values(s.incidents)) if (i.pollingArea?.id === area.id) s.incidents[i.id] = withSite(i, area);
}

/** An area's id and its site as it is now. */
export type SiteOf = { id: string; name: string; address: string };

/** The incident with its area at the area's new site (a new object, as every change to the state is). */
export const withSite = <I extends Pick<Incident, 'pollingArea'>>(i: I, area: SiteOf): I =>
  i.pollingArea?.id === area.id ? { ...i, pollingArea: { ...i.pollingArea, name: area.name, address: area.address } } : i;

/** Keep at most `keep` resolved incidents, the most recently resolved. */
export function pruneIncidents(s: IncidentsState, keep: number): void {
  const finished = Object.values(s.incidents)
    .filter((i) => !isOpenIncident(i))
    .sort((a, b) => (b.resolvedAt ?? '').localeCompare(a.resolvedAt ?? ''));
  for (const i of finished.slice(keep)) delete s.incidents[i.id];
}

/** Newest first. */
export const newestFirst = (a: Incident, b: Incident) => b.reportedAt.localeCompare(a.reportedAt);

/** Does it affect this ward? An incident may span several (a feeder's outage, SPEC 8.6). */
export const affectsWard = (i: Pick<Incident, 'ward' | 'wards'>, wardId: string) => i.ward.id === wardId || (i.wards ?? []).some((w) => w.id === wardId);

/** Does it affect this polling area? */
export const affectsArea = (i: Pick<Incident, 'pollingArea' | 'pollingAreas'>, areaId: string) =>
  i.pollingArea?.id === areaId || (i.pollingAreas ?? []).some((a) => a.id === areaId);

/** Every ward it affects, its own first. */
export const wardsOf = (i: Pick<Incident, 'ward' | 'wards'>) => (i.wards?.length ? i.wards : [i.ward]);
