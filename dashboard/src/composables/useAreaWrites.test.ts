import 'fake-indexeddb/auto';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { ApiError } from '../api/request';
import { pending, rejected, type OutboxEntry } from '../live/outbox';
import type { Area } from '../stores/areas-state';
import { useAreaWrites } from './useAreaWrites';

const area = (over: Partial<Area> = {}): Area =>
  ({
    id: '5',
    code: 'vinh-tuy-05',
    number: 5,
    name: 'Trường Mầm non Vĩnh Tuy',
    address: '',
    status: 'VOTING',
    statusReason: null,
    registeredVoters: 1200,
    seededVoters: 1200,
    transientVoters: 0,
    votersRemoved: 0,
    wardId: { id: '18' },
    latestTurnout: { id: 't', voted: 300, at: '' },
    checklist: [
      { item: 'BALLOT_BOX', done: false },
      { item: 'BALLOTS', done: true },
    ],
    ...over,
  }) as Area;
const entry = (e: Omit<OutboxEntry, 'id' | 'createdAt'>, id = crypto.randomUUID()) => ({ ...e, id, createdAt: Date.now() }) as OutboxEntry;

describe('an area as the ward desk shows it', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    pending.value = [];
    rejected.value = [];
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('lays the unconfirmed writes over the server state, marked pending', () => {
    const a = ref(area());
    const w = useAreaWrites(a);
    expect([w.status.value, w.voted.value, w.checklistDone.value, w.pendingCount.value]).toEqual(['VOTING', 300, 1, 0]);
    pending.value = [
      entry({ kind: 'setPollingAreaStatus', variables: { id: '5', status: 'SUSPENDED', reason: 'Mất điện' } }),
      entry({ kind: 'reportTurnout', variables: { input: { pollingAreaId: '5', voted: 420 } } }),
      entry({ kind: 'setChecklistItem', variables: { pollingAreaId: '5', item: 'BALLOT_BOX', done: true } }),
      entry({ kind: 'setChecklistItem', variables: { pollingAreaId: '6', item: 'BALLOTS', done: false } }), // another area
    ];
    expect(w.status.value).toBe('SUSPENDED');
    expect(w.pendingStatus.value).toBe('SUSPENDED');
    expect(w.voted.value).toBe(420);
    expect(w.checklist.value).toEqual([
      { item: 'BALLOT_BOX', done: true, pending: true },
      { item: 'BALLOTS', done: true, pending: false },
    ]);
    expect(w.pendingCount.value).toBe(3);
  });

  it('shows the refusals of this area, but not a resent status change the area already is in', () => {
    const a = ref(area({ status: 'SUSPENDED' }));
    const w = useAreaWrites(a);
    rejected.value = [
      {
        entry: entry({ kind: 'setPollingAreaStatus', variables: { id: '5', status: 'SUSPENDED', reason: 'x' } }),
        error: new ApiError('CONFLICT', 'statusTransition', ''),
      },
      {
        entry: entry({ kind: 'reportTurnout', variables: { input: { pollingAreaId: '5', voted: 100, correctionReason: 'typo' } } }),
        error: new ApiError('CONFLICT', 'turnoutDecreasing', ''),
      },
      {
        entry: entry({ kind: 'reportTurnout', variables: { input: { pollingAreaId: '6', voted: 1 } } }),
        error: new ApiError('CONFLICT', 'turnoutWrongStatus', ''),
      },
    ];
    expect(w.refusals.value.map((r) => r.error.reason)).toEqual(['turnoutDecreasing']);
  });

  it('counts the voter list changes queued for the area into the figure a turnout report is checked against', () => {
    const a = ref(area());
    const w = useAreaWrites(a);
    pending.value = [
      entry({ kind: 'recordVoterListChange', variables: { input: { pollingAreaId: '5', kind: 'ADDED_TRANSIENT', count: 5 } } }),
      entry({ kind: 'recordVoterListChange', variables: { input: { pollingAreaId: '5', kind: 'REMOVED_DECEASED', count: 2 } } }),
      entry({ kind: 'recordVoterListChange', variables: { input: { pollingAreaId: '6', kind: 'ADDED_OTHER', count: 40 } } }),
    ];
    expect([w.pendingListChange.value, w.registered.value, w.pendingCount.value]).toEqual([3, 1203, 2]);
  });
});
