import { describe, expect, it } from 'vitest';
import { LIMITS, LiveStream, REPLAY_HIGH_WATER, type FrameSink } from './live-stream.js';

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

/** A socket's sink that records each write (a list of seqs) and can be made to stop taking more. */
function fakeSink() {
  const writes: number[][] = [];
  let waiting: (() => void)[] = [];
  const sink: FrameSink & { ready: boolean } = {
    ready: true,
    send: (results) => void writes.push(results.map((r) => (r.data as { events: { seq: number } }).events.seq)),
    whenReady: (cb) => void waiting.push(cb),
  };
  const drain = () => {
    sink.ready = true;
    const w = waiting;
    waiting = [];
    w.forEach((cb) => cb());
  };
  return { sink, writes, drain };
}

describe('LiveStream writing to a sink', () => {
  it("writes all of one batch's events to the socket once each, in order, in one write", async () => {
    const { sink, writes } = fakeSink();
    const stream = new LiveStream(0, () => undefined, LIMITS, sink);
    stream.goLive();
    for (let seq = 1; seq <= 50; seq++) stream.push(seq, result(seq), false, 10);
    stream.push(50, result(50), false, 10); // a duplicate is never written
    await Promise.resolve();
    expect(writes).toEqual([Array.from({ length: 50 }, (_, i) => i + 1)]);
    for (let seq = 51; seq <= 52; seq++) stream.push(seq, result(seq), false, 10);
    await Promise.resolve();
    expect(writes).toEqual([Array.from({ length: 50 }, (_, i) => i + 1), [51, 52]]);
  });

  it('holds events while the socket cannot take more, then writes them in order', async () => {
    const { sink, writes, drain } = fakeSink();
    const stream = new LiveStream(0, () => undefined, LIMITS, sink);
    stream.goLive();
    sink.ready = false;
    stream.push(1, result(1), false, 10);
    await Promise.resolve();
    stream.push(2, result(2), false, 10);
    await Promise.resolve();
    expect(writes).toEqual([]);
    expect(stream.queued).toBe(2);
    drain();
    stream.push(3, result(3), false, 10);
    await Promise.resolve();
    expect(writes.flat()).toEqual([1, 2, 3]);
  });

  it('drops a socket that cannot take more for too long, and its iterator throws slowConsumer', async () => {
    const { sink, writes } = fakeSink();
    const stream = new LiveStream(0, () => undefined, { events: 5, bytes: 1e9 }, sink);
    stream.goLive();
    const ending = refusal(stream);
    sink.ready = false;
    for (let seq = 1; seq <= 6; seq++) stream.push(seq, result(seq), false, 1);
    expect(await ending).toMatchObject({ reason: 'slowConsumer' });
    await Promise.resolve();
    expect(writes).toEqual([]);
    expect(stream.isClosed).toBe(true);
  });

  it('joins replay and live with no gap and no duplicate', async () => {
    const { sink, writes } = fakeSink();
    const stream = new LiveStream(0, () => undefined, LIMITS, sink);
    stream.push(4, result(4)); // live while the replay runs: held
    stream.push(3, result(3));
    for (let seq = 1; seq <= 3; seq++) {
      stream.push(seq, result(seq), true);
      await stream.room();
    }
    stream.goLive();
    stream.push(5, result(5));
    await Promise.resolve();
    expect(writes.flat()).toEqual([1, 2, 3, 4, 5]);
  });

  it('yields nothing itself and ends when returned, with nothing written after', async () => {
    const { sink, writes } = fakeSink();
    const stream = new LiveStream(0, () => undefined, LIMITS, sink);
    stream.goLive();
    const next = stream.next();
    stream.push(1, result(1));
    await Promise.resolve();
    stream.push(2, result(2));
    await stream.return();
    expect(await next).toEqual({ value: undefined, done: true });
    await Promise.resolve();
    expect(writes).toEqual([[1]]);
  });
});
