import type { AgencyCode, ComplaintChannel, ComplaintKind, ComplaintSubject, FindingKind, IncidentCategory } from '@election-ops/schema';
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

/** What a supervision team found: what needs acting on first. */
export const FINDING_KINDS = ['ISSUE', 'RECOMMENDATION', 'GOOD_PRACTICE'] as const satisfies readonly FindingKind[];

/** Complaints (SPEC 8.4): a complaint, a denunciation, a petition — in the order the law names them. */
export const COMPLAINT_KINDS = ['COMPLAINT', 'DENUNCIATION', 'PETITION'] as const satisfies readonly ComplaintKind[];
/** What a complaint is about, the most frequent on election day first (the voter list, the voting). */
export const COMPLAINT_SUBJECTS = ['VOTER_LIST', 'VOTING', 'COUNTING', 'CANDIDATE', 'ORGANISATION', 'OTHER'] as const satisfies readonly ComplaintSubject[];
/** How it came in: at a desk most often. */
export const COMPLAINT_CHANNELS = ['IN_PERSON', 'LETTER', 'PHONE', 'EMAIL'] as const satisfies readonly ComplaintChannel[];

export const categoryLabel = (c: IncidentCategory) => `enum.IncidentCategory.${c}` as const;
export const findingKindLabel = (k: FindingKind) => `enum.FindingKind.${k}` as const;
export const agencyLabel = (a: AgencyCode) => `enum.AgencyCode.${a}` as const;
export const complaintKindLabel = (k: ComplaintKind) => `enum.ComplaintKind.${k}` as const;
export const complaintSubjectLabel = (s: ComplaintSubject) => `enum.ComplaintSubject.${s}` as const;
export const complaintChannelLabel = (c: ComplaintChannel) => `enum.ComplaintChannel.${c}` as const;

type Messages = typeof vi;
const listsCoverTheirEnums: [
  Covers<IncidentCategory, typeof INCIDENT_CATEGORIES>,
  Covers<AgencyCode, typeof AGENCY_CODES>,
  Covers<IncidentCategory, (keyof Messages['enum']['IncidentCategory'])[]>,
  Covers<AgencyCode, (keyof Messages['enum']['AgencyCode'])[]>,
  Covers<FindingKind, typeof FINDING_KINDS>,
  Covers<FindingKind, (keyof Messages['enum']['FindingKind'])[]>,
  Covers<ComplaintKind, typeof COMPLAINT_KINDS>,
  Covers<ComplaintKind, (keyof Messages['enum']['ComplaintKind'])[]>,
  Covers<ComplaintSubject, typeof COMPLAINT_SUBJECTS>,
  Covers<ComplaintSubject, (keyof Messages['enum']['ComplaintSubject'])[]>,
  Covers<ComplaintChannel, typeof COMPLAINT_CHANNELS>,
  Covers<ComplaintChannel, (keyof Messages['enum']['ComplaintChannel'])[]>,
] = [true, true, true, true, true, true, true, true, true, true, true, true];
void listsCoverTheirEnums;
