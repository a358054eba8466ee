import type { Viewer } from '../../auth/viewer.js';
import { readFilter } from '../../scope/scope.js';
import type { Services } from '../../services.js';
import { Agency } from '../agencies/agency.entity.js';
import { Incident } from '../incidents/incident.entity.js';
import { PollingArea } from '../polling-areas/polling-area.entity.js';
import { Task } from '../tasks/task.entity.js';
import { Ward } from '../units/units.entity.js';
import { User } from '../users/user.entity.js';
import { keysetPages, type CsvColumn, type CsvExport } from './csv.js';

interface IncidentRow {
  id: number;
  code: string;
  wardCode: string;
  wardName: string;
  areaCode: string | null;
  areaName: string | null;
  category: string;
  severity: string;
  status: string;
  affectsVoting: boolean;
  title: string;
  description: string | null;
  reporter: string | null;
  reportedAt: Date;
  acknowledgedAt: Date | null;
  resolvedAt: Date | null;
  note: string | null;
  /** Agencies of the incident's tasks that the viewer may read, in dispatch order. */
  agencies: string | null;
}

const COLUMNS: CsvColumn<IncidentRow>[] = [
  { header: 'Mã sự cố', value: (r) => r.code },
  { header: 'Mã phường', value: (r) => r.wardCode },
  { header: 'Phường', value: (r) => r.wardName },
  { header: 'Mã KVBP', value: (r) => r.areaCode },
  { header: 'Tên KVBP', value: (r) => r.areaName },
  { header: 'Loại sự cố', value: (r) => r.category },
  { header: 'Mức độ', value: (r) => r.severity },
  { header: 'Trạng thái', value: (r) => r.status },
  { header: 'Ảnh hưởng bỏ phiếu', value: (r) => r.affectsVoting },
  { header: 'Tiêu đề', value: (r) => r.title },
  { header: 'Mô tả', value: (r) => r.description },
  { header: 'Người báo', value: (r) => r.reporter },
  { header: 'Thời điểm báo', value: (r) => r.reportedAt },
  { header: 'Thời điểm tiếp nhận', value: (r) => r.acknowledgedAt },
  { header: 'Thời điểm giải quyết', value: (r) => r.resolvedAt },
  { header: 'Ghi chú', value: (r) => r.note },
  { header: 'Đơn vị xử lý', value: (r) => r.agencies },
];

/** The incident log the viewer may read (the `incidents` query's scope), oldest first, paged by id. */
export async function incidentExport(services: Services, viewer: Viewer, pageRows: number): Promise<CsvExport<IncidentRow>> {
  const election = await services.elections.current();
  const scope = readFilter(viewer, 'incident', 'i');
  const taskScope = readFilter(viewer, 'task', 't');
  const read = (after: number | null) =>
    services.db.read(async (m) => {
      const rows = await m
        .createQueryBuilder(Incident, 'i')
        .innerJoin(Ward, 'w', 'w.id = i.wardId')
        .leftJoin(PollingArea, 'pa', 'pa.id = i.pollingAreaId')
        .leftJoin(User, 'u', 'u.id = i.reportedById')
        .select([
          'i.id AS id',
          'i.code AS code',
          'i.category AS category',
          'i.severity AS severity',
          'i.status AS status',
          'i.affectsVoting AS "affectsVoting"',
        ])
        .addSelect(['i.title AS title', 'i.description AS description', 'i.reportedAt AS "reportedAt"', 'i.acknowledgedAt AS "acknowledgedAt"'])
        .addSelect(['i.resolvedAt AS "resolvedAt"', 'i.note AS note', 'w.code AS "wardCode"', 'w.name AS "wardName"'])
        .addSelect(['pa.code AS "areaCode"', 'pa.name AS "areaName"', 'u.displayName AS reporter'])
        .where(scope.sql, scope.params)
        .andWhere('i.id > :after', { after: after ?? 0 })
        .orderBy('i.id', 'ASC')
        .limit(pageRows)
        .getRawMany<IncidentRow>();
      if (rows.length === 0) return rows;
      const agencies = await m
        .createQueryBuilder(Task, 't')
        .innerJoin(Agency, 'a', 'a.id = t.agencyId')
        .select('t.incidentId', 'incidentId')
        .addSelect(`string_agg(a.code, '|' ORDER BY t.id)`, 'agencies')
        .where('t.incidentId IN (:...ids)', { ids: rows.map((r) => r.id) })
        .andWhere(taskScope.sql, taskScope.params)
        .groupBy('t.incidentId')
        .getRawMany<{ incidentId: number; agencies: string }>();
      const byIncident = new Map(agencies.map((a) => [a.incidentId, a.agencies]));
      return rows.map((r) => ({ ...r, agencies: byIncident.get(r.id) ?? null }));
    });
  return { filename: `incidents-${election.date}.csv`, columns: COLUMNS, pages: keysetPages(read, (r) => r.id, pageRows) };
}
