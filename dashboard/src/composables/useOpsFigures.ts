import { wardsOf } from '../stores/incidents-state';
import { computed, type Ref } from 'vue';
import type { WardTile } from '../components/WardTileMap.vue';
import { bySeverity, isActiveTask, isOpenIncident } from '../domain/statuses';
import { countStatuses, dayPhase } from '../ops/day-phase';
import { isOverdueComplaint } from '../stores/complaints-state';
import { isOpenFinding } from '../stores/findings-state';
import { isPendingVisit } from '../stores/visits-state';
import { isOverdueVisit } from '../domain/visits';
import { findExceptions, groupExceptions, type ExceptionGroup } from '../ops/exceptions';
import { useDistrict } from '../stores/district';
import type { DistrictState } from '../stores/district-state';
import type { Incident } from '../stores/incidents-state';
import type { Task } from '../stores/tasks-state';
import { useIncidents } from './useIncidents';
import { useTasks } from './useTasks';

const NO_EXCEPTIONS: ExceptionGroup[] = [];
/** The district's reported turnout on 23 May 2021, drawn beside the live curve. */
export const REPORTED_2021 = [
  { time: '12:30', percent: 73.74 },
  { time: '18:30', percent: 98.99 },
  { time: '19:30', percent: 99.68 },
];

/** What the figures are made of: the live state, and the incidents and tasks in their domains' order. */
export interface OpsSources {
  state: Pick<DistrictState, 'areas' | 'late' | 'wards' | 'turnout' | 'election' | 'findings' | 'flagged' | 'complaints' | 'visits'>;
  /** Newest first. */
  incidents: readonly Incident[];
  /** By acknowledgement deadline. */
  tasks: readonly Task[];
}

/** The live district's, through the domains' composables. */
function liveSources(): OpsSources {
  const district = useDistrict();
  const incidents = useIncidents();
  const tasks = useTasks();
  return {
    state: district.state,
    get incidents() {
      return incidents.list;
    },
    get tasks() {
      return tasks.list;
    },
  };
}

