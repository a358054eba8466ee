import type { VisitReason } from '../visits/visit.entity.js';
import type { ComplaintKind } from '../complaints/complaint.entity.js';
import type { IncidentCategory, Severity } from '../incidents/incident.entity.js';
import type { TurnoutFlag } from '../turnout/turnout-flags.js';
import type { PollingAreaStatus, UnitLevel } from '../units/enums.js';

/**
 * What a situation report says (SPEC 8.2), as stored in `situation_reports.figures` and served as
 * `SituationReport.figures` (JSON). Every figure is as of the checkpoint's instant: rows later than it
 * are not counted, so a report compiled late, or twice, says the same. Times are ISO instants. A ward's
 * report holds the same figures for that ward only; a province's or the nation's the same figures over
 * all of it, each row counted once (an incident over two districts counts in both districts' reports).
 */
export interface SituationFigures {
  checkpoint: string;
  /** The checkpoint's instant. */
  asOf: string;
  /** The checkpoint before it ("change since the previous report"); null for the first. */
  previous: { checkpoint: string; asOf: string } | null;
  /**
   * Names for the heading: the district's, and the ward's for a ward's report. `level` is the unit the
   * report covers and `province` its province's name (null for the nation's); both absent in figures
   * compiled before province and nation reports (those are a district's or a ward's). A province's or
   * the nation's report has `district` ''.
   */
  place: { district: string; ward: string | null; level?: UnitLevel; province?: string | null };
  turnout: TurnoutFigures;
  areas: AreaFigures;
  /** The checklist; only in a report before opening (null after). */
  readiness: ReadinessFigures | null;
  late: LateFigures;
  voterList: VoterListFigures;
  incidents: IncidentFigures;
  tasks: TaskFigures;
  findings: FindingFigures;
  flaggedTurnout: FlaggedTurnoutFigures;
  /** The complaints register (SPEC 8.4) as of the checkpoint. */
  complaints: ComplaintFigures;
  /** The auxiliary ballot box (SPEC 8.5) as of the checkpoint. */
  ballotBoxVisits: VisitFigures;
}

export interface VisitFigures {
  /** Asked for by the checkpoint. */
  requested: number;
  visited: number;
  cancelled: number;
  /** Neither visited nor cancelled: still to go. */
  pending: number;
  /** Voters the boxes that went were for, and the ballots they brought back. */
  voters: number;
  ballotsCollected: number;
  byReason: Record<VisitReason, number>;
}

export interface ComplaintFigures {
  /** Received by the checkpoint (the district's report also counts those about the district as a whole). */
  received: number;
  /** Received since the previous checkpoint. */
  new: number;
  answered: number;
  transferred: number;
  /** Neither answered nor sent on. */
  awaiting: number;
  /** Awaiting and past their deadline at the checkpoint. */
  overdue: number;
  byKind: Record<ComplaintKind, number>;
}

/** A polling area as a report names it ("KVBP số 4 · <name>", phường ...). */
export interface AreaRef {
  id: number;
  code: string;
  number: number;
  name: string;
  wardId: number;
  ward: string;
}

/** A list that may be cut (at 50 entries): `count` is the whole. */
export interface AreaList<T = AreaRef> {
  count: number;
  areas: T[];
}

export interface TurnoutLine {
  registered: number;
  voted: number;
  /** voted / registered × 100, two decimals. */
  percent: number;
  areasReported: number;
  areasTotal: number;
  /** Since the previous checkpoint (since opening for the first). */
  change: { voted: number; percentPoints: number };
}

/** A unit's line under a province's or the nation's turnout: a district, or a province. */
export type UnitTurnoutLine = TurnoutLine & { id: number; code: string; name: string };

export interface TurnoutFigures extends TurnoutLine {
  /** A district's report: each of its wards; empty in a province's and the nation's (their rows are `byUnit`). */
  byWard: (TurnoutLine & { wardId: number; code: string; name: string })[];
  /** A province's report: each of its districts; the nation's: each province (those with areas). Null or absent below. */
  byUnit?: UnitTurnoutLine[] | null;
  /** A ward's report: each of its areas; null in the district's. */
  byArea: (TurnoutLine & { id: number; code: string; number: number; name: string; reportedAt: string | null })[] | null;
}

export interface AreaFigures {
  total: number;
  /** Every status, as the log had it at the checkpoint. */
  byStatus: Record<PollingAreaStatus, number>;
  /** Suspended at the checkpoint: why, and since when. */
  suspended: AreaList<AreaRef & { reason: string | null; since: string }>;
  /** Not opened (PREPARING or READY) although polls had opened; empty before opening. */
  notOpened: AreaList;
  /** Sites moved by the checkpoint (SPEC 8.6), oldest first: each move once, with where from and why. */
  relocated: AreaList<AreaRef & { fromName: string; fromAddress: string; toAddress: string; reason: string; at: string }>;
}

/** The voter lists' movement by the checkpoint (SPEC 8.5): voters added and struck off, already in `turnout.registered`. */
export interface VoterListFigures {
  /** Transient voters added (cử tri vãng lai, with a certificate). */
  transient: number;
  /** Other voters added. */
  addedOther: number;
  /** Struck off (moved away, deceased, ineligible). */
  removed: number;
}

export interface ReadinessFigures {
  done: number;
  required: number;
  percent: number;
  areasComplete: number;
  areasTotal: number;
}

export interface LateFigures {
  /** No turnout report for this checkpoint by its instant (the window late marks use): late unless one comes within the grace period. */
  notReported: AreaList;
  /** Areas marked late (late_marks) for the previous checkpoint; null for the first. */
  previous: (AreaList & { checkpoint: string }) | null;
}

export interface IncidentCounts {
  /** Reported since the previous checkpoint. */
  new: number;
  /** Not resolved at the checkpoint. */
  open: number;
  /** Resolved at the checkpoint (the day's). */
  resolved: number;
}

export interface IncidentFigures extends IncidentCounts {
  /** Open and stopping or hindering voting. */
  openAffectingVoting: number;
  byCategory: (IncidentCounts & { category: IncidentCategory })[];
  bySeverity: (IncidentCounts & { severity: Severity })[];
}

export interface TaskFigures {
  dispatched: number;
  /** Dispatched since the previous checkpoint. */
  new: number;
  /** Tasks whose acknowledgement fell due by the checkpoint, less those declined or cancelled before it did. */
  due: number;
  /** Of those, acknowledged by their deadline. */
  acknowledgedOnTime: number;
  /** acknowledgedOnTime / due × 100, one decimal; null when none fell due. */
  onTimePercent: number | null;
  /** Still OPEN past their deadline at the checkpoint. */
  overdue: number;
  byAgency: { code: string; name: string; dispatched: number; acknowledged: number; overdue: number; medianAckSeconds: number | null }[];
}

export interface FindingFigures {
  /** Filed since the previous checkpoint. */
  new: number;
  open: number;
  addressed: number;
}

export interface FlaggedTurnoutFigures {
  /** Turnout reports filed by the checkpoint with at least one flag. */
  flagged: number;
  /** Of those, not verified by the operator at the checkpoint. */
  unverified: number;
  byFlag: { flag: TurnoutFlag; flagged: number; unverified: number }[];
}
