import type { Viewer } from '../../auth/viewer.js';
import { readFilter } from '../../scope/scope.js';
import type { Services } from '../../services.js';
import { Agency } from '../agencies/agency.entity.js';
import { Incident } from '../incidents/incident.entity.js';
import { isOverdue } from '../tasks/task-rules.js';
import { Task, TaskStatus } from '../tasks/task.entity.js';
import { Ward } from '../units/units.entity.js';
import { keysetPages, secondsBetween, type CsvColumn, type CsvExport } from './csv.js';

interface TaskRow {
  id: number;
  incidentCode: string;
  category: string;
  severity: string;
  wardCode: string;
  wardName: string;
  agencyCode: string;
  agencyName: string;
  status: TaskStatus;
  createdAt: Date;
  ackDueAt: Date;
  acknowledgedAt: Date | null;
  startedAt: Date | null;
  doneAt: Date | null;
  declinedAt: Date | null;
  cancelledAt: Date | null;
  escalatedAt: Date | null;
  note: string | null;
  declineReason: string | null;
  cancelReason: string | null;
}

/** Tasks the viewer may read (the `tasks` query's scope: a liaison its agency's), oldest first, with the times a report asks for. */
export async function taskExport(services: Services, viewer: Viewer, pageRows: number): Promise<CsvExport<TaskRow>> {
  const election = await services.elections.current();
  // Overdue as the API answers it now, by the election clock.
  const now = services.clock.now();
  const columns: CsvColumn<TaskRow>[] = [
    { header: 'Mã công việc', value: (r) => r.id },
    { header: 'Mã sự cố', value: (r) => r.incidentCode },
    { header: 'Loại sự cố', value: (r) => r.category },
    { header: 'Mức độ', value: (r) => r.severity },
    { header: 'Mã phường', value: (r) => r.wardCode },
    { header: 'Phường', value: (r) => r.wardName },
    { header: 'Mã đơn vị', value: (r) => r.agencyCode },
    { header: 'Đơn vị', value: (r) => r.agencyName },
    { header: 'Trạng thái', value: (r) => r.status },
    { header: 'Thời điểm giao', value: (r) => r.createdAt },
    { header: 'Hạn tiếp nhận', value: (r) => r.ackDueAt },
    { header: 'Thời điểm tiếp nhận', value: (r) => r.acknowledgedAt },
    { header: 'Thời điểm bắt đầu', value: (r) => r.startedAt },
    { header: 'Thời điểm hoàn thành', value: (r) => r.doneAt },
    { header: 'Thời điểm từ chối', value: (r) => r.declinedAt },
    { header: 'Thời điểm hủy', value: (r) => r.cancelledAt },
    { header: 'Thời gian tiếp nhận (giây)', value: (r) => secondsBetween(r.createdAt, r.acknowledgedAt) },
    { header: 'Thời gian hoàn thành (giây)', value: (r) => secondsBetween(r.createdAt, r.doneAt) },
    { header: 'Tiếp nhận đúng hạn', value: (r) => (r.acknowledgedAt ? secondsBetween(r.acknowledgedAt, r.ackDueAt)! >= 0 : null) },
    { header: 'Quá hạn', value: (r) => isOverdue({ status: r.status, ackDueAt: new Date(r.ackDueAt) }, now) },
    { header: 'Đã cảnh báo quá hạn', value: (r) => r.escalatedAt !== null },
    { header: 'Ghi chú', value: (r) => r.note },
    { header: 'Lý do từ chối', value: (r) => r.declineReason },
    { header: 'Lý do hủy', value: (r) => r.cancelReason },
  ];
  const scope = readFilter(viewer, 'task', 't');
  const read = (after: number | null) =>
    services.db.read((m) =>
      m
        .createQueryBuilder(Task, 't')
        .innerJoin(Incident, 'i', 'i.id = t.incidentId')
        .innerJoin(Ward, 'w', 'w.id = t.wardId')
        .innerJoin(Agency, 'a', 'a.id = t.agencyId')
        .select(['t.id AS id', 't.status AS status', 't.note AS note', 't.declineReason AS "declineReason"', 't.cancelReason AS "cancelReason"'])
        .addSelect(['t.createdAt AS "createdAt"', 't.ackDueAt AS "ackDueAt"', 't.acknowledgedAt AS "acknowledgedAt"', 't.startedAt AS "startedAt"'])
        .addSelect(['t.doneAt AS "doneAt"', 't.declinedAt AS "declinedAt"', 't.cancelledAt AS "cancelledAt"', 't.escalatedAt AS "escalatedAt"'])
        .addSelect(['i.code AS "incidentCode"', 'i.category AS category', 'i.severity AS severity', 'w.code AS "wardCode"', 'w.name AS "wardName"'])
        .addSelect(['a.code AS "agencyCode"', 'a.name AS "agencyName"'])
        .where(scope.sql, scope.params)
        .andWhere('t.id > :after', { after: after ?? 0 })
        .orderBy('t.id', 'ASC')
        .limit(pageRows)
        .getRawMany<TaskRow>(),
    );
  return { filename: `tasks-${election.date}.csv`, columns, pages: keysetPages(read, (r) => r.id, pageRows) };
}
