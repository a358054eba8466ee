import { describe, expect, it } from 'vitest';
import { isUnitWall, nextTotals, tileReadiness, tilesByName, type UnitTile, type UnitTotals } from './unit-totals-state';

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
});
