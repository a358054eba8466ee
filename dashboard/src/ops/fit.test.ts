import { describe, expect, it } from 'vitest';
import { fitLines } from './fit';

describe('fitLines', () => {
  it('shows everything that fits', () => {
    expect(fitLines([1, 2, 3], 9, 3)).toEqual({ shown: [1, 2, 3], more: 0 });
  });
  it('keeps a line to count the rest', () => {
    expect(fitLines([1, 2, 3, 4], 9, 3)).toEqual({ shown: [1, 2], more: 2 });
  });
  it('shows none until measured room allows one', () => {
    expect(fitLines([1, 2], 1, 2)).toEqual({ shown: [], more: 2 });
  });
});
