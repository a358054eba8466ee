import { describe, expect, it } from 'vitest';
import { groupTotal } from '../ops/exceptions';
import {
  isUnitWall,
  nextTotals,
  tileExceptionCounts,
  tileExceptionGroups,
  tileProblems,
  tileReadiness,
  tilesByName,
  type UnitTile,
  type UnitTotals,
} from './unit-totals-state';

const tile = (name: string, over: Partial<UnitTile> = {}): UnitTile => ({
  unit: { level: 'DISTRICT', id: name, code: name, name },
  registered: 100,
  voted: 10,
  percent: 10,
  areasReported: 1,
  areasTotal: 2,
  readinessDone: 3,
  readinessRequired: 4,
  openIncidents: 0,
  suspendedAreas: 0,
  areasNotOpened: 0,
  lateAreas: 0,
  flaggedAreas: 0,
  openFindings: 0,
  overdueTasks: 0,
  overdueComplaints: 0,
  overdueVisits: 0,
  needingAttention: 0,
  ...over,
});
const totals = (seq: number, children: UnitTile[] = []): UnitTotals => ({
  seq,
  at: '2026-05-23T09:00:00+07:00',
  unit: { level: 'PROVINCE', id: 'p', code: 'ha-noi', name: 'Hà Nội' },
  total: tile('Hà Nội'),
  children,
});

describe('unit totals', () => {
  it('draws the unit wall for a province and the nation, not for a district or a ward', () => {
    expect(isUnitWall({ level: 'PROVINCE' })).toBe(true);
    expect(isUnitWall({ level: 'NATION' })).toBe(true);
    expect(isUnitWall({ level: 'DISTRICT' })).toBe(false);
    expect(isUnitWall({ level: 'WARD' })).toBe(false);
    expect(isUnitWall(null)).toBe(false);
  });

  it('replaces the figures with each message and keeps them against an older one', () => {
    const first = totals(5, [tile('A')]);
    const second = totals(7, [tile('A', { percent: 20 })]);
    expect(nextTotals(null, first)).toBe(first);
    expect(nextTotals(first, second)).toBe(second);
    expect(nextTotals(second, first)).toBe(second);
    expect(nextTotals(second, totals(7))).not.toBe(second); // same seq: a newer count (the clock moved)
  });

  it('reads readiness as done over required', () => {
    expect(tileReadiness({ readinessDone: 3, readinessRequired: 4 })).toBe(75);
    expect(tileReadiness({ readinessDone: 0, readinessRequired: 0 })).toBe(0);
  });

  it('orders the tiles by their Vietnamese names', () => {
    expect(tilesByName([tile('Đống Đa'), tile('Ba Đình'), tile('Cầu Giấy')]).map((t) => t.unit.name)).toEqual(['Ba Đình', 'Cầu Giấy', 'Đống Đa']);
  });

  it("counts a tile's exceptions by kind, areas not opened only once the polls should be open", () => {
    const t = tile('A', {
      areasNotOpened: 4,
      openIncidents: 1,
      overdueTasks: 2,
      lateAreas: 3,
      flaggedAreas: 1,
      openFindings: 5,
      overdueComplaints: 6,
      overdueVisits: 7,
    });
    expect(tileExceptionCounts(t, false)).toEqual({
      suspended: 0,
      notOpened: 0,
      incident: 1,
      task: 2,
      finding: 5,
      visit: 7,
      complaint: 6,
      late: 3,
      flagged: 1,
    });
    expect(tileExceptionCounts(t, true).notOpened).toBe(4);
  });

  it('lists the tiles needing action worst first: by their most pressing kind, then by how much, then by name; quiet ones not at all', () => {
    const tiles = [
      tile('Quiet', { areasNotOpened: 9, needingAttention: 9 }),
      tile('Late many', { lateAreas: 12, needingAttention: 12 }),
      tile('Incident', { openIncidents: 1, needingAttention: 1 }),
      // One area, suspended and late; two areas late, one of them flagged too.
      tile('Suspended', { suspendedAreas: 1, lateAreas: 1, needingAttention: 1 }),
      tile('Late few', { lateAreas: 2, flaggedAreas: 1, needingAttention: 2 }),
      tile('Cà Mau', { openIncidents: 1, needingAttention: 1 }),
      tile('Bình Định', { openIncidents: 1, needingAttention: 1 }),
    ];
    const order = (opened: boolean) => tileExceptionGroups(tiles, opened).map((g) => g.wardName);
    // Before opening, areas not yet opened are no exception: the quiet tile stays out.
    expect(order(false)).toEqual(['Suspended', 'Bình Định', 'Cà Mau', 'Incident', 'Late many', 'Late few']);
    expect(order(true)).toEqual(['Suspended', 'Quiet', 'Bình Định', 'Cà Mau', 'Incident', 'Late many', 'Late few']);
    const [suspended] = tileExceptionGroups(tiles, false);
    expect(suspended).toMatchObject({ wardId: 'Suspended', countsOnly: true, entries: [], counts: { suspended: 1, late: 1 }, total: 1 });
    expect(groupTotal(suspended)).toBe(1);
    expect(tileExceptionGroups(tiles, true).find((g) => g.wardName === 'Late few')).toMatchObject({ counts: { late: 2, flagged: 1 }, total: 2 });
  });

  it("counts a tile's things each once, the server's count, and at least one while any kind has some", () => {
    const t = tile('A', { lateAreas: 2, flaggedAreas: 1, needingAttention: 2 });
    expect(tileProblems(t, tileExceptionCounts(t, true))).toBe(2);
    // Not opened by this screen's clock, not yet by the server's when it counted.
    const opening = tile('B', { areasNotOpened: 3, needingAttention: 0 });
    expect(tileProblems(opening, tileExceptionCounts(opening, false))).toBe(0);
    expect(tileProblems(opening, tileExceptionCounts(opening, true))).toBe(1);
  });
});
