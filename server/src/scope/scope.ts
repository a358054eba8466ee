import type { Viewer } from '../auth/viewer.js';
import { DomainError } from '../errors.js';
import { Role } from '../modules/users/user.entity.js';

/**
 * Who may read what: one rule per kind of record, each answering both "may this viewer read this one?"
 * (`mayRead`) and "which rows of many?" (`readFilter`, a SQL condition). Queries, field resolvers,
 * exports and the live hub all ask here, so a rule changes in one place. `scope.test.ts` holds the
 * table of every role against every kind.
 *
 * The rules (SPEC section 2): the district operator reads everything; an observer reads its wards (or
 * all); a ward officer reads its own ward; a liaison reads only what concerns its agency — its tasks,
 * the incidents it has tasks on, their events — and no area's details; a supervisor reads its team's
 * wards in full, like a ward-scoped observer. A situation report is read like its ward; the district's
 * only by those who read every ward (the operator, a district-wide observer).
 */

/** What each kind's rule needs to know of a record. */
export interface ScopeFacts {
  /** A ward itself: its name and totals. Every ward is district-wide knowledge, except to an observer scoped to some. */
  ward: { id: number };
  /** A polling area's details (its figures, checklist, history), a turnout report, a late mark, a change to its voter list. */
  pollingArea: { wardId: number };
  /** An incident: its ward (and every ward it affects, SPEC 8.6), and the agencies with tasks on it. */
  incident: { wardId: number; wardIds?: readonly number[]; agencyIds: readonly number[] };
  task: { wardId: number; wardIds?: readonly number[]; agencyId: number };
  /** An entry of the log: its ward (and every ward it concerns, when more than one) and the agencies it concerns. */
  event: { wardId: number | null; wardIds?: readonly number[]; agencies: readonly string[] };
  /** A supervision team's finding. */
  finding: { wardId: number };
  /** A situation report: a ward's (wardId), or the district's (null). */
  situationReport: { wardId: number | null };
  /** A complaint, denunciation or petition: a ward's, or the district's as a whole (null). */
  complaint: { wardId: number | null };
}
export type ScopeKind = keyof ScopeFacts;

/** A condition for a query builder: `qb.andWhere(f.sql, f.params)`. */
export interface ScopeFilter {
  sql: string;
  params: Record<string, unknown>;
}

/** Wards whose details the viewer may read; null = every ward. */
export function readableWards(v: Viewer): number[] | null {
  switch (v.role) {
    case Role.DISTRICT_OPERATOR:
      return null;
    case Role.OBSERVER:
      return v.observerWardIds;
    case Role.WARD_OFFICER:
      return v.wardId === null ? [] : [v.wardId];
    case Role.LIAISON:
      return [];
    case Role.SUPERVISOR:
      return v.teamWardIds ?? [];
  }
}

const inWards = (wards: number[] | null, wardId: number | null) => wards === null || (wardId !== null && wards.includes(wardId));
/** A record over several wards is read by whoever reads any of them. */
const inAnyWard = (wards: number[] | null, r: { wardId: number | null; wardIds?: readonly number[] }) =>
  r.wardIds?.length ? r.wardIds.some((w) => inWards(wards, w)) : inWards(wards, r.wardId);

const RULES: { [K in ScopeKind]: (v: Viewer, r: ScopeFacts[K]) => boolean } = {
  ward: (v, w) => v.role !== Role.OBSERVER || inWards(v.observerWardIds, w.id),
  pollingArea: (v, a) => inWards(readableWards(v), a.wardId),
  incident: (v, i) => (v.role === Role.LIAISON ? v.agencyId !== null && i.agencyIds.includes(v.agencyId) : inAnyWard(readableWards(v), i)),
  task: (v, t) => (v.role === Role.LIAISON ? v.agencyId === t.agencyId : inAnyWard(readableWards(v), t)),
  event: (v, e) => (v.role === Role.LIAISON ? v.agencyCode !== null && e.agencies.includes(v.agencyCode) : inAnyWard(readableWards(v), e)),
  finding: (v, f) => inWards(readableWards(v), f.wardId),
  situationReport: (v, r) => inWards(readableWards(v), r.wardId),
  complaint: (v, c) => inWards(readableWards(v), c.wardId),
};

/** May the viewer read this record? */
export function mayRead<K extends ScopeKind>(v: Viewer, kind: K, record: ScopeFacts[K]): boolean {
  return RULES[kind](v, record);
}

export function assertMayRead<K extends ScopeKind>(v: Viewer, kind: K, record: ScopeFacts[K]): void {
  if (!mayRead(v, kind, record)) throw new DomainError('forbidden');
}

const ALL: ScopeFilter = { sql: 'TRUE', params: {} };
const NONE: ScopeFilter = { sql: 'FALSE', params: {} };

