import { districtCurve, REPORTED, type Minute } from './day-shape.js';

/** A figure reported earlier than this share of the day's final (≈ 07:45) says too little to project from. */
export const MIN_SHARE = 0.15;

/** Share of the day's final turnout reached by local minute `t` on 23 May 2021's curve (0 to 1). */
export const shareBy = (t: Minute): number => Math.min(1, districtCurve(t) / REPORTED.final);

/** Local (UTC+7, no DST) minutes since midnight of an instant. */
export const localMinute = (at: Date): Minute => ((at.getUTCHours() + 7) % 24) * 60 + at.getUTCMinutes() + at.getUTCSeconds() / 60;

/**
 * The projected final turnout, in percent, from each reporting area's latest figure.
 *
 * Model: an area's day follows the district's 2021 shape, so a figure reported at time t is the share
 * s(t) of that area's final; its projected final is voted / s(t). The district's projection sums those
 * over the areas that have reported (each at its own report time, so a late or stale area is not
 * read as a slow one) and divides by their registered voters — areas not yet reported are assumed to
 * turn out like those that have. Capped at 100. Null until an area has reported at s(t) ≥ MIN_SHARE.
 */
export function projectFinal(areas: { registered: number; voted: number; at: Date }[]): number | null {
  let projected = 0;
  let registered = 0;
  for (const a of areas) {
    const s = shareBy(localMinute(a.at));
    if (s < MIN_SHARE || a.registered === 0) continue;
    projected += Math.min(a.registered, a.voted / s);
    registered += a.registered;
  }
  if (registered === 0) return null;
  return Math.round(Math.min(100, (projected / registered) * 100) * 100) / 100;
}
