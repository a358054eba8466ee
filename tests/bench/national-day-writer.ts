import { gql, type GqlResult } from '../support/graphql.js';
import { Histogram, sleep } from './lib/measure.js';
import { seeded, type Filing } from './national-day-setup.js';

const FINAL = 'mutation($i:ReportTurnoutInput!){ reportTurnout(input:$i){ id voted at flags } }';
const INCIDENT = 'mutation($i:ReportIncidentInput!){ reportIncident(input:$i){ id code status } }';
/** Tries per write (the phone's outbox sends a refused-for-now write again). */
const ATTEMPTS = 3;
/** What the outbox sends again: the server's "database unavailable, send again shortly" (INTERNAL_SERVER_ERROR) and a dropped request; never a refusal. */
const RETRIED = new Set(['INTERNAL_SERVER_ERROR', 'NETWORK']);
const CATEGORIES = ['POWER_OUTAGE', 'SECURITY', 'MEDICAL', 'SANITATION', 'FIRE', 'STORM'];

export interface PeakOptions {
  /** The replicas' base URLs: write i goes to replica i mod n, as a balancer spreads them. */
  urls: string[];
  filings: Filing[];
  /** Each ward's officer's token: a ward's phone files its own areas. */
  tokens: Map<number, string>;
  perSecond: number;
  seconds: number;
  incidentsPerSecond: number;
  /** Requests in flight at most; a write due beyond it waits in its phone's outbox and goes when one is answered. */
  maxInFlight?: number;
}

/**
 * The closing peak: `perSecond` final figures for `seconds`, each a real GraphQL request with its
 * `clientRequestId`, and `incidentsPerSecond` incidents in random wards (their events, and their tasks',
 * are the stream the province and national walls must receive exactly). Offered on schedule whatever
 * the answers' speed; what the in-flight budget holds back is sent as soon as it frees, and the time
 * it waited is reported.
 */
export async function closingPeak(o: PeakOptions) {
  const { maxInFlight = 256 } = o;
  const total = Math.min(o.filings.length, Math.round(o.perSecond * o.seconds));
  const incidents = Math.round(o.incidentsPerSecond * o.seconds);
  const latency = new Histogram();
  const queued = new Histogram();
  const errors = new Map<string, number>();
  const samples: string[] = [];
  const outbox: (() => Promise<void>)[] = [];
  let inFlight = 0;
  let committed = 0;
  let incidentsCommitted = 0;
  let lastAnswer = 0;
  const startedAt = Date.now();

  /** When each write's answer came back (just after its commit), by `turnout:<report id>` or `incident:<id>`. */
  const answers = new Map<string, number>();
  let retried = 0;
  const send =
    (n: number, query: string, vars: Record<string, unknown>, token: string, due: number, ok: () => void, attempt = 1) =>
    async () => {
      if (attempt === 1) queued.record(Date.now() - due);
      const t = Date.now();
      const r: GqlResult = await gql(o.urls[n % o.urls.length], query, vars, token).catch((e: Error) => ({
        errors: [{ message: e.message, extensions: { code: 'NETWORK' } }],
      }));
      lastAnswer = Date.now();
      if (r.errors && attempt < ATTEMPTS && RETRIED.has(r.errors[0].extensions?.code ?? '')) {
        // As the phone's outbox does: the same request again, later; its clientRequestId makes it safe if the first was written.
        retried += 1;
        outbox.push(send(n + 1, query, vars, token, due, ok, attempt + 1));
      } else if (r.errors) {
        const code = r.errors[0].extensions?.code ?? 'ERROR';
        errors.set(code, (errors.get(code) ?? 0) + 1);
        if (samples.length < 3) samples.push(r.errors[0].message);
      } else {
        latency.record(Date.now() - t);
        const d = r.data as { reportTurnout?: { id: string }; reportIncident?: { id: string } };
        answers.set(d.reportTurnout ? `turnout:${d.reportTurnout.id}` : `incident:${d.reportIncident!.id}`, lastAnswer);
        ok();
      }
    };
  const pump = () => {
    while (inFlight < maxInFlight && outbox.length > 0) {
      const job = outbox.shift()!;
      inFlight += 1;
      void job().finally(() => {
        inFlight -= 1;
        pump();
      });
    }
  };

  const rand = seeded(15);
  let filed = 0;
  let reported = 0;
  while (filed < total || reported < incidents) {
    const now = Date.now() - startedAt;
    for (; filed < total && (filed * 1000) / o.perSecond <= now; filed += 1) {
      const f = o.filings[filed];
      const vars = { i: { pollingAreaId: String(f.areaId), voted: f.voted, clientRequestId: `final-${f.areaId}` } };
      outbox.push(send(filed, FINAL, vars, o.tokens.get(f.wardId)!, startedAt + (filed * 1000) / o.perSecond, () => (committed += 1)));
    }
    for (; reported < incidents && (reported * 1000) / o.incidentsPerSecond <= now; reported += 1) {
      // In a random ward anywhere in the country, at one of its areas, by its officer.
      const f = o.filings[Math.floor(rand() * o.filings.length)];
      const vars = {
        i: {
          pollingAreaId: String(f.areaId),
          category: CATEGORIES[reported % CATEGORIES.length],
          severity: 'LOW',
          title: `Sự cố lúc kết thúc bỏ phiếu ${reported + 1}`,
          clientRequestId: `nday-incident-${reported}`,
        },
      };
      outbox.push(
        send(reported, INCIDENT, vars, o.tokens.get(f.wardId)!, startedAt + (reported * 1000) / o.incidentsPerSecond, () => (incidentsCommitted += 1)),
      );
    }
    pump();
    await sleep(5);
  }
  const offeredUntil = Date.now();
  while (inFlight > 0 || outbox.length > 0) await sleep(20);
  const seconds = (lastAnswer - startedAt) / 1000;
  return {
    startedAt,
    offeredSeconds: Math.round((offeredUntil - startedAt) / 100) / 10,
    lastAnswerSeconds: Math.round(seconds * 10) / 10,
    offered: total,
    committed,
    committedPerS: Math.round(committed / Math.max(0.001, seconds)),
    incidentsOffered: incidents,
    incidentsCommitted,
    retried,
    failed: [...errors.values()].reduce((a, b) => a + b, 0),
    errorCodes: Object.fromEntries(errors),
    errorSamples: samples,
    answer: latency.summary(),
    outboxWait: queued.summary(),
    answers,
  };
}
