import type { ComplaintStatus, FindingStatus, IncidentStatus, PollingAreaStatus, Severity, TaskStatus, TurnoutFlag } from '@election-ops/schema';
import type vi from '../i18n/vi';

/**
 * The lifecycles' statuses and the severities as the screens use them, typed by the schema's enums:
 * their order, which are still active and which finished, and the key of each one's label in
 * i18n/vi.ts and en.ts. Every screen takes them from here, so a status the schema adds fails to
 * compile until it is placed (see the checks at the end).
 */

/** Most severe first: the one order every list, filter and form uses. */
export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const satisfies readonly Severity[];
/** REPORTED → ACKNOWLEDGED → IN_PROGRESS → RESOLVED (reopen goes back to REPORTED). */
export const INCIDENT_STATUSES = ['REPORTED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'RESOLVED'] as const satisfies readonly IncidentStatus[];
/** OPEN → ACKNOWLEDGED → IN_PROGRESS → DONE, or DECLINED, or CANCELLED (its incident resolved while it was OPEN). */
export const TASK_STATUSES = ['OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS', 'DONE', 'DECLINED', 'CANCELLED'] as const satisfies readonly TaskStatus[];
/** The order of the day: PREPARING → READY → VOTING ⇄ SUSPENDED → CLOSED → COUNTED. */
export const POLLING_AREA_STATUSES = ['PREPARING', 'READY', 'VOTING', 'SUSPENDED', 'CLOSED', 'COUNTED'] as const satisfies readonly PollingAreaStatus[];

/** A supervision finding: OPEN → ADDRESSED (with the operator's note, or escalated into an incident). */
export const FINDING_STATUSES = ['OPEN', 'ADDRESSED'] as const satisfies readonly FindingStatus[];
/** A complaint: RECEIVED → ASSIGNED → ANSWERED → CLOSED, or TRANSFERRED to the body that settles it. */
export const COMPLAINT_STATUSES = ['RECEIVED', 'ASSIGNED', 'ANSWERED', 'CLOSED', 'TRANSFERRED'] as const satisfies readonly ComplaintStatus[];
/** Why a turnout figure deserves a second look (SPEC 8.3), the likeliest mistake first. */
export const TURNOUT_FLAGS = ['JUMP', 'EARLY_NEAR_FULL', 'OUTLIER', 'FLATLINE', 'CORRECTED'] as const satisfies readonly TurnoutFlag[];

/** 0 for the most severe: sorts by `SEVERITY_RANK[a] - SEVERITY_RANK[b]`. */
export const SEVERITY_RANK = rankOf<Severity>(SEVERITIES);
export const bySeverity = (a: { severity: Severity }, b: { severity: Severity }) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];

/** Incidents still being handled; RESOLVED is the only end. */
export const OPEN_INCIDENT_STATUSES: ReadonlySet<IncidentStatus> = new Set<IncidentStatus>(['REPORTED', 'ACKNOWLEDGED', 'IN_PROGRESS']);
export const isOpenIncident = (i: { status: IncidentStatus }) => OPEN_INCIDENT_STATUSES.has(i.status);

/**
 * Task statuses still waiting on someone. Anything else — DONE, DECLINED, CANCELLED, or a status this
 * build does not know yet — is an end state.
 */
export const ACTIVE_TASK_STATUSES: ReadonlySet<TaskStatus> = new Set<TaskStatus>(['OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS']);
export const isActiveTask = (t: { status: TaskStatus }) => ACTIVE_TASK_STATUSES.has(t.status);

