import type { ComplaintEventsQuery, EventType } from '@election-ops/schema';

type LoggedEvent = ComplaintEventsQuery['events'][number];

/** One line of a complaint's timeline: what happened, what was said or decided with it, and who. */
export interface ComplaintTimelineEntry {
  seq: number;
  type: EventType;
  at: string;
  /** The handler named, the answer given, the body it went to (and the note). */
  detail: string | null;
  /** Display name of who did it; null for the system (the overdue mark). */
  who: string | null;
}

/** The words each kind of complaint event carries. */
function detailOf(e: LoggedEvent): string | null {
  const c = e.complaint;
  switch (e.type) {
    case 'COMPLAINT_ASSIGNED':
      return c?.assignee ?? null;
    case 'COMPLAINT_ANSWERED':
      return c?.answer ?? null;
    case 'COMPLAINT_TRANSFERRED':
      return [c?.transferredTo, c?.transferNote].filter(Boolean).join(': ') || null;
    default:
      return null;
  }
}

/** One page of the log after a seq (the `events` query), as many as `limit`. */
export type ReadPage = (after: number, limit: number) => Promise<readonly LoggedEvent[]>;

/**
 * The complaint events of the log, by complaint. The log has no filter by complaint, so it is read
 * once from the start, page by page, keeping only complaint events, and then only from where it
 * stopped: opening another complaint, or one that changed, costs a page of what is new. Reads never
 * overlap; one asked for during a read runs after it.
 */
export class ComplaintLog {
  private readonly byComplaint = new Map<string, ComplaintTimelineEntry[]>();
  private readTo = 0;
  private reading: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly read: ReadPage,
    private readonly pageSize = 1000,
  ) {}

  /** The timeline of one complaint as far as the log has been read, oldest first. */
  of(complaintId: string): readonly ComplaintTimelineEntry[] {
    return this.byComplaint.get(complaintId) ?? [];
  }

  /** Read what the log holds beyond what was read; resolves once it is all in. */
  catchUp(): Promise<void> {
    if (this.reading) {
      this.again = true;
      return this.reading;
    }
    this.reading = (async () => {
      do {
        this.again = false;
        await this.readToEnd();
      } while (this.again);
    })().finally(() => (this.reading = null));
    return this.reading;
  }

  private async readToEnd(): Promise<void> {
    for (;;) {
      const page = await this.read(this.readTo, this.pageSize);
      for (const e of page) {
        if (!e.complaint || e.seq <= this.readTo) continue;
        const list = this.byComplaint.get(e.complaint.id) ?? [];
        list.push({ seq: e.seq, type: e.type, at: e.at, detail: detailOf(e), who: e.actorName ?? null });
        this.byComplaint.set(e.complaint.id, list);
      }
      if (page.length) this.readTo = Math.max(this.readTo, page[page.length - 1].seq);
      if (page.length < this.pageSize) return;
    }
  }
}
