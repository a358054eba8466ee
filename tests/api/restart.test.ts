import { afterAll, describe, expect, it } from 'vitest';
import { demoIds } from '../support/demo.js';
import { gql } from '../support/graphql.js';
import { collect, liveClient } from '../support/live.js';
import { ask, eventLog, IncidentsDocument, login, ReportIncidentWithTasksDocument, WardsDocument } from '../support/operations.js';
import { postgresAvailable } from '../support/postgres.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';

const pg = await postgresAvailable();
const WRITES = 40;

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
      const input = (i: number) => ({
        input: { wardId, category: 'SANITATION', severity: 'MEDIUM', title: `Rác tồn đọng ${i}`, clientRequestId: `restart-${i}` } as const,
      });

      // Writes in flight when the process dies: some answered, some not; only the answered ones are promised.
      const answered = new Map<number, string>();
      let tenAnswered = () => {};
      const killTime = new Promise<void>((ok) => (tenAnswered = ok));
      const inflight = Array.from({ length: WRITES }, (_, i) =>
        gql(first.url, ReportIncidentWithTasksDocument, input(i), officer)
          .then((r) => {
            if (r.data?.reportIncident) answered.set(i, r.data.reportIncident.id);
            if (answered.size >= 10) tenAnswered();
          })
          .catch(() => undefined),
      );
      await killTime;
      await first.stop('SIGKILL');
      await Promise.all(inflight);
      expect(answered.size).toBeGreaterThanOrEqual(10);

      const second = await startServer({ ...data.env, SEED: 'demo' });
      leftovers.push(second);
      const again = await login(second.url, 'ward.thanh-luong');
      // The phone retries everything it sent, answered or not, with the same clientRequestId.
      for (let i = 0; i < WRITES; i++) {
        const r = await gql(second.url, ReportIncidentWithTasksDocument, input(i), again);
        expect(r.errors).toBeUndefined();
        if (answered.has(i)) expect(r.data!.reportIncident.id, `write ${i} answered before the kill`).toBe(answered.get(i));
      }
      const { incidents } = await ask(second.url, IncidentsDocument, { filter: { wardId, category: ['SANITATION'] } }, again);
      const titles = incidents.map((i) => i.title).sort();
      expect(titles).toEqual(Array.from({ length: WRITES }, (_, i) => `Rác tồn đọng ${i}`).sort());
      // The demo data was not loaded twice.
      const operator = await login(second.url, 'operator');
      expect((await ask(second.url, WardsDocument, {}, operator)).wards).toHaveLength(18);

      // Every event is replayable: the audit read and a subscription from seq 0 give the same log, in order, once each.
      const log = await eventLog(second.url, operator);
      const seqs = log.map((e) => e.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(new Set(seqs).size).toBe(seqs.length);
      const reported = log.filter((e) => e.type === 'INCIDENT_REPORTED').map((e) => e.incident!.id);
      for (const id of incidents.map((i) => i.id)) expect(reported.filter((x) => x === id)).toHaveLength(1);
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
