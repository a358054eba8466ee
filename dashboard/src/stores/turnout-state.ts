import type { AreaFieldsFragment, SnapshotQuery } from '@election-ops/schema';

type Snapshot = SnapshotQuery['snapshot'];

/** An area that missed a turnout checkpoint (it may be one this screen has no other record of). */
export interface LateArea {
  checkpoint: string;
  areaId: string;
  code: string;
  name: string;
  wardId: string;
}

/** Turnout: the server's summary and curve, and the areas late with a report, by area id. */
export interface TurnoutState {
  turnout: Snapshot['turnout'] | null;
  late: Record<string, LateArea>;
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

/** A checklist changed: the readiness in the summary is behind. */
export function markReadinessStale(s: TurnoutState): void {
  s.turnoutStale = true;
}
