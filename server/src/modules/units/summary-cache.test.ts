import { describe, expect, it } from 'vitest';
import { SummaryCache } from './summary-cache.js';

/** A cache over a log whose final seq the test moves by hand, and a sum that counts its runs. */
function setup(capacity?: number) {
  const log = { seq: 10 };
  const cache = new SummaryCache(async () => log.seq, capacity);
  let runs = 0;
  const sum = () => cache.get('turnout', 'all', async () => ({ voted: 100 + log.seq, run: ++runs }));
  return { log, cache, sum, runs: () => runs };
}

describe('SummaryCache', () => {
  it('reuses a national sum while the log stands still, and sums again once it moves', async () => {
    const { log, sum, runs } = setup();
    expect(await sum()).toEqual({ voted: 110, run: 1 });
    expect(await sum()).toEqual({ voted: 110, run: 1 });
    log.seq = 11;
    expect(await sum()).toEqual({ voted: 111, run: 2 });
    expect(runs()).toBe(2);
  });

  it('shares one computation between requests made at the same seq', async () => {
    const { sum, runs } = setup();
    const answers = await Promise.all([sum(), sum(), sum()]);
    expect(answers.map((a) => a.run)).toEqual([1, 1, 1]);
    expect(runs()).toBe(1);
  });

  it('keeps each scope and kind apart, and never keeps a ward, district or area', async () => {
    const log = { seq: 1 };
    const cache = new SummaryCache(async () => log.seq);
    let runs = 0;
    const count = async () => ++runs;
    await cache.get('turnout', { provinceId: 1 }, count);
    await cache.get('turnout', { provinceId: 1 }, count);
    await cache.get('turnout', { provinceId: 2 }, count);
    await cache.get('readiness', { provinceId: 1 }, count);
    expect(runs).toBe(3);
    for (const scope of [{ districtId: 1 }, { wardId: 1 }, { pollingAreaId: 1 }]) {
      await cache.get('turnout', scope, count);
      await cache.get('turnout', scope, count);
    }
    expect(runs).toBe(9);
  });

  it('does not keep a failed sum', async () => {
    const cache = new SummaryCache(async () => 5);
    await expect(cache.get('turnout', 'all', async () => Promise.reject(new Error('database unavailable')))).rejects.toThrow('unavailable');
    expect(await cache.get('turnout', 'all', async () => 42)).toBe(42);
  });

  it('holds at most `capacity` sums, dropping the least recently computed', async () => {
    const cache = new SummaryCache(async () => 1, 2);
    let runs = 0;
    const count = (provinceId: number) => cache.get('turnout', { provinceId }, async () => ++runs);
    await count(1);
    await count(2);
    await count(3); // drops province 1
    expect(await count(2)).toBe(2);
    expect(await count(1)).toBe(4);
  });
});
