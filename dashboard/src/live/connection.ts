import { createClient, type Client } from 'graphql-ws';
import { ref } from 'vue';
import { EventsDocument, UnitTotalsDocument, type EventsSubscription, type UnitTotalsSubscription } from '@election-ops/schema';
import { toLiveEvent, type Received } from './events';

export type ConnectionState = 'connecting' | 'live' | 'offline';

/** The connection state every screen shows. */
export const connection = ref<ConnectionState>('connecting');

const query = EventsDocument.toString();
const unitTotalsQuery = UnitTotalsDocument.toString();
/** A ping every PING_MS; no pong within PONG_TIMEOUT_MS means the link is gone, even if the socket never said so. */
const PING_MS = 4_000;
const PONG_TIMEOUT_MS = 3_000;

/**
 * The one live client: one socket, one `events` subscription resumed from the last applied seq after
 * any drop (with backoff), so nothing is missed or applied twice. Returns a stop function.
 *
 * The socket opens at once; the subscription follows when `after` resolves, so a screen can connect
 * while its snapshot is still loading (a promise) instead of one after the other.
 */
export function followEvents(opts: {
  token: () => string | null;
  /** The seq to resume after: the last applied one, or a promise of it while the snapshot loads. */
  after: () => number | Promise<number>;
  /** Each event, narrowed by its type as it arrives (live/events.ts). */
  onEvent: (e: Received) => void;
  onUnauthorized: () => void;
  /** Each time the socket is up (acknowledged by the server). */
  onConnected?: () => void;
  /** false: leave out the per-area figures (a province's or the nation's wall, which follows `unitTotals`). */
  figures?: boolean;
  /** Also follow `unitTotals` on the same socket: each message as it arrives (the first at once). */
  onUnitTotals?: (totals: UnitTotalsSubscription['unitTotals']) => void;
}): () => void {
  let stopped = false;
  let client: Client | null = null;
  let dispose: (() => void) | null = null;
  let disposeTotals: (() => void) | null = null;
  let attempt = 0;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;

  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  const run = () => {
    if (stopped) return;
    connection.value = 'connecting';
    // The token this socket signed in with: read at each (re)connect, so a renewed token is the one sent.
    let sentToken: string | null = null;
    const current = (client = createClient({
      url,
      lazy: false,
      // A failed connection surfaces through the subscription (error → retry), not the console.
      onNonLazyError: () => undefined,
      retryAttempts: 0,
      // A cable pulled or a Wi-Fi gone leaves a socket open and silent: the pings find out.
      keepAlive: PING_MS,
      connectionParams: () => ({ authorization: `Bearer ${(sentToken = opts.token())}` }),
      on: {
        connected: () => {
          attempt = 0;
          connection.value = 'live';
          opts.onConnected?.();
        },
        ping: (received) => {
          if (!received) pongTimer = setTimeout(() => current.terminate(), PONG_TIMEOUT_MS);
        },
        pong: (received) => received && clearTimeout(pongTimer),
        closed: (event) => {
          clearTimeout(pongTimer);
          const code = (event as CloseEvent).code;
          // Refused with a token renewed since: the next attempt sends the new one (a retry follows).
          if ((code === 4403 || code === 4401) && sentToken === opts.token()) opts.onUnauthorized();
        },
      },
    }));
    const onUnitTotals = opts.onUnitTotals;
    if (onUnitTotals)
      disposeTotals = current.subscribe<UnitTotalsSubscription>(
        { query: unitTotalsQuery },
        {
          next: (r) => r.data && onUnitTotals(r.data.unitTotals),
          // Only once per socket: the events subscription may have ended it already.
          error: () => client === current && retry(),
          complete: () => client === current && retry(),
        },
      );
    void Promise.resolve(opts.after()).then(
      (after) => {
        if (stopped || client !== current) return;
        dispose = current.subscribe<EventsSubscription>(
          { query, variables: { after, figures: opts.figures ?? true } },
          {
            next: (r) => {
              if (r.data) opts.onEvent(toLiveEvent(r.data.events));
            },
            error: () => client === current && retry(),
            complete: () => client === current && retry(),
          },
        );
      },
      () => undefined, // no snapshot, nothing to resume from: the caller stops us
    );
  };
  const retry = () => {
    dispose?.();
    disposeTotals?.();
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
    disposeTotals?.();
    void client?.dispose();
  };
}
