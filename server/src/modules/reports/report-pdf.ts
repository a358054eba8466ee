import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { UnitLevel } from '../units/enums.js';
import { SituationReportStatus, type SituationReport } from './situation-report.entity.js';
import type { AreaList, AreaRef, SituationFigures, TurnoutLine } from './report-figures.types.js';
import { duration, local, num, pct, signedPoints, VI } from './report-pdf-labels.js';

// pdfmake's own Roboto (shipped in the npm package, covers Vietnamese): no browser, no system fonts, no
// downloads. Nothing else may be read from disk or the network while a report is laid out.
const fontsModule = createRequire(import.meta.url).resolve('pdfmake/fonts/Roboto.js');
const fontDir = dirname(fontsModule);
pdfmake.setFonts(createRequire(import.meta.url)(fontsModule));
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir));

/** The report as the committee's A4 "báo cáo nhanh": heading, figures, tables, note, sender (or "Bản nháp"). */
export function renderSituationReport(report: SituationReport, election: { name: string }): Promise<Buffer> {
  return pdfmake.createPdf(documentOf(report, election)).getBuffer();
}

const cell = (text: string | number, style: Partial<{ bold: boolean; alignment: 'left' | 'right' | 'center' }> = {}): TableCell => ({
  text: String(text),
  ...style,
});
const right = (text: string) => cell(text, { alignment: 'right' });
const head = (...texts: string[]): TableCell[] => texts.map((t) => cell(t, { bold: true, alignment: 'center' }));
const table = (widths: (string | number)[], header: TableCell[], rows: TableCell[][]): Content => ({
  table: { headerRows: 1, widths, body: [header, ...rows] },
  layout: 'lightHorizontalLines',
  fontSize: 9,
  margin: [0, 4, 0, 8],
});
const areaName = (a: AreaRef, withWard: boolean) => `KVBP số ${a.number} · ${a.name}${withWard ? ` (${a.ward})` : ''}`;
const more = (count: number, shown: number) => (count > shown ? ` … và ${num(count - shown)} khu vực khác` : '');

/** The unit a report covers; figures compiled before province reports say only district and ward. */
const levelOf = (f: SituationFigures): UnitLevel => f.place.level ?? (f.place.ward !== null ? UnitLevel.WARD : UnitLevel.DISTRICT);

/** The unit as the heading and footer name it: "Phường Đồng Tâm", "Quận Hai Bà Trưng", "Hà Nội", "Toàn quốc". */
function placeOf(f: SituationFigures): { name: string; committee: string; dateLine: string | null } {
  const district = f.place.district;
  switch (levelOf(f)) {
    case UnitLevel.NATION:
      return { name: VI.place.nation, committee: VI.place.nation.toLocaleUpperCase('vi'), dateLine: null };
    case UnitLevel.PROVINCE:
      return { name: f.place.province ?? '', committee: (f.place.province ?? '').toLocaleUpperCase('vi'), dateLine: f.place.province ?? null };
    case UnitLevel.WARD:
      return { name: `Phường ${f.place.ward}`, committee: `QUẬN ${district.toLocaleUpperCase('vi')}`, dateLine: district };
    default:
      return { name: `Quận ${district}`, committee: `QUẬN ${district.toLocaleUpperCase('vi')}`, dateLine: district };
  }
}

