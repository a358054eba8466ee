import type { Viewer } from '../../auth/viewer.js';
import { DomainError } from '../../errors.js';
import { Event, EventType } from '../../log/event.entity.js';
import type { StoredPayload } from '../../log/topics.js';
import { readFilter } from '../../scope/scope.js';
import type { Services } from '../../services.js';
import { Ward } from '../units/units.entity.js';
import { User } from '../users/user.entity.js';
import { keysetPages, localTime, type CsvColumn, type CsvExport } from './csv.js';

interface EventRow {
  seq: number;
  type: EventType;
  at: Date;
  actor: string | null;
  actorName: string | null;
  wardCode: string | null;
  wardName: string | null;
  data: StoredPayload;
}

/** The log's range asked for: seqs after `after` and before `before` (exclusive, like `events(after)`). */
export interface EventRange {
  after: number;
  before: number | null;
}

/**
 * Read `after` and `before` from a query string: whole numbers (a seq), `after` ≥ 0, `before` ≥ 1.
 * A bad value is refused naming the parameter.
 */
export function eventRange(query: Record<string, unknown>): EventRange {
  const seq = (name: 'after' | 'before', min: number): number | null => {
    const raw = query[name];
    if (raw === undefined || raw === '') return null;
    const n = typeof raw === 'string' && /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(n) || n < min) throw new DomainError('argumentOutOfRange', `${name}: an event seq, a whole number ≥ ${min}`);
    return n;
  };
  return { after: seq('after', 0) ?? 0, before: seq('before', 1) };
}

/**
 * What the change was, in a few words, per type: the switch names every type, so a new one cannot
 * reach the export before someone decides what of it is written here. A complaint is named by its
 * register number and where it went, never by its words: who filed it never reaches the log at all,
 * and a denunciation's summary may point at its author. The payload itself is not exported: it
 * holds internal ids and fields no API returns.
 */
function detailOf(type: EventType, d: StoredPayload): string | null {
  switch (type) {
    case EventType.INCIDENT_REPORTED:
      return d.incident?.title ?? null;
    case EventType.INCIDENT_RESOLVED:
    case EventType.INCIDENT_REOPENED:
      return d.incident?.note ?? null;
    case EventType.INCIDENT_NOTE_ADDED:
      return d.note?.text ?? null;
    case EventType.TASK_DISPATCHED:
    case EventType.TASK_DONE:
      return d.task?.note ?? null;
    case EventType.TASK_DECLINED:
      return d.task?.declineReason ?? null;
    case EventType.TASK_CANCELLED:
      return d.task?.cancelReason ?? null;
    case EventType.TURNOUT_REPORTED:
      return [d.turnoutReport?.correctionReason, d.turnoutReport?.flags?.join('|')].filter(Boolean).join(' · ') || null;
    case EventType.TURNOUT_VERIFIED:
      return d.turnoutReport?.verifyNote ?? null;
    case EventType.POLLING_AREA_STATUS_CHANGED:
      return d.pollingArea?.statusReason ?? null;
    case EventType.CHECKLIST_ITEM_SET:
      return `${d.checklistItem}: ${d.checklistDone ? 'có' : 'không'}`;
    case EventType.POLLING_AREA_LATE:
      return d.checkpoint ?? null;
    case EventType.FINDING_REPORTED:
      return d.finding?.text ?? null;
    case EventType.FINDING_ADDRESSED:
      return d.finding?.addressedNote ?? null;
    case EventType.FINDING_ESCALATED:
      return d.incident?.code ?? null;
    case EventType.SITUATION_REPORT_COMPILED:
      return d.situationReport?.checkpoint ?? null;
    case EventType.SITUATION_REPORT_SENT:
      return d.situationReport?.note ?? null;
    case EventType.COMPLAINT_RECEIVED:
      return d.complaint ? `${d.complaint.code} ${d.complaint.kind} ${d.complaint.subject}` : null;
    case EventType.COMPLAINT_ASSIGNED:
      return d.complaint ? `${d.complaint.code} → ${d.complaint.assignee}` : null;
    case EventType.COMPLAINT_TRANSFERRED:
      return d.complaint ? `${d.complaint.code} → ${d.complaint.transferredTo}` : null;
    case EventType.COMPLAINT_ANSWERED:
    case EventType.COMPLAINT_CLOSED:
    case EventType.COMPLAINT_OVERDUE:
      return d.complaint?.code ?? null;
    case EventType.BALLOT_BOX_VISIT_REQUESTED:
      return d.ballotBoxVisit ? `${d.ballotBoxVisit.code} ${d.ballotBoxVisit.reason} ×${d.ballotBoxVisit.voters}` : null;
    case EventType.BALLOT_BOX_VISIT_SCHEDULED:
      return d.ballotBoxVisit?.scheduledFor ? `${d.ballotBoxVisit.code} ${localTime(d.ballotBoxVisit.scheduledFor)}` : null;
    case EventType.BALLOT_BOX_VISIT_RECORDED:
      return d.ballotBoxVisit ? `${d.ballotBoxVisit.code}: ${d.ballotBoxVisit.ballotsCollected}/${d.ballotBoxVisit.voters}` : null;
    case EventType.BALLOT_BOX_VISIT_CANCELLED:
      return d.ballotBoxVisit ? `${d.ballotBoxVisit.code}: ${d.ballotBoxVisit.cancelReason}` : null;
    case EventType.VOTER_LIST_CHANGED: {
      const c = d.voterListChange;
      if (!c) return null;
      const sign = c.kind?.startsWith('REMOVED') ? '−' : '+';
      return [`${c.kind} ${sign}${c.count} → ${c.registeredAfter}`, c.note].filter(Boolean).join(' · ');
    }
    case EventType.POLLING_AREA_RELOCATED: {
      const r = d.relocation;
      return r ? `${r.fromName}, ${r.fromAddress} → ${r.toName}, ${r.toAddress}: ${r.reason}` : null;
    }
    case EventType.INCIDENT_ACKNOWLEDGED:
    case EventType.INCIDENT_IN_PROGRESS:
    case EventType.TASK_ACKNOWLEDGED:
    case EventType.TASK_STARTED:
    case EventType.TASK_OVERDUE:
      return null;
    default:
      return type satisfies never;
  }
}

