import { describe, expect, it } from 'vitest';
import type { SituationReportFieldsFragment, SituationReportStatus } from '@election-ops/schema';
import type { SituationFigures } from '../domain/report-figures';
import {
  byCheckpoint,
  checkpointsWithoutFigures,
  filterReports,
  keyFigures,
  nextCheckpoint,
  putLoadedReports,
  putSituationReport,
  type ReportsState,
  type SituationReport,
} from './reports-state';
import { placeName } from '../components/reports/report-words';

const figures = (over: Partial<SituationFigures> = {}): SituationFigures => ({
  checkpoint: '12:30',
  asOf: '2021-05-23T05:30:00Z',
  previous: { checkpoint: '10:00', asOf: '2021-05-23T03:00:00Z' },
  place: { district: 'Hai Bà Trưng', ward: 'Đồng Tâm' },
  turnout: {
    registered: 10_000,
    voted: 4_512,
    percent: 45.12,
    areasReported: 9,
    areasTotal: 10,
    change: { voted: 1_230, percentPoints: 12.3 },
    byWard: [],
    byArea: [],
  },
  areas: {
    total: 10,
    byStatus: { PREPARING: 1, READY: 1, VOTING: 6, SUSPENDED: 1, CLOSED: 1, COUNTED: 0 },
    suspended: { count: 1, areas: [] },
    notOpened: { count: 2, areas: [] },
  },
  readiness: null,
  late: { notReported: { count: 1, areas: [] }, previous: null },
  incidents: { new: 2, open: 3, resolved: 1, openAffectingVoting: 1, byCategory: [], bySeverity: [] },
  tasks: { dispatched: 4, new: 1, due: 3, acknowledgedOnTime: 2, onTimePercent: 66.7, overdue: 1, byAgency: [] },
  findings: { new: 1, open: 2, addressed: 0 },
  flaggedTurnout: { flagged: 3, unverified: 2, byFlag: [] },
  complaints: null,
  ballotBoxVisits: null,
  ...over,
});

const report = (id: string, over: Partial<SituationReport> = {}): SituationReport => ({
  id,
  checkpoint: '10:00',
  checkpointAt: '2021-05-23T03:00:00Z',
  compiledAt: '2021-05-23T03:00:01Z',
  level: 'WARD',
  ward: { id: '7', code: 'dong-tam', name: 'Đồng Tâm' },
  status: 'DRAFT',
  note: null,
  sentAt: null,
  sentBy: null,
  figures: figures(),
  ...over,
});
const heading = (id: string, status: SituationReportStatus, over: Partial<SituationReport> = {}) => {
  const { figures: _none, ...h } = report(id, { status, ...over });
  return h;
};
const loaded = (r: SituationReport): SituationReportFieldsFragment => ({ ...r, figures: r.figures as unknown as Record<string, unknown> });
const empty = (): ReportsState => ({ reports: {}, reportsListed: false });

describe('situation reports as events and loads bring them', () => {
  it('keeps the figures a heading comes without, and never takes a sent report back to a draft', () => {
    const s = empty();
    putSituationReport(s, heading('1', 'DRAFT'));
    expect(s.reports['1'].figures).toBeNull();
    expect(checkpointsWithoutFigures(Object.values(s.reports))).toEqual(['10:00']);
    // The list, read before the SENT event was applied, answers after it: sent it stays, with the figures the list brought.
    putSituationReport(s, heading('1', 'SENT', { sentBy: 'Trực ban quận', note: 'Đã xác minh' }));
    putLoadedReports(s, [loaded(report('1'))]);
    expect(s.reports['1']).toMatchObject({ status: 'SENT', sentBy: 'Trực ban quận', note: 'Đã xác minh', figures: { turnout: { percent: 45.12 } } });
    expect(checkpointsWithoutFigures(Object.values(s.reports))).toEqual([]);
    // A later event (its heading only) keeps them.
    putSituationReport(s, heading('1', 'SENT', { sentBy: 'Trực ban quận' }));
    expect(s.reports['1'].figures?.turnout.percent).toBe(45.12);
  });
});

