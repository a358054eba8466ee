import { randomUUID } from 'node:crypto';
import { In, IsNull, LessThan } from 'typeorm';
import { requireRole, requireViewer, type Viewer } from '../../auth/viewer.js';
import type { Database, Tx } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { EventType } from '../../log/event.entity.js';
import { assertMayRead, assertWritePlace, mayReadField, readFilter, readsNone } from '../../scope/scope.js';
import { LIMITS, optionalText, parseId, requiredText } from '../../validation.js';
import { PollingArea } from '../polling-areas/polling-area.entity.js';
import { withClientRequest } from '../requests/client-requests.js';
import { UnitLevel } from '../units/enums.js';
import { District, Ward } from '../units/units.entity.js';
import { Role, User } from '../users/user.entity.js';
import { AWAITING_ANSWER, COMPLAINT_LIFECYCLE, DEFAULT_DEADLINES, dueAt, type ComplaintDeadlines } from './complaint-rules.js';
import { Complainant, Complaint, ComplaintStatus as S, type ComplaintKind, type ComplaintSubject } from './complaint.entity.js';
import type { ComplaintFilter, ReceiveComplaintInput } from './complaint.inputs.js';

const SYSTEM = { id: null, username: null };
const DAY = 24 * 3_600_000;
/** How far back an intake may be dated: a letter registered late, not last year's. */
const BACKDATE_DAYS = 90;
/** A phone's clock a little ahead of the server's is not a complaint from the future. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The register of complaints, denunciations and petitions (SPEC 8.4), with the law's deadlines.
 *
 * The complainant is written to its own table and read back only through `complainantsOf`, for
 * viewers `scope.ts` lets read it (the district operator). Nothing here copies it anywhere else: the
 * events carry the `Complaint` row, which has no such field, and no message or log line names it.
 */
export class ComplaintService {
  constructor(
    private readonly db: Database,
    private readonly deadlines: ComplaintDeadlines = DEFAULT_DEADLINES,
  ) {}

  /** Complaints the viewer may read, newest first. */
  async list(viewer: Viewer, filter: ComplaintFilter = {}): Promise<Complaint[]> {
    const v = requireViewer(viewer);
    if (readsNone(v, 'complaint')) throw new DomainError('forbidden');
    const scope = readFilter(v, 'complaint', 'c');
    const qb = this.db.dataSource.getRepository(Complaint).createQueryBuilder('c').where(scope.sql, scope.params).orderBy('c.id', 'DESC');
    if (filter.wardId != null) qb.andWhere('c.wardId = :ward', { ward: parseId(filter.wardId) });
    if (filter.status?.length) qb.andWhere('c.status IN (:...status)', { status: filter.status });
    if (filter.kind?.length) qb.andWhere('c.kind IN (:...kind)', { kind: filter.kind });
    if (filter.overdue != null) {
      const cond = 'c.status IN (:...awaiting) AND c.dueAt < :now';
      qb.andWhere(filter.overdue ? `(${cond})` : `NOT (${cond})`, { awaiting: AWAITING_ANSWER, now: this.db.clock.now() });
    }
    return this.db.read(() => qb.getMany());
  }

  async one(viewer: Viewer, id: string): Promise<Complaint | null> {
    const v = requireViewer(viewer);
    const c = await this.db.read((m) => m.findOneBy(Complaint, { id: parseId(id) }));
    if (c) assertMayRead(v, 'complaint', c);
    return c;
  }

  /** The complainants of several complaints, for a viewer who may read them (asked again here, not trusted from the caller). */
  async complainantsOf(viewer: Viewer, complaintIds: readonly number[]): Promise<(Complainant | null)[]> {
    const rows = await this.db.read((m) => m.find(Complaint, { where: { id: In([...complaintIds]) } }));
    const readable = rows.filter((c) => mayReadField(viewer, 'Complaint.complainant', c)).map((c) => c.id);
    const found = readable.length ? await this.db.read((m) => m.findBy(Complainant, { complaintId: In(readable) })) : [];
    const byId = new Map(found.map((r) => [r.complaintId, r]));
    return complaintIds.map((id) => byId.get(id) ?? null);
  }

