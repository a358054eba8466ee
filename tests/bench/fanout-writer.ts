import { gql } from '../support/graphql.js';
import { Histogram, sleep } from './lib/measure.js';

export interface WriteTarget {
  id: string;
  wardId: string;
  token: string;
  registered: number;
}

const CATEGORIES = ['POWER_OUTAGE', 'SECURITY', 'MEDICAL', 'SANITATION', 'FIRE', 'STORM'];
const TURNOUT = 'mutation($i:ReportTurnoutInput!){ reportTurnout(input:$i){ id } }';
/** When each write's answer came back, by `turnout:<report id>` or `incident:<id>`: the commit is just before. */
export type Acks = Map<string, number>;
const INCIDENT = 'mutation($i:ReportIncidentInput!){ reportIncident(input:$i){ id } }';

/**
 * Writes at a steady `perSecond` for `seconds`, as ward officers would: mostly turnout reports, and one
 * write in twenty an incident (whose default tasks reach the liaisons' sockets). Sent open-loop, on
 * schedule whatever the answers' speed, at most `maxInFlight` at a time.
 */
export async function writeLoad(targets: WriteTarget[], url: string, perSecond: number, seconds: number, maxInFlight = 512) {
  const counts = new Map<string, number>();
  const acks: Acks = new Map();
  const latency = new Histogram();
  let failed = 0;
  const errors: string[] = [];
  let inFlight = 0;
  const pending = new Set<Promise<void>>();
  const startedAt = Date.now();
  let n = 0;
  const busy = new Set<string>();
  let cursor = 0;
  while (Date.now() - startedAt < seconds * 1000) {
    // One write in flight per area, as one polling team's phone: reports of an area never overtake each other.
    let t = targets[cursor++ % targets.length];
    for (let k = 0; busy.has(t.id) && k < targets.length; k += 1) t = targets[cursor++ % targets.length];
    const incident = n % 20 === 19;
    const voted = Math.min(t.registered, (counts.get(t.id) ?? 0) + 1);
    counts.set(t.id, voted);
    const body = incident
      ? { q: INCIDENT, v: { i: { pollingAreaId: t.id, category: CATEGORIES[n % CATEGORIES.length], severity: 'LOW', title: `Sự cố thử tải ${n}` } } }
      : { q: TURNOUT, v: { i: { pollingAreaId: t.id, voted } } };
    if (inFlight < maxInFlight && !busy.has(t.id)) {
      inFlight += 1;
      busy.add(t.id);
      const sent = Date.now();
      const p = gql(url, body.q, body.v, t.token)
        .then((r) => {
          if (r.errors) throw new Error(r.errors[0].message);
          const answered = Date.now();
          latency.record(answered - sent);
          const d = r.data as { reportTurnout?: { id: string }; reportIncident?: { id: string } };
          acks.set(d.reportTurnout ? `turnout:${d.reportTurnout.id}` : `incident:${d.reportIncident!.id}`, answered);
        })
        .catch((e: Error) => {
          failed += 1;
          if (errors.length < 5) errors.push(e.message);
        })
        .finally(() => {
          inFlight -= 1;
          busy.delete(t.id);
          pending.delete(p);
        });
      pending.add(p);
    } else {
      failed += 1; // every area (or the in-flight budget) is waiting on the server: the write is shed, and counted
    }
    n += 1;
    await sleep(startedAt + (n * 1000) / perSecond - Date.now());
  }
  await Promise.all(pending);
  return { writes: n, failed, errors, startedAt, endedAt: Date.now(), writeLatency: latency.summary(), acks };
}
