import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configureRequests } from '../api/request';
import { enqueue, flush, pending, rejected } from './outbox';

// The outbox against a real IndexedDB implementation; only the network (fetch) is stood in for.
describe('the ward desk outbox', () => {
  const calls: { query: string; variables: Record<string, any> }[] = [];
  let online = false;
  beforeEach(() => {
    calls.length = 0;
    pending.value = [];
    rejected.value = [];
    configureRequests({ token: () => 't', unauthenticated: () => undefined });
    vi.stubGlobal('fetch', async (_url: string, init: { body: string }) => {
      if (!online) throw new TypeError('Failed to fetch');
      const body = JSON.parse(init.body);
      calls.push(body);
      if (body.variables.input?.voted > 5000) {
        return new Response(JSON.stringify({ errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT', reason: 'turnoutOutOfBounds' } }] }));
      }
      return new Response(JSON.stringify({ data: { reportTurnout: { id: '1', voted: body.variables.input.voted, at: '' } } }));
    });
  });
  afterEach(() => vi.unstubAllGlobals());

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
    expect(calls[0].variables.input.clientRequestId).toMatch(/[0-9a-f-]{36}/);
  });

  it('drops a write the server refuses and tells why', async () => {
    online = true;
    await enqueue({ kind: 'reportTurnout', variables: { input: { pollingAreaId: '3', voted: 9999 } } });
    await flush();
    expect(pending.value).toHaveLength(0);
    expect(rejected.value[0].error.reason).toBe('turnoutOutOfBounds');
  });
});
