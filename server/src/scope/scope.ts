import type { Viewer } from '../auth/viewer.js';
import { DomainError } from '../errors.js';
import { UnitLevel } from '../modules/units/enums.js';
import { Role } from '../modules/users/user.entity.js';

/**
 * Who may read what: one rule per kind of record, each answering both "may this viewer read this one?"
 * (`mayRead`) and "which rows of many?" (`readFilter`, a SQL condition). Queries, field resolvers,
 * exports and the live hub all ask here, so a rule changes in one place. `scope.test.ts` holds the
 * table of every role against every kind.
 *
 * Every account works in a unit (`viewer.unit`: the nation, a province, a district or a ward) and reads
 * nothing outside it. Within it (SPEC section 2): the operator reads everything; an observer reads
 * everything, or its wards; a ward officer reads its own ward, and its district's totals (`viewer.home`);
 * a liaison reads only what concerns its agency — its tasks, the incidents it has tasks on, their
 * events — and no area's details; a supervisor reads its team's wards in full, like a ward-scoped
 * observer. A situation report or complaint is read like its ward; a district's own (no ward) only by
 * those who read every ward of that district (its operator, an observer of it or above); a province's
 * report (no ward, no district) only by the operators and observers of that province or of the nation;
 * the nation's report (none of the three) only by those of the nation (or of no unit).
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
  /** An entry of the log: its ward (and every ward it concerns, when more than one; else its district) and the agencies it concerns. */
  event: { wardId: number | null; wardIds?: readonly number[]; districtId?: number | null; provinceId?: number | null; agencies: readonly string[] };
  /** A supervision team's finding. */
  finding: { wardId: number };
  /** A situation report: a ward's (wardId), a district's (wardId null), a province's (districtId null too), or the nation's (all null). */
  situationReport: { wardId: number | null; districtId?: number | null; provinceId?: number | null };
  /** A complaint, denunciation or petition: a ward's, or its district's as a whole (wardId null). */
  complaint: { wardId: number | null; districtId?: number | null };
  /** A district's name and totals: read within the viewer's home unit, and as the unit it lies in. */
  district: { id: number; provinceId: number };
  /** A province's name and totals, the same way. */
  province: { id: number };
}
export type ScopeKind = keyof ScopeFacts;

/** A condition for a query builder: `qb.andWhere(f.sql, f.params)`. */
export interface ScopeFilter {
  sql: string;
  params: Record<string, unknown>;
}

type Wards = ReadonlySet<number> | null;
const NO_WARDS: ReadonlySet<number> = new Set();

/** What a viewer reaches, derived once per viewer (the hub asks per event and group). */
interface Reach {
  /** Wards whose details it reads (areas, incidents, findings, a ward's reports); null: every ward. */
  details: Wards;
  /** Wards whose names and totals it reads. */
  overview: Wards;
  /** Districts whose district-wide records (its report, its complaints) it reads; null: every district, and everything wardless. */
  whole: Wards;
  /** Provinces whose own records (its report) it reads: its province's, when it reads all of it; null: every one, and the nation's. */
  provinces: ReadonlySet<number> | null;
}
const reaches = new WeakMap<Viewer, Reach>();

/** Only the wards of `ids` inside the unit. */
const within = (unit: Wards, ids: readonly number[]): ReadonlySet<number> => new Set(unit === null ? ids : ids.filter((w) => unit.has(w)));

function reachOf(v: Viewer): Reach {
  let r = reaches.get(v);
  if (r) return r;
  const unit = v.unit.wards;
  const overview = v.home.wards;
  switch (v.role) {
    case Role.DISTRICT_OPERATOR:
      r = { details: unit, overview, whole: v.unit.districts, provinces: provincesOf(v) };
      break;
    case Role.OBSERVER:
      r =
        v.observerWardIds === null
          ? { details: unit, overview, whole: v.unit.districts, provinces: provincesOf(v) }
          : { details: within(unit, v.observerWardIds), overview: within(unit, v.observerWardIds), whole: NO_WARDS, provinces: NO_WARDS };
      break;
    case Role.WARD_OFFICER:
      r = { details: v.wardId === null ? NO_WARDS : new Set([v.wardId]), overview, whole: NO_WARDS, provinces: NO_WARDS };
      break;
    case Role.LIAISON:
      r = { details: NO_WARDS, overview, whole: NO_WARDS, provinces: NO_WARDS };
      break;
    case Role.SUPERVISOR:
      r = { details: within(unit, v.teamWardIds ?? []), overview, whole: NO_WARDS, provinces: NO_WARDS };
      break;
  }
  reaches.set(v, r);
  return r;
}

