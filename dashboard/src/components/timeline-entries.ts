import type { IncidentTimelineQuery } from '@election-ops/schema';

type Event = IncidentTimelineQuery['incidentTimeline'][number];
type Note = NonNullable<IncidentTimelineQuery['incident']>['notes'][number];

/** One line of an incident's timeline: what happened, what was said with it, and who (a display name). */
export interface TimelineEntry {
  seq: number;
  type: string;
  at: string;
  agency: string | null;
  /** The reason, note or text that came with the change. */
  detail: string | null;
  /** Display name of who did it; null for the system. */
  who: string | null;
}

/** What each kind of event carries as its words. */
function detailOf(e: Event): string | null {
  switch (e.type) {
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

/**
 * The events of an incident in order, each note event with its note's text and author: the n-th
 * INCIDENT_NOTE_ADDED is the n-th note, both in the order they were written.
 */
export function timelineEntries(events: readonly Event[], notes: readonly Note[]): TimelineEntry[] {
  const ordered = [...notes].sort((a, b) => a.at.localeCompare(b.at));
  let noteIndex = 0;
  return events.map((e) => {
    const note = e.type === 'INCIDENT_NOTE_ADDED' ? ordered[noteIndex++] : undefined;
    return {
      seq: e.seq,
      type: e.type,
      at: e.at,
      agency: e.task?.agency.code ?? null,
      detail: note ? note.text : detailOf(e),
      who: note?.author ?? e.actorName ?? null,
    };
  });
}
