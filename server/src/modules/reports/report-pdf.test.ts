import { VisitReason } from '../visits/visit.entity.js';
import { ComplaintKind } from '../complaints/complaint.entity.js';
import { describe, expect, it } from 'vitest';
import { IncidentCategory, IncidentStatus, Severity } from '../incidents/incident.entity.js';
import { PollingAreaStatus as A, UnitLevel } from '../units/enums.js';
import type { Day } from './report-day.js';
import { figuresOf, provinceSlices, wardSlices } from './report-figures.js';
import { documentOf, renderSituationReport } from './report-pdf.js';
import { SituationReport, SituationReportStatus } from './situation-report.entity.js';

const t = (hhmm: string) => new Date(`2021-05-23T${hhmm}:00+07:00`);
const area = (id: number, wardId: number, voted: number, status = A.VOTING) => ({
  id,
  wardId,
  code: `a-${id}`,
  number: id,
  name: `Nhà văn hóa số ${id}`,
  registered: 1200,
  voted,
  votedBefore: 0,
  reportedAt: t('12:20'),
  status,
  reason: status === A.SUSPENDED ? 'Mất điện cục bộ' : null,
  since: t('12:05'),
  checklistDone: 16,
});

/** A small district, as loadDay would read it at 12:30. */
const day: Day = {
  moment: { checkpoint: '12:30', at: t('12:30'), previous: { checkpoint: '10:00', at: t('10:00') }, windowFrom: t('12:00'), opensAt: t('07:00') },
  district: 'Hai Bà Trưng',
  province: 'Hà Nội',
  districts: [{ id: 1, code: 'hai-ba-trung', name: 'Hai Bà Trưng', provinceId: 1 }],
  provinces: [{ id: 1, code: 'ha-noi', name: 'Hà Nội' }],
  wards: [
    { id: 1, code: 'dong-tam', name: 'Đồng Tâm', districtId: 1 },
    { id: 2, code: 'pho-hue', name: 'Phố Huế', districtId: 1 },
  ],
  areas: [area(1, 1, 885), area(2, 1, 700, A.SUSPENDED), area(3, 2, 1001)],
  incidents: [
    {
      wardId: 1,
      wardIds: [1],
      category: IncidentCategory.POWER_OUTAGE,
      severity: Severity.HIGH,
      reportedAt: t('12:01'),
      status: IncidentStatus.IN_PROGRESS,
      affectsVoting: true,
    },
  ],
  tasks: [
    { wardId: 1, wardIds: [1], agencyId: 1, createdAt: t('12:01'), ackDueAt: t('12:06'), acknowledgedAt: t('12:03'), declinedAt: null, cancelledAt: null },
  ],
  agencies: [{ id: 1, code: 'POWER', name: 'Điện lực Hai Bà Trưng' }],
  findings: [],
  complaints: [
    {
      wardId: 2,
      districtId: 1,
      kind: ComplaintKind.DENUNCIATION,
      receivedAt: t('11:00'),
      dueAt: t('12:00'),
      answeredAt: null,
      transferredAt: null,
    },
  ],
  visits: [
    { wardId: 1, reason: VisitReason.QUARANTINE, voters: 3, visitedAt: t('11:30'), cancelledAt: null, ballotsCollected: 3 },
    { wardId: 1, reason: VisitReason.ILL_ELDERLY, voters: 1, visitedAt: null, cancelledAt: null, ballotsCollected: null },
  ],
  flagged: [],
  latePrevious: [],
  relocations: [
    {
      pollingAreaId: 3,
      wardId: 2,
      fromName: 'Trường Tiểu học Ngô Quyền',
      fromAddress: '12 Phố Huế',
      toName: 'Nhà văn hóa số 3',
      toAddress: '40 Phố Huế',
      reason: 'Trường bị ngập',
      at: t('06:40'),
    },
  ],
  voterList: [{ wardId: 1, transient: 12, addedOther: 1, removed: 2 }],
};

/** The same day with a second district of Hà Nội (Hoàn Kiếm) and a district of Đà Nẵng (Hải Châu). */
const country: Day = {
  ...day,
  district: '',
  province: '',
  provinces: [...day.provinces, { id: 2, code: 'da-nang', name: 'Đà Nẵng' }],
  districts: [...day.districts, { id: 2, code: 'hoan-kiem', name: 'Hoàn Kiếm', provinceId: 1 }, { id: 3, code: 'hai-chau', name: 'Hải Châu', provinceId: 2 }],
  wards: [...day.wards, { id: 3, code: 'hang-bac', name: 'Hàng Bạc', districtId: 2 }, { id: 4, code: 'thach-thang', name: 'Thạch Thang', districtId: 3 }],
  areas: [...day.areas, area(4, 3, 600), area(5, 4, 300)],
};

