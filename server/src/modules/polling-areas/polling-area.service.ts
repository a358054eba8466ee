import { In } from 'typeorm';
import { requireRole, type Viewer } from '../../auth/viewer.js';
import { assertMayRead, assertWriteWard, readFilter, readsNone } from '../../scope/scope.js';
import type { Database, Tx } from '../../db/database.js';
import { inOrder } from '../../batch.js';
import { DomainError } from '../../errors.js';
import { LIMITS, optionalText, parseId } from '../../validation.js';
import type { Election } from '../election/election.entity.js';
import { ElectionService } from '../election/election.service.js';
import { withClientRequest } from '../requests/client-requests.js';
import { votingWindow } from '../election/election-time.js';
import { EventType } from '../../log/event.entity.js';
import { ChecklistEntry } from '../readiness/checklist.entity.js';
import { PollingAreaStatus as S } from '../units/enums.js';
import { Role } from '../users/user.entity.js';
import { PollingArea } from './polling-area.entity.js';
import { AREA_LIFECYCLE, isOperatorReopen, needsReason } from './status-rules.js';

export class PollingAreaService {
  constructor(
    private readonly db: Database,
    private readonly elections: ElectionService,
  ) {}

  /** Lock and return an area the caller may write; NOT_FOUND before FORBIDDEN so ids are not probed by role. */
  async lockForWrite(tx: Tx, viewer: Viewer, id: string | number): Promise<PollingArea> {
    const area = await tx.manager.findOne(PollingArea, { where: { id: parseId(id) }, lock: { mode: 'pessimistic_write' } });
    if (!area) throw new DomainError('notFound', `polling area ${id}`);
    assertWriteWard(viewer, area.wardId);
    return area;
  }

  async get(viewer: Viewer, id: string): Promise<PollingArea | null> {
    const area = await this.db.read((m) => m.findOneBy(PollingArea, { id: parseId(id) }));
    if (area) assertMayRead(viewer, 'pollingArea', area);
    return area;
  }

  /** Areas by id in one query, in the order asked (null where none). */
  async byIds(ids: readonly number[]): Promise<(PollingArea | null)[]> {
    return inOrder(ids, await this.db.read((m) => m.findBy(PollingArea, { id: In([...ids]) })));
  }

  /** Areas the viewer may read, optionally of one ward. */
  async list(viewer: Viewer, wardId?: string | null): Promise<PollingArea[]> {
    const ward = wardId == null ? null : parseId(wardId);
    if (ward !== null) assertMayRead(viewer, 'pollingArea', { wardId: ward });
    else if (readsNone(viewer, 'pollingArea')) throw new DomainError('forbidden');
    const scope = readFilter(viewer, 'pollingArea', 'a');
    const qb = this.db.dataSource
      .getRepository(PollingArea)
      .createQueryBuilder('a')
      .where(scope.sql, scope.params)
      .orderBy('a.wardId', 'ASC')
      .addOrderBy('a.number', 'ASC');
    if (ward !== null) qb.andWhere('a.wardId = :ward', { ward });
    return this.db.read(() => qb.getMany());
  }

  async setStatus(viewer: Viewer, id: string, status: S, reason?: string | null, clientRequestId?: string | null): Promise<PollingArea> {
    requireRole(viewer, Role.DISTRICT_OPERATOR, Role.WARD_OFFICER);
    const election = await this.elections.current();
    return this.db.tx(viewer, (tx) =>
      withClientRequest(
        tx,
        clientRequestId,
        'setPollingAreaStatus',
        (areaId) => tx.manager.findOneByOrFail(PollingArea, { id: areaId }),
        () => this.move(tx, viewer, election, id, status, reason),
      ),
    );
  }

  private async move(tx: Tx, viewer: Viewer, election: Election, id: string, status: S, reason?: string | null): Promise<PollingArea> {
    const area = await this.lockForWrite(tx, viewer, id);
    const why = optionalText(reason, LIMITS.reason);
    AREA_LIFECYCLE.assert(area.status, status);
    if (isOperatorReopen(area.status, status) && viewer.role !== Role.DISTRICT_OPERATOR) throw new DomainError('forbidden');
    if (needsReason(area.status, status) && !why) throw new DomainError('reasonRequired');
    const { earliestOpen, latestClose } = votingWindow(election);
    if (status === S.VOTING && area.status === S.READY && tx.now < earliestOpen) throw new DomainError('votingWindow');
    if (isOperatorReopen(area.status, status) && tx.now >= latestClose) throw new DomainError('reopenWindow');
    if (status === S.VOTING && tx.now > latestClose) throw new DomainError('votingWindow');
    if (status === S.READY && viewer.role !== Role.DISTRICT_OPERATOR) {
      const missing = await tx.manager.countBy(ChecklistEntry, { pollingAreaId: area.id, done: false });
      if (missing > 0) throw new DomainError('checklistIncomplete', `${missing}`);
    }
    area.status = status;
    area.statusReason = why;
    area.statusChangedAt = tx.now;
    await tx.manager.save(area);
    tx.emit({ type: EventType.POLLING_AREA_STATUS_CHANGED, wardId: area.wardId, data: { pollingArea: { ...area } } });
    return area;
  }

  /** The area's moves through its day, oldest first, from the log (the audit trail is the history). */
  async statusHistory(areaId: number): Promise<{ status: S; reason: string | null; at: Date; actorId: number | null }[]> {
    const rows: { status: S; reason: string | null; at: Date; actorId: number | null }[] = await this.db.read((m) =>
      m.query(
        `SELECT data->'pollingArea'->>'status' AS status, data->'pollingArea'->>'statusReason' AS reason, at, "actorId"
           FROM events
          WHERE type = $1 AND (data->'pollingArea'->>'id')::int = $2
          ORDER BY seq`,
        [EventType.POLLING_AREA_STATUS_CHANGED, areaId],
      ),
    );
    return rows;
  }
}
