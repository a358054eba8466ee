import { EventStreamDocument, type EventStreamSubscription } from '@election-ops/schema';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** The live stream a test subscribes to: `events(after, wardId)`, lean (`schema/operations/EventStream.graphql`). */
export const EVENTS = String(EventStreamDocument);

export type LiveEvent = EventStreamSubscription['events'];

/** A graphql-ws client as a screen opens it: bearer token in connectionParams. */
export function liveClient(httpUrl: string, token: string, opts: { retry?: boolean } = {}): LiveClient {
  const closeCodes: number[] = [];
  let closeWaiters: (() => void)[] = [];
  let markConnected = () => {};
  const connected = new Promise<void>((ok) => (markConnected = ok));
  const client = createClient({
    url: httpUrl.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: opts.retry ? 5 : 0,
    lazy: false,
    onNonLazyError: () => undefined,
    on: {
      connected: () => markConnected(),
      closed: (e) => {
        closeCodes.push((e as { code: number }).code);
        closeWaiters.forEach((w) => w());
      },
    },
  });
  const closedWith = (code: number, timeoutMs = 20_000) =>
    new Promise<void>((ok, fail) => {
      const check = () => {
        if (!closeCodes.includes(code)) return;
        clearTimeout(timer);
        closeWaiters = closeWaiters.filter((w) => w !== check);
        ok();
      };
      const timer = setTimeout(() => fail(new Error(`socket not closed with ${code} in ${timeoutMs} ms: ${closeCodes}`)), timeoutMs);
      closeWaiters.push(check);
      check();
    });
  return Object.assign(client, { closeCodes, connected, closedWith });
}

export type LiveClient = Client & {
  /** The close code of every time its socket closed, in order. */
  closeCodes: number[];
  /** Resolves once the server has acknowledged the connection (its token accepted). */
  connected: Promise<void>;
  /** Resolves once its socket has been closed with `code`; rejects after `timeoutMs`. */
  closedWith(code: number, timeoutMs?: number): Promise<void>;
};

/** Subscribe to `events` and collect what arrives; `until` waits for a condition on the collected events. */
export function collect(client: Client, variables: { after?: number | null; wardId?: string | null; figures?: boolean } = {}) {
  const events: LiveEvent[] = [];
  /** When each event arrived (ms since epoch), for latency figures. */
  const receivedAt: number[] = [];
  const errors: unknown[] = [];
  let waiters: (() => void)[] = [];
  let completed = false;
  const dispose = client.subscribe<EventStreamSubscription>(
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
