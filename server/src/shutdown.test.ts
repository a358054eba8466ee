import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';
import { stopInOrder } from './shutdown.js';

const logger = createLogger('silent');

describe('stopInOrder', () => {
  it('runs the steps in order, each after the previous one has finished', async () => {
    const seen: string[] = [];
    const unfinished = await stopInOrder(
      [
        { name: 'a', budgetMs: 1_000, run: async () => (await new Promise((ok) => setTimeout(ok, 20)), seen.push('a')) },
        { name: 'b', budgetMs: 1_000, run: () => seen.push('b') },
      ],
      logger,
    );
    expect(seen).toEqual(['a', 'b']);
    expect(unfinished).toEqual([]);
  });

  it('gives up on a step that hangs or fails and still runs the rest, naming what did not finish', async () => {
    const seen: string[] = [];
    const began = Date.now();
    const unfinished = await stopInOrder(
      [
        { name: 'hangs', budgetMs: 50, run: () => new Promise(() => undefined) },
        { name: 'throws', budgetMs: 1_000, run: () => Promise.reject(new Error('socket gone')) },
        { name: 'last', budgetMs: 1_000, run: () => seen.push('last') },
      ],
      logger,
    );
    expect(unfinished).toEqual(['hangs', 'throws']);
    expect(seen).toEqual(['last']);
    expect(Date.now() - began).toBeLessThan(1_000);
  });
});
