import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export const EVENTS = `subscription($after: Int, $wardId: ID) {
  events(after: $after, wardId: $wardId) {
    seq type wardId actor
    incident { id code category }
    task { id status agency { code } }
    turnoutReport { id voted }
    pollingArea { id code }
    checkpoint
  }
}`;

export interface LiveEvent {
  seq: number;
  type: string;
  wardId: string | null;
  incident: { id: string; code: string; category: string } | null;
  task: { id: string; status: string; agency: { code: string } } | null;
  turnoutReport: { id: string; voted: number } | null;
  pollingArea: { id: string; code: string } | null;
  checkpoint: string | null;
}

/** A graphql-ws client as a screen opens it: bearer token in connectionParams. */
export function liveClient(httpUrl: string, token: string, opts: { retry?: boolean } = {}): Client & { closeCodes: number[] } {
  const closeCodes: number[] = [];
  const client = createClient({
    url: httpUrl.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: opts.retry ? 5 : 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: { closed: (e) => closeCodes.push((e as { code: number }).code) },
  });
  return Object.assign(client, { closeCodes });
}

/** Subscribe to `events` and collect what arrives; `until` waits for a condition on the collected events. */
export function collect(client: Client, variables: { after?: number | null; wardId?: string | null } = {}) {
  const events: LiveEvent[] = [];
  /** When each event arrived (ms since epoch), for latency figures. */
  const receivedAt: number[] = [];
  const errors: unknown[] = [];
  let waiters: (() => void)[] = [];
  let completed = false;
  const dispose = client.subscribe<{ events: LiveEvent }>(
    { query: EVENTS, variables },
    {
      next: (r) => {
        if (r.errors) errors.push(r.errors);
        if (r.data) {
          events.push(r.data.events);
          receivedAt.push(Date.now());
        }
        waiters.forEach((w) => w());
      },
      error: (e) => {
        errors.push(e);
        waiters.forEach((w) => w());
      },
      complete: () => {
        completed = true;
        waiters.forEach((w) => w());
      },
    },
  );
  return {
    events,
    receivedAt,
    errors,
    get completed() {
      return completed;
    },
    stop: dispose,
    /** Resolve once `predicate(events)` holds; reject after `timeoutMs` with what arrived. */
    until(predicate: (events: LiveEvent[]) => boolean, timeoutMs = 20_000): Promise<void> {
      if (predicate(events)) return Promise.resolve();
      return new Promise((ok, fail) => {
        const timer = setTimeout(() => fail(new Error(`timed out; got ${events.length} events, errors ${JSON.stringify(errors)}`)), timeoutMs);
        const check = () => {
          if (predicate(events)) {
            clearTimeout(timer);
            waiters = waiters.filter((w) => w !== check);
            ok();
          }
        };
        waiters.push(check);
      });
    },
  };
}

export const seqs = (events: { seq: number }[]) => events.map((e) => e.seq);