/**
 * The provinces a unit holds whole: the nation every one (null), a province itself; a district or ward
 * none, even one that is all of its deployment (a province's report is never compiled there).
 */
function provincesOf(v: Viewer): ReadonlySet<number> | null {
  if (v.unit.level === UnitLevel.NATION) return null;
  return v.unit.level === UnitLevel.PROVINCE && v.unit.id !== null ? new Set([v.unit.id]) : NO_WARDS;
}

/** Wards whose details the viewer may read; null = every ward. */
export function readableWards(v: Viewer): Wards {
  return reachOf(v).details;
}

const inWards = (wards: Wards, wardId: number | null) => wards === null || (wardId !== null && wards.has(wardId));
/** A record over several wards is read by whoever reads any of them. */
const inAnyWard = (wards: Wards, r: { wardId: number | null; wardIds?: readonly number[] }) =>
  r.wardIds?.length ? r.wardIds.some((w) => inWards(wards, w)) : inWards(wards, r.wardId);
/** A record of no ward is its district's (or, without a district, the deployment's): read by who reads all of it. */
const ofDistrict = (whole: Wards, districtId: number | null | undefined) => whole === null || (districtId != null && whole.has(districtId));
/** A record of no ward nor district is its province's, read by who reads all of that; of no province either, the nation's. */
const ofProvince = (r: Reach, provinceId: number | null | undefined) =>
  r.whole === null || (provinceId != null && r.provinces !== null && r.provinces.has(provinceId));
/** A ward's record by its ward, a district-wide one by its district, a province-wide one by its province. */
const placed = (v: Viewer, r: { wardId: number | null; wardIds?: readonly number[]; districtId?: number | null; provinceId?: number | null }) => {
  const reach = reachOf(v);
  if (r.wardId !== null || r.wardIds?.length) return inAnyWard(reach.details, r);
  return r.districtId != null ? ofDistrict(reach.whole, r.districtId) : ofProvince(reach, r.provinceId);
};
/** A liaison's agency works only in the liaison's unit (Điện lực Hai Bà Trưng is not Hà Giang's). */
const inUnit = (v: Viewer, r: { wardId: number | null; wardIds?: readonly number[] }) => inAnyWard(v.unit.wards, r);

const RULES: { [K in ScopeKind]: (v: Viewer, r: ScopeFacts[K]) => boolean } = {
  ward: (v, w) => inWards(reachOf(v).overview, w.id),
  district: (v, d) => v.home.level === UnitLevel.NATION || (v.home.level === UnitLevel.PROVINCE && v.home.id === d.provinceId) || v.home.districtId === d.id,
  province: (v, p) => v.home.level === UnitLevel.NATION || v.home.provinceId === p.id,
  pollingArea: (v, a) => inWards(readableWards(v), a.wardId),
  incident: (v, i) => (v.role === Role.LIAISON ? v.agencyId !== null && i.agencyIds.includes(v.agencyId) && inUnit(v, i) : inAnyWard(readableWards(v), i)),
  task: (v, t) => (v.role === Role.LIAISON ? v.agencyId === t.agencyId && inUnit(v, t) : inAnyWard(readableWards(v), t)),
  event: (v, e) => (v.role === Role.LIAISON ? v.agencyCode !== null && e.agencies.includes(v.agencyCode) && inUnit(v, e) : placed(v, e)),
  finding: (v, f) => inWards(readableWards(v), f.wardId),
  situationReport: (v, r) => placed(v, r),
  complaint: (v, c) => placed(v, c),
};

/**
 * Every ward whose events (those with a ward) the viewer may read lies in this set; null: any ward.
 * The live hub finds a subscriber through the wards of an event instead of asking every subscriber
 * of the country about it; `mayRead` still decides.
 */
export function eventWards(v: Viewer): Wards {
  return v.role === Role.LIAISON ? v.unit.wards : readableWards(v);
}

/** May the viewer read this record? */
export function mayRead<K extends ScopeKind>(v: Viewer, kind: K, record: ScopeFacts[K]): boolean {
  return RULES[kind](v, record);
}