/** What the ops room shows, derived from the live district (or, in tests, from `district`). */
export function useOpsFigures(now: Ref<number>, district: OpsSources = liveSources()) {
  const openIncidents = computed(() => district.incidents.filter(isOpenIncident).sort((a, b) => bySeverity(a, b) || b.reportedAt.localeCompare(a.reportedAt)));
  // The open tasks past their deadline, as a string: it is recomputed with every tick of the clock, but
  // what depends on it (the list's order and colours) only when a task actually becomes overdue.
  const overdueIds = computed(() =>
    district.tasks
      .filter((t) => t.status === 'OPEN' && Date.parse(t.ackDueAt) < now.value)
      .map((t) => t.id)
      .join(' '),
  );
  const openTasks = computed(() => {
    const overdue = new Set(overdueIds.value.split(' '));
    return district.tasks
      .filter(isActiveTask)
      .map((t) => ({ ...t, late: overdue.has(t.id) }))
      .sort((a, b) => Number(b.late) - Number(a.late) || a.ackDueAt.localeCompare(b.ackDueAt));
  });
  // One pass over the areas per change, not one per ward and figure: before opening, the checklist
  // ticks arrive by the thousand within two hours, each one a change.
  const checklists = computed(() => {
    const byWard = new Map<string, { items: number; done: number }>();
    let items = 0;
    let done = 0;
    let complete = 0;
    let total = 0;
    for (const area of Object.values(district.state.areas)) {
      const list = area.checklist ?? [];
      let ticked = 0;
      for (const c of list) if (c.done) ticked += 1;
      const ward = byWard.get(area.wardId.id) ?? { items: 0, done: 0 };
      ward.items += list.length;
      ward.done += ticked;
      byWard.set(area.wardId.id, ward);
      items += list.length;
      done += ticked;
      if (list.length && ticked === list.length) complete += 1;
      total += 1;
    }
    return { byWard, items, done, complete, total };
  });
  // The phase of the day and whether the polls should be open are recomputed with every tick of the
  // clock, but they are strings and booleans: what depends on them is recomputed only when they change.
  const phase = computed(() => (district.state.election ? dayPhase(now.value, district.state.election) : 'before'));
  const opened = computed(() => phase.value !== 'before');
  const statusCounts = computed(() => countStatuses(Object.values(district.state.areas)));
  // The complaints overdue by the clock, as a string like the tasks': the panel is recomputed when one
  // becomes overdue (or is answered), not at every tick.
  const overdueComplaintIds = computed(() =>
    Object.values(district.state.complaints)
      .filter((c) => isOverdueComplaint(c, now.value))
      .map((c) => c.id)
      .join(' '),
  );
  // The auxiliary boxes overdue by the clock, as a string: recomputed when one becomes overdue, not at every tick.
  const overdueVisitIds = computed(() =>
    Object.values(district.state.visits)
      .filter((v) => isOverdueVisit(v, now.value))
      .map((v) => v.id)
      .join(' '),
  );
  /** The auxiliary boxes still to go: how many wait for a time, how many have one, the first due, how many overdue. */
  const visits = computed(() => {
    const open = Object.values(district.state.visits).filter(isPendingVisit);
    const scheduled = open.filter((v) => v.status === 'SCHEDULED' && v.scheduledFor).sort((a, b) => a.scheduledFor!.localeCompare(b.scheduledFor!));
    const overdue = new Set(overdueVisitIds.value.split(' ').filter(Boolean));
    const next = scheduled.find((v) => !overdue.has(v.id)) ?? scheduled[0] ?? null;
    return { waiting: open.length - scheduled.length, scheduled: scheduled.length, overdue: overdue.size, next };
  });
  // Before opening the checklist ticks change an area several times a second and nothing is an
  // exception: the same empty list each time, so the panel does not re-render for them.
  const exceptions = computed(() => {
    const lateComplaints = new Set(overdueComplaintIds.value.split(' '));
    const lateVisits = new Set(overdueVisitIds.value.split(' '));
    const found = findExceptions({
      areas: Object.values(district.state.areas),
      late: Object.values(district.state.late),
      opened: opened.value,
      findings: Object.values(district.state.findings).filter((f) => f.kind === 'ISSUE' && isOpenFinding(f)),
      flagged: Object.values(district.state.flagged).filter((r) => !r.verified),
      complaints: Object.values(district.state.complaints).filter((c) => lateComplaints.has(c.id)),
      visits: overdueVisitIds.value ? Object.values(district.state.visits).filter((v) => lateVisits.has(v.id)) : [],
    });
    return found.length ? groupExceptions(found, district.state.wards) : NO_EXCEPTIONS;
  });
  const wardTiles = computed<WardTile[]>(() => {
    const turnoutByWard = new Map((district.state.turnout?.byWard ?? []).map((w) => [w.wardId, w.percent]));
    const incidentsByWard = new Map<string, { n: number; severe: boolean }>();
    // An incident over several wards (a feeder's outage) counts on each of their tiles.
    for (const i of openIncidents.value) {
      for (const w of wardsOf(i)) {
        const had = incidentsByWard.get(w.id) ?? { n: 0, severe: false };
        incidentsByWard.set(w.id, { n: had.n + 1, severe: had.severe || i.affectsVoting || i.severity === 'CRITICAL' });
      }
    }
    const exceptionsByWard = new Map(exceptions.value.map((g) => [g.wardId, g.entries.length]));
    const counted = new Map<string, { done: number; total: number }>();
    for (const a of Object.values(district.state.areas)) {
      const c = counted.get(a.wardId.id) ?? { done: 0, total: 0 };
      counted.set(a.wardId.id, { done: c.done + (a.status === 'COUNTED' ? 1 : 0), total: c.total + 1 });
    }
    return district.state.wards.map((w) => {
      const c = checklists.value.byWard.get(w.id);
      const k = counted.get(w.id);
      return {
        id: w.id,
        code: w.code,
        name: w.name,
        turnout: turnoutByWard.get(w.id) ?? 0,
        readiness: c?.items ? (c.done / c.items) * 100 : w.readiness.percent,
        counted: k?.total ? (k.done / k.total) * 100 : 0,
        openIncidents: incidentsByWard.get(w.id)?.n ?? 0,
        severeIncidents: incidentsByWard.get(w.id)?.severe ?? false,
        exceptions: exceptionsByWard.get(w.id) ?? 0,
      };
    });
  });
  const readiness = computed(() => {
    const { items, done, complete, total } = checklists.value;
    return { percent: items ? (done / items) * 100 : 0, complete, total };
  });
  const reference = computed(() => {
    const date = district.state.election?.date;
    return date ? REPORTED_2021.map((r) => ({ at: `${date}T${r.time}:00+07:00`, percent: r.percent })) : [];
  });
  return { openIncidents, openTasks, wardTiles, readiness, reference, phase, opened, statusCounts, exceptions, visits };
}
