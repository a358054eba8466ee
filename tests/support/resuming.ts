import type { EventStreamSubscription } from '@election-ops/schema';
import { EVENTS, liveClient, type LiveEvent } from './live.js';

/**
 * A live subscriber as a screen runs one: when its socket drops or the server ends its stream (a dead
 * replica, a slow-consumer drop, a database outage during replay), it connects to the next URL and
 * resubscribes with `after` = the last seq it holds. It keeps every event it is sent, duplicates
 * included, so a test can prove there are none.
 */
export function resumingSubscriber(urls: string[], token: string, variables: { after: number; wardId?: string | null }) {
  const events: LiveEvent[] = [];
  const drops: string[] = [];
  let waiters: (() => void)[] = [];
  let client: ReturnType<typeof liveClient> | null = null;
  let stopped = false;
  let attempt = 0;
  /** Drops since an event last got through: the back-off grows only while the server keeps refusing. */
  let failing = 0;

  const connect = () => {
    if (stopped) return;
    const c = liveClient(urls[attempt % urls.length], token);
    client = c;
    const dropped = (why: string) => {
      if (stopped || client !== c) return;
      drops.push(why);
      void c.dispose();
      attempt++;
      failing++;
      // A screen backs off too; this is pacing, not a wait for an event.
      setTimeout(connect, Math.min(1_000, 10 * 2 ** Math.min(failing, 7)));
    };
    c.subscribe<EventStreamSubscription>(
      { query: EVENTS, variables: { ...variables, after: events.at(-1)?.seq ?? variables.after } },
      {
        next: (r) => {
          if (r.data) {
            events.push(r.data.events);
            failing = 0;
          }
          waiters.forEach((w) => w());
        },
        error: (e) => dropped(e && typeof e === 'object' && 'code' in e ? `closed ${String(e.code)}` : JSON.stringify(e).slice(0, 200)),
        complete: () => dropped('completed'),
      },
    );
  };
  connect();

  return {
    events,
    /** Why it had to reconnect, once per reconnection. */
    drops,
    /** Resolve once `predicate(events)` holds; reject after `timeoutMs` with what arrived. */
    until(predicate: (events: LiveEvent[]) => boolean, timeoutMs = 30_000): Promise<void> {
      if (predicate(events)) return Promise.resolve();
      return new Promise((ok, fail) => {
        const timer = setTimeout(() => fail(new Error(`timed out with ${events.length} events after drops ${JSON.stringify(drops.slice(-5))}`)), timeoutMs);
        const check = () => {
          if (!predicate(events)) return;
          clearTimeout(timer);
          waiters = waiters.filter((w) => w !== check);
          ok();
        };
        waiters.push(check);
      });
    },
    async dispose(): Promise<void> {
      stopped = true;
      await client?.dispose();
    },
  };
}
