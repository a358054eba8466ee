import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/databases.js';
import { appendEvents } from './writer.js';
import { EventType } from './event.entity.js';
import { LogWatermark } from './watermark.js';
import type { NewEvent } from './topics.js';
import { PollingArea } from '../modules/polling-areas/polling-area.entity.js';

const meta = { at: new Date('2021-05-23T08:00:00+07:00'), actorId: null, actor: 'test' };
// The watermark reads seqs only: any well-formed event will do.
const checkpoint = (name: string): NewEvent => ({
  type: EventType.POLLING_AREA_STATUS_CHANGED,
  wardId: null,
  data: { pollingArea: Object.assign(new PollingArea(), { name }) },
});

/** Advance until the watermark reaches `seq` or the time is up; returns where it stopped. */
async function advanceTo(w: LogWatermark, seq: number, ms = 3_000): Promise<number> {
  const until = Date.now() + ms;
  let at = await w.advance();
  while (at < seq && Date.now() < until) {
    await new Promise((ok) => setTimeout(ok, 10));
    at = await w.advance();
  }
  return at;
}

describeEachDatabase('LogWatermark', (get) => {
  it('steps over a seq drawn by a transaction that rolled back, and stops at the last committed one', async () => {
    const { db } = get();
    const w = new LogWatermark(db);
    const start = await w.start();
    let drawn = 0;
    await expect(
      db.dataSource.transaction(async (m) => {
        [{ seq: drawn }] = await appendEvents(m, [checkpoint('rolled back')], meta);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    const [{ seq: committed }] = await db.dataSource.transaction((m) => appendEvents(m, [checkpoint('kept')], meta));
    expect(drawn).toBeGreaterThan(start);
    expect(committed).toBeGreaterThan(drawn);
    expect(await advanceTo(w, committed)).toBe(committed);
  });

  it('is concurrent-safe: passes share work, and each answer comes from a pass begun after the call', async () => {
    const { db } = get();
    const w = new LogWatermark(db);
    await w.start();
    const [{ seq }] = await db.dataSource.transaction((m) => appendEvents(m, [checkpoint('one')], meta));
    const answers = await Promise.all(Array.from({ length: 20 }, () => w.advance()));
    expect(answers.every((a) => a === seq)).toBe(true);
  });
});

describeEachDatabase('LogWatermark with writers in flight', (get) => {
  it('holds back a later commit while a lower seq is still being committed, then releases both in order', async () => {
    const { db } = get();
    const w = new LogWatermark(db);
    if (db.embedded) {
      // One session: transactions never overlap, so a commit is final at once.
      await w.start();
      const [{ seq }] = await db.tx({ id: null, username: 'test' }, async (tx) => {
        tx.emit(checkpoint('embedded'));
        return appendEvents(tx.manager, [checkpoint('embedded, second')], meta);
      });
      expect(await w.advance()).toBeGreaterThanOrEqual(seq);
      return;
    }
    const start = await w.start();
    let release!: () => void;
    const held = new Promise<void>((ok) => (release = ok));
    let drawnFirst!: (seq: number) => void;
    const first = new Promise<number>((ok) => (drawnFirst = ok));
    const slow = db.dataSource.transaction(async (m) => {
      const [{ seq }] = await appendEvents(m, [checkpoint('slow')], meta);
      drawnFirst(seq);
      await held;
    });
    const low = await first;
    const [{ seq: high }] = await db.dataSource.transaction((m) => appendEvents(m, [checkpoint('fast')], meta));
    expect(high).toBeGreaterThan(low);

    // Well past the gap's patience: the writer of `low` still holds the log, so the watermark waits.
    expect(await advanceTo(w, high, 300)).toBe(low - 1);
    expect(low - 1).toBeGreaterThanOrEqual(start);

    release();
    await slow;
    expect(await advanceTo(w, high)).toBe(high);
  });
});
