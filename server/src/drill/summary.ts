import type { Api } from './api.js';
import type { RunStats } from './runner.js';

/** What the drill did, read back from the server's own log and totals once the day is over. */
export interface DrillSummary {
  seed: number;
  speed: number;
  eventsWritten: number;
  incidents: number;
  tasks: number;
  overdue: number;
  lateAreaMarks: number;
  finalTurnoutPercent: number;
  findings: number;
  flaggedFigures: number;
  verifiedFigures: number;
  districtReports: number;
  wardReports: number;
  reportsSent: number;
  /** Incidents over several wards (a feeder's outage). */
  incidentsOverWards: number;
  complaints: number;
  denunciations: number;
  complaintsOverdue: number;
  complaintsAnswered: number;
  ballotBoxVisits: number;
  visitsDone: number;
  visitsCancelled: number;
  /** Changes to the areas' voter lists (transient voters added in the morning). */
  voterListChanges: number;
  /** Polling areas moved to a new site. */
  sitesMoved: number;
  actionsDone: number;
  actionsFailed: number;
  maxLagMinutes: number;
  seconds: number;
}

/** The highest seq the operator can see: the drill counts the events written after it. */
export async function lastSeq(api: Api, token: string): Promise<number> {
  const r = await api.gql<{ snapshot: { seq: number } }>('{ snapshot { seq } }', {}, token);
  return r.snapshot.seq;
}

/** Count the log's events after `after` by type (read as the operator, who sees them all), in pages the cost limit lets through. */
async function countEvents(api: Api, token: string, after: number): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (let cursor = after; ;) {
    const r = await api.gql<{
      events: {
        seq: number;
        type: string;
        turnoutReport: { flags: string[] } | null;
        complaint: { kind: string } | null;
        incident: { wards: { id: string }[] } | null;
      }[];
    }>('query($a:Int){ events(after:$a, limit:500){ seq type turnoutReport { flags } complaint { kind } incident { wards { id } } } }', { a: cursor }, token);
    for (const e of r.events) {
      counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
      if (e.type === 'TURNOUT_REPORTED' && e.turnoutReport?.flags.length) counts.set('flagged', (counts.get('flagged') ?? 0) + 1);
      if (e.type === 'INCIDENT_REPORTED' && (e.incident?.wards.length ?? 0) > 1) counts.set('multiWard', (counts.get('multiWard') ?? 0) + 1);
      if (e.type === 'COMPLAINT_RECEIVED' && e.complaint?.kind === 'DENUNCIATION') counts.set('denunciation', (counts.get('denunciation') ?? 0) + 1);
    }
    if (r.events.length < 500) return counts;
    cursor = r.events[r.events.length - 1].seq;
  }
}

export async function summarize(
  api: Api,
  token: string,
  run: { seed: number; speed: number; startSeq: number; stats: RunStats; startedAt: number },
): Promise<DrillSummary> {
  const counts = await countEvents(api, token, run.startSeq);
  const turnout = await api.gql<{ turnout: { percent: number } }>('{ turnout { percent } }', {}, token);
  const { situationReports: reports } = await api.gql<{ situationReports: { ward: { id: string } | null; status: string }[] }>(
    '{ situationReports { ward { id } status } }',
    {},
    token,
  );
  const n = (type: string) => counts.get(type) ?? 0;
  return {
    seed: run.seed,
    speed: run.speed,
    eventsWritten: [...counts.values()].reduce((a, b) => a + b, 0),
    incidents: n('INCIDENT_REPORTED'),
    tasks: n('TASK_DISPATCHED'),
    overdue: n('TASK_OVERDUE'),
    lateAreaMarks: n('POLLING_AREA_LATE'),
    finalTurnoutPercent: turnout.turnout.percent,
    findings: n('FINDING_REPORTED'),
    flaggedFigures: n('flagged'),
    verifiedFigures: n('TURNOUT_VERIFIED'),
    districtReports: reports.filter((r) => r.ward === null).length,
    wardReports: reports.filter((r) => r.ward !== null).length,
    reportsSent: reports.filter((r) => r.status === 'SENT').length,
    incidentsOverWards: n('multiWard'),
    complaints: n('COMPLAINT_RECEIVED'),
    denunciations: n('denunciation'),
    complaintsOverdue: n('COMPLAINT_OVERDUE'),
    complaintsAnswered: n('COMPLAINT_ANSWERED'),
    ballotBoxVisits: n('BALLOT_BOX_VISIT_REQUESTED'),
    visitsDone: n('BALLOT_BOX_VISIT_RECORDED'),
    visitsCancelled: n('BALLOT_BOX_VISIT_CANCELLED'),
    voterListChanges: n('VOTER_LIST_CHANGED'),
    sitesMoved: n('POLLING_AREA_RELOCATED'),
    actionsDone: run.stats.done,
    actionsFailed: run.stats.failed,
    maxLagMinutes: Math.round(run.stats.lagMinutes * 10) / 10,
    seconds: Math.round((Date.now() - run.startedAt) / 100) / 10,
  };
}

/** The end-of-drill table, Vietnamese first. */
export function printSummary(s: DrillSummary, out = process.stdout): void {
  const rows: [string, string | number][] = [
    ['Sự kiện ghi nhận / events written', s.eventsWritten],
    ['Sự cố / incidents', s.incidents],
    ['Nhiệm vụ / tasks', s.tasks],
    ['Quá hạn xác nhận / overdue', s.overdue],
    ['KVBP báo cáo muộn / late-area marks', s.lateAreaMarks],
    ['Tỷ lệ cử tri cuối cùng / final turnout', `${s.finalTurnoutPercent.toFixed(2)}%`],
    ['Kiến nghị của đoàn giám sát / findings', s.findings],
    ['Số liệu gắn cờ, đã xác minh / figures flagged, verified', `${s.flaggedFigures}, ${s.verifiedFigures}`],
    ['Báo cáo nhanh quận, phường / situation reports, district + wards', `${s.districtReports} + ${s.wardReports}`],
    ['Báo cáo đã gửi / reports sent', s.reportsSent],
    ['Sự cố trên nhiều phường / incidents over several wards', s.incidentsOverWards],
    ['Đơn thư nhận, tố cáo / complaints received, denunciations', `${s.complaints}, ${s.denunciations}`],
    ['Đơn thư quá hạn, đã trả lời / complaints overdue, answered', `${s.complaintsOverdue}, ${s.complaintsAnswered}`],
    ['Hòm phiếu phụ: yêu cầu, đã đưa, hủy / ballot-box visits', `${s.ballotBoxVisits}, ${s.visitsDone}, ${s.visitsCancelled}`],
    ['Thay đổi danh sách cử tri / voter list changes', s.voterListChanges],
    ['Điểm bỏ phiếu chuyển địa điểm / sites moved', s.sitesMoved],
    ['Thao tác thành công / actions done', s.actionsDone],
    ['Thao tác bị từ chối / actions failed', s.actionsFailed],
    ['Chậm nhất so với kế hoạch / max lag', `${s.maxLagMinutes} phút / min`],
    ['Thời gian chạy / time taken', `${s.seconds} s`],
  ];
  out.write(`\nKết quả diễn tập / drill summary (seed ${s.seed}, ×${s.speed})\n`);
  for (const [k, v] of rows) out.write(`  ${k.padEnd(62)} ${v}\n`);
}
