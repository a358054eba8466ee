import { registerEnumType } from 'type-graphql';

export enum TurnoutFlag {
  JUMP = 'JUMP',
  EARLY_NEAR_FULL = 'EARLY_NEAR_FULL',
  OUTLIER = 'OUTLIER',
  FLATLINE = 'FLATLINE',
  CORRECTED = 'CORRECTED',
}
registerEnumType(TurnoutFlag, {
  name: 'TurnoutFlag',
  description: 'Why a turnout figure deserves a second look (SPEC 8.3). A flag never blocks the report.',
  valuesConfig: {
    JUMP: { description: 'Up by more than the jump threshold (25% of registered) within the jump window (30 minutes).' },
    EARLY_NEAR_FULL: { description: 'At or above the near-full threshold (95%) before the early hour (12:00).' },
    OUTLIER: {
      description:
        "More than 3 median absolute deviations from its ward's median percent at the same moment (the ward's figures of the 15 minutes before it), with at least 5 of them.",
    },
    FLATLINE: { description: 'No increase across two checkpoints while voting.' },
    CORRECTED: { description: 'A correction of the figure before it.' },
  },
});

/** The thresholds, from configuration (config.ts: TURNOUT_*). */
export interface FlagThresholds {
  jumpPercent: number;
  jumpMinutes: number;
  nearFullPercent: number;
  /** Local time (HH:MM) before which near-full is early. */
  earlyBefore: string;
  outlierMads: number;
  outlierMinAreas: number;
  /** The ward's figures compared are those reported within this many minutes before this one: the same moment of the day. */
  outlierWindowMinutes: number;
  /** MAD never below this (percentage points): in a ward of near-identical areas, a point's difference is no outlier. */
  outlierMadFloor: number;
}

export const DEFAULT_FLAG_THRESHOLDS: FlagThresholds = {
  jumpPercent: 25,
  jumpMinutes: 30,
  nearFullPercent: 95,
  earlyBefore: '12:00',
  outlierMads: 3,
  outlierMinAreas: 5,
  outlierWindowMinutes: 15,
  outlierMadFloor: 1,
};

/** What the rules look at, all read in the report's transaction. */
export interface FlagInput {
  registered: number;
  voted: number;
  at: Date;
  corrected: boolean;
  voting: boolean;
  /** The area's earlier reports (any order). */
  earlier: { voted: number; at: Date }[];
  pollsOpenAt: Date;
  /** The instant `earlyBefore` falls on, on election day. */
  earlyBeforeAt: Date;
  /** Checkpoint instants of the day, in order. */
  checkpoints: Date[];
  /** The latest percent of every other area of the ward that has reported. */
  wardPercents: number[];
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** The figure the area stood at an instant: its latest report at or before it (0 before any). */
function votedAsOf(earlier: FlagInput['earlier'], t: Date): { voted: number; reported: boolean } {
  let best: { voted: number; at: Date } | null = null;
  for (const r of earlier) if (r.at <= t && (!best || r.at >= best.at)) best = r;
  return best ? { voted: best.voted, reported: true } : { voted: 0, reported: false };
}

/** The flags a report earns. Pure: unit-tested threshold by threshold on both sides. */
export function flagsOf(r: FlagInput, th: FlagThresholds): TurnoutFlag[] {
  const flags: TurnoutFlag[] = [];
  const pct = r.registered === 0 ? 0 : (r.voted / r.registered) * 100;
  // JUMP: against the area's figures reported within the window (and the opening's 0). A rise since an
  // older report is not one: the figure may have risen all along between them.
  const windowStart = new Date(r.at.getTime() - th.jumpMinutes * 60_000);
  const baselines = r.earlier.filter((p) => p.at >= windowStart && p.at < r.at).map((p) => p.voted);
  if (r.pollsOpenAt >= windowStart && r.pollsOpenAt < r.at) baselines.push(0);
  if (baselines.some((b) => ((r.voted - b) / Math.max(1, r.registered)) * 100 > th.jumpPercent)) flags.push(TurnoutFlag.JUMP);
  if (pct >= th.nearFullPercent && r.at < r.earlyBeforeAt) flags.push(TurnoutFlag.EARLY_NEAR_FULL);
  if (r.wardPercents.length + 1 >= th.outlierMinAreas) {
    const all = [...r.wardPercents, pct];
    const m = median(all);
    const mad = Math.max(th.outlierMadFloor, median(all.map((x) => Math.abs(x - m))));
    if (Math.abs(pct - m) > th.outlierMads * mad) flags.push(TurnoutFlag.OUTLIER);
  }
  // FLATLINE: the figure the area stood at at the previous checkpoint is still the figure at this one, while voting.
  const passed = r.checkpoints.filter((c) => c <= r.at);
  if (r.voting && passed.length >= 2 && r.voted < r.registered) {
    const back = votedAsOf(r.earlier, passed[passed.length - 2]);
    if (back.reported && back.voted === r.voted) flags.push(TurnoutFlag.FLATLINE);
  }
  if (r.corrected) flags.push(TurnoutFlag.CORRECTED);
  return flags;
}
