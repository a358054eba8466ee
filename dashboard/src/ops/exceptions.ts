import type { PollingAreaStatus } from '@election-ops/schema';
import { NOT_OPENED_STATUSES } from '../domain/statuses';

/**
 * The areas that need someone now, for the ops room's first panel: suspended (with its reason and
 * since when), not opened once the polls should be open, late for a checkpoint. One entry per area,
 * under its most pressing kind, grouped by ward; `fitExceptions` decides what is listed by name and
 * what only counted, so the panel never cuts anything off.
 */

/** Most pressing first. (`flagged`, a turnout report flagged as suspicious, joins when the API has it.) */
export const EXCEPTION_KINDS = ['suspended', 'notOpened', 'late'] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];
const RANK: Record<ExceptionKind, number> = { suspended: 0, notOpened: 1, late: 2 };

export interface AreaException {
  kind: ExceptionKind;
  areaId: string;
  code: string;
  wardId: string;
  /** Its number within the ward (null when only the late mark is known). */
  number: number | null;
  name: string;
  status: PollingAreaStatus | null;
  /** Why it is suspended, and since when (ISO, when known). */
  reason?: string | null;
  since?: string | null;
  /** The checkpoint it has not reported for. */
  checkpoint?: string;
}

export interface ExceptionGroup {
  wardId: string;
  wardName: string;
  counts: Record<ExceptionKind, number>;
  entries: AreaException[];
}

interface AreaLike {
  id: string;
  code: string;
  number: number;
  name: string;
  status: PollingAreaStatus;
  statusReason?: string | null;
  statusChangedAt?: string | null;
  wardId: { id: string };
}

/** Every area needing attention, once each. `opened`: the polls should be open by the election clock. */
export function findExceptions(input: {
  areas: Iterable<AreaLike>;
  late: Iterable<{ areaId: string; code: string; name: string; wardId: string; checkpoint: string }>;
  opened: boolean;
}): AreaException[] {
  const found = new Map<string, AreaException>();
  const put = (e: AreaException) => {
    const had = found.get(e.areaId);
    if (!had || RANK[e.kind] < RANK[had.kind]) found.set(e.areaId, e);
  };
  const byId = new Map<string, AreaLike>();
  for (const a of input.areas) {
    byId.set(a.id, a);
    const base = { areaId: a.id, code: a.code, wardId: a.wardId.id, number: a.number, name: a.name, status: a.status };
    if (a.status === 'SUSPENDED') put({ ...base, kind: 'suspended', reason: a.statusReason ?? null, since: a.statusChangedAt ?? null });
    else if (input.opened && NOT_OPENED_STATUSES.has(a.status)) put({ ...base, kind: 'notOpened' });
  }
  for (const l of input.late) {
    const a = byId.get(l.areaId);
    put({
      kind: 'late',
      areaId: l.areaId,
      code: l.code,
      wardId: l.wardId,
      number: a?.number ?? null,
      name: a?.name ?? l.name,
      status: a?.status ?? null,
      checkpoint: l.checkpoint,
    });
  }
  return [...found.values()];
}

/** By ward: wards with a suspended area first, then those with more to handle; within a ward most pressing first, then by number. */
export function groupExceptions(list: AreaException[], wards: { id: string; name: string }[]): ExceptionGroup[] {
  const names = new Map(wards.map((w, i) => [w.id, { name: w.name, order: i }]));
  const groups = new Map<string, ExceptionGroup>();
  for (const e of list) {
    let g = groups.get(e.wardId);
    if (!g)
      groups.set(e.wardId, (g = { wardId: e.wardId, wardName: names.get(e.wardId)?.name ?? '', counts: { suspended: 0, notOpened: 0, late: 0 }, entries: [] }));
    g.counts[e.kind] += 1;
    g.entries.push(e);
  }
  const top = (g: ExceptionGroup) => Math.min(...g.entries.map((e) => RANK[e.kind]));
  for (const g of groups.values())
    g.entries.sort((a, b) => RANK[a.kind] - RANK[b.kind] || (a.number ?? 999) - (b.number ?? 999) || a.code.localeCompare(b.code));
  return [...groups.values()].sort(
    (a, b) => top(a) - top(b) || b.entries.length - a.entries.length || (names.get(a.wardId)?.order ?? 0) - (names.get(b.wardId)?.order ?? 0),
  );
}

/** A ward's heading takes one line; an area listed by name two (its name, then what is wrong), a suspended one three (its reason may need two). */
export const HEADING_LINES = 1;
export const entryLines = (e: AreaException) => (e.kind === 'suspended' ? 3 : 2);

export interface FittedGroup extends ExceptionGroup {
  /** The areas listed by name: the most pressing first part of `entries` (all, some, or none: counted only). */
  listed: AreaException[];
}
export interface FittedExceptions {
  groups: FittedGroup[];
  /** Wards (and their areas) not even given a heading line: told in one last line. */
  hiddenWards: number;
  hiddenAreas: number;
}

/**
 * What fits in `lines` lines. Every ward gets its heading with its counts by kind. Then areas are listed
 * by name, most pressing kind first across all wards: each suspended area while it fits; of the other
 * kinds a ward's areas of that kind all or none (the heading counts the rest). With more wards than
 * lines, the last line says how many more.
 */
export function fitExceptions(groups: ExceptionGroup[], lines: number): FittedExceptions {
  let shownGroups = groups;
  let hiddenWards = 0;
  let hiddenAreas = 0;
  if (groups.length * HEADING_LINES > lines) {
    shownGroups = groups.slice(0, Math.max(0, lines - 1));
    hiddenWards = groups.length - shownGroups.length;
    hiddenAreas = groups.slice(shownGroups.length).reduce((n, g) => n + g.entries.length, 0);
  }
  let left = lines - shownGroups.length * HEADING_LINES - (hiddenWards ? 1 : 0);
  // How many of each ward's entries (sorted most pressing first) are listed: always a prefix.
  const listed = shownGroups.map(() => 0);
  const done = shownGroups.map(() => false);
  for (const kind of EXCEPTION_KINDS) {
    shownGroups.forEach((g, i) => {
      if (done[i]) return;
      const ofKind = g.entries.slice(listed[i]).filter((e) => e.kind === kind);
      if (kind === 'suspended') {
        for (const e of ofKind) {
          if (entryLines(e) > left) break;
          listed[i] += 1;
          left -= entryLines(e);
        }
        if (listed[i] < g.counts.suspended) done[i] = true;
        return;
      }
      const cost = ofKind.reduce((n, e) => n + entryLines(e), 0);
      if (cost <= left) {
        listed[i] += ofKind.length;
        left -= cost;
      } else done[i] = true; // a later kind is not listed before this one
    });
  }
  return { groups: shownGroups.map((g, i) => ({ ...g, listed: g.entries.slice(0, listed[i]) })), hiddenWards, hiddenAreas };
}
