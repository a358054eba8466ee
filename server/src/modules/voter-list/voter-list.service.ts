import { requireRole, requireViewer, type Viewer } from '../../auth/viewer.js';
import type { Database } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { EventType } from '../../log/event.entity.js';
import { assertMayRead, readFilter, readsNone } from '../../scope/scope.js';
import { LIMITS, optionalText, parseId } from '../../validation.js';
import { PollingArea } from '../polling-areas/polling-area.entity.js';
import type { PollingAreaService } from '../polling-areas/polling-area.service.js';
import { withClientRequest } from '../requests/client-requests.js';
import { Role } from '../users/user.entity.js';
import { VoterListChange } from './voter-list-change.entity.js';
import type { VoterListChangeFilter, VoterListChangeInput } from './voter-list.inputs.js';
import { applyChange } from './voter-list-rules.js';

/** Most changes one list answers with, newest first (a district's day holds a few hundred). */
const LIST_LIMIT = 1000;

/**
 * The voter list's movement (SPEC 8.5): each change is a row, and the area's `registeredVoters` — the
 * figure every sum and percentage reads — moves with it in the same transaction, so no sum needs to
 * know the changes exist.
 */
export class VoterListService {
  constructor(
    private readonly db: Database,
    private readonly areas: PollingAreaService,
  ) {}

  /** The area's ward officer or the operator records a change; once per clientRequestId. */
  async record(viewer: Viewer, input: VoterListChangeInput): Promise<VoterListChange> {
    requireRole(viewer, Role.DISTRICT_OPERATOR, Role.WARD_OFFICER);
    return this.db.tx(viewer, (tx) =>
      withClientRequest(
        tx,
        input.clientRequestId,
        'recordVoterListChange',
        (id) => tx.manager.findOneByOrFail(VoterListChange, { id }),
        async () => {
          const note = optionalText(input.note, LIMITS.reason);
          const area = await this.areas.lockForWrite(tx, viewer, input.pollingAreaId);
          const after = applyChange(area, input.kind, input.count);
          const change = await tx.manager.save(
            tx.manager.create(VoterListChange, {
              pollingAreaId: area.id,
              wardId: area.wardId,
              kind: input.kind,
              count: input.count,
              note,
              at: tx.now,
              registeredAfter: after.registeredVoters,
              recordedById: viewer.id,
            }),
          );
          Object.assign(area, after);
          await tx.manager.update(PollingArea, area.id, after);
          tx.emit({ type: EventType.VOTER_LIST_CHANGED, wardId: area.wardId, data: { voterListChange: { ...change }, pollingArea: { ...area } } });
          return change;
        },
      ),
    );
  }

  /** Changes the viewer may read (an area's details), newest first; by area or ward. */
  async list(viewer: Viewer, filter: VoterListChangeFilter = {}): Promise<VoterListChange[]> {
    const v = requireViewer(viewer);
    if (readsNone(v, 'pollingArea')) throw new DomainError('forbidden');
    const qb = this.db.dataSource.getRepository(VoterListChange).createQueryBuilder('c');
    const scope = readFilter(v, 'pollingArea', 'c');
    qb.where(scope.sql, scope.params).orderBy('c.at', 'DESC').addOrderBy('c.id', 'DESC').limit(LIST_LIMIT);
    if (filter.pollingAreaId != null) {
      const area = await this.db.read((m) => m.findOneBy(PollingArea, { id: parseId(filter.pollingAreaId!) }));
      if (!area) throw new DomainError('notFound', `polling area ${filter.pollingAreaId}`);
      assertMayRead(v, 'pollingArea', area);
      qb.andWhere('c.pollingAreaId = :area', { area: area.id });
    }
    if (filter.wardId != null) {
      const ward = parseId(filter.wardId);
      assertMayRead(v, 'pollingArea', { wardId: ward });
      qb.andWhere('c.wardId = :ward', { ward });
    }
    return this.db.read(() => qb.getMany());
  }
}