function wardFilter(v: Viewer, column: string): ScopeFilter {
  const wards = readableWards(v);
  if (wards === null) return ALL;
  if (wards.length === 0) return NONE;
  return { sql: `${column} IN (:...scopeWards)`, params: { scopeWards: wards } };
}

/** The same for a record over several wards: its own, or any in its `wardIds` (empty: its own alone). */
function anyWardFilter(v: Viewer, alias: string): ScopeFilter {
  const f = wardFilter(v, `${alias}.wardId`);
  if (f === ALL || f === NONE) return f;
  return { sql: `(${f.sql} OR ${alias}.wardIds && ARRAY[:...scopeWards]::int[])`, params: f.params };
}

/**
 * The rows of `kind` the viewer may read, as a condition on the query's `alias` (TypeORM property
 * paths: `alias.wardId`). Must select exactly the rows `mayRead` accepts; scope.test.ts checks both
 * against the same table.
 */
export function readFilter(v: Viewer, kind: ScopeKind, alias: string): ScopeFilter {
  const liaison = v.role === Role.LIAISON;
  switch (kind) {
    case 'ward':
      return v.role === Role.OBSERVER && v.observerWardIds !== null
        ? v.observerWardIds.length
          ? { sql: `${alias}.id IN (:...scopeWards)`, params: { scopeWards: v.observerWardIds } }
          : NONE
        : ALL;
    case 'pollingArea':
      return wardFilter(v, `${alias}.wardId`);
    case 'incident':
      return liaison
        ? {
            sql: `EXISTS (SELECT 1 FROM tasks scope_t WHERE scope_t."incidentId" = ${alias}.id AND scope_t."agencyId" = :scopeAgency)`,
            params: { scopeAgency: v.agencyId ?? 0 },
          }
        : anyWardFilter(v, alias);
    case 'task':
      return liaison ? { sql: `${alias}.agencyId = :scopeAgency`, params: { scopeAgency: v.agencyId ?? 0 } } : anyWardFilter(v, alias);
    case 'event':
      return liaison ? { sql: `:scopeAgencyCode = ANY(${alias}.agencies)`, params: { scopeAgencyCode: v.agencyCode ?? '' } } : anyWardFilter(v, alias);
    case 'finding':
    case 'situationReport':
    case 'complaint':
      return wardFilter(v, `${alias}.wardId`);
  }
}

/** The viewer reads no record of this kind at all (a liaison and polling areas): a list asked for is refused. */
export function readsNone(v: Viewer, kind: ScopeKind): boolean {
  return readFilter(v, kind, 'x') === NONE;
}

/**
 * Fields more private than the record that holds them. An area is also reached through an incident (a
 * liaison's), and must then show no more than the incident needs. Who filed a complaint is read by the
 * district operator alone (SPEC 8.4: the denouncer's protection), whichever ward it concerns.
 */
export const FIELD_RULES = {
  'Complaint.complainant': (v: Viewer, _complaint: { wardId: number | null }) => v.role === Role.DISTRICT_OPERATOR,
  'PollingArea.statusHistory': (v: Viewer, area: { wardId: number }) => mayRead(v, 'pollingArea', area),
  'PollingArea.turnoutReports': (v: Viewer, area: { wardId: number }) => mayRead(v, 'pollingArea', area),
  'PollingArea.relocations': (v: Viewer, area: { wardId: number }) => mayRead(v, 'pollingArea', area),
} as const;
export type ScopedField = keyof typeof FIELD_RULES;

export function mayReadField<F extends ScopedField>(v: Viewer, field: F, record: Parameters<(typeof FIELD_RULES)[F]>[1]): boolean {
  return (FIELD_RULES[field] as (v: Viewer, r: typeof record) => boolean)(v, record);
}

/**
 * Viewers with the same key read exactly the same records and fields (every rule above depends on
 * these and nothing else): the live hub executes each event once per key.
 */
export function scopeKey(v: Viewer): string {
  const wards = (ids: number[] | null) =>
    ids
      ?.slice()
      .sort((a, b) => a - b)
      .join(',') ?? '*';
  return [v.role, v.wardId ?? '-', v.agencyCode ?? '-', v.agencyId ?? '-', wards(v.observerWardIds), wards(v.teamWardIds)].join('|');
}

/** May the viewer file a supervision finding in this ward? The operator, or a member of the team that follows it. */
export function mayFileFinding(v: Viewer, wardId: number): boolean {
  return v.role === Role.DISTRICT_OPERATOR || (v.role === Role.SUPERVISOR && (v.teamWardIds ?? []).includes(wardId));
}

/** May the viewer change a ward's incidents, turnout, checklist and statuses? */
export function mayWriteWard(v: Viewer, wardId: number): boolean {
  return v.role === Role.DISTRICT_OPERATOR || (v.role === Role.WARD_OFFICER && v.wardId === wardId);
}

export function assertWriteWard(v: Viewer, wardId: number): void {
  if (!mayWriteWard(v, wardId)) throw new DomainError('forbidden');
}
