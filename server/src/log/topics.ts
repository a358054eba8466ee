import type { EventTopics, TopicField } from '@election-ops/schema/topics';
import type { BallotBoxVisit } from '../modules/visits/visit.entity.js';
import type { Complaint } from '../modules/complaints/complaint.entity.js';
import type { IncidentNote } from '../modules/incidents/incident-note.entity.js';
import type { Incident } from '../modules/incidents/incident.entity.js';
import type { PollingArea, PollingAreaRelocation } from '../modules/polling-areas/polling-area.entity.js';
import type { ChecklistItem } from '../modules/readiness/checklist.entity.js';
import type { ReportHeading } from '../modules/reports/situation-report.entity.js';
import type { Finding } from '../modules/supervision/finding.entity.js';
import type { Task } from '../modules/tasks/task.entity.js';
import type { TurnoutReport } from '../modules/turnout/turnout-report.entity.js';
import type { VoterListChange } from '../modules/voter-list/voter-list-change.entity.js';
import { EventType } from './event.entity.js';

/** What each payload field holds when it is emitted: the record as it is after the change. */
export interface TopicRecords {
  incident: Incident;
  task: Task;
  turnoutReport: TurnoutReport;
  pollingArea: PollingArea;
  note: IncidentNote;
  checklistItem: ChecklistItem;
  checklistDone: boolean;
  checkpoint: string;
  finding: Finding;
  /** Without its figures (6-21 kB each, to every screen of its unit): read by id when asked for. */
  situationReport: ReportHeading;
  complaint: Complaint;
  ballotBoxVisit: BallotBoxVisit;
  voterListChange: VoterListChange;
  relocation: PollingAreaRelocation;
}

/** The payload of an event of type T: exactly the fields the topic map names for it. */
export type Payload<T extends EventType> = { [K in EventTopics[`${T}`]]: TopicRecords[K] };

/** An event as a service states it; seq, time and actor are given when it is written. */
export type NewEvent = {
  [T in EventType]: {
    type: T;
    wardId: number | null;
    /** Every ward it concerns, when more than `wardId` (an incident over several wards). */
    wardIds?: number[];
    /** The district of a change to a district as a whole (`wardId` null): who reads all of it reads the event. */
    districtId?: number | null;
    /** The province of a change to a province as a whole (`wardId` and `districtId` null); none of the three: the nation's. */
    provinceId?: number | null;
    /** Agencies whose liaisons may read it (the agencies with tasks on the incident). */
    agencies?: string[];
    data: Payload<T>;
  };
}[EventType];

/** A record as the log stores it: its JSON (dates as ISO strings), read back with `revive`. */
type Stored<V> = V extends object
  ? Record<string, unknown> & { [K in keyof V]?: V[K] extends Date ? string : V[K] extends Date | null ? string | null : V[K] }
  : V;

/** The payload as read back from the log, whatever the type (narrow on `type` to know which are set). */
export type StoredPayload = { [K in TopicField]?: Stored<TopicRecords[K]> };

// The server's EventType and the shared topic map must name the same types: a type added on one side
// only fails here.
type Missing = Exclude<`${EventType}`, keyof EventTopics> | Exclude<keyof EventTopics, `${EventType}`>;
const topicsCoverEveryType: [Missing] extends [never] ? true : Missing = true;
void topicsCoverEveryType;

/** The event types whose payload is exactly the fields F: for a service that emits any one of them. */
export type TypesCarrying<F extends TopicField> = {
  [T in EventType]: [EventTopics[`${T}`]] extends [F] ? ([F] extends [EventTopics[`${T}`]] ? T : never) : never;
}[EventType];

/**
 * The per-area figures: a screen above the district (`events(figures: false)`) leaves them out and
 * follows its units' totals instead, conflated to one update a second.
 */
export const FIGURE_EVENTS: ReadonlySet<EventType> = new Set([
  EventType.TURNOUT_REPORTED,
  EventType.TURNOUT_VERIFIED,
  EventType.CHECKLIST_ITEM_SET,
  EventType.VOTER_LIST_CHANGED,
]);

/**
 * A situation report's events. A screen above several districts (`events(figures: false)` of a city's
 * or the nation's observer) leaves out the wards' (the nation's 10,614 a checkpoint): it lists the
 * reports of districts and above only.
 */
export const REPORT_EVENTS: ReadonlySet<EventType> = new Set([EventType.SITUATION_REPORT_COMPILED, EventType.SITUATION_REPORT_SENT]);

/** What a subscriber leaves out of the events it may read. */
export interface EventFilter {
  /** One ward's only. */
  wardId?: number | null;
  /** False: without FIGURE_EVENTS. */
  figures?: boolean;
  /** False: without the wards' REPORT_EVENTS. */
  wardReports?: boolean;
}

/** The subscriber reads the event, by its filter (its scope is decided apart: scope.ts). */
export function passes(f: EventFilter, e: { type: EventType; wardId: number | null; wardIds?: number[] | null }): boolean {
  if (f.wardId != null && e.wardId !== f.wardId && !e.wardIds?.includes(f.wardId)) return false;
  if (f.figures === false && FIGURE_EVENTS.has(e.type)) return false;
  return f.wardReports !== false || e.wardId === null || !REPORT_EVENTS.has(e.type);
}
