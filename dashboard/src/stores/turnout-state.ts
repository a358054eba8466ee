import type { AreaFieldsFragment, FlaggedReportFieldsFragment, SnapshotQuery, TurnoutFlag } from '@election-ops/schema';

type Snapshot = SnapshotQuery['snapshot'];

/** An area that missed a turnout checkpoint (it may be one this screen has no other record of). */
export interface LateArea {
  checkpoint: string;
  areaId: string;
  code: string;
  name: string;
  wardId: string;
}

/** A turnout figure flagged as worth a second look (SPEC 8.3), and whether the operator has confirmed it. */
export interface FlaggedReport {
  id: string;
  voted: number;
  at: string;
  flags: TurnoutFlag[];
  verified: boolean;
  areaId: string;
  wardId: string;
}

/**
 * Turnout: the server's summary and curve, the areas late with a report (by area id), and the flagged
 * figures (by report id: loaded with `flaggedTurnoutReports` after the snapshot, then kept by the
 * TURNOUT_REPORTED and TURNOUT_VERIFIED events).
 */
export interface TurnoutState {
  turnout: Snapshot['turnout'] | null;
  late: Record<string, LateArea>;
  flagged: Record<string, FlaggedReport>;
  /** The summary (turnout and readiness) is behind the events applied since: it is asked for again. */
  turnoutStale: boolean;
}

export function turnoutFrom(s: Pick<Snapshot, 'turnout' | 'lateAreas'>): TurnoutState {
  return {
    turnout: s.turnout,
    late: Object.fromEntries(
      s.lateAreas.map((l) => [
        l.pollingArea.id,
        { checkpoint: l.checkpoint, areaId: l.pollingArea.id, code: l.pollingArea.code, name: l.pollingArea.name, wardId: l.pollingArea.wardId.id },
      ]),
    ),
    flagged: {},
    turnoutStale: false,
  };
}

/** An area reported: it is no longer late, and the sums and the curve are behind. */
export function putReport(s: TurnoutState, areaId: string): void {
  delete s.late[areaId];
  s.turnoutStale = true;
}

/** An area missed `checkpoint`. */
export function putLate(s: TurnoutState, area: AreaFieldsFragment, checkpoint: string): void {
  s.late[area.id] = { checkpoint, areaId: area.id, code: area.code, name: area.name, wardId: area.wardId.id };
}

/** An area's voter list changed: the registered voters in the summary, and every percentage, are behind. */
export function markRegisteredStale(s: TurnoutState): void {
  s.turnoutStale = true;
}

/** A polling area moved to a new site: a late mark names the new one. */
export function putLateSite(s: TurnoutState, area: { id: string; name: string }): void {
  const late = s.late[area.id];
  if (late) s.late[area.id] = { ...late, name: area.name };
}

/** A checklist changed: the readiness in the summary is behind. */
export function markReadinessStale(s: TurnoutState): void {
  s.turnoutStale = true;
}

type EventReport = { id: string; voted: number; at: string; flags: TurnoutFlag[]; verified: boolean };

/** A report as an event brings it, with its area. */
export const flaggedFromEvent = (r: EventReport, area: AreaFieldsFragment): FlaggedReport => ({
  id: r.id,
  voted: r.voted,
  at: r.at,
  flags: r.flags,
  verified: r.verified,
  areaId: area.id,
  wardId: area.wardId.id,
});
/** A report as `flaggedTurnoutReports` lists it. */
export const flaggedFromList = (r: FlaggedReportFieldsFragment): FlaggedReport => ({
  id: r.id,
  voted: r.voted,
  at: r.at,
  flags: r.flags,
  verified: r.verified,
  areaId: r.pollingArea.id,
  wardId: r.pollingArea.wardId.id,
});

/**
 * A flagged report, from an event or a load. Only flagged ones are kept, and a report only moves
 * forward (flagged → verified): a list read before a TURNOUT_VERIFIED applied never brings it back.
 */
export function putFlagged(s: TurnoutState, r: FlaggedReport): void {
  if (!r.flags.length || s.flagged[r.id]?.verified) return;
  s.flagged[r.id] = r;
}

/** The operator confirmed the figure: it is no longer one to check. */
export function putVerified(s: TurnoutState, r: FlaggedReport): void {
  if (r.flags.length) s.flagged[r.id] = { ...s.flagged[r.id], ...r, verified: true };
}
