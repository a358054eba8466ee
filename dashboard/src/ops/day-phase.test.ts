import { describe, expect, it } from 'vitest';
import type { PollingAreaStatus } from '@election-ops/schema';
import { countStatuses, dayPhase } from './day-phase';

const election = { pollsOpenAt: '2021-05-23T07:00:00+07:00', pollsCloseAt: '2021-05-23T19:00:00+07:00' };
const at = (hhmm: string) => Date.parse(`2021-05-23T${hhmm}:00+07:00`);

describe('the phase of the day the readiness panel follows', () => {
  it('is readiness before 07:00, the areas by status until 19:00, closing and counting after', () => {
    expect(dayPhase(at('06:00'), election)).toBe('before');
    expect(dayPhase(at('06:59'), election)).toBe('before');
    expect(dayPhase(at('07:00'), election)).toBe('voting');
    expect(dayPhase(at('17:04'), election)).toBe('voting');
    expect(dayPhase(at('19:00'), election)).toBe('evening');
    expect(dayPhase(at('21:45'), election)).toBe('evening');
  });

  it('counts the areas by status, an unknown status in the total only', () => {
    const counts = countStatuses([
      { status: 'VOTING' },
      { status: 'VOTING' },
      { status: 'SUSPENDED' },
      { status: 'COUNTED' },
      { status: 'RECOUNTING' as PollingAreaStatus },
    ]);
    expect(counts).toEqual({ PREPARING: 0, READY: 0, VOTING: 2, SUSPENDED: 1, CLOSED: 0, COUNTED: 1, total: 5 });
  });
});
