import { In } from 'typeorm';
import { requireViewer, type Viewer } from '../../auth/viewer.js';
import { readFilter } from '../../scope/scope.js';
import type { Database } from '../../db/database.js';
import type { Checkpoint, Election } from '../election/election.entity.js';
import { checkpointsOf } from '../election/election-time.js';
import { ElectionService } from '../election/election.service.js';
import { EventType } from '../../log/event.entity.js';
import { PollingArea } from '../polling-areas/polling-area.entity.js';
import { LateMark } from './late-mark.entity.js';

/** How long before a checkpoint a report still counts for it. */
const REPORT_WINDOW_MS = 30 * 60_000;
const SYSTEM = { id: null, username: null };

/** Where a checkpoint's window opens: a report from then to its late time counts for it (from closing for the final count). */
export function reportWindowStart(election: Election, c: Checkpoint): Date {
  return c.label === 'final' ? election.pollsCloseAt : new Date(c.at.getTime() - REPORT_WINDOW_MS);
}

/**
 * The checkpoint an area is late for now: the latest whose grace period has passed, with where its
 * window opens (an area that reported since then is no longer late). Null before the first one.
 */
export function lateCheckpoint(election: Election, now: Date): { label: string; from: Date } | null {
  const passed = checkpointsOf(election).filter((c) => c.lateAt.getTime() <= now.getTime());
  const last = passed[passed.length - 1];
  return last ? { label: last.label, from: reportWindowStart(election, last) } : null;
}

export class LatenessService {
  constructor(
    private readonly db: Database,
    private readonly elections: ElectionService,
  ) {}

  /**
   * For every checkpoint whose grace period has passed, mark the areas with no report for it (from
   * 30 minutes before it, or from closing for the final count) and emit one POLLING_AREA_LATE each.
   */
  async markLate(): Promise<LateMark[]> {
    const election = await this.elections.current();
    return this.db.tx(SYSTEM, async (tx) => {
      const marked: LateMark[] = [];
      for (const c of checkpointsOf(election)) {
        if (c.lateAt.getTime() > tx.now.getTime()) continue;
        const from = reportWindowStart(election, c);
        const rows: LateMark[] = await tx.manager.query(
          `INSERT INTO late_marks ("pollingAreaId", checkpoint, "wardId", at)
           SELECT pa.id, $1, pa."wardId", $2 FROM polling_areas pa
            WHERE NOT EXISTS (SELECT 1 FROM turnout_reports r WHERE r."pollingAreaId" = pa.id AND r.at >= $3 AND r.at <= $4)
           ON CONFLICT DO NOTHING
           RETURNING "pollingAreaId", checkpoint, "wardId", at`,
          [c.label, tx.now, from, c.lateAt],
        );
        if (rows.length === 0) continue;
        const areas = await tx.manager.findBy(PollingArea, { id: In(rows.map((r) => r.pollingAreaId)) });
        for (const area of areas) {
          tx.emit({ type: EventType.POLLING_AREA_LATE, wardId: area.wardId, data: { pollingArea: { ...area }, checkpoint: c.label } });
        }
        marked.push(...rows);
      }
      return marked;
    });
  }

  /** Areas late for the latest checkpoint that has passed and still without a report for it. */
  async current(viewer: Viewer): Promise<LateMark[]> {
    const v = requireViewer(viewer);
    const election = await this.elections.current();
    const last = lateCheckpoint(election, this.db.clock.now());
    if (!last) return [];
    const scope = readFilter(v, 'pollingArea', 'l');
    const marks = await this.db.read((m) =>
      m
        .createQueryBuilder(LateMark, 'l')
        .where('l.checkpoint = :checkpoint', { checkpoint: last.label })
        .andWhere(scope.sql, scope.params)
        .orderBy('l.wardId', 'ASC')
        .addOrderBy('l.pollingAreaId', 'ASC')
        .getMany(),
    );
    const areas = await this.db.read((m) => m.findBy(PollingArea, { id: In(marks.map((x) => x.pollingAreaId)) }));
    const reportedSince = new Set(areas.filter((a) => a.latestReportAt && a.latestReportAt >= last.from).map((a) => a.id));
    return marks.filter((x) => !reportedSince.has(x.pollingAreaId));
  }
}
