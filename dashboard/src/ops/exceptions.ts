import type { ComplaintKind, ComplaintSubject, PollingAreaStatus, TurnoutFlag, VisitReason } from '@election-ops/schema';
import { NOT_OPENED_STATUSES } from '../domain/statuses';

/**
 * The areas that need someone now, for the ops room's first panel: suspended (with its reason and
 * since when), not opened once the polls should be open, an issue a supervision team found and nobody
 * has acted on yet (at an area, or for a whole ward), a complaint past its deadline without an answer
 * (each one, never who filed it), an auxiliary ballot box more than an hour past its time without a
 * result (each one), late for a checkpoint, a turnout figure flagged and not yet verified.
 * One entry per place (per complaint), under its most pressing kind, grouped by ward; `fitExceptions`
 * decides what is listed by name and what only counted, so the panel never cuts anything off.
 */

/**
 * Most pressing first. `incident` (open incidents) and `task` (tasks overdue) are only counted on a unit
 * wall's tiles: the district wall lists those in panels of their own.
 */
export const EXCEPTION_KINDS = ['suspended', 'notOpened', 'incident', 'task', 'finding', 'visit', 'complaint', 'late', 'flagged'] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];
/** A kind's place in `EXCEPTION_KINDS`: lower is more pressing. */
export const RANK = Object.fromEntries(EXCEPTION_KINDS.map((k, i) => [k, i])) as Record<ExceptionKind, number>;
export const noCounts = () => Object.fromEntries(EXCEPTION_KINDS.map((k) => [k, 0])) as Record<ExceptionKind, number>;
/** The group of what concerns the district as a whole (a complaint about no one ward). */
export const DISTRICT_GROUP = 'district';

export interface AreaException {
  kind: ExceptionKind;
  /** The area's id (`ward:<id>` for a finding about a whole ward). */
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
  /** A finding: for the whole ward (`name` is then the ward's), the team and what it found, when (the newest of the place's). */
  wholeWard?: boolean;
  team?: string;
  text?: string;
  at?: string;
  /** A flagged figure: the figure and why. */
  voted?: number;
  flags?: TurnoutFlag[];
  /** An overdue complaint (`code` is its register number): what kind, about what, due when. */
  complaint?: { kind: ComplaintKind; subject: ComplaintSubject; dueAt: string };
  /** An overdue auxiliary box (`code` is the visit's): when it was to go, for how many, why. */
  visit?: { scheduledFor: string; voters: number; reason: VisitReason };
}

/** A scheduled visit past its time by more than an hour, as the panel needs it. */
interface VisitLike {
  id: string;
  code: string;
  voters: number;
  reason: VisitReason;
  scheduledFor: string | null;
  pollingArea: { id: string; number: number; name: string; ward: { id: string } };
}

/** A complaint past its deadline without an answer, as the panel needs it (no complainant: the wall never reads one). */
interface ComplaintLike {
  id: string;
  code: string;
  kind: ComplaintKind;
  subject: ComplaintSubject;
  dueAt: string;
  ward: { id: string } | null;
  pollingArea: { id: string; number: number; name: string } | null;
}

/** An open ISSUE finding, as the panel needs it. */
interface FindingLike {
  at: string;
  text: string;
  team: { name: string };
  ward: { id: string; name: string };
  pollingArea: { id: string; code: string; number: number; name: string } | null;
}

export interface ExceptionGroup {
  /** The ward's id; on a unit wall the tile's unit code. */
  wardId: string;
  wardName: string;
  counts: Record<ExceptionKind, number>;
  entries: AreaException[];
  /**
   * A unit wall's tile (a district, a province): only its counts are known, each kind on a line of its
   * own under its name, and nothing is listed by name.
   */
  countsOnly?: boolean;
  /** A tile's: how many things in all, each once (an area late and flagged is in two kinds' counts, one thing). */
  total?: number;
}

