import { gql } from '../support/graphql.js';
import { login } from '../support/operations.js';
import type { SocketSpec } from './fanout-protocol.js';

export const WARDS = [
  'bach-khoa',
  'bach-dang',
  'bach-mai',
  'cau-den',
  'dong-mac',
  'dong-nhan',
  'dong-tam',
  'le-dai-hanh',
  'minh-khai',
  'nguyen-du',
  'pham-dinh-ho',
  'pho-hue',
  'quynh-loi',
  'quynh-mai',
  'thanh-luong',
  'thanh-nhan',
  'truong-dinh',
  'vinh-tuy',
];
export const AGENCIES = ['power', 'sanitation', 'fire', 'police', 'health'];
/** Observers limited to a few wards (created by the benchmark with the users command). */
export const SCOPED_OBSERVERS: [string, string[]][] = [
  ['bench.giamsat1', ['bach-khoa', 'bach-mai']],
  ['bench.giamsat2', ['minh-khai', 'vinh-tuy', 'thanh-luong']],
  ['bench.giamsat3', ['dong-tam']],
];

interface Who {
  username: string;
  password: string;
  wardFilter: string | null;
}

/**
 * The mix of screens the benchmark opens: 5% operator, 15% big screens (a third filtered to one ward),
 * 10% ward-scoped supervision teams, 50% ward officers, 20% liaisons. Each distinct (user, ward filter)
 * is one scope: one group of identical subscriptions on the server.
 */
export async function socketMix(url: string, n: number, wardIds: Map<string, string>): Promise<{ specs: SocketSpec[]; tokens: Map<string, string> }> {
  const pickFrom = (i: number): Who => {
    const r = i % 20;
    const demo = (username: string, wardFilter: string | null = null): Who => ({ username, password: 'demo', wardFilter });
    if (r === 0) return demo('operator');
    if (r <= 3) return demo('observer', r === 3 ? wardIds.get(WARDS[i % WARDS.length])! : null);
    if (r <= 5) {
      const [username] = SCOPED_OBSERVERS[i % SCOPED_OBSERVERS.length];
      return { username, password: 'bench-pass', wardFilter: null };
    }
    if (r <= 15) return demo(`ward.${WARDS[i % WARDS.length]}`);
    return demo(`liaison.${AGENCIES[i % AGENCIES.length]}`);
  };
  const who = Array.from({ length: n }, (_, i) => pickFrom(i));
  const tokens = new Map<string, string>();
  // Every ward officer signs in, socket or not: they are the writers.
  for (const w of WARDS) tokens.set(`ward.${w}`, await login(url, `ward.${w}`));
  for (const w of who) if (!tokens.has(w.username)) tokens.set(w.username, await login(url, w.username, w.password));
  const specs = who.map((w) => ({ token: tokens.get(w.username)!, wardId: w.wardFilter, scope: `${w.username}#${w.wardFilter ?? '*'}` }));
  return { specs, tokens };
}

/** Every seq each scope may read after `after`, by the server's own rules (the events query with that user's token). */
export async function expectedByScope(url: string, specs: SocketSpec[], after: number): Promise<Record<string, number[]>> {
  const out: Record<string, number[]> = {};
  for (const spec of specs) {
    if (out[spec.scope]) continue;
    const seqs: number[] = [];
    for (let cursor = after; ;) {
      const r = await gql<{ events: { seq: number; wardId: string | null }[] }>(
        url,
        'query($a:Int){ events(after:$a, limit:1000){ seq wardId } }',
        { a: cursor },
        spec.token,
      );
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      for (const e of r.data!.events) if (spec.wardId === null || e.wardId === spec.wardId) seqs.push(e.seq);
      if (r.data!.events.length < 1000) break;
      cursor = r.data!.events[r.data!.events.length - 1].seq;
    }
    out[spec.scope] = seqs;
  }
  return out;
}
