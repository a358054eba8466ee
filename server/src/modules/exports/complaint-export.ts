import type { Viewer } from '../../auth/viewer.js';
import { DomainError } from '../../errors.js';
import { mayReadField, readFilter, readsNone, readsSomeComplainants } from '../../scope/scope.js';
import type { Services } from '../../services.js';
import { Complainant, Complaint } from '../complaints/complaint.entity.js';
import { isOverdue } from '../complaints/complaint-rules.js';
import { PollingArea } from '../polling-areas/polling-area.entity.js';
import { Ward } from '../units/units.entity.js';
import { keysetPages, type CsvColumn, type CsvExport } from './csv.js';

interface ComplaintRow {
  id: number;
  code: string;
  kind: Complaint['kind'];
  subject: string;
  channel: string;
  status: Complaint['status'];
  wardId: number | null;
  districtId: number | null;
  wardCode: string | null;
  wardName: string | null;
  areaCode: string | null;
  areaName: string | null;
  summary: string;
  receivedAt: Date;
  receivedBy: string;
  dueAt: Date;
  assignee: string | null;
  answer: string | null;
  answeredAt: Date | null;
  transferredTo: string | null;
  complainantName: string | null;
  complainantContact: string | null;
}

/** The columns; overdue as of the election clock's `now` while the export runs. */
const columns = (now: () => Date): CsvColumn<ComplaintRow>[] => [
  { header: 'Số đơn', value: (r) => r.code },
  { header: 'Loại đơn', value: (r) => r.kind },
  { header: 'Nội dung liên quan', value: (r) => r.subject },
  { header: 'Hình thức nhận', value: (r) => r.channel },
  { header: 'Trạng thái', value: (r) => r.status },
  { header: 'Mã phường', value: (r) => r.wardCode },
  { header: 'Phường', value: (r) => r.wardName },
  { header: 'Mã KVBP', value: (r) => r.areaCode },
  { header: 'Tên KVBP', value: (r) => r.areaName },
  { header: 'Tóm tắt', value: (r) => r.summary },
  { header: 'Thời điểm nhận', value: (r) => r.receivedAt },
  { header: 'Người tiếp nhận', value: (r) => r.receivedBy },
  { header: 'Hạn giải quyết', value: (r) => r.dueAt },
  { header: 'Quá hạn', value: (r) => isOverdue(r, now()) },
  { header: 'Người xử lý', value: (r) => r.assignee },
  { header: 'Trả lời', value: (r) => r.answer },
  { header: 'Thời điểm trả lời', value: (r) => r.answeredAt },
  { header: 'Chuyển đến', value: (r) => r.transferredTo },
  { header: 'Người gửi đơn', value: (r) => r.complainantName },
  { header: 'Liên hệ người gửi', value: (r) => r.complainantContact },
];

/**
 * The complaints register the viewer may read (the `complaints` query's scope), oldest first. Who
 * filed each is joined only for a viewer `scope.ts` lets read it (the district operator): for anyone
 * else the query does not touch the complainants table at all, and the columns stay empty.
 */
export async function complaintExport(services: Services, viewer: Viewer, pageRows: number): Promise<CsvExport<ComplaintRow>> {
  if (readsNone(viewer, 'complaint')) throw new DomainError('forbidden');
  const election = await services.elections.current();
  const scope = readFilter(viewer, 'complaint', 'c');
  // Nobody but an operator reads any complainant: for everyone else the complainants table is not even joined.
  const withComplainant = readsSomeComplainants(viewer);
  const now = () => services.clock.now();
  const read = (after: number | null) =>
    services.db.read(async (m) => {
      const qb = m
        .createQueryBuilder(Complaint, 'c')
        .leftJoin(Ward, 'w', 'w.id = c.wardId')
        .leftJoin(PollingArea, 'pa', 'pa.id = c.pollingAreaId')
        .select(['c.id AS id', 'c.code AS code', 'c.kind AS kind', 'c.subject AS subject', 'c.channel AS channel', 'c.status AS status'])
        .addSelect([
          'c.wardId AS "wardId"',
          'c.districtId AS "districtId"',
          'w.code AS "wardCode"',
          'w.name AS "wardName"',
          'pa.code AS "areaCode"',
          'pa.name AS "areaName"',
        ])
        .addSelect(['c.summary AS summary', 'c.receivedAt AS "receivedAt"', 'c.receivedBy AS "receivedBy"', 'c.dueAt AS "dueAt"'])
        .addSelect(['c.assignee AS assignee', 'c.answer AS answer', 'c.answeredAt AS "answeredAt"', 'c.transferredTo AS "transferredTo"'])
        .where(scope.sql, scope.params)
        .andWhere('c.id > :after', { after: after ?? 0 })
        .orderBy('c.id', 'ASC')
        .limit(pageRows);
      if (withComplainant) {
        qb.leftJoin(Complainant, 'who', 'who.complaintId = c.id').addSelect(['who.name AS "complainantName"', 'who.contact AS "complainantContact"']);
      }
      const rows = await qb.getRawMany<ComplaintRow>();
      // Row by row, as the field rule decides for each complaint.
      return rows.map((r) =>
        withComplainant && mayReadField(viewer, 'Complaint.complainant', r) ? r : { ...r, complainantName: null, complainantContact: null },
      );
    });
  return { filename: `complaints-${election.date}.csv`, columns: columns(now), pages: keysetPages(read, (r) => r.id, pageRows) };
}
