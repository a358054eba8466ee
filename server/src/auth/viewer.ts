import { DomainError } from '../errors.js';
import { AgencyCode } from '../modules/agencies/agency.entity.js';
import { Role } from '../modules/users/user.entity.js';

/** The signed-in caller, with the scope every read and write is checked against. */
export interface Viewer {
  id: number;
  username: string;
  role: Role;
  wardId: number | null;
  agencyId: number | null;
  agencyCode: AgencyCode | null;
  /** Observer's wards; null = all. */
  observerWardIds: number[] | null;
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

/** May the viewer read a ward's details (its areas, incidents, reports)? */
export function canReadWard(v: Viewer, wardId: number): boolean {
  switch (v.role) {
    case Role.DISTRICT_OPERATOR:
      return true;
    case Role.OBSERVER:
      return v.observerWardIds === null || v.observerWardIds.includes(wardId);
    case Role.WARD_OFFICER:
      return v.wardId === wardId;
    case Role.LIAISON:
      return false;
  }
}

/** May the viewer change a ward's incidents, turnout, checklist and statuses? */
export function canWriteWard(v: Viewer, wardId: number): boolean {
  return v.role === Role.DISTRICT_OPERATOR || (v.role === Role.WARD_OFFICER && v.wardId === wardId);
}

export function assertWriteWard(v: Viewer, wardId: number): void {
  if (!canWriteWard(v, wardId)) throw new DomainError('forbidden');
}

export function assertReadWard(v: Viewer, wardId: number): void {
  if (!canReadWard(v, wardId)) throw new DomainError('forbidden');
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
  }
}

/** May the viewer read an event of this ward, concerning these agencies? */
export function canReadEvent(v: Viewer, event: { wardId: number | null; agencies: string[] }): boolean {
  if (v.role === Role.LIAISON) return v.agencyCode !== null && event.agencies.includes(v.agencyCode);
  const wards = readableWards(v);
  if (wards === null) return true;
  return event.wardId !== null && wards.includes(event.wardId);
}