export function documentOf(report: SituationReport, election: { name: string }): TDocumentDefinitions {
  const f = report.figures;
  const at = local(f.asOf);
  const place = placeOf(f);
  const isWard = levelOf(f) === UnitLevel.WARD;
  const compiled = local(report.compiledAt).long;
  const draft = report.status === SituationReportStatus.DRAFT;
  const moment =
    f.checkpoint === 'final' ? `Số liệu cuối ngày, sau khi kết thúc bỏ phiếu (tính đến ${at.spoken} ${at.long})` : `Số liệu tính đến ${at.spoken} ${at.long}`;
  return {
    pageSize: 'A4',
    pageMargins: [56, 48, 48, 56],
    info: { title: `Báo cáo nhanh tình hình bầu cử – ${f.place.ward ?? place.name} – ${f.checkpoint}`, author: `Ủy ban bầu cử – ${place.name}` },
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.2 },
    watermark: draft ? { text: 'BẢN NHÁP', opacity: 0.08, bold: true } : undefined,
    footer: (page, pages) => ({
      text: `Báo cáo nhanh ${f.checkpoint} · ${f.place.ward ?? place.name} · tổng hợp lúc ${local(report.compiledAt).hhmm} · trang ${page}/${pages}`,
      alignment: 'center',
      fontSize: 8,
      color: '#555',
      margin: [0, 20, 0, 0],
    }),
    content: [
      {
        columns: [
          {
            width: '45%',
            alignment: 'center',
            fontSize: 10,
            stack: [
              { text: 'ỦY BAN BẦU CỬ – BAN CHỈ ĐẠO BẦU CỬ', bold: true },
              { text: place.committee, bold: true },
              ...(isWard ? [{ text: `Phường ${f.place.ward}` }] : []),
            ],
          },
          {
            width: '55%',
            alignment: 'center',
            fontSize: 10,
            stack: [
              { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true },
              { text: 'Độc lập - Tự do - Hạnh phúc', bold: true },
              {
                text: place.dateLine ? `${place.dateLine}, ${compiled}` : compiled.charAt(0).toLocaleUpperCase('vi') + compiled.slice(1),
                italics: true,
                margin: [0, 6, 0, 0],
              },
            ],
          },
        ],
      },
      { text: 'BÁO CÁO NHANH TÌNH HÌNH BẦU CỬ', bold: true, fontSize: 15, alignment: 'center', margin: [0, 22, 0, 2] },
      { text: election.name, italics: true, alignment: 'center' },
      // The district's report names its district in the heading alone, as the committee's format has it.
      { text: `${levelOf(f) === UnitLevel.DISTRICT ? '' : `${place.name} · `}${moment}`, alignment: 'center', margin: [0, 2, 0, 2] },
      ...(draft ? [{ text: 'Bản nháp – chưa gửi', color: '#b00020', bold: true, alignment: 'center' as const }] : []),
      ...turnoutSection(f, levelOf(f)),
      ...areasSection(f, isWard),
      ...incidentsSection(f),
      ...tasksSection(f),
      ...otherSection(f),
      // The note and who sent it stay on one page.
      { unbreakable: true, stack: [{ text: 'Ghi chú', bold: true, margin: [0, 10, 0, 2] }, { text: report.note ?? '—' }, signature(report, draft)] },
    ],
  };
}

function section(title: string): Content {
  return { text: title, bold: true, fontSize: 11.5, margin: [0, 12, 0, 4] };
}

function turnoutSection(f: SituationFigures, level: UnitLevel): Content[] {
  const isWard = level === UnitLevel.WARD;
  const t = f.turnout;
  const since = f.previous ? `so với ${f.previous.checkpoint}` : 'từ khi khai mạc';
  const summary =
    `Tổng số cử tri: ${num(t.registered)}; đã đi bỏ phiếu: ${num(t.voted)}, đạt ${pct(t.percent)} ` +
    `(${signedPoints(t.change.percentPoints)} điểm % ${since}, thêm ${num(t.change.voted)} cử tri). ` +
    `${num(t.areasReported)}/${num(t.areasTotal)} khu vực đã báo cáo.`;
  const line = (name: string, l: TurnoutLine) => [
    cell(name),
    right(num(l.registered)),
    right(num(l.voted)),
    right(pct(l.percent)),
    right(signedPoints(l.change.percentPoints)),
  ];
  // A province's report has its districts as rows, the nation's its provinces, where a district's has its wards.
  const rows = isWard ? (t.byArea ?? []).map((a) => line(`KVBP số ${a.number} · ${a.name}`, a)) : (t.byUnit ?? t.byWard).map((w) => line(w.name, w));
  const v = f.voterList;
  const list =
    v && v.transient + v.addedOther + v.removed > 0
      ? [
          {
            text:
              `Danh sách cử tri thay đổi trong ngày: bổ sung ${num(v.transient + v.addedOther)}` +
              `${v.transient ? ` (vãng lai ${num(v.transient)})` : ''}, xóa tên ${num(v.removed)}; đã tính vào tổng số cử tri.`,
          },
        ]
      : [];
  return [
    section('I. Tình hình cử tri đi bỏ phiếu'),
    { text: summary },
    ...list,
    table(['*', 60, 60, 50, 50], head(VI.rows[level], 'Cử tri', 'Đã bỏ phiếu', 'Tỷ lệ', `± điểm %`), rows),
  ];
}

