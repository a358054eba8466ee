import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, openArea } from '../support/demo.js';
import { codeOf, gql } from '../support/graphql.js';
import {
  ask,
  DeclineTaskDocument,
  dispatchTask,
  eventLog,
  IncidentDocument,
  lastSeq,
  login,
  ReopenIncidentDocument,
  reportIncident,
  ReportIncidentWithTasksDocument,
  resolveIncident,
  setAreaStatus,
  type ReportIncidentInput,
} from '../support/operations.js';
import { startServer, storage, type Storage, type TestServer } from '../support/server.js';

/** Markup, script, odd Unicode and whitespace: each must come back exactly as sent, never rewritten. */
const TRICKY = [
  '<script>alert("xss")</script>',
  '<img src=x onerror=alert(1)><b>đậm</b>&amp;&lt;',
  'Robert\'); DROP TABLE incidents;-- " ` ${x} {{x}}',
  '  lề trái và phải  \n\tdòng hai\r\ndòng ba  ',
  'Cầu Dền \u202Eđảo chiều\u202C \u200Bzero\u200Dwidth \uFEFF',
  '👩‍👩‍👧‍👦 🇻🇳 e\u0301 Ǹ \u{1F9D1}\u200D\u{1F692}',
  'مرحبا שלום 你好',
];

let server: TestServer;
let data: Storage;
let ids: Awaited<ReturnType<typeof demoIds>>;
let officer: string;

beforeAll(async () => {
  data = await storage('pglite');
  server = await startServer(data.env);
  ids = await demoIds(server.url);
  officer = await login(server.url, 'ward.thanh-nhan');
});
afterAll(async () => {
  await server?.stop();
  await data?.dispose();
});

describe('text from users', () => {
  it('is stored and returned exactly as given, in the answer, on reading it back and in the event log', async () => {
    const wardId = ids.ward('thanh-nhan').id;
    for (const text of TRICKY) {
      const before = await lastSeq(server.url, ids.operator);
      const reported = await reportIncident(
        server.url,
        { wardId, category: 'COMPLAINT', severity: 'LOW', title: text.slice(0, 200), description: text },
        officer,
      );
      expect(reported).toMatchObject({ title: text.slice(0, 200), description: text });
      const { incident } = await ask(server.url, IncidentDocument, { id: reported.id }, ids.operator);
      expect({ title: incident!.title, description: incident!.description }).toEqual({ title: text.slice(0, 200), description: text });
      const [event] = await eventLog(server.url, ids.operator, before);
      expect(event.incident!.description).toBe(text);
    }
  });

  it('keeps notes and reasons of every other write exactly too', async () => {
    const text = TRICKY.join(' | ');
    const area = ids.ward('thanh-nhan').pollingAreas[0].id;
    await openArea(server.url, ids.operator, area);
    const operator = ids.operator;
    const { id: incidentId } = await reportIncident(
      server.url,
      { wardId: ids.ward('thanh-nhan').id, category: 'OTHER', severity: 'LOW', title: 'Ghi chú' },
      operator,
    );
    const task = await dispatchTask(server.url, { incidentId, agency: 'HEALTH', note: text }, operator);
    expect(task.note).toBe(text);
    const declined = await ask(server.url, DeclineTaskDocument, { id: task.id, reason: text }, operator);
    expect(declined.declineTask.declineReason).toBe(text);
    expect((await resolveIncident(server.url, { id: incidentId, note: text }, operator)).note).toBe(text);
    expect((await ask(server.url, ReopenIncidentDocument, { id: incidentId, reason: text }, operator)).reopenIncident.note).toBe(text);
    expect((await setAreaStatus(server.url, { id: area, status: 'SUSPENDED', reason: text }, operator)).statusReason).toBe(text);
    // A checklist note: the screens' SetChecklistItem sends none, so this one is written here.
    const ticked = await gql(
      server.url,
      'mutation($id: ID!, $n: String) { setChecklistItem(pollingAreaId: $id, item: SEAL_TAPE, done: true, note: $n) { checklist { item note } } }',
      { id: area, n: text },
      operator,
    );
    expect(ticked.data!.setChecklistItem.checklist.find((c: { item: string }) => c.item === 'SEAL_TAPE').note).toBe(text);
  });

  it('is length-limited (title 200, description 2,000, reason 1,000), with nothing written when refused', async () => {
    const wardId = ids.ward('thanh-nhan').id;
    const before = await lastSeq(server.url, ids.operator);
    const refuse = async (input: Partial<ReportIncidentInput>, reason: string) => {
      const r = await gql(
        server.url,
        ReportIncidentWithTasksDocument,
        { input: { wardId, category: 'OTHER', severity: 'LOW', title: 'x', ...input } },
        officer,
      );
      expect(codeOf(r), JSON.stringify(input).slice(0, 60)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions).toMatchObject({ reason });
    };
    await refuse({ title: 'a'.repeat(201) }, 'textTooLong');
    await refuse({ description: 'đ'.repeat(2001) }, 'textTooLong');
    await refuse({ title: '   ' }, 'textRequired');
    await refuse({ title: 'NUL \u0000 inside' }, 'textMalformed');
    await refuse({ description: 'lone surrogate \uD800 here' }, 'textMalformed');
    await refuse({ clientRequestId: 'r'.repeat(101) }, 'textTooLong');
    expect(await lastSeq(server.url, ids.operator)).toBe(before);
    const ok = await gql(
      server.url,
      ReportIncidentWithTasksDocument,
      { input: { wardId, category: 'OTHER', severity: 'LOW', title: 'a'.repeat(200), description: 'đ'.repeat(2000) } },
      officer,
    );
    expect(ok.errors).toBeUndefined();
  });
});
