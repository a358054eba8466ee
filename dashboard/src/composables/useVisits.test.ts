import 'fake-indexeddb/auto';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VisitStatus } from '@election-ops/schema';
import { refusalText, writeLabel } from '../api/refusal-text';
import { ApiError, configureRequests } from '../api/request';
import { localDb } from '../live/local-db';
import { flush, pending, rejected } from '../live/outbox';
import { useDistrict } from '../stores/district';
import type { BallotBoxVisit } from '../stores/visits-state';
import { alreadyApplied, useVisits } from './useVisits';

const visit = (id: string, status: VisitStatus, over: Partial<BallotBoxVisit> = {}): BallotBoxVisit => ({
  id,
  code: `HPP-000${id}`,
  voters: 2,
  reason: 'QUARANTINE',
  address: '12 Ngõ Huế',
  note: null,
  status,
  requestedAt: '2021-05-23T01:00:00Z',
  requestedBy: 'Cán bộ phường Đồng Tâm',
  scheduledFor: null,
  visitedAt: null,
  ballotsCollected: null,
  cancelReason: null,
  pollingArea: { id: 'a4', code: 'dong-tam-04', number: 4, name: 'Trường', ward: { id: '7', name: 'Đồng Tâm' } },
  ...over,
});

describe('the auxiliary ballot box on the ward desk', () => {
  let answers: Record<string, { data?: unknown; errors?: unknown[] }>;
  beforeEach(async () => {
    setActivePinia(createPinia());
    pending.value = [];
    rejected.value = [];
    await (await localDb()).clear('outbox');
    configureRequests({ token: () => 't', unauthenticated: () => undefined });
    answers = {};
    vi.stubGlobal('fetch', async (_url: string, init: { body: string }) => {
      const { query } = JSON.parse(init.body) as { query: string };
      const name = /(?:query|mutation) (\w+)/.exec(query)![1];
      return new Response(JSON.stringify(answers[name]));
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends a request once with its clientRequestId, and shows the answer in the area at once', async () => {
    const visits = useVisits();
    answers.RequestBallotBoxVisit = { data: { requestBallotBoxVisit: visit('1', 'REQUESTED') } };
    const entry = await visits.enqueueRequest({ pollingAreaId: 'a4', voters: 2, reason: 'ILL_ELDERLY', address: '12 Ngõ Huế', note: null });
    expect(entry.kind === 'requestBallotBoxVisit' && entry.variables.input.clientRequestId).toBe(entry.id);
    expect(writeLabel(entry)).toBe('Yêu cầu hòm phiếu phụ (2 cử tri, Ốm đau, già yếu)');
    expect(visits.pendingRequests('a4')).toHaveLength(1);
    await flush();
    expect(visits.pendingRequests('a4')).toEqual([]);
    expect(visits.ofArea('a4').map((v) => v.code)).toEqual(['HPP-0001']);
  });

  it('shows a move as pending until confirmed; a move sent names the state wanted and no clientRequestId', async () => {
    const visits = useVisits();
    const v = visit('1', 'REQUESTED');
    useDistrict().state.visits['1'] = v;
    answers.ScheduleBallotBoxVisit = { data: { scheduleBallotBoxVisit: visit('1', 'SCHEDULED', { scheduledFor: '2021-05-23T02:30:00.000Z' }) } };
    const entry = await visits.enqueueSchedule(v, '2021-05-23T02:30:00.000Z');
    expect(entry.variables).toEqual({ id: '1', at: '2021-05-23T02:30:00.000Z' });
    expect(visits.pendingMove('1')?.kind).toBe('scheduleBallotBoxVisit');
    await flush();
    expect(visits.pendingMove('1')).toBeUndefined();
    expect(useDistrict().state.visits['1'].status).toBe('SCHEDULED');
  });

  it('shows a refusal beside its visit, with what to do; a move already applied reads as done', async () => {
    const visits = useVisits();
    const v = visit('1', 'REQUESTED');
    useDistrict().state.visits['1'] = v;
    answers.ScheduleBallotBoxVisit = { errors: [{ message: 'kit', extensions: { code: 'CONFLICT', reason: 'epidemicKitMissing' } }] };
    await visits.enqueueSchedule(v, '2021-05-23T02:30:00.000Z');
    await flush();
    const [r] = visits.refusalsOf('1');
    expect(refusalText(r.entry, r.error).why).toContain('Vật tư phòng dịch');
    expect(refusalText(r.entry, r.error).todo).toContain('đánh dấu “Vật tư phòng dịch”');

    // A record resent after a lost answer: refused (VISITED → VISITED), but the visit is as asked.
    useDistrict().state.visits['2'] = visit('2', 'VISITED', { ballotsCollected: 2 });
    answers.RecordBallotBoxVisit = { errors: [{ message: 'transition', extensions: { code: 'CONFLICT', reason: 'statusTransition' } }] };
    await visits.enqueueRecord(visit('2', 'SCHEDULED'), 2);
    await flush();
    expect(rejected.value).toHaveLength(2);
    expect(visits.refusalsOf('2')).toEqual([]);
  });

  it('tells a move already applied from one refused', () => {
    const conflict = new ApiError('CONFLICT', 'statusTransition', '');
    const cancel = { kind: 'cancelBallotBoxVisit', variables: { id: '1', reason: 'x' }, pollingAreaId: 'a4', id: 'e', createdAt: 0 } as const;
    expect(alreadyApplied(cancel, conflict, visit('1', 'CANCELLED'))).toBe(true);
    expect(alreadyApplied(cancel, conflict, visit('1', 'VISITED'))).toBe(false);
    expect(alreadyApplied(cancel, new ApiError('FORBIDDEN', null, ''), visit('1', 'CANCELLED'))).toBe(false);
  });
});
