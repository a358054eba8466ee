import { randomUUID } from 'node:crypto';
import { requireRole, requireViewer, type Viewer } from '../../auth/viewer.js';
import type { Database, Tx } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { EventType } from '../../log/event.entity.js';
import { assertMayRead, assertWriteWard, readFilter, readsNone } from '../../scope/scope.js';
import { LIMITS, optionalText, parseId, requiredText } from '../../validation.js';
import type { ElectionService } from '../election/election.service.js';
import { localInstant, votingWindow } from '../election/election-time.js';
import { PollingArea } from '../polling-areas/polling-area.entity.js';
import { ChecklistEntry, ChecklistItem } from '../readiness/checklist.entity.js';
import { withClientRequest } from '../requests/client-requests.js';
import { PollingAreaStatus } from '../units/enums.js';
import { Role, User } from '../users/user.entity.js';
import { VISIT_LIFECYCLE } from './visit-rules.js';
import { BallotBoxVisit, VisitReason, VisitStatus as S } from './visit.entity.js';
import type { BallotBoxVisitFilter, RequestBallotBoxVisitInput } from './visit.inputs.js';

const DAY = 24 * 3_600_000;
/** Once voting has ended there is no box left to send. */
const AFTER_VOTING: readonly PollingAreaStatus[] = [PollingAreaStatus.CLOSED, PollingAreaStatus.COUNTED];

/**
 * The auxiliary ballot box taken to voters who cannot come (SPEC 8.5; Law 85/2015/QH13, art. 69).
 * Requests are taken from the day before the election until the area's voting ends; the box goes out
 * (scheduled, recorded, or called off) only while its area is voting. A quarantine visit needs the
 * area's epidemic kit ticked before the box goes.
 */
export class VisitService {
  constructor(
    private readonly db: Database,
    private readonly elections: ElectionService,
  ) {}

  async list(viewer: Viewer, filter: BallotBoxVisitFilter = {}): Promise<BallotBoxVisit[]> {
    const v = requireViewer(viewer);
    // Read like the area's details: a liaison reads none.
    if (readsNone(v, 'pollingArea')) throw new DomainError('forbidden');
    const scope = readFilter(v, 'pollingArea', 'b');
    const qb = this.db.dataSource.getRepository(BallotBoxVisit).createQueryBuilder('b').where(scope.sql, scope.params).orderBy('b.id', 'DESC');
    if (filter.wardId != null) qb.andWhere('b.wardId = :ward', { ward: parseId(filter.wardId) });
    if (filter.pollingAreaId != null) qb.andWhere('b.pollingAreaId = :area', { area: parseId(filter.pollingAreaId) });
    if (filter.status?.length) qb.andWhere('b.status IN (:...status)', { status: filter.status });
    return this.db.read(() => qb.getMany());
  }

  /** A ward officer for its ward's areas, or the operator. */
  async request(viewer: Viewer, input: RequestBallotBoxVisitInput): Promise<BallotBoxVisit> {
    requireRole(viewer, Role.DISTRICT_OPERATOR, Role.WARD_OFFICER);
    const address = requiredText(input.address, LIMITS.title);
    const note = optionalText(input.note, LIMITS.reason);
    const election = await this.elections.current();
    return this.db.tx(viewer, (tx) =>
      withClientRequest(
        tx,
        input.clientRequestId,
        'requestBallotBoxVisit',
        (id) => tx.manager.findOneByOrFail(BallotBoxVisit, { id }),
        async () => {
          const area = await this.area(tx, input.pollingAreaId);
          assertWriteWard(viewer, area.wardId);
          if (!Number.isSafeInteger(input.voters) || input.voters < 1 || input.voters > area.registeredVoters) {
            throw new DomainError('visitVoters', `1-${area.registeredVoters}`);
          }
          const dayBefore = new Date(localInstant(election.date, '00:00').getTime() - DAY);
          if (tx.now < dayBefore || AFTER_VOTING.includes(area.status)) throw new DomainError('visitRequestWindow');
          const requestedBy = (await tx.manager.findOneByOrFail(User, { id: viewer.id })).displayName;
          const visit = await tx.manager.save(
            tx.manager.create(BallotBoxVisit, {
              code: `new-${randomUUID()}`,
              pollingAreaId: area.id,
              wardId: area.wardId,
              voters: input.voters,
              reason: input.reason,
              address,
              note,
              status: S.REQUESTED,
              requestedAt: tx.now,
              requestedBy,
              scheduledFor: null,
              visitedAt: null,
              ballotsCollected: null,
              cancelReason: null,
              cancelledAt: null,
            }),
          );
          visit.code = `HP-${String(visit.id).padStart(4, '0')}`;
          await tx.manager.update(BallotBoxVisit, { id: visit.id }, { code: visit.code });
          tx.emit({ type: EventType.BALLOT_BOX_VISIT_REQUESTED, wardId: area.wardId, data: { ballotBoxVisit: { ...visit } } });
          return visit;
        },
      ),
    );
  }

