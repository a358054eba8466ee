import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { requireRole, requireViewer, type Viewer } from '../../auth/viewer.js';
import { assertWriteWard, mayRead, mayWriteWard, readFilter } from '../../scope/scope.js';
import type { Database, Tx } from '../../db/database.js';
import { groupedBy } from '../../batch.js';
import { DomainError } from '../../errors.js';
import { LIMITS, optionalText, parseId, requiredText } from '../../validation.js';
import { EventType } from '../../log/event.entity.js';
import type { TypesCarrying } from '../../log/topics.js';
import { PollingArea } from '../polling-areas/polling-area.entity.js';
import { withClientRequest } from '../requests/client-requests.js';
import { DEFAULT_DISPATCH } from '../tasks/dispatch-rules.js';
import { Task } from '../tasks/task.entity.js';
import { TaskService } from '../tasks/task.service.js';
import { Ward } from '../units/units.entity.js';
import { Role, User } from '../users/user.entity.js';
import { IncidentNote } from './incident-note.entity.js';
import { INCIDENT_LIFECYCLE, incidentWards } from './incident-rules.js';
import { Incident, IncidentStatus as S } from './incident.entity.js';
import type { IncidentFilter, ReportIncidentInput } from './incident.inputs.js';

const assertMove = (from: S, to: S): void => INCIDENT_LIFECYCLE.assert(from, to);

/** Areas one incident may name: a feeder's outage reaches a few dozen, not the district. */
const MAX_AREAS = 100;

export class IncidentService {
  constructor(
    private readonly db: Database,
    private readonly tasks: TaskService,
  ) {}

  /** Report an incident and dispatch the category's default tasks, in one transaction. */
  async report(viewer: Viewer, input: ReportIncidentInput): Promise<Incident> {
    requireRole(viewer, Role.DISTRICT_OPERATOR, Role.WARD_OFFICER);
    return this.db.tx(viewer, (tx) =>
      withClientRequest(
        tx,
        input.clientRequestId,
        'reportIncident',
        (id) => tx.manager.findOneByOrFail(Incident, { id }),
        () => this.reportIn(tx, viewer, input),
      ),
    );
  }

  /** Report inside the caller's transaction (an escalated finding becomes an incident in the same one). */
  async reportIn(tx: Tx, viewer: Viewer, input: ReportIncidentInput): Promise<Incident> {
    const { wardId, wardIds, pollingAreaId, pollingAreaIds } = await this.placeOf(tx, input);
    // Every ward it names must be the reporter's to write: an officer reports in its own ward, the operator across wards.
    for (const w of wardIds) assertWriteWard(viewer, w);
    const title = requiredText(input.title, LIMITS.title);
    const description = optionalText(input.description, LIMITS.text);
    // The human code is the row's own id, known only after the insert.
    const incident = await tx.manager.save(
      tx.manager.create(Incident, {
        code: `new-${randomUUID()}`,
        category: input.category,
        severity: input.severity,
        status: S.REPORTED,
        title,
        description,
        affectsVoting: input.affectsVoting ?? false,
        wardId,
        wardIds,
        pollingAreaId,
        pollingAreaIds,
        reportedById: viewer.id,
        reportedAt: tx.now,
        acknowledgedAt: null,
        resolvedAt: null,
        note: null,
      }),
    );
    incident.code = `SC-${String(incident.id).padStart(4, '0')}`;
    await tx.manager.update(Incident, { id: incident.id }, { code: incident.code });
    const agencies = DEFAULT_DISPATCH[incident.category];
    tx.emit({ type: EventType.INCIDENT_REPORTED, wardId, wardIds: incident.wardIds, agencies: [...agencies], data: { incident: { ...incident } } });
    for (const code of agencies) await this.tasks.create(tx, incident, code, null);
    return incident;
  }