  /** Register one: the operator anywhere (or for the district as a whole), a ward officer in its ward. */
  async receive(viewer: Viewer, input: ReceiveComplaintInput): Promise<Complaint> {
    requireRole(viewer, Role.DISTRICT_OPERATOR, Role.WARD_OFFICER);
    const summary = requiredText(input.summary, LIMITS.text);
    const name = requiredText(input.complainant?.name, LIMITS.title, 'complainantRequired');
    const contact = optionalText(input.complainant?.contact, LIMITS.reason);
    return this.db.tx(viewer, (tx) =>
      withClientRequest(
        tx,
        input.clientRequestId,
        'receiveComplaint',
        (id) => tx.manager.findOneByOrFail(Complaint, { id }),
        async () => {
          const { wardId, pollingAreaId, districtId } = await this.placeOf(tx, viewer, input);
          assertWritePlace(viewer, { wardId, districtId });
          const receivedAt = this.receivedAt(input.receivedAt, tx.now);
          const receivedBy = (await tx.manager.findOneByOrFail(User, { id: viewer.id })).displayName;
          const complaint = await tx.manager.save(
            tx.manager.create(Complaint, {
              code: `new-${randomUUID()}`,
              kind: input.kind as ComplaintKind,
              subject: input.subject as ComplaintSubject,
              channel: input.channel,
              summary,
              wardId,
              pollingAreaId,
              districtId,
              receivedAt,
              dueAt: dueAt(input.subject, receivedAt, this.deadlines),
              status: S.RECEIVED,
              assignee: null,
              answer: null,
              answeredAt: null,
              transferredTo: null,
              transferredAt: null,
              transferNote: null,
              escalatedAt: null,
              receivedById: viewer.id,
              receivedBy,
            }),
          );
          complaint.code = `DT-${String(complaint.id).padStart(4, '0')}`;
          await tx.manager.update(Complaint, { id: complaint.id }, { code: complaint.code });
          await tx.manager.insert(Complainant, { complaintId: complaint.id, name, contact });
          tx.emit({ type: EventType.COMPLAINT_RECEIVED, wardId, districtId, data: { complaint: { ...complaint } } });
          return complaint;
        },
      ),
    );
  }

  /** Hand it to someone (or to someone else). */
  async assign(viewer: Viewer, id: string, assignee: string): Promise<Complaint> {
    requireRole(viewer, Role.DISTRICT_OPERATOR);
    const who = requiredText(assignee, LIMITS.title);
    return this.move(viewer, id, S.ASSIGNED, EventType.COMPLAINT_ASSIGNED, { assignee: who });
  }

  async answer(viewer: Viewer, id: string, answer: string): Promise<Complaint> {
    requireRole(viewer, Role.DISTRICT_OPERATOR);
    const text = requiredText(answer, LIMITS.text);
    return this.move(viewer, id, S.ANSWERED, EventType.COMPLAINT_ANSWERED, (now) => ({ answer: text, answeredAt: now }));
  }

  async close(viewer: Viewer, id: string): Promise<Complaint> {
    requireRole(viewer, Role.DISTRICT_OPERATOR);
    return this.move(viewer, id, S.CLOSED, EventType.COMPLAINT_CLOSED, {});
  }

  /** Send it on to the body that has the power to settle it. */
  async transfer(viewer: Viewer, id: string, to: string, note: string | null | undefined): Promise<Complaint> {
    requireRole(viewer, Role.DISTRICT_OPERATOR);
    const body = requiredText(to, LIMITS.title);
    const text = optionalText(note, LIMITS.reason);
    return this.move(viewer, id, S.TRANSFERRED, EventType.COMPLAINT_TRANSFERRED, (now) => ({ transferredTo: body, transferNote: text, transferredAt: now }));
  }

