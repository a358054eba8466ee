import type { AgencyCode, EventType, IncidentTimelineQuery } from '@election-ops/schema';

type Event = IncidentTimelineQuery['incidentTimeline'][number];

/** One line of an incident's timeline: what happened, what was said with it, and who (a display name). */
export interface TimelineEntry {
  seq: number;
  type: EventType;
  at: string;
  agency: AgencyCode | null;
  /** The note, reason or outcome that came with the change. */
  detail: string | null;
  /** Display name of who did it; null for the system. */
  who: string | null;
}

/** What each kind of event carries as its words. */
function detailOf(e: Event): string | null {
  switch (e.type) {
    case 'INCIDENT_NOTE_ADDED':
      return e.note?.text ?? null;
    case 'INCIDENT_REOPENED':
    case 'INCIDENT_RESOLVED':
      return e.incident?.note ?? null;
    case 'TASK_DECLINED':
      return e.task?.declineReason ?? null;
    case 'TASK_CANCELLED':
      return e.task?.cancelReason ?? null;
    case 'TASK_DISPATCHED':
    case 'TASK_DONE':
      return e.task?.note ?? null;
    default:
      return null;
  }
}

/** The events of an incident in order, each with its words and the display name of who acted. */
export function timelineEntries(events: readonly Event[]): TimelineEntry[] {
  return events.map((e) => ({
    seq: e.seq,
    type: e.type,
    at: e.at,
    agency: e.task?.agency.code ?? null,
    detail: detailOf(e),
    who: e.note?.author ?? e.actorName ?? null,
  }));
}
