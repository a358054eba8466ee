import { requireViewer, type Viewer } from '../auth/viewer.js';
import type { Database } from '../db/database.js';
import { DomainError } from '../errors.js';
import { Event } from './event.entity.js';
import { FIGURE_EVENTS, REPORT_EVENTS, type EventFilter } from './topics.js';
import { LogWatermark } from './watermark.js';
import { readFilter } from '../scope/scope.js';

export const MAX_EVENTS_PAGE = 1000;

/** Reads the log with the caller's scope (SPEC: an event a user may not read is never sent to them). */
export class LogReader {
  /** How far the log is final; every read of it stops there. */
  readonly watermark: LogWatermark;

  constructor(private readonly db: Database) {
    this.watermark = new LogWatermark(db);
  }

  async list(viewer: Viewer, after = 0, limit = 100, only: EventFilter = {}): Promise<Event[]> {
    const v = requireViewer(viewer);
    // Refused rather than clamped, so a client asking for more than a page learns it at once.
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_EVENTS_PAGE) throw new DomainError('argumentOutOfRange', `limit 1-${MAX_EVENTS_PAGE}`);
    if (!Number.isSafeInteger(after) || after < 0) throw new DomainError('argumentOutOfRange', 'after ≥ 0');
    const upto = await this.watermark.advance();
    const qb = this.db.dataSource
      .getRepository(Event)
      .createQueryBuilder('e')
      .where('e.seq > :after AND e.seq <= :upto', { after, upto })
      .orderBy('e.seq', 'ASC')
      .limit(limit);
    const scope = readFilter(v, 'event', 'e');
    qb.andWhere(scope.sql, scope.params);
    // The same as `passes`, in SQL.
    if (only.wardId != null) qb.andWhere('(e.wardId = :wardId OR :wardId = ANY(e.wardIds))', { wardId: only.wardId });
    if (only.figures === false) qb.andWhere('NOT (e.type = ANY(:figureTypes))', { figureTypes: [...FIGURE_EVENTS] });
    if (only.wardReports === false) qb.andWhere('NOT (e.type = ANY(:reportTypes) AND e.wardId IS NOT NULL)', { reportTypes: [...REPORT_EVENTS] });
    return this.db.read(() => qb.getMany());
  }

  /** Every event of one incident and its tasks, in order: the incident's timeline. */
  async forIncident(viewer: Viewer, incidentId: number): Promise<Event[]> {
    const v = requireViewer(viewer);
    const qb = this.db.dataSource
      .getRepository(Event)
      .createQueryBuilder('e')
      .where(`((e.data -> 'incident' ->> 'id')::int = :id OR (e.data -> 'task' ->> 'incidentId')::int = :id)`, { id: incidentId })
      .orderBy('e.seq', 'ASC')
      .limit(MAX_EVENTS_PAGE);
    // Ward readers reach this only through an incident they may read; a liaison sees its agency's part.
    const scope = readFilter(v, 'event', 'e');
    qb.andWhere(scope.sql, scope.params);
    return this.db.read(() => qb.getMany());
  }

  /** The log's final seq (0 for an empty log): everything up to it is committed, nothing below it will appear. */
  lastSeq(): Promise<number> {
    return this.watermark.advance();
  }

  /** The highest committed seq, final or not: how far the watermark is behind it (for the metrics; an index's last entry). */
  async newestSeq(): Promise<number> {
    const [{ seq }] = await this.db.read((m) => m.query('SELECT coalesce(max(seq), 0)::int AS seq FROM events'));
    return seq;
  }

  /** The wards that events of these types after `after` up to `upto` concern: what moved, for the totals feed. */
  async wardsMoved(after: number, upto: number, types: readonly string[]): Promise<Set<number>> {
    const rows: { ward: number }[] = await this.db.live((m) =>
      m.query(
        `SELECT DISTINCT w AS ward FROM events e, unnest(CASE WHEN cardinality(e."wardIds") > 0 THEN e."wardIds" ELSE ARRAY[e."wardId"] END) AS w
          WHERE e.seq > $1 AND e.seq <= $2 AND e.type = ANY($3::text[]) AND w IS NOT NULL`,
        [after, upto, types],
      ),
    );
    return new Set(rows.map((r) => r.ward));
  }

  /** Events after `after` up to `upto` (a watermark already read), in order, unscoped: for the live hub. */
  range(after: number, upto: number, limit: number): Promise<Event[]> {
    return this.db.live((m) =>
      m.createQueryBuilder(Event, 'e').where('e.seq > :after AND e.seq <= :upto', { after, upto }).orderBy('e.seq', 'ASC').limit(limit).getMany(),
    );
  }
}
