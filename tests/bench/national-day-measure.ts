/**
 * The national day's figures, from what the sockets received and what the log holds: per kind of
 * screen, commit-to-screen latency, lost and doubled. Who should have received what is decided here
 * from the log's own rows by the scope rules for these four kinds (server/src/scope/scope.ts):
 * a ward officer its ward's events; a district's observer its wards' and the district's own; a
 * province's its districts' (without the per-area figures when its totals come conflated); the
 * nation's every event (the same).
 */
import { Histogram } from './lib/measure.js';
import type { Country } from './national-day-setup.js';
import type { LoadResults, ScreenKind, ScreenSpec } from './national-day-protocol.js';

/** The per-area figure events `figures: false` leaves out; province and national walls read them as totals. */
export const FIGURE_TYPES = new Set(['TURNOUT_REPORTED', 'TURNOUT_VERIFIED', 'CHECKLIST_ITEM_SET', 'VOTER_LIST_CHANGED']);

/** A row of the log written during the run. */
export interface LoggedEvent {
  seq: number;
  type: string;
  /** The transaction's time by the election clock, ms. */
  at: number;
  wardId: number | null;
  wardIds: number[];
  districtId: number | null;
  /** The write it came from: `turnout:<report id>` or `incident:<id>` (an incident's tasks share its transaction). */
  write: string | null;
}

/** The servers' clock: it read `clockStart` at the real instant `clockAnchor`, at speed 1. */
export interface ClockMap {
  clockStart: number;
  clockAnchor: number;
}

/**
 * Each seq's two bounds of its commit, real ms: its transaction's `at` (before the commit — and, as the
 * server reads its clock before it takes a pooled connection, before any wait for one) and its write's
 * HTTP answer (after the commit).
 */
function commitBounds(events: LoggedEvent[], clock: ClockMap, answers: Map<string, number>) {
  const early = new Map<number, number>();
  const late = new Map<number, number>();
  for (const e of events) {
    early.set(e.seq, clock.clockAnchor + (e.at - clock.clockStart));
    const a = e.write === null ? undefined : answers.get(e.write);
    if (a !== undefined) late.set(e.seq, a);
  }
  return { early, late };
}

/** Latencies from the answer can be negative (an event on screen before its writer heard back): shifted 10 s into the histogram. */
const SHIFT = 10_000;
const shifted = (h: Histogram) => {
  const s = h.summary();
  return { p50: Math.round(s.p50 - SHIFT), p99: Math.round(s.p99 - SHIFT), max: Math.round(s.max - SHIFT) };
};

/** One load process: the screens it opened (in order) and what they received. */
export interface LoadShare {
  screens: ScreenSpec[];
  results: LoadResults;
}

const KINDS: ScreenKind[] = ['ward', 'district', 'province', 'nation'];
const LABEL: Record<ScreenKind, string> = { ward: 'ward phone', district: 'district wall', province: 'province wall', nation: 'national wall' };

/** Per unit of each kind, the seqs its screens must receive, in order. */
function expectations(events: LoggedEvent[], country: Country, conflated: boolean) {
  const add = (m: Map<number | null, number[]>, k: number | null, seq: number) => {
    const list = m.get(k);
    if (list) list.push(seq);
    else m.set(k, [seq]);
  };
  const by: Record<ScreenKind, Map<number | null, number[]>> = { ward: new Map(), district: new Map(), province: new Map(), nation: new Map() };
  for (const e of events) {
    const wards = e.wardIds.length ? e.wardIds : e.wardId !== null ? [e.wardId] : [];
    const districts = new Set(wards.length ? wards.map((w) => country.districtOf.get(w)!) : e.districtId !== null ? [e.districtId] : []);
    const provinces = new Set([...districts].map((d) => country.provinceOf.get(d)!));
    const exactForWalls = !(conflated && FIGURE_TYPES.has(e.type));
    for (const w of wards) add(by.ward, w, e.seq);
    for (const d of districts) add(by.district, d, e.seq);
    if (exactForWalls) {
      for (const p of provinces) add(by.province, p, e.seq);
      add(by.nation, null, e.seq);
    }
  }
  return by;
}

const kindStats = () => ({
  sockets: 0,
  connected: 0,
  expected: 0,
  delivered: 0,
  lost: 0,
  doubled: 0,
  unexpected: 0,
  latency: new Histogram(),
  fromAnswer: new Histogram(),
  last: 0,
});

