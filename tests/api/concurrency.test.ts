import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, openArea } from '../support/demo.js';
import { gql } from '../support/graphql.js';
import { ask, eventSeqs, EventSeqsDocument, lastSeq, login, ReportIncidentWithTasksDocument, ReportTurnoutDocument } from '../support/operations.js';
import { postgresAvailable } from '../support/postgres.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';

const pg = await postgresAvailable();

/**
 * Many writers at once while a reader walks the log with `events(after)`: the reader must see every
 * event exactly once, in seq order — which only holds if seq order is commit order.
 */
describe.skipIf(!pg)('the event log under concurrent writers [postgres]', () => {
  let server: TestServer;
  let data: Storage;
  beforeAll(async () => {
    data = await storage('postgres');
    server = await startServer({ ...data.env, SEED: 'demo' });
  });
  afterAll(async () => {
    await server?.stop();
    await data?.dispose();
  });

  it('is read once each, in order, by a reader walking it during the writes', async () => {
    const { operator, ward } = await demoIds(server.url);
    const codes = ['bach-khoa', 'bach-mai', 'cau-den', 'dong-tam', 'minh-khai', 'pho-hue', 'thanh-nhan', 'vinh-tuy'];
    const writers = await Promise.all(
      codes.map(async (code) => {
        const area = ward(code).pollingAreas[0];
        await openArea(server.url, operator, area.id);
        return { token: await login(server.url, `ward.${code}`), wardId: ward(code).id, areaId: area.id };
      }),
    );
    const after = await lastSeq(server.url, operator);

    const seen: number[] = [];
    let writing = true;
    const reader = (async () => {
      let cursor = after;
      for (;;) {
        const stillWriting = writing;
        const { events: page } = await ask(server.url, EventSeqsDocument, { after: cursor, limit: 200 }, operator);
        for (const e of page) seen.push(e.seq);
        if (page.length > 0) cursor = page[page.length - 1].seq;
        else if (!stillWriting) return;
      }
    })();

    const PER_WRITER = 15;
    const answered = await Promise.all(
      writers.map(async (w) => {
        const ids: string[] = [];
        for (let i = 0; i < PER_WRITER; i++) {
          const r =
            i % 3 === 0
              ? await gql(
                  server.url,
                  ReportIncidentWithTasksDocument,
                  { input: { wardId: w.wardId, category: 'STORM', severity: 'LOW', title: `Gió lớn ${i}` } },
                  w.token,
                )
              : await gql(server.url, ReportTurnoutDocument, { input: { pollingAreaId: w.areaId, voted: i * 10 } }, w.token);
          expect(r.errors).toBeUndefined();
          ids.push(JSON.stringify(r.data));
        }
        return ids;
      }),
    );
    writing = false;
    await reader;

    // Every write logged its events: STORM → incident + 2 tasks = 3 events; turnout → 1.
    const perWriter = Array.from({ length: PER_WRITER }, (_, i) => (i % 3 === 0 ? 3 : 1)).reduce((a, b) => a + b, 0);
    expect(answered.flat()).toHaveLength(writers.length * PER_WRITER);
    expect(seen).toHaveLength(writers.length * perWriter);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);

    expect(seen).toEqual((await eventSeqs(server.url, operator, after)).map((e) => e.seq));
  });
});
