import type { UnitLevel, UnitTotalsSubscription } from '@election-ops/schema';
import { EXCEPTION_KINDS, groupTotal, RANK, type ExceptionGroup, type ExceptionKind } from '../ops/exceptions';

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

/**
 * What a tile holds that needs someone now, by kind, as the ops room's first panel names them. Areas not
 * opened count only once the polls should be open (`opened`): before, nothing is late to open.
 */
export function tileExceptionCounts(tile: UnitTile, opened: boolean): Record<ExceptionKind, number> {
  return {
    suspended: tile.suspendedAreas,
    notOpened: opened ? tile.areasNotOpened : 0,
    incident: tile.openIncidents,
    task: tile.overdueTasks,
    finding: tile.openFindings,
    visit: tile.overdueVisits,
    complaint: tile.overdueComplaints,
    late: tile.lateAreas,
    flagged: tile.flaggedAreas,
  };
}

/**
 * How many things a tile holds that need someone now, each once, as the district wall counts them (an
 * area late and flagged is in two kinds' counts and is one thing): the server's count. None when no kind
 * has any by this screen's clock; at least one when some kind has, should the two clocks straddle the opening.
 */
export function tileProblems(tile: UnitTile, counts: Record<ExceptionKind, number>): number {
  return EXCEPTION_KINDS.some((k) => counts[k] > 0) ? Math.max(tile.needingAttention, 1) : 0;
}

/**
 * The tiles with something to handle, worst first, as groups of "Cần xử lý ngay" (counted by kind, none
 * listed by name): the most pressing kind a tile holds first (a suspended area before an incident, an
 * incident before a late report), then the tile with more to handle, then by name.
 */
export function tileExceptionGroups(tiles: readonly UnitTile[], opened: boolean): ExceptionGroup[] {
  const groups = tiles.flatMap((tile): ExceptionGroup[] => {
    const counts = tileExceptionCounts(tile, opened);
    const problems = tileProblems(tile, counts);
    return problems ? [{ wardId: tile.unit.code, wardName: tile.unit.name, counts, entries: [], countsOnly: true, total: problems }] : [];
  });
  const top = (g: ExceptionGroup) => RANK[EXCEPTION_KINDS.find((k) => g.counts[k] > 0)!];
  return groups.sort((a, b) => top(a) - top(b) || groupTotal(b) - groupTotal(a) || a.wardName.localeCompare(b.wardName, 'vi'));
}
