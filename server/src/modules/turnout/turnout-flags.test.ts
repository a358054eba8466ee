import { describe, expect, it } from 'vitest';
import { DEFAULT_FLAG_THRESHOLDS as TH, flagsOf, median, TurnoutFlag as F, type FlagInput } from './turnout-flags.js';

const at = (hhmm: string) => new Date(`2021-05-23T${hhmm}:00+07:00`);
const base = (over: Partial<FlagInput>): FlagInput => ({
  registered: 1000,
  voted: 500,
  at: at('14:00'),
  corrected: false,
  voting: true,
  earlier: [],
  pollsOpenAt: at('07:00'),
  earlyBeforeAt: at('12:00'),
  checkpoints: ['10:00', '12:30', '15:00', '18:30', '19:30'].map(at),
  wardPercents: [],
  ...over,
});

// Each threshold from both sides: just over it flags, at or just under it does not.
describe('turnout flags', () => {
  it('JUMP: more than 25% of registered within 30 minutes', () => {
    const from = { voted: 300, at: at('13:35') };
    expect(flagsOf(base({ voted: 551, earlier: [from] }), TH)).toContain(F.JUMP);
    expect(flagsOf(base({ voted: 550, earlier: [from] }), TH)).not.toContain(F.JUMP);
    // The same rise over 31 minutes is no jump.
    expect(flagsOf(base({ voted: 600, earlier: [{ voted: 300, at: at('13:29') }] }), TH)).not.toContain(F.JUMP);
    // Against the latest of several reports in the window too.
    expect(
      flagsOf(
        base({
          voted: 600,
          earlier: [
            { voted: 400, at: at('13:31') },
            { voted: 340, at: at('13:45') },
          ],
        }),
        TH,
      ),
    ).toContain(F.JUMP);
    // From the opening's zero: 26% in the first half hour.
    expect(flagsOf(base({ voted: 260, at: at('07:29') }), TH)).toContain(F.JUMP);
    expect(flagsOf(base({ voted: 250, at: at('07:29') }), TH)).not.toContain(F.JUMP);
  });

  it('EARLY_NEAR_FULL: 95% or more before 12:00', () => {
    expect(flagsOf(base({ voted: 950, at: at('11:59') }), TH)).toContain(F.EARLY_NEAR_FULL);
    expect(flagsOf(base({ voted: 949, at: at('11:59') }), TH)).not.toContain(F.EARLY_NEAR_FULL);
    expect(flagsOf(base({ voted: 990, at: at('12:00') }), TH)).not.toContain(F.EARLY_NEAR_FULL);
  });

  it("OUTLIER: more than 3 MADs from the ward's median, with 5 areas reported", () => {
    const ward = [48, 50, 52, 50]; // median with this one at 50: 50; MAD 2 (floored at 1)
    expect(median([...ward, 50])).toBe(50);
    expect(flagsOf(base({ voted: 561, wardPercents: ward }), TH)).toContain(F.OUTLIER);
    expect(flagsOf(base({ voted: 439, wardPercents: ward }), TH)).toContain(F.OUTLIER);
    expect(flagsOf(base({ voted: 440, wardPercents: ward }), TH)).not.toContain(F.OUTLIER);
    expect(flagsOf(base({ voted: 550, wardPercents: ward }), TH)).not.toContain(F.OUTLIER);
    // Four areas reported are too few to call any of them an outlier.
    expect(flagsOf(base({ voted: 900, wardPercents: ward.slice(0, 3) }), TH)).not.toContain(F.OUTLIER);
    // Identical areas: the MAD floor keeps a point's difference from being an outlier.
    expect(flagsOf(base({ voted: 520, wardPercents: [50, 50, 50, 50] }), TH)).not.toContain(F.OUTLIER);
    expect(flagsOf(base({ voted: 540, wardPercents: [50, 50, 50, 50] }), TH)).toContain(F.OUTLIER);
  });

  it('FLATLINE: no increase from the previous checkpoint while voting', () => {
    const earlier = [{ voted: 500, at: at('12:25') }];
    expect(flagsOf(base({ voted: 500, at: at('15:00'), earlier }), TH)).toContain(F.FLATLINE);
    expect(flagsOf(base({ voted: 501, at: at('15:00'), earlier }), TH)).not.toContain(F.FLATLINE);
    expect(flagsOf(base({ voted: 500, at: at('15:00'), earlier, voting: false }), TH)).not.toContain(F.FLATLINE);
    // A full area cannot rise.
    expect(flagsOf(base({ registered: 500, voted: 500, at: at('15:00'), earlier }), TH)).not.toContain(F.FLATLINE);
    // Before a second checkpoint has passed there is nothing to compare.
    expect(flagsOf(base({ voted: 500, at: at('12:00'), earlier: [{ voted: 500, at: at('09:55') }] }), TH)).not.toContain(F.FLATLINE);
  });

  it('CORRECTED: a correction, and nothing for an ordinary figure', () => {
    expect(flagsOf(base({ corrected: true }), TH)).toEqual([F.CORRECTED]);
    expect(flagsOf(base({}), TH)).toEqual([]);
  });

  it('follows the configured thresholds', () => {
    const from = { voted: 300, at: at('13:35') };
    expect(flagsOf(base({ voted: 551, earlier: [from] }), { ...TH, jumpPercent: 30 })).not.toContain(F.JUMP);
    expect(flagsOf(base({ voted: 900, at: at('11:00') }), { ...TH, nearFullPercent: 90 })).toContain(F.EARLY_NEAR_FULL);
  });
});
