import { DomainError } from '../errors.js';
import type { AgencyCode } from '../modules/agencies/agency.entity.js';
import { Role } from '../modules/users/user.entity.js';

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
