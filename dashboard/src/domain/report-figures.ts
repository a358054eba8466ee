import type { ComplaintKind, IncidentCategory, PollingAreaStatus, Severity, TurnoutFlag, UnitLevel, VisitReason } from '@election-ops/schema';

/**
 * What a situation report says (SPEC 8.2): `SituationReport.figures`, a JSON object whose shape the
 * server declares in server/src/modules/reports/report-figures.types.ts. The schema types it as a bare
 * object; this is the same shape in the schema's enums, for the reports screen to read. Every figure is
 * as of the checkpoint; a ward's report holds the same figures for that ward only.
 */
export interface SituationFigures {
  checkpoint: string;
  /** The checkpoint's instant (ISO). */
  asOf: string;
  /** The checkpoint before it; null for the first. */
  previous: { checkpoint: string; asOf: string } | null;
  /** `level` and `province` are absent in figures compiled before province reports; `district` is '' above the district. */
  place: { district: string; ward: string | null; level?: UnitLevel; province?: string | null };
  turnout: TurnoutFigures;
  areas: AreaFigures;
  /** The checklist; only in a report before opening. */
  readiness: { done: number; required: number; percent: number; areasComplete: number; areasTotal: number } | null;
  late: { notReported: AreaList; previous: (AreaList & { checkpoint: string }) | null };
  incidents: IncidentFigures;
  tasks: TaskFigures;
  findings: { new: number; open: number; addressed: number };
  flaggedTurnout: { flagged: number; unverified: number; byFlag: { flag: TurnoutFlag; flagged: number; unverified: number }[] };
  /** The complaints register (SPEC 8.4); null in a report compiled before it existed. */
  complaints: {
    received: number;
    new: number;
    answered: number;
    transferred: number;
    awaiting: number;
    overdue: number;
    byKind: Record<ComplaintKind, number>;
  } | null;
  /** The auxiliary ballot box (SPEC 8.5); null in a report compiled before it existed. */
  ballotBoxVisits: {
    requested: number;
    visited: number;
    cancelled: number;
    pending: number;
    voters: number;
    ballotsCollected: number;
    byReason: Record<VisitReason, number>;
  } | null;
}

export interface AreaRef {
  id: number;
  code: string;
  number: number;
  name: string;
  wardId: number;
  ward: string;
}

/** A list cut at 50 entries: `count` is the whole. */
export interface AreaList<T = AreaRef> {
  count: number;
  areas: T[];
}

export interface TurnoutLine {
  registered: number;
  voted: number;
  /** Two decimals. */
  percent: number;
  areasReported: number;
  areasTotal: number;
  /** Since the previous checkpoint (since opening for the first). */
  change: { voted: number; percentPoints: number };
}

export interface TurnoutFigures extends TurnoutLine {
  /** A district's wards; empty in a province's and the nation's report. */
  byWard: (TurnoutLine & { wardId: number; code: string; name: string })[];
  /** A province's districts, the nation's provinces; absent or null below. */
  byUnit?: (TurnoutLine & { id: number; code: string; name: string })[] | null;
  /** A ward's report: each of its areas; null in the district's. */
  byArea: (TurnoutLine & { id: number; code: string; number: number; name: string; reportedAt: string | null })[] | null;
}

export interface AreaFigures {
  total: number;
  byStatus: Record<PollingAreaStatus, number>;
  suspended: AreaList<AreaRef & { reason: string | null; since: string }>;
  notOpened: AreaList;
}

export interface IncidentCounts {
  new: number;
  open: number;
  resolved: number;
}

export interface IncidentFigures extends IncidentCounts {
  openAffectingVoting: number;
  byCategory: (IncidentCounts & { category: IncidentCategory })[];
  bySeverity: (IncidentCounts & { severity: Severity })[];
}

export interface TaskFigures {
  dispatched: number;
  new: number;
  due: number;
  acknowledgedOnTime: number;
  /** One decimal; null when none fell due. */
  onTimePercent: number | null;
  overdue: number;
  byAgency: { code: string; name: string; dispatched: number; acknowledged: number; overdue: number; medianAckSeconds: number | null }[];
}