const reportOf = (wardId: number | null, status = SituationReportStatus.DRAFT) =>
  Object.assign(new SituationReport(), {
    id: 7,
    checkpoint: '12:30',
    checkpointAt: t('12:30'),
    wardId,
    compiledAt: t('12:31'),
    seq: 42,
    status,
    note: status === SituationReportStatus.SENT ? 'Các khu vực ổn định' : null,
    sentAt: status === SituationReportStatus.SENT ? t('12:45') : null,
    sentBy: status === SituationReportStatus.SENT ? 'Ban Chỉ đạo quận' : null,
    figures: wardId === null ? figuresOf(day, null) : figuresOf(wardSlices(day).get(wardId)!, wardId),
  });

/** Every string the document will print, in order. */
function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') return Object.values(node).flatMap(texts);
  return [];
}

describe('the printed situation report', () => {
  const election = { name: 'Bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026' };

  it("prints the committee's heading, the wards' figures in Vietnamese notation, and Bản nháp while a draft", () => {
    const words = texts(documentOf(reportOf(null), election).content).join('\n');
    for (const expected of [
      'BÁO CÁO NHANH TÌNH HÌNH BẦU CỬ',
      'QUẬN HAI BÀ TRƯNG',
      'Số liệu tính đến 12 giờ 30 ngày 23 tháng 5 năm 2021',
      'Đồng Tâm',
      'Phố Huế',
      '2.400',
      '1.585',
      '66,04%',
      'Bản nháp',
      'Mất điện',
      'Điện lực Hai Bà Trưng',
      '2 phút 00 giây',
    ]) {
      expect(words).toContain(expected);
    }
    expect(words).toContain('Tạm dừng bỏ phiếu: 1 khu vực.');
    // Phố Huế's denunciation of 11:00 was due at 12:00: overdue at 12:30.
    expect(words).toContain(
      'Đơn thư khiếu nại, tố cáo, kiến nghị: đã nhận 1 (mới 1; tố cáo 1); đã trả lời 0; đã chuyển 0; đang giải quyết 1, trong đó quá hạn 1.',
    );
    expect(words).toContain(
      'Chuyển địa điểm bỏ phiếu: 1 khu vực – KVBP số 3 · Nhà văn hóa số 3 (Phố Huế), 40 Phố Huế, chuyển từ Trường Tiểu học Ngô Quyền, 12 Phố Huế lúc 06:40: Trường bị ngập.',
    );
    expect(words).toContain('Danh sách cử tri thay đổi trong ngày: bổ sung 13 (vãng lai 12), xóa tên 2; đã tính vào tổng số cử tri.');
  });

  it("prints a ward's report by polling area, with its sender once sent", () => {
    const words = texts(documentOf(reportOf(1, SituationReportStatus.SENT), election).content).join('\n');
    expect(words).toContain('Phường Đồng Tâm');
    expect(words).toContain('KVBP số 2 · Nhà văn hóa số 2');
    expect(words).toContain('Ban Chỉ đạo quận');
    expect(words).toContain('Các khu vực ổn định');
    expect(words).not.toContain('Bản nháp');
    expect(words).not.toContain('Phố Huế');
    expect(words).toContain('đã nhận 0 (mới 0; tố cáo 0)');
    expect(words).toContain('Hòm phiếu phụ: yêu cầu 2 (cách ly 1); đã đưa 1, thu 3/3 phiếu; chờ 1; hủy 0.');
    expect(words).not.toContain('Chuyển địa điểm');
  });

  it("prints a province's report with its districts as rows, and the nation's with its provinces", () => {
    const province = figuresOf(provinceSlices(country).get(1)!, null, UnitLevel.PROVINCE);
    const ofProvince = texts(documentOf(Object.assign(reportOf(null), { figures: province }), election).content).join('\n');
    expect(ofProvince).toContain('HÀ NỘI');
    expect(ofProvince).toContain('Hà Nội · Số liệu tính đến 12 giờ 30');
    expect(ofProvince).toContain('Quận, huyện');
    for (const row of ['Hai Bà Trưng', 'Hoàn Kiếm']) expect(ofProvince).toContain(row);
    expect(ofProvince).not.toContain('Hải Châu');
    expect(ofProvince).not.toContain('QUẬN');
    // Hai Bà Trưng's 3.600 voters and Hoàn Kiếm's 1.200; 2.586 and 600 voted.
    expect(ofProvince).toContain('Tổng số cử tri: 4.800; đã đi bỏ phiếu: 3.186');
    const nation = figuresOf(country, null, UnitLevel.NATION);
    const ofNation = texts(documentOf(Object.assign(reportOf(null), { figures: nation }), election).content).join('\n');
    expect(ofNation).toContain('TOÀN QUỐC');
    expect(ofNation).toContain('Tỉnh, thành phố');
    for (const row of ['Hà Nội', 'Đà Nẵng']) expect(ofNation).toContain(row);
    expect(ofNation).toContain('Tổng số cử tri: 6.000; đã đi bỏ phiếu: 3.486');
  });

  it('renders an A4 PDF without a browser', async () => {
    const pdf = await renderSituationReport(reportOf(null), election);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
  });
});