  /**
   * Where it is: one polling area (`pollingAreaId`), several (`pollingAreaIds`, across wards: a feeder's
   * outage), or a whole ward. The first area's ward is the incident's own; `wardId`, when given too, must
   * be one of the areas' wards. Its wards are every area's, first the own one.
   */
  private async placeOf(
    tx: Tx,
    input: ReportIncidentInput,
  ): Promise<{ wardId: number; wardIds: number[]; pollingAreaId: number | null; pollingAreaIds: number[] }> {
    const ids = [...new Set([...(input.pollingAreaId != null ? [input.pollingAreaId] : []), ...(input.pollingAreaIds ?? [])].map((id) => parseId(id)))];
    if (ids.length > MAX_AREAS) throw new DomainError('listTooLong', `pollingAreaIds: at most ${MAX_AREAS}`);
    if (ids.length > 0) {
      const found = await tx.manager.findBy(PollingArea, { id: In(ids) });
      const byId = new Map(found.map((a) => [a.id, a]));
      const missing = ids.find((id) => !byId.has(id));
      if (missing !== undefined) throw new DomainError('notFound', `polling area ${missing}`);
      const areas = ids.map((id) => byId.get(id)!);
      const wardIds = [...new Set(areas.map((a) => a.wardId))];
      if (input.wardId != null && !wardIds.includes(parseId(input.wardId))) throw new DomainError('placeMismatch');
      return { wardId: wardIds[0], wardIds, pollingAreaId: ids[0], pollingAreaIds: ids };
    }
    if (input.wardId == null) throw new DomainError('placeRequired');
    const ward = await tx.manager.findOneBy(Ward, { id: parseId(input.wardId) });
    if (!ward) throw new DomainError('notFound', `ward ${input.wardId}`);
    return { wardId: ward.id, wardIds: [ward.id], pollingAreaId: null, pollingAreaIds: [] };
  }

  async acknowledge(viewer: Viewer, id: string): Promise<Incident> {
    requireRole(viewer, Role.DISTRICT_OPERATOR);
    return this.move(viewer, id, EventType.INCIDENT_ACKNOWLEDGED, (i, now) => {
      assertMove(i.status, S.ACKNOWLEDGED);
      i.status = S.ACKNOWLEDGED;
      i.acknowledgedAt = now;
    });
  }

  /** The operator marks an incident in hand (a liaison starting a task does the same, in TaskService). */
  async start(viewer: Viewer, id: string, clientRequestId?: string | null): Promise<Incident> {
    requireRole(viewer, Role.DISTRICT_OPERATOR);
    return this.move(
      viewer,
      id,
      EventType.INCIDENT_IN_PROGRESS,
      (i, now) => {
        assertMove(i.status, S.IN_PROGRESS);
        i.status = S.IN_PROGRESS;
        i.acknowledgedAt ??= now;
      },
      undefined,
      { clientRequestId, operation: 'startIncident' },
    );
  }

  /** A note on the timeline: the operator, the incident's ward officer, or a liaison whose agency has a task on it. */
  async addNote(viewer: Viewer, id: string, text: string, clientRequestId?: string | null): Promise<Incident> {
    requireRole(viewer, Role.DISTRICT_OPERATOR, Role.WARD_OFFICER, Role.LIAISON);
    const body = requiredText(text, LIMITS.text);
    return this.db.tx(viewer, (tx) =>
      withClientRequest(
        tx,
        clientRequestId,
        'addIncidentNote',
        (incidentId) => tx.manager.findOneByOrFail(Incident, { id: incidentId }),
        async () => {
          const incident = await tx.manager.findOne(Incident, { where: { id: parseId(id) }, lock: { mode: 'pessimistic_write' } });
          if (!incident) throw new DomainError('notFound', `incident ${id}`);
          const agencies = await this.tasks.agenciesOn(tx, incident.id);
          const allowed =
            viewer.role === Role.LIAISON
              ? mayRead(viewer, 'event', { wardId: incident.wardId, agencies })
              : incidentWards(incident).some((w) => mayWriteWard(viewer, w));
          if (!allowed) throw new DomainError('forbidden');
          const author = (await tx.manager.findOneByOrFail(User, { id: viewer.id })).displayName;
          const note = await tx.manager.save(tx.manager.create(IncidentNote, { incidentId: incident.id, text: body, at: tx.now, authorId: viewer.id, author }));
          tx.emit({
            type: EventType.INCIDENT_NOTE_ADDED,
            wardId: incident.wardId,
            wardIds: incident.wardIds,
            agencies,
            data: { incident: { ...incident }, note: { ...note } },
          });
          return incident;
        },
      ),
    );
  }

  notesOf(incidentId: number): Promise<IncidentNote[]> {
    return this.db.read((m) => m.find(IncidentNote, { where: { incidentId }, order: { at: 'ASC', id: 'ASC' } }));
  }

  /** The notes of several incidents in one query, oldest first, one list per incident asked. */
  async notesOfMany(incidentIds: readonly number[]): Promise<IncidentNote[][]> {
    const rows = await this.db.read((m) => m.find(IncidentNote, { where: { incidentId: In([...incidentIds]) }, order: { at: 'ASC', id: 'ASC' } }));
    return groupedBy(incidentIds, rows, (n) => n.incidentId);
  }