/** Areas whose polls have not opened yet. */
export const NOT_OPENED_STATUSES: ReadonlySet<PollingAreaStatus> = new Set<PollingAreaStatus>(['PREPARING', 'READY']);
/** Areas whose polls have closed (counted or not). */
export const ENDED_STATUSES: ReadonlySet<PollingAreaStatus> = new Set<PollingAreaStatus>(['CLOSED', 'COUNTED']);
/** Statuses in which turnout may be reported (SPEC 3). */
export const TURNOUT_STATUSES: ReadonlySet<PollingAreaStatus> = new Set<PollingAreaStatus>(['VOTING', 'SUSPENDED', 'CLOSED']);
/** Statuses in which an area's voter list may still change (SPEC 8.5): until voting has ended. */
export const LIST_OPEN_STATUSES: ReadonlySet<PollingAreaStatus> = new Set<PollingAreaStatus>(['PREPARING', 'READY', 'VOTING', 'SUSPENDED']);

/** The keys of the labels, for `t(...)`. */
export const severityLabel = (s: Severity) => `enum.Severity.${s}` as const;
export const incidentStatusLabel = (s: IncidentStatus) => `enum.IncidentStatus.${s}` as const;
export const taskStatusLabel = (s: TaskStatus) => `enum.TaskStatus.${s}` as const;
export const areaStatusLabel = (s: PollingAreaStatus) => `enum.PollingAreaStatus.${s}` as const;
export const findingStatusLabel = (s: FindingStatus) => `enum.FindingStatus.${s}` as const;
export const complaintStatusLabel = (s: ComplaintStatus) => `enum.ComplaintStatus.${s}` as const;
export const turnoutFlagLabel = (f: TurnoutFlag) => `enum.TurnoutFlag.${f}` as const;
/** A figure still to be checked by the operator: flagged, not verified. */
export const needsCheck = (r: { flags: readonly TurnoutFlag[]; verified: boolean } | null | undefined): boolean => !!r && r.flags.length > 0 && !r.verified;
/** The short form a phone's area line has room for. */
export const areaStatusShortLabel = (s: PollingAreaStatus) => `ward.statusShort.${s}` as const;

/** Position of each member in `list`. */
function rankOf<E extends string>(list: readonly E[]): Readonly<Record<E, number>> {
  return Object.fromEntries(list.map((e, i) => [e, i])) as Record<E, number>;
}

/** `true` when L names every member of E; else the members it leaves out, which fail to compile below. */
export type Covers<E extends string, L extends readonly string[]> = [Exclude<E, L[number]>] extends [never] ? true : Exclude<E, L[number]>;
type Messages = typeof vi; // en.ts is typed by vi.ts: a label in one is a label in both

// Each ordered list names every member of its enum, and every member has its label.
const listsCoverTheirEnums: [
  Covers<Severity, typeof SEVERITIES>,
  Covers<IncidentStatus, typeof INCIDENT_STATUSES>,
  Covers<TaskStatus, typeof TASK_STATUSES>,
  Covers<PollingAreaStatus, typeof POLLING_AREA_STATUSES>,
  Covers<FindingStatus, typeof FINDING_STATUSES>,
  Covers<TurnoutFlag, typeof TURNOUT_FLAGS>,
  Covers<ComplaintStatus, typeof COMPLAINT_STATUSES>,
] = [true, true, true, true, true, true, true];
const everyStatusLabelled: [
  Covers<Severity, (keyof Messages['enum']['Severity'])[]>,
  Covers<IncidentStatus, (keyof Messages['enum']['IncidentStatus'])[]>,
  Covers<TaskStatus, (keyof Messages['enum']['TaskStatus'])[]>,
  Covers<PollingAreaStatus, (keyof Messages['enum']['PollingAreaStatus'])[]>,
  Covers<PollingAreaStatus, (keyof Messages['ward']['statusShort'])[]>,
  Covers<FindingStatus, (keyof Messages['enum']['FindingStatus'])[]>,
  Covers<TurnoutFlag, (keyof Messages['enum']['TurnoutFlag'])[]>,
  Covers<ComplaintStatus, (keyof Messages['enum']['ComplaintStatus'])[]>,
] = [true, true, true, true, true, true, true, true];
void listsCoverTheirEnums;
void everyStatusLabelled;
