import { In, IsNull, LessThan } from 'typeorm';
import { requireRole, requireViewer, type Viewer } from '../../auth/viewer.js';
import { mayRead, mayWriteWard, readFilter } from '../../scope/scope.js';
import type { Database, Tx } from '../../db/database.js';
import { groupedBy } from '../../batch.js';
import { DomainError } from '../../errors.js';
import { LIMITS, optionalText, parseId, requiredText } from '../../validation.js';
import { AgencyCode } from '../agencies/agency.entity.js';
import { AgencyService } from '../agencies/agency.service.js';
import { EventType } from '../../log/event.entity.js';
import type { TypesCarrying } from '../../log/topics.js';
import { Incident, IncidentStatus } from '../incidents/incident.entity.js';
import { incidentAfterTask, incidentWards } from '../incidents/incident-rules.js';
import { withClientRequest } from '../requests/client-requests.js';
import { Role } from '../users/user.entity.js';
import { ackDueAt } from './dispatch-rules.js';
import { Task, TaskStatus as T } from './task.entity.js';
import { ACTIVE_TASK_STATUSES, TASK_LIFECYCLE } from './task-rules.js';
import type { DispatchTaskInput } from '../incidents/incident.inputs.js';

export interface TaskQuery {
  agency?: AgencyCode | null;
  status?: T[] | null;
  overdue?: boolean | null;
  incidentId?: number;
  incidentIds?: readonly number[];
}

const SYSTEM = { id: null, username: null };

export class TaskService {
  constructor(
    private readonly db: Database,
    private readonly agencies: AgencyService,
  ) {}

  /** Agency codes with a task on the incident: the liaisons who may read its events. */
  async agenciesOn(tx: Tx, incidentId: number): Promise<string[]> {
    const tasks = await tx.manager.findBy(Task, { incidentId });
    return [...new Set(await Promise.all(tasks.map(async (t) => (await this.agencies.byId(t.agencyId)).code)))];
  }

  /** Create a task inside the caller's transaction and emit its event. */
  async create(tx: Tx, incident: Incident, code: AgencyCode, note: string | null): Promise<Task> {
    if (incident.status === IncidentStatus.RESOLVED) throw new DomainError('incidentResolved');
    const agency = await this.agencies.byCode(code);
    const active = await tx.manager.countBy(Task, { incidentId: incident.id, agencyId: agency.id, status: In([...ACTIVE_TASK_STATUSES]) });
    if (active > 0) throw new DomainError('taskActive', code);
    const task = await tx.manager.save(
      tx.manager.create(Task, {
        incidentId: incident.id,
        agencyId: agency.id,
        wardId: incident.wardId,
        wardIds: incident.wardIds,
        status: T.OPEN,
        note,
        createdAt: tx.now,
        ackDueAt: ackDueAt(incident.severity, tx.now),
        createdById: tx.actor.id ?? 0,
      }),
    );
    tx.emit({
      type: EventType.TASK_DISPATCHED,
      wardId: incident.wardId,
      wardIds: incident.wardIds,
      agencies: [code],
      data: { task: { ...task }, incident: { ...incident } },
    });
    return task;
  }

