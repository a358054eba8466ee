import { describe, expect, it } from 'vitest';
import { allowedMoves, checkTurnout, closingWarnings, votingWindow } from './area-rules';

const window = votingWindow('2021-05-23');
const at = (hhmm: string) => Date.parse(`2021-05-23T${hhmm}:00+07:00`);
const moves = (status: Parameters<typeof allowedMoves>[0], now = at('08:00'), checklistMissing = 0) => allowedMoves(status, { checklistMissing, now, window });

describe('the moves the ward desk offers', () => {
  it('offers only what the server allows now, in each status', () => {
    expect(moves('PREPARING').actions.map((a) => a.to)).toEqual(['READY']);
    expect(moves('READY').actions.map((a) => a.to)).toEqual(['VOTING', 'PREPARING']);
    expect(moves('VOTING').actions.map((a) => [a.to, a.confirm])).toEqual([
      ['SUSPENDED', 'suspend'],
      ['CLOSED', 'close'],
    ]);
    expect(moves('SUSPENDED').actions.map((a) => [a.label, a.confirm])).toEqual([
      ['RESUME', null],
      ['CLOSED', 'close'],
    ]);
    expect(moves('CLOSED').actions.map((a) => [a.to, a.confirm])).toEqual([['COUNTED', 'counted']]);
    expect(moves('COUNTED').actions).toEqual([]);
  });

  it('keeps READY back until the checklist is complete, and voting inside 05:00-21:00', () => {
    expect(moves('PREPARING', at('06:00'), 3)).toEqual({ actions: [], blocked: { key: 'checklist', n: 3 } });
    expect(moves('READY', at('04:30'))).toMatchObject({ actions: [{ to: 'PREPARING' }], blocked: { key: 'opensAt' } });
    expect(moves('SUSPENDED', at('21:05'))).toMatchObject({ actions: [{ to: 'CLOSED' }], blocked: { key: 'window' } });
  });

  it('warns about closing before 19:00 or with no votes reported', () => {
    const pollsCloseAt = at('19:00');
    expect(closingWarnings({ now: at('09:45'), pollsCloseAt, voted: 0, registered: 900 })).toEqual({ early: true, noVotes: true, notEveryone: true });
    expect(closingWarnings({ now: at('19:00'), pollsCloseAt, voted: 880, registered: 900 })).toEqual({ early: false, noVotes: false, notEveryone: true });
  });
});

describe('a turnout figure typed for an area', () => {
  it('refuses the impossible, reads a lower figure as a correction, and flags a jump', () => {
    const area = { registered: 1487, previous: 1300 };
    expect(checkTurnout(null, area)).toBeNull();
    expect(checkTurnout(1488, area)).toEqual({ ok: false, error: 'overRegistered' });
    expect(checkTurnout(-1, area)).toEqual({ ok: false, error: 'notInteger' });
    expect(checkTurnout(2.5, area)).toEqual({ ok: false, error: 'notInteger' });
    expect(checkTurnout(500, area)).toEqual({ ok: true, correction: true, jump: null });
    expect(checkTurnout(1487, area)).toEqual({ ok: true, correction: false, jump: null });
    expect(checkTurnout(1300, { registered: 1487, previous: null })).toEqual({ ok: true, correction: false, jump: 1300 });
    expect(checkTurnout(400, { registered: 1487, previous: 100 })).toEqual({ ok: true, correction: false, jump: null });
  });
});