  /** Give it a time (or a new one): within the day's voting hours. */
  async schedule(viewer: Viewer, id: string, at: Date): Promise<BallotBoxVisit> {
    requireRole(viewer, Role.DISTRICT_OPERATOR, Role.WARD_OFFICER);
    const { earliestOpen, latestClose } = votingWindow(await this.elections.current());
    if (Number.isNaN(at.getTime()) || at < earliestOpen || at > latestClose) throw new DomainError('visitTime');
    return this.move(viewer, id, S.SCHEDULED, EventType.BALLOT_BOX_VISIT_SCHEDULED, async (visit, tx) => {
      await this.assertKit(tx, visit);
      return { scheduledFor: at };
    });
  }

  /** The box came back: how many ballots it holds. */
  async record(viewer: Viewer, id: string, ballotsCollected: number): Promise<BallotBoxVisit> {
    requireRole(viewer, Role.DISTRICT_OPERATOR, Role.WARD_OFFICER);
    return this.move(viewer, id, S.VISITED, EventType.BALLOT_BOX_VISIT_RECORDED, async (visit, tx) => {
      if (!Number.isSafeInteger(ballotsCollected) || ballotsCollected < 0 || ballotsCollected > visit.voters) {
        throw new DomainError('ballotsOutOfBounds', `0-${visit.voters}`);
      }
      await this.assertKit(tx, visit);
      return { ballotsCollected, visitedAt: tx.now };
    });
  }

  async cancel(viewer: Viewer, id: string, reason: string): Promise<BallotBoxVisit> {
    requireRole(viewer, Role.DISTRICT_OPERATOR, Role.WARD_OFFICER);
    const text = requiredText(reason, LIMITS.reason, 'reasonRequired');
    return this.move(viewer, id, S.CANCELLED, EventType.BALLOT_BOX_VISIT_CANCELLED, async (_visit, tx) => ({ cancelReason: text, cancelledAt: tx.now }));
  }

  private async move(
    viewer: Viewer,
    id: string,
    to: S,
    type: EventType.BALLOT_BOX_VISIT_SCHEDULED | EventType.BALLOT_BOX_VISIT_RECORDED | EventType.BALLOT_BOX_VISIT_CANCELLED,
    changes: (visit: BallotBoxVisit, tx: Tx) => Promise<Partial<BallotBoxVisit>>,
  ): Promise<BallotBoxVisit> {
    return this.db.tx(viewer, async (tx) => {
      const visit = await tx.manager.findOne(BallotBoxVisit, { where: { id: parseId(id) }, lock: { mode: 'pessimistic_write' } });
      if (!visit) throw new DomainError('notFound', `ballot-box visit ${id}`);
      assertMayRead(viewer, 'pollingArea', visit);
      assertWriteWard(viewer, visit.wardId);
      VISIT_LIFECYCLE.assert(visit.status, to);
      const area = await tx.manager.findOneByOrFail(PollingArea, { id: visit.pollingAreaId });
      if (area.status !== PollingAreaStatus.VOTING) throw new DomainError('visitNotVoting');
      Object.assign(visit, await changes(visit, tx), { status: to });
      await tx.manager.save(visit);
      tx.emit({ type, wardId: visit.wardId, data: { ballotBoxVisit: { ...visit } } });
      return visit;
    });
  }

  /** A quarantine visit goes only with the area's epidemic kit (masks, sanitiser, thermometer). */
  private async assertKit(tx: Tx, visit: BallotBoxVisit): Promise<void> {
    if (visit.reason !== VisitReason.QUARANTINE) return;
    const kit = await tx.manager.findOneBy(ChecklistEntry, { pollingAreaId: visit.pollingAreaId, item: ChecklistItem.EPIDEMIC_KIT });
    if (!kit?.done) throw new DomainError('epidemicKitMissing');
  }

  private async area(tx: Tx, id: string): Promise<PollingArea> {
    const area = await tx.manager.findOneBy(PollingArea, { id: parseId(id) });
    if (!area) throw new DomainError('notFound', `polling area ${id}`);
    return area;
  }
}
