import type { UnitLevel, UnitTotalsSubscription } from '@election-ops/schema';

/** One message of `unitTotals`: the home unit's totals and a tile per child unit. */
export type UnitTotals = UnitTotalsSubscription['unitTotals'];
export type UnitTile = UnitTotals['total'];

/** The levels whose wall is drawn from `unitTotals` (a province's districts, the nation's provinces). */
const WALL_LEVELS: ReadonlySet<UnitLevel> = new Set<UnitLevel>(['PROVINCE', 'NATION']);

/** Whether an account working in this unit sees the unit wall on `/ops` (a district's stays the ward wall). */
export function isUnitWall(unit: { level: UnitLevel } | null | undefined): boolean {
  return !!unit && WALL_LEVELS.has(unit.level);
}

/**
 * The figures on screen after a message: each message replaces them whole (the server conflates to one
 * a second), except one older than what is shown — a resubscription's first answer racing the last
 * message of the socket before — which is dropped.
 */
export function nextTotals(shown: UnitTotals | null, message: UnitTotals): UnitTotals {
  return shown && message.seq < shown.seq ? shown : message;
}

/** A tile's readiness in percent: done over required items (0 when nothing is required yet). */
export function tileReadiness(tile: Pick<UnitTile, 'readinessDone' | 'readinessRequired'>): number {
  return tile.readinessRequired ? (tile.readinessDone / tile.readinessRequired) * 100 : 0;
}

/** The child tiles in the order a watcher reads them: by name, as Vietnamese sorts it. */
export function tilesByName(children: readonly UnitTile[]): UnitTile[] {
  return [...children].sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'vi'));
}
