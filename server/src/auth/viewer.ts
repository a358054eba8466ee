import { DomainError } from '../errors.js';
import type { AgencyCode } from '../modules/agencies/agency.entity.js';
import { UnitLevel } from '../modules/units/enums.js';
import { Role } from '../modules/users/user.entity.js';

/**
 * An administrative unit with what lies inside it, resolved once when the viewer is read, so every
 * scope rule is a set lookup (the live hub asks one per event and subscriber group).
 */
export interface UnitSpan {
  level: UnitLevel;
  /** The unit's id; null for the nation. */
  id: number | null;
  /** The wards inside it; null: every ward. */
  wards: ReadonlySet<number> | null;
  /** The districts inside it whole; null: every district. */
  districts: ReadonlySet<number> | null;
  /** The province it is or lies in; null for the nation. */
  provinceId: number | null;
  /** The district it is or lies in; null for the nation and a province. */
  districtId: number | null;
}

/** The whole deployment: an account without a unit (the tools' and older accounts). */
export const NATION: UnitSpan = Object.freeze({ level: UnitLevel.NATION, id: null, wards: null, districts: null, provinceId: null, districtId: null });

/** The signed-in caller, with the facts its scope is decided from (src/scope/scope.ts decides). */
export interface Viewer {
  id: number;
  username: string;
  role: Role;
  wardId: number | null;
  agencyId: number | null;
  agencyCode: AgencyCode | null;
  /** Observer's wards; null = all. */
  observerWardIds: number[] | null;
  /** A supervisor's team and the wards it follows (null for everyone else). */
  teamId: number | null;
  teamWardIds: number[] | null;
  /** The account's session version this viewer was read at: an open socket is signed out once it moves on. */
  sessionVersion: number;
  /** The unit the account works in: nation, province, district or ward (a ward officer's: its ward). */
  unit: UnitSpan;
  /**
   * The unit whose wards and totals it reads: its own, except a ward officer's, which is its ward's
   * district (SPEC 2: own ward in full, district totals).
   */
  home: UnitSpan;
}

export function requireViewer(viewer: Viewer | null | undefined): Viewer {
  if (!viewer) throw new DomainError('unauthenticated');
  return viewer;
}

export function requireRole(viewer: Viewer | null | undefined, ...roles: Role[]): Viewer {
  const v = requireViewer(viewer);
  if (!roles.includes(v.role)) throw new DomainError('forbidden');
  return v;
}
