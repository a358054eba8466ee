import type { UnitSpan } from '../../auth/viewer.js';
import { UnitLevel } from './enums.js';

/** Which polling areas a sum covers: one area, a ward, a district, a province, or the whole country. */
export type AreaScope = { pollingAreaId: number } | { wardId: number } | { districtId: number } | { provinceId: number } | 'all';

/**
 * A condition on `polling_areas pa` selecting a scope, with its one parameter numbered `$first`. Areas
 * are filtered by their ward (a district's or province's wards found through the small unit tables),
 * so no sum joins a row per area, and the whole country reads the area table alone.
 */
export function areaScopeFilter(scope: AreaScope, first: number): [string, unknown[]] {
  const p = `$${first}`;
  if (scope === 'all') return ['true', []];
  if ('pollingAreaId' in scope) return [`pa.id = ${p}`, [scope.pollingAreaId]];
  if ('wardId' in scope) return [`pa."wardId" = ${p}`, [scope.wardId]];
  if ('districtId' in scope) return [`pa."wardId" IN (SELECT w.id FROM wards w WHERE w."districtId" = ${p})`, [scope.districtId]];
  return [`pa."wardId" IN (SELECT w.id FROM wards w JOIN districts di ON di.id = w."districtId" WHERE di."provinceId" = ${p})`, [scope.provinceId]];
}

/** The areas of a unit: what its totals sum. */
export function areaScopeOfUnit(unit: UnitSpan): Exclude<AreaScope, { pollingAreaId: number }> {
  if (unit.id === null) return 'all';
  switch (unit.level) {
    case UnitLevel.NATION:
      return 'all';
    case UnitLevel.PROVINCE:
      return { provinceId: unit.id };
    case UnitLevel.DISTRICT:
      return { districtId: unit.id };
    case UnitLevel.WARD:
      return { wardId: unit.id };
  }
}
