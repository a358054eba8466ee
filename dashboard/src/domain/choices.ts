import type { AgencyCode, IncidentCategory } from '@election-ops/schema';
import type vi from '../i18n/vi';
import type { Covers } from './statuses';

/** What the forms offer to choose from, in the order offered, typed by the schema's enums. */

/** The most frequent on election day first (SPEC 3's list). */
export const INCIDENT_CATEGORIES = [
  'POWER_OUTAGE',
  'STORM',
  'FLOOD',
  'FIRE',
  'SECURITY',
  'SANITATION',
  'MEDICAL',
  'MATERIALS',
  'COMPLAINT',
  'OTHER',
] as const satisfies readonly IncidentCategory[];
/** The agencies an incident is dispatched to. */
export const AGENCY_CODES = ['POWER', 'SANITATION', 'FIRE', 'POLICE', 'HEALTH'] as const satisfies readonly AgencyCode[];

export const categoryLabel = (c: IncidentCategory) => `enum.IncidentCategory.${c}` as const;
export const agencyLabel = (a: AgencyCode) => `enum.AgencyCode.${a}` as const;

type Messages = typeof vi;
const listsCoverTheirEnums: [
  Covers<IncidentCategory, typeof INCIDENT_CATEGORIES>,
  Covers<AgencyCode, typeof AGENCY_CODES>,
  Covers<IncidentCategory, (keyof Messages['enum']['IncidentCategory'])[]>,
  Covers<AgencyCode, (keyof Messages['enum']['AgencyCode'])[]>,
] = [true, true, true, true];
void listsCoverTheirEnums;
