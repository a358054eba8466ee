import { computed, type Ref } from 'vue';
import type { useDistrict } from '../stores/district';
import type { WardTile } from '../components/WardTileMap.vue';

const OPEN = ['REPORTED', 'ACKNOWLEDGED', 'IN_PROGRESS'];
const ACTIVE_TASK = ['OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS'];
const SEVERITY_RANK: Record<string, number> = { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 3 };
/** The district's reported turnout on 23 May 2021, drawn beside the live curve. */
export const REPORTED_2021 = [
  { time: '12:30', percent: 73.74 },
  { time: '18:30', percent: 98.99 },
  { time: '19:30', percent: 99.68 },
];

/** What the ops room shows, derived from the live district state. */
export function useOpsFigures(district: ReturnType<typeof useDistrict>, now: Ref<number>) {
  const openIncidents = computed(() =>
    district.incidents
      .filter((i) => OPEN.includes(i.status))
      .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.reportedAt.localeCompare(a.reportedAt)),
  );
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
      .filter((t) => ACTIVE_TASK.includes(t.status))
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
  const wardTiles = computed<WardTile[]>(() => {
    const turnoutByWard = new Map((district.state.turnout?.byWard ?? []).map((w) => [w.wardId, w.percent]));
    const incidentsByWard = new Map<string, number>();
    for (const i of openIncidents.value) incidentsByWard.set(i.ward.id, (incidentsByWard.get(i.ward.id) ?? 0) + 1);
    return district.state.wards.map((w) => {
      const c = checklists.value.byWard.get(w.id);
      return {
        id: w.id, code: w.code, name: w.name, turnout: turnoutByWard.get(w.id) ?? 0,
        readiness: c?.items ? (c.done / c.items) * 100 : w.readiness.percent,
        openIncidents: incidentsByWard.get(w.id) ?? 0,
      };
    });
  });
  const readiness = computed(() => {
    const { items, done, complete, total } = checklists.value;
    return { percent: items ? (done / items) * 100 : 0, complete, total };
  });
  const late = computed(() => Object.values(district.state.late).sort((a, b) => a.code.localeCompare(b.code)));
  const reference = computed(() => {
    const date = district.state.election?.date;
    return date ? REPORTED_2021.map((r) => ({ at: `${date}T${r.time}:00+07:00`, percent: r.percent })) : [];
  });
  return { openIncidents, openTasks, wardTiles, readiness, late, reference };
}