/** Exact streams: each screen's events against what it should have, latency from each event's commit (its `at`). */
export function exactRows(events: LoggedEvent[], country: Country, shares: LoadShare[], clock: ClockMap, conflated: boolean, answers: Map<string, number>) {
  const expected = expectations(events, country, conflated);
  const { early: committed, late } = commitBounds(events, clock, answers);
  const stats = Object.fromEntries(KINDS.map((k) => [k, kindStats()])) as Record<ScreenKind, ReturnType<typeof kindStats>>;
  for (const { screens, results } of shares) {
    const got = screens.map(() => new Set<number>());
    const s = (i: number) => stats[screens[i].kind];
    const { socket, seq, at } = results.events;
    for (let r = 0; r < seq.length; r += 1) {
      const i = socket[r];
      const k = s(i);
      k.delivered += 1;
      if (got[i].has(seq[r])) {
        k.doubled += 1;
        continue;
      }
      got[i].add(seq[r]);
      const c = committed.get(seq[r]);
      // Events before the run (replayed) have no commit in this run: not timed.
      if (c !== undefined) k.latency.record(at[r] - c);
      const a = late.get(seq[r]);
      if (a !== undefined) k.fromAnswer.record(at[r] - a + SHIFT);
      k.last = Math.max(k.last, at[r]);
    }
    screens.forEach((spec, i) => {
      const k = s(i);
      k.sockets += 1;
      if (!results.up[i]) return;
      k.connected += 1;
      const want = expected[spec.kind].get(spec.kind === 'nation' ? null : spec.unitId) ?? [];
      k.expected += want.length;
      const wanted = new Set(want);
      for (const q of want) if (!got[i].has(q)) k.lost += 1;
      for (const q of got[i]) if (committed.has(q) && !wanted.has(q)) k.unexpected += 1;
    });
  }
  return KINDS.map((k) => {
    const x = stats[k];
    const l = x.latency.summary();
    const a = shifted(x.fromAnswer);
    return {
      kind: `${LABEL[k]} (events${(k === 'province' || k === 'nation') && conflated ? ', figures: false' : ''})`,
      sockets: x.sockets,
      connected: x.connected,
      expected: x.expected,
      delivered: x.delivered,
      lost: x.lost,
      doubled: x.doubled,
      outOfScope: x.unexpected,
      p50Ms: l.p50,
      p99Ms: l.p99,
      maxMs: l.max,
      answerP50Ms: a.p50,
      answerP99Ms: a.p99,
      answerMaxMs: a.max,
      lastReceiptAt: x.last,
    };
  });
}

/**
 * Conflated totals: for every figure written and every province (or national) wall of its province,
 * the time from the figure's commit until the first `unitTotals` message with `seq` at or past the
 * figure's seq reached that wall. A figure no message reached by the end is lost for that wall.
 */
export function totalsRows(
  events: LoggedEvent[],
  country: Country,
  shares: LoadShare[],
  clock: ClockMap,
  finalVoted: Map<number | null, number>,
  answers: Map<string, number>,
) {
  const { early, late } = commitBounds(events, clock, answers);
  const figures = events.filter((e) => e.type === 'TURNOUT_REPORTED');
  const byProvince = new Map<number | null, LoggedEvent[]>([[null, figures]]);
  for (const e of figures) {
    const p = country.provinceOf.get(country.districtOf.get(e.wardId!)!)!;
    const list = byProvince.get(p);
    if (list) list.push(e);
    else byProvince.set(p, [e]);
  }
  const rows = [];
  for (const kind of ['province', 'nation'] as const) {
    const latency = new Histogram();
    const fromAnswer = new Histogram();
    let sockets = 0;
    let messages = 0;
    let lost = 0;
    let doubled = 0;
    let stale = 0;
    let minGap = Infinity;
    for (const { screens, results } of shares) {
      const t = results.totals;
      // Each socket's messages in arrival order, with the highest seq seen so far.
      const per = screens.map(() => ({ seq: [] as number[], at: [] as number[] }));
      for (let r = 0; r < t.seq.length; r += 1) {
        const m = per[t.socket[r]];
        const prev = m.seq.length ? m.seq[m.seq.length - 1] : -1;
        if (t.seq[r] <= prev) doubled += 1;
        m.seq.push(Math.max(prev, t.seq[r]));
        if (m.at.length > 1) minGap = Math.min(minGap, t.at[r] - m.at[m.at.length - 1]);
        m.at.push(t.at[r]);
      }
      screens.forEach((spec, i) => {
        if (spec.kind !== kind || !results.up[i]) return;
        sockets += 1;
        const m = per[i];
        messages += m.seq.length;
        const unit = kind === 'nation' ? null : spec.unitId;
        if (t.last[i]?.voted !== finalVoted.get(unit)) stale += 1;
        for (const e of byProvince.get(unit) ?? []) {
          const k = firstAtLeast(m.seq, e.seq);
          if (k < 0) lost += 1;
          else {
            latency.record(m.at[k] - early.get(e.seq)!);
            const a = late.get(e.seq);
            if (a !== undefined) fromAnswer.record(m.at[k] - a + SHIFT);
          }
        }
      });
    }
    const l = latency.summary();
    const a = shifted(fromAnswer);
    rows.push({
      kind: `${LABEL[kind]} (unitTotals)`,
      sockets,
      messages,
      lost,
      doubled,
      staleAtEnd: stale,
      minGapMs: Number.isFinite(minGap) ? minGap : null,
      p50Ms: l.p50,
      p99Ms: l.p99,
      maxMs: l.max,
      answerP50Ms: a.p50,
      answerP99Ms: a.p99,
      answerMaxMs: a.max,
    });
  }
  return rows;
}

/** The first index whose (non-decreasing) value is ≥ x; -1 when none is. */
function firstAtLeast(xs: number[], x: number): number {
  let [lo, hi] = [0, xs.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] >= x) hi = mid;
    else lo = mid + 1;
  }
  return lo < xs.length ? lo : -1;
}