export function assertMayRead<K extends ScopeKind>(v: Viewer, kind: K, record: ScopeFacts[K]): void {
  if (!mayRead(v, kind, record)) throw new DomainError('forbidden');
}

const ALL: ScopeFilter = { sql: 'TRUE', params: {} };
const NONE: ScopeFilter = { sql: 'FALSE', params: {} };

/** A set of ids as one array parameter (a province is ~600 wards: one parameter, not 600). */
function idsIn(column: string, ids: Wards, param: string): ScopeFilter {
  if (ids === null) return ALL;
  if (ids.size === 0) return NONE;
  return { sql: `${column} = ANY(:${param})`, params: { [param]: [...ids] } };
}

const or = (a: ScopeFilter, b: ScopeFilter): ScopeFilter =>
  a === ALL || b === ALL ? ALL : a === NONE ? b : b === NONE ? a : { sql: `(${a.sql} OR ${b.sql})`, params: { ...a.params, ...b.params } };
const and = (a: ScopeFilter, b: ScopeFilter): ScopeFilter =>
  a === NONE || b === NONE ? NONE : a === ALL ? b : b === ALL ? a : { sql: `(${a.sql} AND ${b.sql})`, params: { ...a.params, ...b.params } };

/** A record over several wards: its own, or any in its `wardIds` (empty: its own alone). */
function anyWardFilter(wards: Wards, alias: string, param = 'scopeWards'): ScopeFilter {
  const f = idsIn(`${alias}.wardId`, wards, param);
  if (f === ALL || f === NONE) return f;
  return { sql: `(${f.sql} OR ${alias}.wardIds && :${param}::int[])`, params: f.params };
}

/**
 * A ward's record by its ward, a district-wide one (no ward) by its district and, where the table has
 * `provinceId` (`provinces`), a province-wide one (no district either) by its province.
 */
function placedFilter(v: Viewer, alias: string, opts: { multiWard: boolean; provinces: boolean }): ScopeFilter {
  const r = reachOf(v);
  const byWard = opts.multiWard ? anyWardFilter(r.details, alias) : idsIn(`${alias}.wardId`, r.details, 'scopeWards');
  const wardless: ScopeFilter = { sql: `${alias}.wardId IS NULL`, params: {} };
  if (r.whole === null) return or(byWard, wardless);
  const ofDistricts = and(wardless, idsIn(`${alias}.districtId`, r.whole, 'scopeDistricts'));
  const ofProvinces = opts.provinces
    ? and({ sql: `(${alias}.wardId IS NULL AND ${alias}.districtId IS NULL)`, params: {} }, idsIn(`${alias}.provinceId`, r.provinces, 'scopeProvinces'))
    : NONE;
  return or(or(byWard, ofDistricts), ofProvinces);
}

/**
 * The rows of `kind` the viewer may read, as a condition on the query's `alias` (TypeORM property
 * paths: `alias.wardId`). Must select exactly the rows `mayRead` accepts; scope.test.ts checks both
 * against the same table.
 */
