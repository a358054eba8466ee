import { CHECKLIST_ITEMS } from '../modules/readiness/checklist.entity.js';
import { PollingAreaStatus as S } from '../modules/units/enums.js';
import { hm, REPORTED, votedAt, type Minute } from './curve.js';
import type { Action, DrillArea } from './plan.types.js';

/** Checkpoints (10:00, 12:30, 16:30, 18:30) and the other moments teams phone in a figure. */
const CHECKPOINTS: Minute[] = [hm(10), hm(12, 30), hm(16, 30), hm(18, 30)];
const ROUTINE: Minute[] = [hm(8), hm(9), hm(11), hm(14, 30), hm(17, 30)];
const OPEN = hm(7);
const CLOSE = hm(19);

/** An area's voting interruption (the evening storm): its box is sealed from `from` to `until`. */
export interface Suspension {
  from: Minute;
  until: Minute;
  reason: string;
}

/** What makes one area's day its own; drawn once per area from the seed. */
export interface AreaTraits {
  /** Minutes this neighbourhood runs ahead (+) or behind (−) the district curve. */
  shift: Minute;
  finalPercent: number;
  laggard: boolean;
  /** Checkpoints (by index) this team reports late for: after the grace period, so it shows as late. */
  lateFor: Set<number>;
  suspension?: Suspension;
}

/** One area's day: checklist from 05:00, READY, VOTING at 07:00, turnout through the day, CLOSED, COUNTED. */
export function planArea(area: DrillArea, t: AreaTraits, rand: () => number): Action[] {
  const actor = { role: 'ward' as const, ward: area.wardCode };
  const out: Action[] = [];
  const add = (at: Minute, step: Action['step']) => out.push({ at: Math.round(at * 100) / 100, lane: `area:${area.code}`, actor, step });

  // Checklist: laggards start late and go slowly, finishing around opening time.
  let at = t.laggard ? hm(6, 5) + rand() * 15 : hm(5) + rand() * 30;
  for (const item of CHECKLIST_ITEMS) {
    at += t.laggard ? 2.5 + rand() * 1.5 : 1 + rand() * 4;
    add(at, { kind: 'checklist', area: area.code, item });
  }
  const ready = Math.min(at + 1 + rand() * 8, t.laggard ? Infinity : OPEN - 2);
  add(Math.max(ready, at + 0.5), { kind: 'status', area: area.code, status: S.READY });
  const opens = t.laggard ? Math.max(OPEN, ready) + 1 + rand() * 4 : OPEN + rand() * 0.9;
  add(opens, { kind: 'status', area: area.code, status: S.VOTING });

  const s = t.suspension;
  const suspended = (m: Minute) => s !== undefined && m >= s.from && m < s.until;
  if (s) {
    add(s.from, { kind: 'status', area: area.code, status: S.SUSPENDED, reason: s.reason });
    add(s.until, { kind: 'status', area: area.code, status: S.VOTING });
  }

  // Turnout: a figure before each checkpoint (late teams after its grace period) and a few routine calls.
  const reports: Minute[] = ROUTINE.map((m) => m - 10 + rand() * 20);
  CHECKPOINTS.forEach((c, i) => reports.push(t.lateFor.has(i) ? c + 17 + rand() * 10 : c - rand() * 6));
  let last = 0;
  for (const m of reports.filter((m) => m > opens + 1 && !suspended(m)).sort((a, b) => a - b)) {
    const voted = Math.max(last, votedAt(m, area.registeredVoters, t.shift, t.finalPercent));
    last = voted;
    add(m, { kind: 'turnout', area: area.code, voted });
  }

  const closes = CLOSE + rand() * 3;
  add(closes, { kind: 'status', area: area.code, status: S.CLOSED });
  const finalVoted = Math.max(last, Math.round((area.registeredVoters * t.finalPercent) / 100));
  add(t.lateFor.has(CHECKPOINTS.length) ? hm(19, 48) + rand() * 8 : closes + 5 + rand() * 20, { kind: 'turnout', area: area.code, voted: finalVoted });
  add(hm(20) + rand() * 100, { kind: 'status', area: area.code, status: S.COUNTED });
  return out;
}

/** Draw each area's traits; the finals average the reported 99.68%. */
export function drawTraits(areas: DrillArea[], rand: () => number): Map<string, AreaTraits> {
  const traits = new Map<string, AreaTraits>();
  const laggards = new Set(pick(areas.length, 3, rand));
  areas.forEach((a, i) => {
    const lateFor = new Set<number>();
    for (let c = 0; c <= CHECKPOINTS.length; c += 1) if (rand() < 0.012) lateFor.add(c);
    // Finals spread 99.2-100%, centred on the reported figure.
    const finalPercent = Math.min(100, REPORTED.final + (rand() - 0.5) * 0.9);
    traits.set(a.code, { shift: (rand() - 0.5) * 30, finalPercent, laggard: laggards.has(i), lateFor });
  });
  return traits;
}

/** `n` distinct indexes below `size`, drawn from `rand`. */
export function pick(size: number, n: number, rand: () => number): number[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(n, size)) chosen.add(Math.floor(rand() * size));
  return [...chosen];
}