  async resolve(viewer: Viewer, id: string, note?: string | null): Promise<Incident> {
    requireRole(viewer, Role.DISTRICT_OPERATOR, Role.WARD_OFFICER);
    const text = optionalText(note, LIMITS.text);
    return this.move(
      viewer,
      id,
      EventType.INCIDENT_RESOLVED,
      (i, now) => {
        assertMove(i.status, S.RESOLVED);
        i.status = S.RESOLVED;
        i.resolvedAt = now;
        i.note = text;
      },
      (tx, i) => this.tasks.cancelOpen(tx, i),
    );
  }

  async reopen(viewer: Viewer, id: string, reason: string): Promise<Incident> {
    requireRole(viewer, Role.DISTRICT_OPERATOR, Role.WARD_OFFICER);
    const why = requiredText(reason, LIMITS.reason, 'reasonRequired');
    return this.move(viewer, id, EventType.INCIDENT_REOPENED, (i) => {
      assertMove(i.status, S.REPORTED);
      i.status = S.REPORTED;
      i.resolvedAt = null;
      i.acknowledgedAt = null;
      i.note = why;
    });
  }

  private async move(
    viewer: Viewer,
    id: string,
    type: TypesCarrying<'incident'>,
    apply: (i: Incident, now: Date) => void,
    after?: (tx: Tx, i: Incident) => Promise<unknown>,
    request?: { clientRequestId?: string | null; operation: string },
  ): Promise<Incident> {
    return this.db.tx(viewer, (tx) =>
      withClientRequest(
        tx,
        request?.clientRequestId,
        request?.operation ?? type,
        (incidentId) => tx.manager.findOneByOrFail(Incident, { id: incidentId }),
        async () => {
          const incident = await tx.manager.findOne(Incident, { where: { id: parseId(id) }, lock: { mode: 'pessimistic_write' } });
          if (!incident) throw new DomainError('notFound', `incident ${id}`);
          if (!incidentWards(incident).some((w) => mayWriteWard(viewer, w))) throw new DomainError('forbidden');
          apply(incident, tx.now);
          await tx.manager.save(incident);
          tx.emit({
            type,
            wardId: incident.wardId,
            wardIds: incident.wardIds,
            agencies: await this.tasks.agenciesOn(tx, incident.id),
            data: { incident: { ...incident } },
          });
          await after?.(tx, incident);
          return incident;
        },
      ),
    );
  }

  async canRead(v: Viewer, incident: Incident): Promise<boolean> {
    // Only a liaison's rule looks at the incident's tasks: read them only for one.
    const agencyIds = v.role === Role.LIAISON ? (await this.db.read((m) => m.findBy(Task, { incidentId: incident.id }))).map((t) => t.agencyId) : [];
    return mayRead(v, 'incident', { wardId: incident.wardId, wardIds: incident.wardIds, agencyIds });
  }

  async get(viewer: Viewer, id: string): Promise<Incident | null> {
    const v = requireViewer(viewer);
    const incident = await this.db.read((m) => m.findOneBy(Incident, { id: parseId(id) }));
    if (incident && !(await this.canRead(v, incident))) throw new DomainError('forbidden');
    return incident;
  }

  /** Incidents the viewer may read: its wards, or for a liaison those its agency has tasks on. */
  async list(viewer: Viewer, filter: IncidentFilter = {}): Promise<Incident[]> {
    const v = requireViewer(viewer);
    const qb = this.db.dataSource.getRepository(Incident).createQueryBuilder('i').orderBy('i.id', 'DESC');
    const scope = readFilter(v, 'incident', 'i');
    qb.andWhere(scope.sql, scope.params);
    if (filter.wardId != null) qb.andWhere('(i.wardId = :ward OR :ward = ANY(i.wardIds))', { ward: parseId(filter.wardId) });
    if (filter.status?.length) qb.andWhere('i.status IN (:...status)', { status: filter.status });
    if (filter.category?.length) qb.andWhere('i.category IN (:...category)', { category: filter.category });
    if (filter.severity?.length) qb.andWhere('i.severity IN (:...severity)', { severity: filter.severity });
    return this.db.read(() => qb.getMany());
  }

  async byIds(ids: readonly number[]): Promise<Incident[]> {
    return this.db.read((m) => m.findBy(Incident, { id: In([...ids]) }));
  }
}