/**
 * The audit log the viewer may read (the `events` query's scope), in seq order, paged by seq. It
 * stops at the log's watermark as read when the export starts: every seq below it is final, so the
 * file is the same whenever it is read again with the same `before`.
 */
export async function eventExport(services: Services, viewer: Viewer, range: EventRange, pageRows: number): Promise<CsvExport<EventRow>> {
  const election = await services.elections.current();
  const watermark = await services.events.lastSeq();
  const upto = range.before === null ? watermark : Math.min(watermark, range.before - 1);
  const agencyCodes = new Map((await services.agencies.list()).map((a) => [a.id, a.code]));
  const columns: CsvColumn<EventRow>[] = [
    { header: 'Số thứ tự', value: (r) => r.seq },
    { header: 'Thời điểm', value: (r) => r.at },
    { header: 'Loại sự kiện', value: (r) => r.type },
    { header: 'Tài khoản', value: (r) => r.actor },
    { header: 'Người thực hiện', value: (r) => r.actorName },
    { header: 'Mã phường', value: (r) => r.wardCode },
    { header: 'Phường', value: (r) => r.wardName },
    { header: 'Mã sự cố', value: (r) => r.data.incident?.code },
    { header: 'Mã công việc', value: (r) => r.data.task?.id },
    { header: 'Mã đơn vị', value: (r) => (r.data.task?.agencyId == null ? null : agencyCodes.get(r.data.task.agencyId)) },
    { header: 'Mã KVBP', value: (r) => r.data.pollingArea?.code },
    { header: 'Mã kết quả giám sát', value: (r) => r.data.finding?.code },
    { header: 'Trạng thái sau thay đổi', value: (r) => r.data.task?.status ?? r.data.finding?.status ?? r.data.incident?.status ?? r.data.pollingArea?.status },
    { header: 'Số cử tri đã bỏ phiếu', value: (r) => r.data.turnoutReport?.voted },
    { header: 'Chi tiết', value: (r) => detailOf(r.type, r.data) },
  ];
  const scope = readFilter(viewer, 'event', 'e');
  const read = (after: number | null) =>
    services.db.read((m) =>
      m
        .createQueryBuilder(Event, 'e')
        .leftJoin(Ward, 'w', 'w.id = e.wardId')
        .leftJoin(User, 'u', 'u.id = e.actorId')
        .select(['e.seq AS seq', 'e.type AS type', 'e.at AS at', 'e.actor AS actor', 'e.data AS data'])
        .addSelect(['u.displayName AS "actorName"', 'w.code AS "wardCode"', 'w.name AS "wardName"'])
        .where('e.seq > :after AND e.seq <= :upto', { after: after ?? range.after, upto })
        .andWhere(scope.sql, scope.params)
        .orderBy('e.seq', 'ASC')
        .limit(pageRows)
        .getRawMany<EventRow>(),
    );
  return { filename: `events-${election.date}.csv`, columns, pages: keysetPages(read, (r) => r.seq, pageRows) };
}