  /**
   * The incident was resolved: its tasks nobody has taken up are no longer due (never overdue); those
   * already acknowledged or in progress are left to their liaison, who sees the incident resolved.
   */
  async cancelOpen(tx: Tx, incident: Incident): Promise<Task[]> {
    const open = await tx.manager.find(Task, { where: { incidentId: incident.id, status: T.OPEN }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    for (const task of open) {
      task.status = T.CANCELLED;
      task.cancelledAt = tx.now;
      task.cancelReason = incident.note;
      await tx.manager.save(task);
      const code = (await this.agencies.byId(task.agencyId)).code;
      tx.emit({
        type: EventType.TASK_CANCELLED,
        wardId: task.wardId,
        wardIds: task.wardIds,
        agencies: [code],
        data: { task: { ...task }, incident: { ...incident } },
      });
    }
    return open;
  }

  async dispatch(viewer: Viewer, input: DispatchTaskInput): Promise<Task> {
    requireRole(viewer, Role.DISTRICT_OPERATOR);
    return this.db.tx(viewer, (tx) =>
      withClientRequest(
        tx,
        input.clientRequestId,
        'dispatchTask',
        (id) => tx.manager.findOneByOrFail(Task, { id }),
        async () => {
          const incident = await tx.manager.findOne(Incident, { where: { id: parseId(input.incidentId) }, lock: { mode: 'pessimistic_write' } });
          if (!incident) throw new DomainError('notFound', `incident ${input.incidentId}`);
          // The operator of the incident's unit: another district's room cannot send this district's crews.
          if (!incidentWards(incident).some((w) => mayWriteWard(viewer, w))) throw new DomainError('forbidden');
          return this.create(tx, incident, input.agency, optionalText(input.note, LIMITS.text));
        },
      ),
    );
  }

  async acknowledge(viewer: Viewer, id: string): Promise<Task> {
    return this.move(viewer, id, T.ACKNOWLEDGED, EventType.TASK_ACKNOWLEDGED, (t, now) => {
      t.acknowledgedAt = now;
    });
  }

  async start(viewer: Viewer, id: string): Promise<Task> {
    return this.move(viewer, id, T.IN_PROGRESS, EventType.TASK_STARTED, (t, now) => {
      t.startedAt = now;
    });
  }

  async complete(viewer: Viewer, id: string, note?: string | null): Promise<Task> {
    const text = optionalText(note, LIMITS.text);
    return this.move(viewer, id, T.DONE, EventType.TASK_DONE, (t, now) => {
      t.doneAt = now;
      if (text) t.note = text;
    });
  }

  async decline(viewer: Viewer, id: string, reason: string): Promise<Task> {
    const why = requiredText(reason, LIMITS.reason, 'reasonRequired');
    return this.move(viewer, id, T.DECLINED, EventType.TASK_DECLINED, (t, now) => {
      t.declinedAt = now;
      t.declineReason = why;
    });
  }

  /** One task transition by its agency's liaison or the operator; starting a task puts its incident in progress. */
  private async move(viewer: Viewer, id: string, to: T, type: TypesCarrying<'task' | 'incident'>, apply: (t: Task, now: Date) => void): Promise<Task> {
    requireRole(viewer, Role.DISTRICT_OPERATOR, Role.LIAISON);
    return this.db.tx(viewer, async (tx) => {
      const task = await tx.manager.findOne(Task, { where: { id: parseId(id) }, lock: { mode: 'pessimistic_write' } });
      if (!task) throw new DomainError('notFound', `task ${id}`);
      // A liaison moves its agency's tasks in its unit; the operator, the tasks of its unit's wards.
      const may = viewer.role === Role.LIAISON ? mayRead(viewer, 'task', task) : incidentWards(task).some((w) => mayWriteWard(viewer, w));
      if (!may) throw new DomainError('forbidden');
      TASK_LIFECYCLE.assert(task.status, to);
      apply(task, tx.now);
      task.status = to;
      await tx.manager.save(task);
      const incident = await tx.manager.findOneOrFail(Incident, { where: { id: task.incidentId }, lock: { mode: 'pessimistic_write' } });
      const code = (await this.agencies.byId(task.agencyId)).code;
      tx.emit({ type, wardId: task.wardId, wardIds: task.wardIds, agencies: [code], data: { task: { ...task }, incident: { ...incident } } });
      const follows = incidentAfterTask(incident.status, to);
      if (follows === IncidentStatus.IN_PROGRESS) {
        incident.status = follows;
        incident.acknowledgedAt ??= tx.now;
        await tx.manager.save(incident);
        tx.emit({
          type: EventType.INCIDENT_IN_PROGRESS,
          wardId: incident.wardId,
          wardIds: incident.wardIds,
          agencies: await this.agenciesOn(tx, incident.id),
          data: { incident: { ...incident } },
        });
      }
      return task;
    });
  }

  async get(viewer: Viewer, id: string): Promise<Task | null> {
    const v = requireViewer(viewer);
    const task = await this.db.read((m) => m.findOneBy(Task, { id: parseId(id) }));
    if (task && !this.canRead(v, task)) throw new DomainError('forbidden');
    return task;
  }

  canRead(v: Viewer, task: Task): boolean {
    return mayRead(v, 'task', task);
  }

  /** The tasks of several incidents the viewer may read, in one query: one list per incident asked. */
  async ofIncidents(viewer: Viewer, incidentIds: readonly number[]): Promise<Task[][]> {
    const rows = await this.list(viewer, { incidentIds });
    return groupedBy(incidentIds, rows, (t) => t.incidentId);
  }

  /** Tasks the viewer may read; a liaison always gets only its own agency's. */
  async list(viewer: Viewer, q: TaskQuery): Promise<Task[]> {
    const v = requireViewer(viewer);
    const qb = this.db.dataSource.getRepository(Task).createQueryBuilder('t').orderBy('t.id', 'ASC');
    const scope = readFilter(v, 'task', 't');
    qb.andWhere(scope.sql, scope.params);
    if (q.agency) qb.andWhere('t.agencyId = :agency', { agency: (await this.agencies.byCode(q.agency)).id });
    if (q.status?.length) qb.andWhere('t.status IN (:...status)', { status: q.status });
    if (q.incidentId) qb.andWhere('t.incidentId = :incident', { incident: q.incidentId });
    if (q.incidentIds) qb.andWhere('t.incidentId IN (:...incidents)', { incidents: q.incidentIds.length ? [...q.incidentIds] : [0] });
    if (q.overdue != null) {
      const cond = 't.status = :open AND t.ackDueAt < :now';
      qb.andWhere(q.overdue ? `(${cond})` : `NOT (${cond})`, { open: T.OPEN, now: this.db.clock.now() });
    }
    return this.db.read(() => qb.getMany());
  }

  /** Mark every task past its acknowledgement deadline as escalated, once, with an event each. */
  async escalateOverdue(): Promise<Task[]> {
    return this.db.tx(SYSTEM, async (tx) => {
      // A task whose incident was resolved meanwhile needs no escalation.
      const due = await tx.manager
        .createQueryBuilder(Task, 't')
        .where({ status: T.OPEN, ackDueAt: LessThan(tx.now), escalatedAt: IsNull() })
        .andWhere(`NOT EXISTS (SELECT 1 FROM incidents i WHERE i.id = t."incidentId" AND i.status = :resolved)`, { resolved: IncidentStatus.RESOLVED })
        .orderBy('t.ackDueAt', 'ASC')
        .limit(500)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const task of due) {
        task.escalatedAt = tx.now;
        await tx.manager.save(task);
        const code = (await this.agencies.byId(task.agencyId)).code;
        tx.emit({ type: EventType.TASK_OVERDUE, wardId: task.wardId, wardIds: task.wardIds, agencies: [code], data: { task: { ...task } } });
      }
      return due;
    });
  }
}
