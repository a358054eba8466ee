/**
 * The shape of turnout over election day in Hai Bà Trưng, 23 May 2021: a strong morning (73.74% by
 * 12:30), a slow afternoon, 98.99% by 18:30 and 99.68% in the final count (SPEC section 1). Each
 * polling area follows the same shape (modules/turnout/day-shape.ts), shifted a little earlier or later
 * and scaled to its own final.
 */

import { districtCurve, REPORTED, type Minute } from '../modules/turnout/day-shape.js';

export { districtCurve, hm, REPORTED, type Minute } from '../modules/turnout/day-shape.js';

/** One area's curve: the district shape shifted by `shift` minutes and scaled to the area's final percent. */
export function areaCurve(t: Minute, shift: Minute, finalPercent: number): number {
  return (districtCurve(t + shift) / REPORTED.final) * finalPercent;
}

/** Voters an area has seen by `t`, never above its registered voters. */
export function votedAt(t: Minute, registered: number, shift: Minute, finalPercent: number): number {
  return Math.min(registered, Math.round((registered * areaCurve(t, shift, finalPercent)) / 100));
}
