import { describe, expect, it } from 'vitest';
import { drawTraits, planArea } from '../../drill/plan-areas.js';
import type { DrillArea } from '../../drill/plan.types.js';
import { seededRandom } from '../../seed/random.js';
import { hm, REPORTED, type Minute } from './day-shape.js';
import { projectFinal, shareBy } from './projection.js';

const instant = (m: Minute) => new Date(Date.UTC(2021, 4, 23, 0, 0, 0) + (m - 7 * 60) * 60_000);

/** The drill's day for 300 areas: every figure each area files, and its final count. */
function drillDay(seed = 2021) {
  const rand = seededRandom(seed);
  const areas: DrillArea[] = Array.from({ length: 300 }, (_, i) => ({
    code: `a-${i}`,
    wardCode: `w-${i % 18}`,
    registeredVoters: 600 + Math.floor(rand() * 900),
  }));
  const traits = drawTraits(areas, rand);
  return areas.map((a) => {
    const reports = planArea(a, traits.get(a.code)!, rand).flatMap((x) => (x.step.kind === 'turnout' ? [{ at: x.at, voted: x.step.voted }] : []));
    return { registered: a.registeredVoters, reports, final: reports[reports.length - 1].voted };
  });
}

/** What the server knows at `t`: each area's latest figure filed by then. */
function asOf(day: ReturnType<typeof drillDay>, t: Minute) {
  return day.flatMap((a) => {
    const last = a.reports.filter((r) => r.at <= t).pop();
    return last ? [{ registered: a.registered, voted: last.voted, at: instant(last.at) }] : [];
  });
}

describe('projected final turnout', () => {
  const day = drillDay();
  const actual = (day.reduce((s, a) => s + a.final, 0) / day.reduce((s, a) => s + a.registered, 0)) * 100;

  it("projects the drill's final from its 12:30 and 16:30 figures within half a point", () => {
    const at1230 = projectFinal(asOf(day, hm(12, 30)))!;
    const at1630 = projectFinal(asOf(day, hm(16, 30)))!;
    // The figures the README quotes.
    console.info(
      `projection: actual final ${actual.toFixed(2)}%, at 12:30 ${at1230}% (error ${(at1230 - actual).toFixed(2)}), at 16:30 ${at1630}% (error ${(at1630 - actual).toFixed(2)})`,
    );
    expect(Math.abs(at1230 - actual)).toBeLessThan(0.5);
    expect(Math.abs(at1630 - actual)).toBeLessThan(0.5);
  });

  it("projects 2021's reported final from its reported 12:30 and 18:30 district figures", () => {
    const district = (percent: number, t: Minute) => projectFinal([{ registered: 10_000, voted: Math.round(percent * 100), at: instant(t) }])!;
    expect(Math.abs(district(REPORTED.at1230, hm(12, 30)) - REPORTED.final)).toBeLessThan(1);
    expect(Math.abs(district(REPORTED.at1830, hm(18, 30)) - REPORTED.final)).toBeLessThan(0.2);
  });

  it('says nothing before enough of the day, and never more than 100', () => {
    expect(projectFinal([])).toBeNull();
    expect(projectFinal([{ registered: 1000, voted: 20, at: instant(hm(7, 5)) }])).toBeNull();
    expect(projectFinal([{ registered: 1000, voted: 900, at: instant(hm(10)) }])).toBe(100);
    expect(shareBy(hm(19))).toBe(1);
  });

  it('reads a stale figure at its own time, not as a slow area', () => {
    // Two areas on course for 99%: one reported at 15:00, the other last at 10:00.
    const onCourse = (t: Minute) => ({ registered: 1000, voted: Math.round(1000 * shareBy(t) * 0.99), at: instant(t) });
    expect(projectFinal([onCourse(hm(15)), onCourse(hm(10))])).toBeCloseTo(99, 0);
  });
});
