import 'fake-indexeddb/auto';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import type { ComplaintStatus } from '@election-ops/schema';
import { configureRequests } from '../api/request';
import { writeLabel } from '../api/refusal-text';
import { localDb } from '../live/local-db';
import { enqueue, flush, pending } from '../live/outbox';
import type { Complaint } from '../stores/complaints-state';
import { useDistrict } from '../stores/district';
import { awaitingCounts, useComplaints, useUrgencyOrder } from './useComplaints';

const complaint = (id: string, status: ComplaintStatus, dueAt: string, over: Partial<Complaint> = {}): Complaint => ({
  id,
  code: `DT-000${id}`,
  kind: 'COMPLAINT',
  subject: 'VOTER_LIST',
  channel: 'IN_PERSON',
  summary: 'Thiếu tên trong danh sách cử tri',
  receivedAt: '2021-05-20T02:00:00Z',
  dueAt,
  overdue: false,
  status,
  assignee: null,
  answer: null,
  answeredAt: null,
  transferredTo: null,
  transferredAt: null,
  transferNote: null,
  receivedBy: 'Cán bộ phường Đồng Tâm',
  ward: { id: '7', name: 'Đồng Tâm' },
  pollingArea: null,
  ...over,
});
const NAME = 'Lê Văn Tố Cáo';

describe('the complaints register on a screen', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('lists by urgency: overdue first (by the clock, or as the server said), then by deadline, the finished newest first', () => {
    const now = ref(Date.parse('2021-05-23T12:00:00Z'));
    const list = ref([
      complaint('1', 'ANSWERED', '2021-05-22T00:00:00Z', { receivedAt: '2021-05-19T00:00:00Z' }),
      complaint('2', 'RECEIVED', '2021-05-24T00:00:00Z'),
      complaint('3', 'ASSIGNED', '2021-05-23T13:00:00Z'),
      complaint('4', 'RECEIVED', '2021-05-23T11:00:00Z'),
      complaint('5', 'CLOSED', '2021-05-22T00:00:00Z', { receivedAt: '2021-05-21T00:00:00Z' }),
      complaint('6', 'RECEIVED', '2021-05-25T00:00:00Z', { overdue: true }),
    ]);
    const rows = useUrgencyOrder(() => list.value, now);
    expect(rows.value.map((r) => [r.id, r.late])).toEqual([
      ['4', true],
      ['6', true],
      ['3', false],
      ['2', false],
      ['5', false],
      ['1', false],
    ]);
    expect(awaitingCounts(rows.value)).toEqual({ open: 4, overdue: 2 });
    // Past 13:00 the assigned one is overdue too, and moves up.
    now.value = Date.parse('2021-05-23T13:00:01Z');
    expect(rows.value.slice(0, 3).map((r) => [r.id, r.late])).toEqual([
      ['4', true],
      ['3', true],
      ['6', true],
    ]);
  });

  it('sorts again only when one becomes overdue, not at every tick of the clock', () => {
    const now = ref(Date.parse('2021-05-23T12:00:00Z'));
    let reads = 0;
    const list = [complaint('2', 'RECEIVED', '2021-05-24T00:00:00Z')];
    const rows = useUrgencyOrder(() => (reads++, list), now);
    const first = rows.value;
    const readsAfterFirst = reads;
    now.value += 1000;
    expect(rows.value).toBe(first);
    expect(reads).toBe(readsAfterFirst + 1); // the overdue check only
  });
});

describe("who filed a complaint, on the operator's screen and on the ward desk's phone", () => {
  let answers: Record<string, unknown>;
  beforeEach(async () => {
    setActivePinia(createPinia());
    pending.value = [];
    await (await localDb()).clear('outbox');
    configureRequests({ token: () => 't', unauthenticated: () => undefined });
    answers = {};
    vi.stubGlobal('fetch', async (_url: string, init: { body: string }) => {
      const { query } = JSON.parse(init.body) as { query: string };
      const name = /(?:query|mutation) (\w+)/.exec(query)![1];
      return new Response(JSON.stringify({ data: answers[name] }));
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('is handed to the caller of complainantOf and kept nowhere in the store', async () => {
    answers.ComplaintDetail = { complaint: { ...complaint('3', 'RECEIVED', '2021-05-24T00:00:00Z'), complainant: { name: NAME, contact: '0912' } } };
    const complaints = useComplaints();
    expect(await complaints.complainantOf('3')).toEqual({ name: NAME, contact: '0912' });
    expect(JSON.stringify(useDistrict().state)).not.toContain(NAME);
  });

  it('leaves the phone once the server confirmed the intake: out of IndexedDB and the pending list; the store holds the answer, which has none', async () => {
    const complaints = useComplaints();
    answers.ReceiveComplaint = { receiveComplaint: complaint('9', 'RECEIVED', '2021-05-23T14:00:00Z', { kind: 'DENUNCIATION', subject: 'VOTING' }) };
    const entry = await enqueue({
      kind: 'receiveComplaint',
      variables: {
        input: {
          kind: 'DENUNCIATION',
          subject: 'VOTING',
          channel: 'IN_PERSON',
          summary: 'Gạch phiếu hộ',
          wardId: '7',
          complainant: { name: NAME, contact: null },
        },
      },
    });
    expect(entry.kind === 'receiveComplaint' && entry.variables.input.clientRequestId).toBe(entry.id);
    expect(writeLabel(entry)).toBe('Tiếp nhận đơn “Gạch phiếu hộ”');
    await flush();
    expect(pending.value).toEqual([]);
    expect(await (await localDb()).getAll('outbox')).toEqual([]);
    expect(complaints.get('9')?.code).toBe('DT-0009');
    expect(JSON.stringify(useDistrict().state)).not.toContain(NAME);
  });
});
