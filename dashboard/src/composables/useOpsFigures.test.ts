import { describe, expect, it } from 'vitest';
import { reactive, ref } from 'vue';
import { useOpsFigures, type OpsSources } from './useOpsFigures';

const ward = (id: string, readiness = 0) => ({ id, code: `w${id}`, name: `Phường ${id}`, readiness: { percent: readiness } });
const area = (id: string, wardId: string, done: boolean[]) => ({
  id,
  code: `a${id}`,
  wardId: { id: wardId },
  checklist: done.map((d, i) => ({ item: `ITEM_${i}`, done: d })),
});
const task = (id: string, status: string, ackDueAt: string) => ({ id, status, ackDueAt });

/** The sources as the figures read them: records by id, and the sorted lists the domains derive. */
function district() {
  const state = reactive({
    wards: [ward('1'), ward('2', 40)],
    areas: { a: area('a', '1', [true, true]), b: area('b', '1', [true, false]), c: area('c', '2', []) } as Record<string, ReturnType<typeof area>>,
    turnout: { byWard: [{ wardId: '1', percent: 12.5 }] },
    late: {},
    election: null,
    findings: {},
    flagged: {},
    complaints: {},
    visits: {} as Record<string, unknown>,
  });
  const tasks = ref([
    task('t1', 'OPEN', '2021-05-23T05:10:00Z'),
    task('t2', 'ACKNOWLEDGED', '2021-05-23T05:05:00Z'),
    task('t3', 'OPEN', '2021-05-23T05:20:00Z'),
    task('t4', 'DONE', '2021-05-23T05:00:00Z'),
    // Its incident was resolved while it was open: no longer due, never overdue, not on the wall.
    task('t5', 'CANCELLED', '2021-05-23T05:01:00Z'),
  ]);
  const incidents = ref([
    { id: 'i1', status: 'REPORTED', severity: 'HIGH', reportedAt: '2021-05-23T05:01:00Z', ward: { id: '2' } },
    { id: 'i2', status: 'RESOLVED', severity: 'CRITICAL', reportedAt: '2021-05-23T05:02:00Z', ward: { id: '2' } },
  ]);
  return reactive({ state, tasks, incidents }) as unknown as OpsSources;
}

describe('the ops room figures', () => {
  it('sums the checklists for the district and per ward, and follows a tick', () => {
    const d = district();
    const f = useOpsFigures(ref(0), d);
    expect(f.readiness.value).toEqual({ percent: 75, complete: 1, total: 3 });
    const [one, two] = f.wardTiles.value;
    expect(one).toMatchObject({ readiness: 75, turnout: 12.5, openIncidents: 0 });
    // A ward whose areas have no checklist loaded shows the server's figure; a resolved incident is not open.
    expect(two).toMatchObject({ readiness: 40, turnout: 0, openIncidents: 1 });
    d.state.areas.b = area('b', '1', [true, true]) as never;
    expect(f.readiness.value).toEqual({ percent: 100, complete: 2, total: 3 });
    expect(f.wardTiles.value[0].readiness).toBe(100);
  });

  it('puts overdue open tasks first, then by deadline, and reorders only when one becomes overdue', () => {
    const now = ref(Date.parse('2021-05-23T05:00:00Z'));
    const f = useOpsFigures(now, district());
    expect(f.openTasks.value.map((t) => [t.id, t.late])).toEqual([
      ['t2', false],
      ['t1', false],
      ['t3', false],
    ]);
    const before = f.openTasks.value;
    now.value = Date.parse('2021-05-23T05:09:00Z');
    expect(f.openTasks.value).toBe(before); // the clock moved, nothing became overdue: the list is not rebuilt
    now.value = Date.parse('2021-05-23T05:11:00Z');
    expect(f.openTasks.value.map((t) => [t.id, t.late])).toEqual([
      ['t1', true],
      ['t2', false],
      ['t3', false],
    ]);
  });

  it('follows the day: the phase by the election clock, areas not opened only once the polls should be open', () => {
    const d = district();
    Object.assign(d.state, { election: { pollsOpenAt: '2021-05-23T00:00:00Z', pollsCloseAt: '2021-05-23T12:00:00Z' } });
    d.state.areas.a = { ...area('a', '1', [true, true]), number: 1, name: 'Trường THCS', status: 'PREPARING' } as never;
    const now = ref(Date.parse('2021-05-22T23:59:00Z'));
    const f = useOpsFigures(now, d);
    expect(f.phase.value).toBe('before');
    expect(f.exceptions.value).toEqual([]);
    const empty = f.exceptions.value;
    now.value += 30_000;
    expect(f.exceptions.value).toBe(empty); // the clock moved, nothing is due: the same empty list
    now.value = Date.parse('2021-05-23T00:01:00Z');
    expect(f.phase.value).toBe('voting');
    expect(f.exceptions.value.map((g) => [g.wardName, g.entries.map((e) => e.kind)])).toEqual([['Phường 1', ['notOpened']]]);
    expect(f.wardTiles.value[0].exceptions).toBe(1);
    now.value = Date.parse('2021-05-23T12:00:00Z');
    expect(f.phase.value).toBe('evening');
  });

  it('counts the auxiliary boxes still to go, the first due, and lists one an hour past its time as an exception', () => {
    const d = district();
    const place = { id: 'a', code: 'a', number: 4, name: 'Trường', ward: { id: '1', name: 'Đồng Tâm' } };
    const visit = (id: string, status: string, scheduledFor: string | null) => ({
      id,
      code: `HPP-${id}`,
      status,
      scheduledFor,
      voters: 2,
      reason: 'ILL_ELDERLY',
      pollingArea: place,
    });
    Object.assign(d.state.visits, {
      v1: visit('v1', 'REQUESTED', null),
      v2: visit('v2', 'SCHEDULED', '2021-05-23T02:30:00Z'),
      v3: visit('v3', 'SCHEDULED', '2021-05-23T01:00:00Z'),
      v4: visit('v4', 'VISITED', '2021-05-23T00:30:00Z'),
    });
    const now = ref(Date.parse('2021-05-23T01:30:00Z'));
    const f = useOpsFigures(now, d);
    expect(f.visits.value).toMatchObject({ waiting: 1, scheduled: 2, overdue: 0, next: { id: 'v3' } });
    expect(f.exceptions.value).toEqual([]);
    now.value = Date.parse('2021-05-23T02:01:00Z');
    // v3 is an hour past its time: the next one told is the first not overdue.
    expect(f.visits.value).toMatchObject({ overdue: 1, next: { id: 'v2' } });
    expect(f.exceptions.value.flatMap((g) => g.entries.map((e) => [e.kind, e.code]))).toEqual([['visit', 'HPP-v3']]);
  });
});
