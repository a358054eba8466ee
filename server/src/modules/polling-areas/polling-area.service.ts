import { In } from 'typeorm';
import { requireRole, type Viewer } from '../../auth/viewer.js';
import { assertMayRead, assertWriteWard, readFilter, readsNone } from '../../scope/scope.js';
import type { Database, Tx } from '../../db/database.js';
import { inOrder } from '../../batch.js';
import { DomainError } from '../../errors.js';
import { LIMITS, optionalText, parseId, requiredText } from '../../validation.js';
import type { Election } from '../election/election.entity.js';
import { ElectionService } from '../election/election.service.js';
import { withClientRequest } from '../requests/client-requests.js';
import { votingWindow } from '../election/election-time.js';
import { EventType } from '../../log/event.entity.js';
import { ChecklistEntry } from '../readiness/checklist.entity.js';
import { ACTIVE_TASK_STATUSES } from '../tasks/task-rules.js';
import { PollingAreaStatus as S } from '../units/enums.js';
import { Role } from '../users/user.entity.js';
import { PollingArea, PollingAreaRelocation } from './polling-area.entity.js';
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

  /**
   * The operator moves an area to a new site (a building in a locked-down block, a flooded school): it
   * keeps its number, code and voters; the event carries where it came from and why, and reaches the
   * liaisons with work under way there, so a crew goes to the new address.
   */
  async relocate(viewer: Viewer, id: string, name: string, address: string, reason: string, clientRequestId?: string | null): Promise<PollingArea> {
    requireRole(viewer, Role.DISTRICT_OPERATOR);
    const site = { name: requiredText(name, LIMITS.title), address: requiredText(address, LIMITS.title) };
    const why = requiredText(reason, LIMITS.reason, 'reasonRequired');
    return this.db.tx(viewer, (tx) =>
      withClientRequest(
        tx,
        clientRequestId,
        'relocatePollingArea',
        (areaId) => tx.manager.findOneByOrFail(PollingArea, { id: areaId }),
        async () => {
          const area = await this.lockForWrite(tx, viewer, id);
          if (site.name.trim() === area.name.trim() && site.address.trim() === area.address.trim()) throw new DomainError('relocationSameSite');
          const relocation: PollingAreaRelocation = {
            fromName: area.name,
            fromAddress: area.address,
            toName: site.name,
            toAddress: site.address,
            reason: why,
            movedAt: tx.now,
          };
          Object.assign(area, site, { relocatedAt: tx.now });
          await tx.manager.update(PollingArea, area.id, { ...site, relocatedAt: tx.now });
          const agencies: { code: string }[] = await tx.manager.query(
            `SELECT DISTINCT ag.code FROM tasks t JOIN incidents i ON i.id = t."incidentId" JOIN agencies ag ON ag.id = t."agencyId"
              WHERE (i."pollingAreaId" = $1 OR $1 = ANY(i."pollingAreaIds")) AND t.status = ANY($2::text[]) ORDER BY ag.code`,
            [area.id, ACTIVE_TASK_STATUSES],
          );
          tx.emit({
            type: EventType.POLLING_AREA_RELOCATED,
            wardId: area.wardId,
            agencies: agencies.map((a) => a.code),
            data: { pollingArea: { ...area }, relocation },
          });
          return area;
        },
      ),
    );
  }

  /** The area's moves to new sites, oldest first, from the log. */
  async relocations(areaId: number): Promise<(PollingAreaRelocation & { actorId: number | null })[]> {
    const rows: { relocation: Record<string, string>; actorId: number | null }[] = await this.db.read((m) =>
      m.query(
        `SELECT data->'relocation' AS relocation, "actorId" FROM events
          WHERE type = $1 AND (data->'pollingArea'->>'id')::int = $2 ORDER BY seq`,
        [EventType.POLLING_AREA_RELOCATED, areaId],
      ),
    );
    return rows.map((r) => ({
      fromName: r.relocation.fromName,
      fromAddress: r.relocation.fromAddress,
      toName: r.relocation.toName,
      toAddress: r.relocation.toAddress,
      reason: r.relocation.reason,
      movedAt: new Date(r.relocation.movedAt),
      actorId: r.actorId,
    }));
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
