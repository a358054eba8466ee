/**
 * The shape of turnout over election day in Hai Bà Trưng, 23 May 2021: a strong morning (73.74% by
 * 12:30), a slow afternoon, 98.99% by 18:30 and 99.68% in the final count (SPEC section 1). The drill
 * plays it; the projection of the final turnout (projection.ts) reads the share of the day's final
 * reached by a given time from it.
 */

/** Minutes since local midnight. */
export type Minute = number;

export const hm = (h: number, m = 0): Minute => h * 60 + m;

/** The day's reported district figures the drill's curve must pass near. */
export const REPORTED = { at1230: 73.74, at1830: 98.99, final: 99.68 } as const;

/**
 * District turnout (% of registered) at local times, reaching the final figure at closing. The 12:30
 * knot sits a little above the reported figure because areas file their checkpoint report a few
 * minutes before the checkpoint, while the curve keeps rising.
 */
const KNOTS: [Minute, number][] = [
  [hm(7), 0],
  [hm(7, 30), 10],
  [hm(8), 20],
  [hm(9), 37],
  [hm(10), 51],
  [hm(11), 63],
  [hm(12), 71],
  [hm(12, 30), 74.2],
  [hm(13, 30), 79],
  [hm(14, 30), 83.5],
  [hm(15, 30), 88],
  [hm(16, 30), 92.5],
  [hm(17, 30), 96.8],
  [hm(18, 30), 99.08],
  [hm(19), REPORTED.final],
];

/** District turnout at `t` on the day's curve (linear between knots, flat outside them). */
export function districtCurve(t: Minute): number {
  if (t <= KNOTS[0][0]) return KNOTS[0][1];
  for (let i = 1; i < KNOTS.length; i += 1) {
    const [t1, v1] = KNOTS[i];
    if (t <= t1) {
      const [t0, v0] = KNOTS[i - 1];
      return v0 + ((v1 - v0) * (t - t0)) / (t1 - t0);
    }
  }
  return KNOTS[KNOTS.length - 1][1];
}