describe('the list of reports', () => {
  const wards = [{ id: '3' }, { id: '7' }, { id: '12' }];
  const all = [
    report('a', { ward: { id: '12', code: 'vinh-tuy', name: 'Vĩnh Tuy' } }),
    report('b', { ward: null }),
    report('c'),
    report('d', { checkpoint: '12:30', checkpointAt: '2021-05-23T05:30:00Z', status: 'SENT' }),
    report('e', { checkpoint: '12:30', checkpointAt: '2021-05-23T05:30:00Z', ward: null }),
    report('f', { ward: { id: '3', code: 'bach-khoa', name: 'Bách Khoa' } }),
  ];

  it("goes by checkpoint, the newest first, each the district's report first, then the wards in the district's order", () => {
    expect(byCheckpoint(all, wards).map((g) => [g.checkpoint, g.reports.map((r) => r.id)])).toEqual([
      ['12:30', ['e', 'd']],
      ['10:00', ['b', 'f', 'c', 'a']],
    ]);
  });

  it("puts the nation's report first, then the provinces' by name, then the districts'", () => {
    const above = (id: string, level: SituationReport['level'], place: Partial<SituationFigures['place']>) =>
      report(id, { ward: null, level, figures: figures({ place: { district: '', ward: null, level, ...place } }) });
    const reports = [
      report('w'),
      above('d', 'DISTRICT', { district: 'Hai Bà Trưng' }),
      above('p2', 'PROVINCE', { province: 'Hà Nội' }),
      above('n', 'NATION', { province: null }),
      above('p1', 'PROVINCE', { province: 'Đà Nẵng' }),
    ];
    expect(byCheckpoint(reports, wards)[0].reports.map((r) => r.id)).toEqual(['n', 'p1', 'p2', 'd', 'w']);
    expect(reports.map(placeName)).toEqual(['Phường Đồng Tâm', 'Toàn quận Hai Bà Trưng', 'Hà Nội', 'Toàn quốc', 'Đà Nẵng']);
  });

  it("narrows to a checkpoint, a ward or the district's own, a status, and leaves out checkpoints left empty", () => {
    const groups = byCheckpoint(all, wards);
    const ids = (f: Parameters<typeof filterReports>[1]) => filterReports(groups, f).map((g) => g.reports.map((r) => r.id));
    expect(ids({ checkpoint: '10:00', ward: '', status: '' })).toEqual([['b', 'f', 'c', 'a']]);
    expect(ids({ checkpoint: '', ward: '7', status: '' })).toEqual([['d'], ['c']]);
    expect(ids({ checkpoint: '', ward: 'district', status: '' })).toEqual([['e'], ['b']]);
    expect(ids({ checkpoint: '', ward: '', status: 'SENT' })).toEqual([['d']]);
    expect(ids({ checkpoint: '10:00', ward: '', status: 'SENT' })).toEqual([]);
  });

  it('says which checkpoint comes next: the first with no report yet', () => {
    const checkpoints = ['10:00', '12:30', '16:30', '18:30', 'final'].map((label) => ({ label, at: '' }));
    expect(nextCheckpoint(checkpoints, [])?.label).toBe('10:00');
    expect(nextCheckpoint(checkpoints, all)?.label).toBe('16:30');
    expect(nextCheckpoint(checkpoints.slice(0, 2), all)).toBeNull();
  });

  it('puts the figures that need someone on its line', () => {
    expect(keyFigures(figures())).toEqual({
      percent: 45.12,
      change: 12.3,
      areas: { voting: 6, suspended: 1, notOpened: 2, ended: 1, total: 10 },
      notReported: 1,
      incidentsOpen: 3,
      tasksOverdue: 1,
      findingsOpen: 2,
      flaggedUnverified: 2,
    });
  });
});
