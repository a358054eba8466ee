/**
 * The log's topic map: for every event type, the records its payload carries. The server's emits and
 * the dashboard's event handling are both typed from this one table (types only: nothing runs here),
 * so an emit that leaves out what its type promises, or a screen that forgets a type, fails to compile.
 *
 * Each consumer checks that its own list of event types and this table agree (see server/src/log/topics.ts
 * and dashboard/src/live/events.ts).
 */
export interface EventTopics {
  INCIDENT_REPORTED: 'incident';
  INCIDENT_ACKNOWLEDGED: 'incident';
  INCIDENT_IN_PROGRESS: 'incident';
  INCIDENT_RESOLVED: 'incident';
  INCIDENT_REOPENED: 'incident';
  INCIDENT_NOTE_ADDED: 'incident' | 'note';
  TASK_DISPATCHED: 'task' | 'incident';
  TASK_ACKNOWLEDGED: 'task' | 'incident';
  TASK_STARTED: 'task' | 'incident';
  TASK_DONE: 'task' | 'incident';
  TASK_DECLINED: 'task' | 'incident';
  TASK_CANCELLED: 'task' | 'incident';
  /** Raised by the system: the task as it was when its acknowledgement fell due. */
  TASK_OVERDUE: 'task';
  TURNOUT_REPORTED: 'turnoutReport' | 'pollingArea';
  /** The operator confirmed a flagged figure. */
  TURNOUT_VERIFIED: 'turnoutReport' | 'pollingArea';
  POLLING_AREA_STATUS_CHANGED: 'pollingArea';
  CHECKLIST_ITEM_SET: 'pollingArea' | 'checklistItem' | 'checklistDone';
  /** Raised by the system: the area missed `checkpoint`. */
  POLLING_AREA_LATE: 'pollingArea' | 'checkpoint';
  FINDING_REPORTED: 'finding';
  FINDING_ADDRESSED: 'finding';
  /** The operator turned a finding into an incident (its INCIDENT_REPORTED follows). */
  FINDING_ESCALATED: 'finding' | 'incident';
  /** Raised by the system: a checkpoint's report for the district (wardId null) or a ward, as compiled. */
  SITUATION_REPORT_COMPILED: 'situationReport';
  SITUATION_REPORT_SENT: 'situationReport';
  /**
   * The complaints register (SPEC 8.4): the complaint as it is after the change. Never its complainant:
   * that lives apart, and only the district operator reads it (through the query, not the log).
   */
  COMPLAINT_RECEIVED: 'complaint';
  COMPLAINT_ASSIGNED: 'complaint';
  COMPLAINT_ANSWERED: 'complaint';
  COMPLAINT_CLOSED: 'complaint';
  COMPLAINT_TRANSFERRED: 'complaint';
  /** Raised by the system: past its deadline and not answered. */
  COMPLAINT_OVERDUE: 'complaint';
  /** The auxiliary ballot box (SPEC 8.5): the visit as it is after the change. */
  BALLOT_BOX_VISIT_REQUESTED: 'ballotBoxVisit';
  BALLOT_BOX_VISIT_SCHEDULED: 'ballotBoxVisit';
  BALLOT_BOX_VISIT_RECORDED: 'ballotBoxVisit';
  BALLOT_BOX_VISIT_CANCELLED: 'ballotBoxVisit';
  /** A change to an area's voter list, with the area and its new registered figure. */
  VOTER_LIST_CHANGED: 'voterListChange' | 'pollingArea';
  /** The operator moved an area's site: the area at its new site, and where it came from. */
  POLLING_AREA_RELOCATED: 'pollingArea' | 'relocation';
}

export type TopicType = keyof EventTopics;
/** Every field a payload may carry. */
export type TopicField = EventTopics[TopicType];
/** The fields an event of type T carries (and only those). */
export type TopicFields<T extends TopicType> = EventTopics[T];
