import { afterAll, describe, expect, it } from 'vitest';
import { demoIds } from '../support/demo.js';
import { gql, login } from '../support/graphql.js';
import { collect, liveClient } from '../support/live.js';
import { postgresAvailable } from '../support/postgres.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';

const pg = await postgresAvailable();
const WRITES = 40;
const REPORT = 'mutation($i:ReportIncidentInput!){ reportIncident(input:$i){ id code } }';

/** Every event in the log, page by page, as the operator reads it for audit. */
async function wholeLog(url: string, token: string) {
  const all: { seq: number; type: string; incident: { id: string } | null }[] = [];
  for (;;) {
    const r = await gql(url, 'query($a:Int){ events(after:$a, limit:1000){ seq type incident { id } } }', { a: all.at(-1)?.seq ?? 0 }, token);
    if (r.data!.events.length === 0) return all;
    all.push(...r.data!.events);
  }
}

for (const kind of ['pglite', 'postgres'] as const) {
  describe.skipIf(kind === 'postgres' && !pg)(`a killed server keeps every answered write [${kind}]`, () => {
    const leftovers: (TestServer | Storage | { dispose: () => void | Promise<void> })[] = [];
    afterAll(async () => {
      for (const l of leftovers.reverse()) {
        if ('stop' in l) await l.stop('SIGKILL');
        else await l.dispose();
      }
    });

    it('has every answered write after SIGKILL, none twice when all are retried, and a log that replays whole', async () => {
      const data = await storage(kind);
      leftovers.push(data);
      const first = await startServer({ ...data.env, SEED: 'demo' });
      leftovers.push(first);
      const { ward } = await demoIds(first.url);
      const officer = await login(first.url, 'ward.thanh-luong');
      const wardId = ward('thanh-luong').id;
      const input = (i: number) => ({ i: { wardId, category: 'SANITATION', severity: 'MEDIUM', title: `Rác tồn đọng ${i}`, clientRequestId: `restart-${i}` } });

      // Writes in flight when the process dies: some answered, some not; only the answered ones are promised.
      const answered = new Map<number, string>();
      const inflight = Array.from({ length: WRITES }, (_, i) =>
        gql(first.url, REPORT, input(i), officer)
          .then((r) => {
            if (r.data?.reportIncident) answered.set(i, r.data.reportIncident.id);
          })
          .catch(() => undefined),
      );
      await new Promise<void>((ok) => {
        const check = setInterval(() => {
          if (answered.size >= 10) {
            clearInterval(check);
            ok();
          }
        }, 5);
      });
      await first.stop('SIGKILL');
      await Promise.all(inflight);
      expect(answered.size).toBeGreaterThanOrEqual(10);

      const second = await startServer({ ...data.env, SEED: 'demo' });
      leftovers.push(second);
      const again = await login(second.url, 'ward.thanh-luong');
      // The phone retries everything it sent, answered or not, with the same clientRequestId.
      for (let i = 0; i < WRITES; i++) {
        const r = await gql(second.url, REPORT, input(i), again);
        expect(r.errors).toBeUndefined();
        if (answered.has(i)) expect(r.data!.reportIncident.id, `write ${i} answered before the kill`).toBe(answered.get(i));
      }
      const r = await gql(second.url, 'query($w:ID){ incidents(filter:{wardId:$w, category:SANITATION}) { id title } }', { w: wardId }, again);
      const titles = r.data!.incidents.map((i: { title: string }) => i.title).sort();
      expect(titles).toEqual(Array.from({ length: WRITES }, (_, i) => `Rác tồn đọng ${i}`).sort());
      // The demo data was not loaded twice.
      expect((await gql(second.url, '{ wards { id } }', {}, again)).data!.wards).toHaveLength(18);

      // Every event is replayable: the audit read and a subscription from seq 0 give the same log, in order, once each.
      const operator = await login(second.url, 'operator');
      const log = await wholeLog(second.url, operator);
      const seqs = log.map((e) => e.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(new Set(seqs).size).toBe(seqs.length);
      const reported = log.filter((e) => e.type === 'INCIDENT_REPORTED').map((e) => e.incident!.id);
      for (const id of r.data!.incidents.map((i: { id: string }) => i.id)) expect(reported.filter((x) => x === id)).toHaveLength(1);
      const client = liveClient(second.url, operator);
      leftovers.push(client);
      const replay = collect(client, { after: 0 });
      await replay.until((ev) => ev.length >= log.length);
      expect(replay.events.map((e) => e.seq)).toEqual(seqs);
      expect(replay.events.filter((e) => e.type === 'INCIDENT_REPORTED').every((e) => e.incident !== null)).toBe(true);
      console.info(`kill -9 [${kind}]: ${answered.size}/${WRITES} writes answered before the kill, ${WRITES} retried, ${log.length} events replayed`);
    });
  });
}
