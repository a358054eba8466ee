import { createClient, type Client } from 'graphql-ws';
import { ref } from 'vue';
import { EventsDocument, type EventsSubscription } from '@election-ops/schema';

export type ConnectionState = 'connecting' | 'live' | 'offline';

/** The connection state every screen shows. */
export const connection = ref<ConnectionState>('connecting');

const query = EventsDocument.toString();

/**
 * The one live client: one socket, one `events` subscription resumed from the last applied seq after
 * any drop (with backoff), so nothing is missed or applied twice. Returns a stop function.
 */
export function followEvents(opts: {
  token: () => string | null;
  after: () => number;
  onEvent: (e: EventsSubscription['events']) => void;
  onUnauthorized: () => void;
}): () => void {
  let stopped = false;
  let client: Client | null = null;
  let dispose: (() => void) | null = null;
  let attempt = 0;

  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  const run = () => {
    if (stopped) return;
    connection.value = 'connecting';
    client = createClient({
      url,
      lazy: true,
      retryAttempts: 0,
      connectionParams: () => ({ authorization: `Bearer ${opts.token()}` }),
      on: {
        connected: () => {
          attempt = 0;
          connection.value = 'live';
        },
        closed: (event) => {
          const code = (event as CloseEvent).code;
          if (code === 4403 || code === 4401) opts.onUnauthorized();
        },
      },
    });
    dispose = client.subscribe<EventsSubscription>({ query, variables: { after: opts.after() } }, {
      next: (r) => {
        if (r.data) opts.onEvent(r.data.events);
      },
      error: () => retry(),
      complete: () => retry(),
    });
  };
  const retry = () => {
    dispose?.();
    void client?.dispose();
    client = null;
    if (stopped) return;
    connection.value = 'offline';
    attempt += 1;
    setTimeout(run, Math.min(10_000, 250 * 2 ** attempt) + Math.random() * 250);
  };
  run();
  return () => {
    stopped = true;
    dispose?.();
    void client?.dispose();
  };
}