  /** Raise every complaint past its deadline and not answered, once, with an event each. */
  async escalateOverdue(): Promise<Complaint[]> {
    return this.db.tx(SYSTEM, async (tx) => {
      const due = await tx.manager
        .createQueryBuilder(Complaint, 'c')
        .where({ status: In([...AWAITING_ANSWER]), dueAt: LessThan(tx.now), escalatedAt: IsNull() })
        .orderBy('c.dueAt', 'ASC')
        .limit(500)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const complaint of due) {
        complaint.escalatedAt = tx.now;
        await tx.manager.save(complaint);
        tx.emit({ type: EventType.COMPLAINT_OVERDUE, wardId: complaint.wardId, districtId: complaint.districtId, data: { complaint: { ...complaint } } });
      }
      return due;
    });
  }

  private async move(
    viewer: Viewer,
    id: string,
    to: S,
    type: EventType.COMPLAINT_ASSIGNED | EventType.COMPLAINT_ANSWERED | EventType.COMPLAINT_CLOSED | EventType.COMPLAINT_TRANSFERRED,
    changes: Partial<Complaint> | ((now: Date) => Partial<Complaint>),
  ): Promise<Complaint> {
    return this.db.tx(viewer, async (tx) => {
      const complaint = await tx.manager.findOne(Complaint, { where: { id: parseId(id) }, lock: { mode: 'pessimistic_write' } });
      if (!complaint) throw new DomainError('notFound', `complaint ${id}`);
      assertWritePlace(viewer, complaint);
      COMPLAINT_LIFECYCLE.assert(complaint.status, to);
      Object.assign(complaint, typeof changes === 'function' ? changes(tx.now) : changes, { status: to });
      await tx.manager.save(complaint);
      tx.emit({ type, wardId: complaint.wardId, districtId: complaint.districtId, data: { complaint: { ...complaint } } });
      return complaint;
    });
  }

  /** The ward and area: from the area, or the ward given, or neither (a district as a whole); and the district. */
  private async placeOf(
    tx: Tx,
    viewer: Viewer,
    input: ReceiveComplaintInput,
  ): Promise<{ wardId: number | null; pollingAreaId: number | null; districtId: number | null }> {
    const districtOf = async (wardId: number) => (await tx.manager.findOneByOrFail(Ward, { id: wardId })).districtId;
    if (input.pollingAreaId != null) {
      const area = await tx.manager.findOneBy(PollingArea, { id: parseId(input.pollingAreaId) });
      if (!area) throw new DomainError('notFound', `polling area ${input.pollingAreaId}`);
      if (input.wardId != null && parseId(input.wardId) !== area.wardId) throw new DomainError('placeMismatch');
      return { wardId: area.wardId, pollingAreaId: area.id, districtId: await districtOf(area.wardId) };
    }
    if (input.wardId == null) {
      // A district as a whole is the operator's to register: a ward officer is refused before anything is looked up.
      if (viewer.role !== Role.DISTRICT_OPERATOR) throw new DomainError('forbidden');
      return { wardId: null, pollingAreaId: null, districtId: await this.wholeDistrict(tx, viewer, input.districtId) };
    }
    const ward = await tx.manager.findOneBy(Ward, { id: parseId(input.wardId) });
    if (!ward) throw new DomainError('notFound', `ward ${input.wardId}`);
    return { wardId: ward.id, pollingAreaId: null, districtId: ward.districtId };
  }

  /** The district a complaint about a district as a whole concerns: the one given, the operator's own, or the only one there is. */
  private async wholeDistrict(tx: Tx, viewer: Viewer, given: string | null | undefined): Promise<number> {
    if (given != null) {
      const id = parseId(given);
      if (!(await tx.manager.existsBy(District, { id }))) throw new DomainError('notFound', `district ${given}`);
      return id;
    }
    if (viewer.unit.districtId !== null && viewer.unit.level !== UnitLevel.WARD) return viewer.unit.districtId;
    const only = await tx.manager.find(District, { select: { id: true }, take: 2 });
    if (only.length === 1) return only[0].id;
    throw new DomainError('placeRequired');
  }

  private receivedAt(given: Date | null | undefined, now: Date): Date {
    if (given == null) return now;
    if (Number.isNaN(given.getTime()) || given.getTime() > now.getTime() + CLOCK_SKEW_MS || given.getTime() < now.getTime() - BACKDATE_DAYS * DAY) {
      throw new DomainError('receivedAtOutOfRange');
    }
    return given;
  }
}
