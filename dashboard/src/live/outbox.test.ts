import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configureRequests } from '../api/request';
import { localDb } from './local-db';
import { areaOf, configureOutbox, dismissRefusal, enqueue, flush, onConfirmed, pending, rejected, resumeOutbox } from './outbox';

/** A request as the stand-in server reads it: the variables of whichever operation the outbox sent. */
interface Sent {
  query: string;
  variables: {
    id?: string;
    status?: string;
    reason?: string;
    item?: string;
    pollingAreaId?: string;
    clientRequestId?: string;
    input?: { voted: number; clientRequestId: string };
  };
}

// The outbox against a real IndexedDB implementation; only the network (fetch) is stood in for.
describe('the ward desk outbox', () => {
  const calls: Sent[] = [];
  let online = false;
  /** The area's status on the stand-in server, for setPollingAreaStatus. */
  let status = 'VOTING';
  beforeEach(async () => {
    calls.length = 0;
    pending.value = [];
    rejected.value = [];
    status = 'VOTING';
    await (await localDb()).clear('outbox');
    configureRequests({ token: () => 't', unauthenticated: () => undefined });
    vi.stubGlobal('fetch', async (_url: string, init: { body: string }) => {
      if (!online) throw new TypeError('Failed to fetch');
      const body = JSON.parse(init.body) as Sent;
      calls.push(body);
      const refuse = (code: string, reason: string) => new Response(JSON.stringify({ errors: [{ message: 'x', extensions: { code, reason } }] }));
      if ((body.variables.input?.voted ?? 0) > 5000) return refuse('BAD_USER_INPUT', 'turnoutOutOfBounds');
      if (body.query.includes('setPollingAreaStatus')) {
        if (body.variables.status === status) return refuse('CONFLICT', 'statusTransition');
        status = body.variables.status!;
        return new Response(JSON.stringify({ data: { setPollingAreaStatus: { id: body.variables.id, status, statusReason: body.variables.reason } } }));
      }
      if (body.query.includes('setChecklistItem')) {
        return new Response(JSON.stringify({ data: { setChecklistItem: { id: body.variables.pollingAreaId, checklist: [] } } }));
      }
      return new Response(JSON.stringify({ data: { reportTurnout: { id: '1', voted: body.variables.input?.voted, at: '' } } }));
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    configureOutbox({ user: () => null });
  });

  it('keeps a write while offline and sends it once, with its clientRequestId, when back', async () => {
    online = false;
    await enqueue({ kind: 'reportTurnout', variables: { input: { pollingAreaId: '3', voted: 120 } } });
    await flush();
    expect(pending.value).toHaveLength(1);
    online = true;
    await flush();
    await flush();
    expect(pending.value).toHaveLength(0);
    expect(calls).toHaveLength(1);
    expect(calls[0].variables.input?.clientRequestId).toMatch(/[0-9a-f-]{36}/);
  });

  it('drops a write the server refuses and tells why', async () => {
    online = true;
    await enqueue({ kind: 'reportTurnout', variables: { input: { pollingAreaId: '3', voted: 9999 } } });
    await flush();
    expect(pending.value).toHaveLength(0);
    expect(rejected.value[0].error.reason).toBe('turnoutOutOfBounds');
    expect(areaOf(rejected.value[0].entry)).toBe('3');
    dismissRefusal(rejected.value[0].entry.id);
    expect(rejected.value).toEqual([]);
  });

  it('queues status changes and checklist ticks offline, across a reload, and sends them in order once back', async () => {
    online = false;
    await enqueue({ kind: 'setPollingAreaStatus', variables: { id: '5', status: 'SUSPENDED', reason: 'Mất điện' } });
    await enqueue({ kind: 'setChecklistItem', variables: { pollingAreaId: '6', item: 'BALLOT_BOX', done: true } });
    await enqueue({ kind: 'setPollingAreaStatus', variables: { id: '5', status: 'VOTING', reason: null } });
    await flush();
    expect(pending.value.map((p) => p.kind)).toEqual(['setPollingAreaStatus', 'setChecklistItem', 'setPollingAreaStatus']);
    // The page is reloaded: what is in IndexedDB comes back, in order.
    pending.value = [];
    await resumeOutbox();
    expect(pending.value.map(areaOf)).toEqual(['5', '6', '5']);

    const confirmed: string[] = [];
    const stop = onConfirmed((entry) => confirmed.push(entry.kind));
    online = true;
    await flush();
    stop();
    expect(pending.value).toEqual([]);
    expect(calls.map((c) => c.variables.status ?? c.variables.item)).toEqual(['SUSPENDED', 'BALLOT_BOX', 'VOTING']);
    // Every write carries its entry's id as the clientRequestId: a resend after a lost answer is applied once.
    expect(calls.every((c) => typeof c.variables.clientRequestId === 'string' && c.variables.clientRequestId.length > 0)).toBe(true);
    expect(new Set(calls.map((c) => c.variables.clientRequestId)).size).toBe(calls.length);
    expect(confirmed).toEqual(['setPollingAreaStatus', 'setChecklistItem', 'setPollingAreaStatus']);
    expect(await (await localDb()).count('outbox')).toBe(0);
  });

  it('sends a write only with the session of the user who queued it', async () => {
    online = false;
    let user = 'officer-a';
    configureOutbox({ user: () => user });
    await enqueue({ kind: 'setChecklistItem', variables: { pollingAreaId: '6', item: 'BALLOTS', done: true } });
    // A signs out with it unsent; B signs in on the same phone.
    user = 'officer-b';
    await resumeOutbox();
    expect(pending.value).toEqual([]);
    user = 'officer-a';
    online = true;
    await resumeOutbox();
    await flush();
    expect(calls.map((c) => c.variables.item)).toEqual(['BALLOTS']);
  });

  it('sends what is queued while a flush is under way in that same flush', async () => {
    online = true;
    const first = enqueue({ kind: 'setChecklistItem', variables: { pollingAreaId: '6', item: 'BALLOT_BOX', done: true } });
    const second = enqueue({ kind: 'setChecklistItem', variables: { pollingAreaId: '6', item: 'BALLOTS', done: true } });
    await Promise.all([first, second]);
    await vi.waitFor(() => expect(pending.value).toEqual([]));
    expect(calls.map((c) => c.variables.item)).toEqual(['BALLOT_BOX', 'BALLOTS']);
  });

  it('keeps a status change that was refused as CONFLICT (resent after it had arrived) as a refusal the screen can weigh', async () => {
    online = true;
    status = 'SUSPENDED'; // it arrived the first time; the answer was lost
    await enqueue({ kind: 'setPollingAreaStatus', variables: { id: '5', status: 'SUSPENDED', reason: 'Mất điện' } });
    await flush();
    expect(pending.value).toEqual([]);
    expect(rejected.value.map((r) => r.error.code)).toEqual(['CONFLICT']);
  });
});
