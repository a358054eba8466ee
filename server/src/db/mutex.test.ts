import { describe, expect, it } from 'vitest';
import { Mutex } from './mutex.js';

describe('Mutex', () => {
  it('tells who holds it and how many wait, a failed turn included', async () => {
    const mutex = new Mutex();
    let release = () => {};
    const first = mutex.run(() => new Promise<void>((ok) => (release = ok)));
    const second = mutex.run(async () => {
      throw new Error('refused');
    });
    const third = mutex.run(async () => 'done');
    await Promise.resolve();
    expect({ busy: mutex.busy, waiting: mutex.waiting }).toEqual({ busy: true, waiting: 2 });
    release();
    await first;
    await expect(second).rejects.toThrow('refused');
    expect(await third).toBe('done');
    expect({ busy: mutex.busy, waiting: mutex.waiting }).toEqual({ busy: false, waiting: 0 });
  });
});
