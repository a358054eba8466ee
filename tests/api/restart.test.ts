import { afterAll, describe, expect, it } from 'vitest';
import { demoIds } from '../support/demo.js';
import { gql, login } from '../support/graphql.js';
import { postgresAvailable } from '../support/postgres.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';

const pg = await postgresAvailable();

for (const kind of ['pglite', 'postgres'] as const) {
  describe.skipIf(kind === 'postgres' && !pg)(`a killed server keeps every answered write [${kind}]`, () => {
    const leftovers: (TestServer | Storage)[] = [];
    afterAll(async () => {
      for (const l of leftovers.reverse()) 'stop' in l ? await l.stop('SIGKILL') : await l.dispose();
    });

    it('has every answered write after SIGKILL and a restart on the same data', async () => {
      const data = await storage(kind);
      leftovers.push(data);
      const first = await startServer({ ...data.env, SEED: 'demo' });
      leftovers.push(first);
      const { ward } = await demoIds(first.url);
      const officer = await login(first.url, 'ward.thanh-luong');
      const wardId = ward('thanh-luong').id;

      // Writes in flight when the process dies: some answered, some not; only the answered ones are promised.
      const answered: string[] = [];
      const inflight = Array.from({ length: 40 }, (_, i) =>
        gql(first.url, 'mutation($i:ReportIncidentInput!){ reportIncident(input:$i){ id code } }', {
          i: { wardId, category: 'SANITATION', severity: 'MEDIUM', title: `Rác tồn đọng ${i}`, clientRequestId: `restart-${i}` },
        }, officer)
          .then((r) => {
            if (r.data?.reportIncident) answered.push(r.data.reportIncident.id);
          })
          .catch(() => undefined),
      );
      await new Promise<void>((ok) => {
        const check = setInterval(() => {
          if (answered.length >= 10) {
            clearInterval(check);
            ok();
          }
        }, 5);
      });
      await first.stop('SIGKILL');
      await Promise.all(inflight);
      expect(answered.length).toBeGreaterThanOrEqual(10);

      const second = await startServer({ ...data.env, SEED: 'demo' });
      leftovers.push(second);
      const again = await login(second.url, 'ward.thanh-luong');
      const r = await gql(second.url, 'query($w:ID){ incidents(filter:{wardId:$w, category:SANITATION}) { id } }', { w: wardId }, again);
      const present = new Set(r.data!.incidents.map((i: { id: string }) => i.id));
      for (const id of answered) expect(present.has(id), `incident ${id} was answered but is gone`).toBe(true);
      // The demo data was not loaded twice.
      const wards = await gql(second.url, '{ wards { id } }', {}, again);
      expect(wards.data!.wards).toHaveLength(18);
    });
  });
}
