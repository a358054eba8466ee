import type { SituationReportFieldsFragment, SituationReportHeadingFragment } from '@election-ops/schema';
import type { SituationFigures } from '../domain/report-figures';

/**
 * A situation report as a screen knows it: its heading (checkpoint, ward, status, who sent it) and its
 * figures, null while only its event has been seen (the events carry no figures; `useReports` loads them).
 */
export type SituationReport = SituationReportHeadingFragment & { figures: SituationFigures | null };

/**
 * The situation reports this user may read, by id. Not in the snapshot: `useReports` loads them after it
 * and the SITUATION_REPORT_* events keep them; part of the state, so the ward desk's offline copy has them.
 */
export interface ReportsState {
  reports: Record<string, SituationReport>;
  /** The whole list has been loaded into this state (else what is there came from events only). */
  reportsListed: boolean;
}

/**
 * A report as an event or an answer brought it. Its figures never change once compiled, so they are kept
 * when a heading comes without them; a report only moves forward (DRAFT → SENT), so an answer read
 * before a SENT event was applied never takes it back to a draft.
 */
export function putSituationReport(s: ReportsState, report: SituationReportHeadingFragment & { figures?: SituationFigures | null }): void {
  const known = s.reports[report.id];
  const figures = report.figures ?? known?.figures ?? null;
  if (known?.status === 'SENT' && report.status !== 'SENT') {
    if (figures !== known.figures) s.reports[report.id] = { ...known, figures };
    return;
  }
  s.reports[report.id] = { ...report, figures };
}

/** What `situationReports` answered (its `figures` are the JSON of domain/report-figures.ts). */
export function putLoadedReports(s: ReportsState, reports: readonly SituationReportFieldsFragment[]): void {
  for (const r of reports) putSituationReport(s, { ...r, figures: r.figures as unknown as SituationFigures });
}

/** The checkpoints with a report known from its event only. */
export function checkpointsWithoutFigures(reports: readonly SituationReport[]): string[] {
  return [...new Set(reports.flatMap((r) => (r.figures ? [] : [r.checkpoint])))];
}

/** One checkpoint's reports: the widest unit's first (nation, province, district), then the wards' in the district's order. */
export interface CheckpointReports {
  checkpoint: string;
  /** Its instant (ISO). */
  at: string;
  reports: SituationReport[];
}

/** The reports by checkpoint, the newest first; `wards` is the district's order of its wards. */
export function byCheckpoint(reports: readonly SituationReport[], wards: readonly { id: string }[]): CheckpointReports[] {
  const rank = new Map(wards.map((w, i) => [w.id, i]));
  const wider = { NATION: -3, PROVINCE: -2, DISTRICT: -1, WARD: -1 } as const;
  const nameOf = (r: SituationReport) => r.ward?.name ?? r.figures?.place.province ?? r.figures?.place.district ?? '';
  const place = (r: SituationReport) => (r.ward ? (rank.get(r.ward.id) ?? wards.length) : wider[r.level]);
  const groups = new Map<string, CheckpointReports>();
  for (const r of reports) {
    let g = groups.get(r.checkpoint);
    if (!g) groups.set(r.checkpoint, (g = { checkpoint: r.checkpoint, at: r.checkpointAt, reports: [] }));
    g.reports.push(r);
  }
  for (const g of groups.values()) g.reports.sort((a, b) => place(a) - place(b) || nameOf(a).localeCompare(nameOf(b), 'vi'));
  return [...groups.values()].sort((a, b) => b.at.localeCompare(a.at));
}

/** What the list narrows to: a checkpoint, a ward (`district` for the district's own report), a status; '' for all. */
export interface ReportFilter {
  checkpoint: string;
  ward: string;
  status: SituationReport['status'] | '';
}

export function filterReports(groups: readonly CheckpointReports[], f: ReportFilter): CheckpointReports[] {
  const keeps = (r: SituationReport) => (!f.ward || (f.ward === 'district' ? r.ward === null : r.ward?.id === f.ward)) && (!f.status || r.status === f.status);
  return groups
    .filter((g) => !f.checkpoint || g.checkpoint === f.checkpoint)
    .map((g) => ({ ...g, reports: g.reports.filter(keeps) }))
    .filter((g) => g.reports.length > 0);
}

/** The first of the election's checkpoints no report is known for yet: the next one to come. */
export function nextCheckpoint<C extends { label: string }>(checkpoints: readonly C[], reports: readonly SituationReport[]): C | null {
  const compiled = new Set(reports.map((r) => r.checkpoint));
  return checkpoints.find((c) => !compiled.has(c.label)) ?? null;
}

/** A report's figures at a glance: what a list line shows. */
export interface KeyFigures {
  percent: number;
  /** Percentage points since the previous checkpoint (since opening for the first). */
  change: number;
  areas: { voting: number; suspended: number; notOpened: number; ended: number; total: number };
  notReported: number;
  incidentsOpen: number;
  tasksOverdue: number;
  findingsOpen: number;
  flaggedUnverified: number;
}

export function keyFigures(f: SituationFigures): KeyFigures {
  const s = f.areas.byStatus;
  return {
    percent: f.turnout.percent,
    change: f.turnout.change.percentPoints,
    areas: { voting: s.VOTING, suspended: s.SUSPENDED, notOpened: s.PREPARING + s.READY, ended: s.CLOSED + s.COUNTED, total: f.areas.total },
    notReported: f.late.notReported.count,
    incidentsOpen: f.incidents.open,
    tasksOverdue: f.tasks.overdue,
    findingsOpen: f.findings.open,
    flaggedUnverified: f.flaggedTurnout.unverified,
  };
}
