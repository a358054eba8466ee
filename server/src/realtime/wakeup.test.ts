import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { postgresAvailable } from '../test-support/databases.js';
import { createScratchDatabase, type ScratchDatabase } from '../tools/scratch-database.js';
import { PostgresWakeup } from './wakeup.js';

const pg = await postgresAvailable();
const logger = createLogger('silent');
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** A replica's wake-up with the times its hub was woken. */
function replica(url: string, spacingMs: number) {
  const wakes: number[] = [];
  const wakeup = new PostgresWakeup(url, () => wakes.push(performance.now()), logger, spacingMs);
  return { wakeup, wakes };
}

async function until(check: () => boolean, ms = 3_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(2);
  }
}

describe.skipIf(!pg)('PostgresWakeup', () => {
  let scratch: ScratchDatabase;
  const open: PostgresWakeup[] = [];
  beforeAll(async () => {
    scratch = await createScratchDatabase('eo_test');
  });
  afterAll(async () => {
    for (const w of open) await w.stop();
    await scratch?.drop();
  });
  const start = async (spacingMs: number) => {
    const r = replica(scratch.url, spacingMs);
    open.push(r.wakeup);
    await r.wakeup.start();
    // Connecting wakes the hub once (it reads whatever it missed); the test counts from here.
    await until(() => r.wakes.length === 1);
    r.wakes.length = 0;
    return r;
  };

  it('wakes the other replica with a few NOTIFYs for a burst of commits, the last one after the last commit', async () => {
    const a = await start(20);
    const b = await start(20);
    const first = performance.now();
    let last = first;
    // 500 commits over about 100 ms.
    for (let i = 0; i < 500; i += 1) {
      a.wakeup.announce();
      last = performance.now();
      if (i % 25 === 24) await sleep(5);
    }
    await until(() => b.wakes.length > 0 && b.wakes[b.wakes.length - 1] > last);
    await sleep(100);
    // Woken soon after the first commit, and again after the last: nothing committed in the burst waits for the poll.
    expect(b.wakes[0] - first).toBeLessThan(500);
    expect(b.wakes[b.wakes.length - 1]).toBeGreaterThan(last);
    // One NOTIFY per 20 ms at most, not one per commit.
    expect(b.wakes.length).toBeLessThanOrEqual(Math.ceil((last - first) / 20) + 2);
    // A replica does not wake itself with its own NOTIFY: its commits woke its hub in-process already.
    expect(a.wakes).toEqual([]);
  });

  it('sends a commit after a quiet spell at once', async () => {
    const a = await start(1_000);
    const b = await start(1_000);
    // A NOTIFY long ago: the next commit does not wait for the spacing.
    a.wakeup.announce();
    await until(() => b.wakes.length === 1);
    await sleep(1_100);
    const t = performance.now();
    a.wakeup.announce();
    await until(() => b.wakes.length === 2);
    expect(b.wakes[1] - t).toBeLessThan(500);
  });
});
