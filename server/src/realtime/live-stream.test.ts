import { describe, expect, it } from 'vitest';
import { LiveStream, REPLAY_HIGH_WATER } from './live-stream.js';

const result = (seq: number) => ({ data: { events: { seq } } });

/** The code and reason a failed stream hands its consumer. */
async function refusal(stream: LiveStream): Promise<unknown> {
  return stream.next().then(
    () => 'no error',
    (e: { extensions?: { code?: string; reason?: string } }) => e.extensions,
  );
}

describe('LiveStream', () => {
  it('drops a consumer that falls behind by more bytes than allowed, and holds nothing after', async () => {
    const stream = new LiveStream(0, () => undefined, { events: 1_000, bytes: 10_000 });
    stream.goLive();
    for (let seq = 1; seq <= 11; seq++) stream.push(seq, result(seq), false, 1_000);
    expect(stream.isClosed).toBe(true);
    expect(stream.queuedBytes).toBe(0);
    expect(await refusal(stream)).toMatchObject({ code: 'RATE_LIMITED', reason: 'slowConsumer' });
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });

  it('drops a consumer that falls behind by more events than allowed', async () => {
    const stream = new LiveStream(0, () => undefined, { events: 5, bytes: 1e9 });
    stream.goLive();
    for (let seq = 1; seq <= 6; seq++) stream.push(seq, result(seq), false, 1);
    expect(await refusal(stream)).toMatchObject({ reason: 'slowConsumer' });
  });

  it('keeps a consumer that reads as fast as events come, however many', async () => {
    const stream = new LiveStream(0, () => undefined, { events: 5, bytes: 100 });
    stream.goLive();
    for (let seq = 1; seq <= 1_000; seq++) {
      stream.push(seq, result(seq), false, 50);
      expect((await stream.next()).value).toEqual(result(seq));
    }
    expect(stream.isClosed).toBe(false);
  });

  it('counts live events held during a replay against the same limits', async () => {
    const stream = new LiveStream(0, () => undefined, { events: 3, bytes: 1e9 });
    for (let seq = 10; seq <= 13; seq++) stream.push(seq, result(seq));
    expect(await refusal(stream)).toMatchObject({ reason: 'slowConsumer' });
  });

  it('makes a replay wait for the consumer instead of queueing the whole log', async () => {
    const stream = new LiveStream(0, () => undefined);
    for (let seq = 1; seq <= REPLAY_HIGH_WATER; seq++) stream.push(seq, result(seq), true, 10);
    let roomGiven = false;
    const room = stream.room().then(() => (roomGiven = true));
    await Promise.resolve();
    expect(roomGiven).toBe(false);
    // Reading half the backlog frees room.
    for (let i = 0; i < REPLAY_HIGH_WATER / 2 + 1; i++) await stream.next();
    await room;
    expect(roomGiven).toBe(true);
    expect(stream.isClosed).toBe(false);
  });

  it('makes a replay of large events wait on their bytes too, not on live events held meanwhile', async () => {
    const stream = new LiveStream(0, () => undefined, { events: 5_000, bytes: 1_000 });
    stream.push(100, result(100), false, 400); // live, held until the replay ends: not the consumer's to drain
    for (let seq = 1; seq <= 5; seq++) stream.push(seq, result(seq), true, 100);
    let roomGiven = false;
    const room = stream.room().then(() => (roomGiven = true));
    await Promise.resolve();
    expect(roomGiven).toBe(false);
    await stream.next();
    await room;
    expect(roomGiven).toBe(true);
  });

  it('releases a waiting replay when the consumer leaves', async () => {
    const stream = new LiveStream(0, () => undefined);
    for (let seq = 1; seq <= REPLAY_HIGH_WATER; seq++) stream.push(seq, result(seq), true);
    const room = stream.room();
    await stream.return();
    await room;
    expect(stream.isClosed).toBe(true);
  });
});
