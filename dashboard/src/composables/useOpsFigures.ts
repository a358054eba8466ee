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
  const wardTiles = computed<WardTile[]>(() => {
    const byWard = new Map((district.state.turnout?.byWard ?? []).map((w) => [w.wardId, w.percent]));
    return district.state.wards.map((w) => {
      const areas = district.areas.filter((a) => a.wardId.id === w.id);
      const items = areas.flatMap((a) => a.checklist ?? []);
      const readiness = items.length ? (items.filter((c) => c.done).length / items.length) * 100 : w.readiness.percent;
      return {
        id: w.id, code: w.code, name: w.name, turnout: byWard.get(w.id) ?? 0, readiness,
        openIncidents: openIncidents.value.filter((i) => i.ward.id === w.id).length,
      };
    });
  });
  const readiness = computed(() => {
    const items = district.areas.flatMap((a) => a.checklist ?? []);
    const done = items.filter((c) => c.done).length;
    const complete = district.areas.filter((a) => a.checklist?.length && a.checklist.every((c) => c.done)).length;
    return { percent: items.length ? (done / items.length) * 100 : 0, complete, total: district.areas.length };
  });
  const late = computed(() => Object.values(district.state.late).sort((a, b) => a.code.localeCompare(b.code)));
  const reference = computed(() => {
    const date = district.state.election?.date;
    return date ? REPORTED_2021.map((r) => ({ at: `${date}T${r.time}:00+07:00`, percent: r.percent })) : [];
  });
  return { openIncidents, openTasks, wardTiles, readiness, late, reference };
}
