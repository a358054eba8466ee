import type { EventsSubscription, EventType } from '@election-ops/schema';
import type { EventTopics, TopicField } from '@election-ops/schema/topics';

/**
 * The log's events as the screens handle them: typed by their `type` from the shared topic map, so
 * an event of type T has the payload fields `EventTopics[T]` names, non-null. The socket's raw event
 * (every payload field nullable) is narrowed once, as it arrives (`toLiveEvent`); from there on a
 * `switch (e.type)` knows what each event carries.
 */

/** An event as the `events` subscription delivers it. */
export type RawEvent = EventsSubscription['events'];
type Type = keyof EventTopics;

/** The payload fields an event of type T carries that the subscription selects. */
type Carried<T extends Type> = Extract<EventTopics[T], keyof RawEvent>;

/** An event of type T: the fields its topic names are there; the others stay as the raw event has them. */
export type EventOf<T extends Type> = Omit<RawEvent, 'type' | Carried<T>> & { type: T } & { [K in Carried<T>]: NonNullable<RawEvent[K]> };

/** Every event this build knows, discriminated by `type`. */
export type LiveEvent = { [T in Type]: EventOf<T> }[Type];

/**
 * An event this build cannot read: a type added to the log since it was built, or a payload without
 * what its type promises. Only its seq counts (it has been seen); nothing is applied.
 */
export interface UnreadableEvent {
  type: null;
  seq: number;
  at: string;
}

/** What the socket hands on. */
export type Received = LiveEvent | UnreadableEvent;

/** The fields each type must carry, checked when an event arrives (the topic map is types only). */
const CARRIES = {
  INCIDENT_REPORTED: ['incident'],
  INCIDENT_ACKNOWLEDGED: ['incident'],
  INCIDENT_IN_PROGRESS: ['incident'],
  INCIDENT_RESOLVED: ['incident'],
  INCIDENT_REOPENED: ['incident'],
  INCIDENT_NOTE_ADDED: ['incident'],
  TASK_DISPATCHED: ['task', 'incident'],
  TASK_ACKNOWLEDGED: ['task', 'incident'],
  TASK_STARTED: ['task', 'incident'],
  TASK_DONE: ['task', 'incident'],
  TASK_DECLINED: ['task', 'incident'],
  TASK_CANCELLED: ['task', 'incident'],
  TASK_OVERDUE: ['task'],
  TURNOUT_REPORTED: ['turnoutReport', 'pollingArea'],
  TURNOUT_VERIFIED: ['turnoutReport', 'pollingArea'],
  POLLING_AREA_STATUS_CHANGED: ['pollingArea'],
  CHECKLIST_ITEM_SET: ['pollingArea', 'checklistItem', 'checklistDone'],
  POLLING_AREA_LATE: ['pollingArea', 'checkpoint'],
  FINDING_REPORTED: ['finding'],
  FINDING_ADDRESSED: ['finding'],
  FINDING_ESCALATED: ['finding', 'incident'],
  SITUATION_REPORT_COMPILED: ['situationReport'],
  SITUATION_REPORT_SENT: ['situationReport'],
  COMPLAINT_RECEIVED: ['complaint'],
  COMPLAINT_ASSIGNED: ['complaint'],
  COMPLAINT_ANSWERED: ['complaint'],
  COMPLAINT_CLOSED: ['complaint'],
  COMPLAINT_TRANSFERRED: ['complaint'],
  COMPLAINT_OVERDUE: ['complaint'],
  BALLOT_BOX_VISIT_REQUESTED: ['ballotBoxVisit'],
  BALLOT_BOX_VISIT_SCHEDULED: ['ballotBoxVisit'],
  BALLOT_BOX_VISIT_RECORDED: ['ballotBoxVisit'],
  BALLOT_BOX_VISIT_CANCELLED: ['ballotBoxVisit'],
  VOTER_LIST_CHANGED: ['voterListChange', 'pollingArea'],
  POLLING_AREA_RELOCATED: ['pollingArea', 'relocation'],
} as const satisfies { [T in Type]: readonly Carried<T>[] };

/** The raw event narrowed by its type, or an `UnreadableEvent` when it is not what its type promises. */
export function toLiveEvent(raw: RawEvent): Received {
  const fields: readonly (keyof RawEvent)[] | undefined = Object.hasOwn(CARRIES, raw.type) ? CARRIES[raw.type] : undefined;
  if (!fields || fields.some((f) => raw[f] == null)) return { type: null, seq: raw.seq, at: raw.at };
  return raw as LiveEvent;
}

/** For a `switch (e.type)`'s default: a type no case handles fails to compile here. */
export function assertNever(e: never): never {
  throw new Error(`Unhandled event: ${JSON.stringify(e)}`);
}

// The schema's EventType and the shared topic map name the same types: a type added on one side only
// fails here (the server checks the same in server/src/log/topics.ts).
type Missing = Exclude<EventType, Type> | Exclude<Type, EventType>;
const topicsCoverEveryType: [Missing] extends [never] ? true : Missing = true;
// CARRIES names every field each type's topic promises (and, by its `satisfies`, no other).
type Unchecked = { [T in Type]: Exclude<Carried<T>, (typeof CARRIES)[T][number]> }[Type];
const everyFieldChecked: [Unchecked] extends [never] ? true : Unchecked = true;
// The subscription selects every payload field but `note` (the timeline loads the notes it shows); a
// situation report comes without its figures (the reports screen loads them): a field added to the
// topic map is selected in schema/operations/Events.graphql, or listed here.
type Unselected = Exclude<TopicField, keyof RawEvent>;
type Unshown = 'note';
const onlyUnshownUnselected: [Unselected, Unshown] extends [Unshown, Unselected] ? true : Unselected = true;
void topicsCoverEveryType;
void everyFieldChecked;
void onlyUnshownUnselected;