function areasSection(f: SituationFigures, isWard: boolean): Content[] {
  const a = f.areas;
  const statuses = (Object.entries(a.byStatus) as [keyof typeof VI.status, number][])
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${VI.status[s].toLowerCase()} ${num(n)}`);
  const names = (list: AreaList) => `${list.areas.map((x) => areaName(x, !isWard)).join('; ')}${more(list.count, list.areas.length)}`;
  const out: Content[] = [section('II. Tình hình các khu vực bỏ phiếu'), { text: `${num(a.total)} khu vực: ${statuses.join('; ')}.` }];
  const r = f.readiness;
  if (r)
    out.push({
      text: `Công tác chuẩn bị: ${num(r.done)}/${num(r.required)} hạng mục (${pct(r.percent)}); ${num(r.areasComplete)}/${num(r.areasTotal)} khu vực đã hoàn tất.`,
    });
  if (a.suspended.count > 0) {
    out.push({ text: `Tạm dừng bỏ phiếu: ${num(a.suspended.count)} khu vực.` });
    const rows = a.suspended.areas.map((s) => [cell(areaName(s, !isWard)), cell(local(s.since).hhmm), cell(s.reason ?? '—')]);
    out.push(table(['*', 50, '*'], head('Khu vực', 'Từ', 'Lý do'), rows));
  }
  if (a.notOpened.count > 0) out.push({ text: `Chưa khai mạc: ${num(a.notOpened.count)} khu vực – ${names(a.notOpened)}.` });
  // Figures compiled before moved sites were reported have no `relocated`.
  const moved = a.relocated ?? { count: 0, areas: [] };
  if (moved.count > 0) {
    const each = moved.areas.map(
      (m) => `${areaName(m, !isWard)}, ${m.toAddress}, chuyển từ ${m.fromName}, ${m.fromAddress} lúc ${local(m.at).hhmm}: ${m.reason}`,
    );
    out.push({ text: `Chuyển địa điểm bỏ phiếu: ${num(moved.count)} khu vực – ${each.join('; ')}${more(moved.count, moved.areas.length)}.` });
  }
  const late = f.late;
  out.push({
    text:
      late.notReported.count === 0
        ? 'Tất cả các khu vực đã báo cáo số liệu cho mốc này.'
        : `Chưa báo cáo số liệu mốc ${f.checkpoint}: ${num(late.notReported.count)} khu vực – ${names(late.notReported)}.`,
  });
  if (late.previous && late.previous.count > 0) out.push({ text: `Chậm báo cáo mốc ${late.previous.checkpoint}: ${num(late.previous.count)} khu vực.` });
  return out;
}

function incidentsSection(f: SituationFigures): Content[] {
  const i = f.incidents;
  const rows = i.byCategory
    .filter((c) => c.new + c.open + c.resolved > 0)
    .map((c) => [cell(VI.category[c.category]), right(num(c.new)), right(num(c.open)), right(num(c.resolved))]);
  const severity = i.bySeverity.filter((s) => s.open > 0).map((s) => `${VI.severity[s.severity].toLowerCase()} ${num(s.open)}`);
  return [
    section('III. Sự cố phát sinh'),
    {
      text:
        `Phát sinh mới: ${num(i.new)}; đang xử lý: ${num(i.open)}${severity.length ? ` (mức độ: ${severity.join(', ')})` : ''}; ` +
        `đã xử lý xong: ${num(i.resolved)}. Ảnh hưởng đến việc bỏ phiếu: ${num(i.openAffectingVoting)}.`,
    },
    ...(rows.length ? [table(['*', 60, 60, 60], head('Loại sự cố', 'Mới', 'Đang xử lý', 'Đã xử lý'), rows)] : []),
  ];
}

function tasksSection(f: SituationFigures): Content[] {
  const t = f.tasks;
  const rows = t.byAgency
    .filter((a) => a.dispatched > 0)
    .map((a) => [cell(a.name), right(num(a.dispatched)), right(num(a.acknowledged)), right(num(a.overdue)), right(duration(a.medianAckSeconds))]);
  const onTime = t.onTimePercent === null ? '—' : pct(t.onTimePercent);
  return [
    section('IV. Phối hợp của các đơn vị'),
    {
      text:
        `Nhiệm vụ đã giao: ${num(t.dispatched)} (mới ${num(t.new)}); tiếp nhận đúng hạn: ${onTime} (${num(t.acknowledgedOnTime)}/${num(t.due)}); ` +
        `quá hạn chưa tiếp nhận: ${num(t.overdue)}.`,
    },
    ...(rows.length ? [table(['*', 50, 50, 50, 80], head('Đơn vị', 'Được giao', 'Đã nhận', 'Quá hạn', 'Thời gian nhận (trung vị)'), rows)] : []),
  ];
}

function otherSection(f: SituationFigures): Content[] {
  const flags = f.flaggedTurnout.byFlag.filter((x) => x.unverified > 0).map((x) => `${VI.flag[x.flag].toLowerCase()} ${num(x.unverified)}`);
  return [
    section('V. Giám sát và kiểm tra số liệu'),
    {
      text: `Kiến nghị, phát hiện của các Đoàn giám sát: mới ${num(f.findings.new)}; chưa xử lý ${num(f.findings.open)}; đã xử lý ${num(f.findings.addressed)}.`,
    },
    {
      text: `Số liệu cử tri bị gắn cờ: ${num(f.flaggedTurnout.flagged)}, chưa xác minh ${num(f.flaggedTurnout.unverified)}${flags.length ? ` (${flags.join(', ')})` : ''}.`,
    },
    {
      text:
        `Đơn thư khiếu nại, tố cáo, kiến nghị: đã nhận ${num(f.complaints.received)} (mới ${num(f.complaints.new)}; ` +
        `tố cáo ${num(f.complaints.byKind.DENUNCIATION)}); đã trả lời ${num(f.complaints.answered)}; đã chuyển ${num(f.complaints.transferred)}; ` +
        `đang giải quyết ${num(f.complaints.awaiting)}, trong đó quá hạn ${num(f.complaints.overdue)}.`,
    },
    {
      text:
        `Hòm phiếu phụ: yêu cầu ${num(f.ballotBoxVisits.requested)} (cách ly ${num(f.ballotBoxVisits.byReason.QUARANTINE)}); ` +
        `đã đưa ${num(f.ballotBoxVisits.visited)}, thu ${num(f.ballotBoxVisits.ballotsCollected)}/${num(f.ballotBoxVisits.voters)} phiếu; ` +
        `chờ ${num(f.ballotBoxVisits.pending)}; hủy ${num(f.ballotBoxVisits.cancelled)}.`,
    },
  ];
}

function signature(report: SituationReport, draft: boolean): Content {
  const sent = report.sentAt ? local(report.sentAt) : null;
  return {
    margin: [0, 18, 0, 0],
    columns: [
      { width: '*', text: '' },
      {
        width: 220,
        alignment: 'center',
        stack:
          draft || !sent
            ? [
                { text: 'Bản nháp', bold: true, color: '#b00020' },
                { text: 'Chưa gửi Ban Chỉ đạo', italics: true },
              ]
            : [{ text: 'Người gửi', bold: true }, { text: report.sentBy ?? '—' }, { text: `${sent.hhmm} ${sent.long}`, italics: true }],
      },
    ],
  };
}
