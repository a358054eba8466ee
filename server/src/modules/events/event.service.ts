import { readableWards, requireViewer, type Viewer } from '../../auth/viewer.js';
import type { Database } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { Role } from '../users/user.entity.js';
import { Event } from './event.entity.js';

export const MAX_EVENTS_PAGE = 1000;

/** Reads the log with the caller's scope (SPEC: an event a user may not read is never sent to them). */
export class EventService {
  constructor(private readonly db: Database) {}

  async list(viewer: Viewer, after = 0, limit = 100, wardId?: number): Promise<Event[]> {
    const v = requireViewer(viewer);
    // Refused rather than clamped, so a client asking for more than a page learns it at once.
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_EVENTS_PAGE) throw new DomainError('argumentOutOfRange', `limit 1-${MAX_EVENTS_PAGE}`);
    if (!Number.isSafeInteger(after) || after < 0) throw new DomainError('argumentOutOfRange', 'after ≥ 0');
    const qb = this.db.dataSource
      .getRepository(Event)
      .createQueryBuilder('e')
      .where('e.seq > :after', { after })
      .orderBy('e.seq', 'ASC')
      .limit(limit);
    if (v.role === Role.LIAISON) qb.andWhere(':agency = ANY(e.agencies)', { agency: v.agencyCode ?? '' });
    else {
      const wards = readableWards(v);
      if (wards !== null) qb.andWhere('e.wardId IN (:...wards)', { wards: wards.length ? wards : [0] });
    }
    if (wardId != null) qb.andWhere('e.wardId = :wardId', { wardId });
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
    if (v.role === Role.LIAISON) qb.andWhere(':agency = ANY(e.agencies)', { agency: v.agencyCode ?? '' });
    return this.db.read(() => qb.getMany());
  }

  /** Highest committed seq (0 for an empty log). */
  async lastSeq(): Promise<number> {
    const [row] = await this.db.read((m) => m.query('SELECT coalesce(max(seq), 0)::int AS seq FROM events'));
    return row.seq;
  }
}