export function readFilter(v: Viewer, kind: ScopeKind, alias: string): ScopeFilter {
  const liaison = v.role === Role.LIAISON;
  const unit = anyWardFilter(v.unit.wards, alias, 'scopeUnitWards');
  switch (kind) {
    case 'ward':
      return idsIn(`${alias}.id`, reachOf(v).overview, 'scopeWards');
    case 'district':
      return v.home.level === UnitLevel.NATION
        ? ALL
        : v.home.level === UnitLevel.PROVINCE
          ? { sql: `${alias}.provinceId = :scopeProvince`, params: { scopeProvince: v.home.id } }
          : { sql: `${alias}.id = :scopeDistrict`, params: { scopeDistrict: v.home.districtId ?? 0 } };
    case 'province':
      return v.home.level === UnitLevel.NATION ? ALL : { sql: `${alias}.id = :scopeProvince`, params: { scopeProvince: v.home.provinceId ?? 0 } };
    case 'pollingArea':
    case 'finding':
      return idsIn(`${alias}.wardId`, readableWards(v), 'scopeWards');
    case 'incident':
      return liaison
        ? and(
            {
              sql: `EXISTS (SELECT 1 FROM tasks scope_t WHERE scope_t."incidentId" = ${alias}.id AND scope_t."agencyId" = :scopeAgency)`,
              params: { scopeAgency: v.agencyId ?? 0 },
            },
            unit,
          )
        : anyWardFilter(readableWards(v), alias);
    case 'task':
      return liaison
        ? and({ sql: `${alias}.agencyId = :scopeAgency`, params: { scopeAgency: v.agencyId ?? 0 } }, unit)
        : anyWardFilter(readableWards(v), alias);
    case 'event':
      return liaison
        ? and({ sql: `:scopeAgencyCode = ANY(${alias}.agencies)`, params: { scopeAgencyCode: v.agencyCode ?? '' } }, unit)
        : placedFilter(v, alias, { multiWard: true, provinces: true });
    case 'situationReport':
      return placedFilter(v, alias, { multiWard: false, provinces: true });
    case 'complaint':
      return placedFilter(v, alias, { multiWard: false, provinces: false });
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
  'Complaint.complainant': (v: Viewer, complaint: { wardId: number | null; districtId?: number | null }) =>
    v.role === Role.DISTRICT_OPERATOR && placed(v, complaint),
  'PollingArea.statusHistory': (v: Viewer, area: { wardId: number }) => mayRead(v, 'pollingArea', area),
  'PollingArea.turnoutReports': (v: Viewer, area: { wardId: number }) => mayRead(v, 'pollingArea', area),
  'PollingArea.relocations': (v: Viewer, area: { wardId: number }) => mayRead(v, 'pollingArea', area),
} as const;
export type ScopedField = keyof typeof FIELD_RULES;

/** May the viewer read who filed any complaint at all? (`Complaint.complainant` is true for none but operators'.) */
export function readsSomeComplainants(v: Viewer): boolean {
  return v.role === Role.DISTRICT_OPERATOR;
}

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
  const unit = (u: Viewer['unit']) => `${u.level}:${u.id ?? '*'}`;
  return [v.role, unit(v.unit), unit(v.home), v.wardId ?? '-', v.agencyCode ?? '-', v.agencyId ?? '-', wards(v.observerWardIds), wards(v.teamWardIds)].join(
    '|',
  );
}

/** May the viewer file a supervision finding in this ward? The operator of its unit, or a member of the team that follows it. */
export function mayFileFinding(v: Viewer, wardId: number): boolean {
  return (v.role === Role.DISTRICT_OPERATOR && inWards(v.unit.wards, wardId)) || (v.role === Role.SUPERVISOR && (v.teamWardIds ?? []).includes(wardId));
}

/** May the viewer change a ward's incidents, turnout, checklist and statuses? The operator of a unit it lies in, or its own officer. */
export function mayWriteWard(v: Viewer, wardId: number): boolean {
  return (v.role === Role.DISTRICT_OPERATOR && inWards(v.unit.wards, wardId)) || (v.role === Role.WARD_OFFICER && v.wardId === wardId);
}

/** May the viewer change a record of a district as a whole (its complaints, its report)? The operator of a unit it lies in. */
export function mayWriteDistrict(v: Viewer, districtId: number | null): boolean {
  return v.role === Role.DISTRICT_OPERATOR && ofDistrict(v.unit.districts, districtId);
}

/** May the viewer change a record of a province as a whole (its report)? The operator of that province or of the nation. */
export function mayWriteProvince(v: Viewer, provinceId: number): boolean {
  return v.role === Role.DISTRICT_OPERATOR && (v.unit.level === UnitLevel.NATION || (v.unit.level === UnitLevel.PROVINCE && v.unit.id === provinceId));
}

/**
 * A record of one ward, of a district, of a province (no district) or of the deployment (none of them):
 * who may change it. The last is the nation operator's alone (`mayWriteDistrict(v, null)`).
 */
export function mayWritePlace(v: Viewer, r: { wardId: number | null; districtId?: number | null; provinceId?: number | null }): boolean {
  if (r.wardId !== null) return mayWriteWard(v, r.wardId);
  return r.districtId == null && r.provinceId != null ? mayWriteProvince(v, r.provinceId) : mayWriteDistrict(v, r.districtId ?? null);
}

export function assertWritePlace(v: Viewer, r: { wardId: number | null; districtId?: number | null; provinceId?: number | null }): void {
  if (!mayWritePlace(v, r)) throw new DomainError('forbidden');
}

export function assertWriteWard(v: Viewer, wardId: number): void {
  if (!mayWriteWard(v, wardId)) throw new DomainError('forbidden');
}