/** How many things a group holds, each once. */
export const groupTotal = (g: ExceptionGroup) => g.total ?? EXCEPTION_KINDS.reduce((n, k) => n + g.counts[k], 0);

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
  /** Open ISSUE findings. */
  findings?: Iterable<FindingLike>;
  /** Flagged figures not yet verified. */
  flagged?: Iterable<{ areaId: string; wardId: string; voted: number; at: string; flags: TurnoutFlag[] }>;
  /** Complaints overdue by the election clock. */
  complaints?: Iterable<ComplaintLike>;
  /** Auxiliary boxes overdue by the election clock (`isOverdueVisit`). */
  visits?: Iterable<VisitLike>;
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
  for (const f of input.findings ?? []) {
    const p = f.pollingArea;
    const key = p?.id ?? `ward:${f.ward.id}`;
    const had = found.get(key);
    // Several at one place: the newest is told.
    if (had?.kind === 'finding' && (had.at ?? '') >= f.at) continue;
    const place = p
      ? { areaId: p.id, code: p.code, number: p.number, name: p.name, status: byId.get(p.id)?.status ?? null }
      : { areaId: key, code: `ward-${f.ward.id}`, number: null, name: f.ward.name, status: null, wholeWard: true };
    const e: AreaException = { ...place, kind: 'finding', wardId: f.ward.id, team: f.team.name, text: f.text, at: f.at };
    if (had?.kind === 'finding') found.set(key, e);
    else put(e);
  }
  for (const r of input.flagged ?? []) {
    const a = byId.get(r.areaId);
    const had = found.get(r.areaId);
    if (had?.kind === 'flagged' && (had.at ?? '') >= r.at) continue;
    const e: AreaException = {
      kind: 'flagged',
      areaId: r.areaId,
      code: a?.code ?? '',
      wardId: r.wardId,
      number: a?.number ?? null,
      name: a?.name ?? '',
      status: a?.status ?? null,
      voted: r.voted,
      flags: r.flags,
      at: r.at,
    };
    if (had?.kind === 'flagged') found.set(r.areaId, e);
    else put(e);
  }
  // Each overdue complaint is an entry of its own, under its ward (or the district's group).
  for (const c of input.complaints ?? []) {
    const a = c.pollingArea;
    put({
      kind: 'complaint',
      areaId: `complaint:${c.id}`,
      code: c.code,
      wardId: c.ward?.id ?? DISTRICT_GROUP,
      number: a?.number ?? null,
      name: a?.name ?? '',
      status: a ? (byId.get(a.id)?.status ?? null) : null,
      complaint: { kind: c.kind, subject: c.subject, dueAt: c.dueAt },
    });
  }
  // Each overdue box is an entry of its own, under its area's ward.
  for (const v of input.visits ?? []) {
    const a = v.pollingArea;
    put({
      kind: 'visit',
      areaId: `visit:${v.id}`,
      code: v.code,
      wardId: a.ward.id,
      number: a.number,
      name: a.name,
      status: byId.get(a.id)?.status ?? null,
      visit: { scheduledFor: v.scheduledFor ?? '', voters: v.voters, reason: v.reason },
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
    if (!g) groups.set(e.wardId, (g = { wardId: e.wardId, wardName: names.get(e.wardId)?.name ?? '', counts: noCounts(), entries: [] }));
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

/**
 * A ward's heading takes one line (a tile's one more per kind it counts); an area listed by name two (its
 * name, then what is wrong), a suspended one or a finding three (its reason, or what the team saw, may need two).
 */
export const headingLines = (g: ExceptionGroup) => 1 + (g.countsOnly ? EXCEPTION_KINDS.filter((k) => g.counts[k]).length : 0);
export const entryLines = (e: AreaException) => (e.kind === 'suspended' || e.kind === 'finding' ? 3 : 2);

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
  let headings = groups.reduce((n, g) => n + headingLines(g), 0);
  if (headings > lines) {
    // Whole headings while they fit, and a last line for the rest.
    let shown = 0;
    headings = 0;
    while (shown < groups.length && headings + headingLines(groups[shown]) <= lines - 1) headings += headingLines(groups[shown++]);
    shownGroups = groups.slice(0, shown);
    hiddenWards = groups.length - shown;
    hiddenAreas = groups.slice(shown).reduce((n, g) => n + groupTotal(g), 0);
  }
  let left = lines - headings - (hiddenWards ? 1 : 0);
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
