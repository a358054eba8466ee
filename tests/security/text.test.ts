import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, openArea } from '../support/demo.js';
import { codeOf, gql, lastSeq, login } from '../support/graphql.js';
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

const REPORT = 'mutation($i: ReportIncidentInput!) { reportIncident(input: $i) { id title description } }';

describe('text from users', () => {
  it('is stored and returned exactly as given, in the answer, on reading it back and in the event log', async () => {
    const wardId = ids.ward('thanh-nhan').id;
    for (const text of TRICKY) {
      const before = await lastSeq(server.url, ids.operator);
      const r = await gql(server.url, REPORT, { i: { wardId, category: 'COMPLAINT', severity: 'LOW', title: text.slice(0, 200), description: text } }, officer);
      expect(r.errors).toBeUndefined();
      expect(r.data!.reportIncident).toMatchObject({ title: text.slice(0, 200), description: text });
      const id = r.data!.reportIncident.id;
      const read = await gql(server.url, 'query($id: ID!) { incident(id: $id) { title description } }', { id }, ids.operator);
      expect(read.data!.incident).toEqual({ title: text.slice(0, 200), description: text });
      const events = await gql(server.url, 'query($a: Int) { events(after: $a) { incident { description } } }', { a: before }, ids.operator);
      expect(events.data!.events[0].incident.description).toBe(text);
    }
  });

  it('keeps notes and reasons of every other write exactly too', async () => {
    const text = TRICKY.join(' | ');
    const area = ids.ward('thanh-nhan').pollingAreas[0].id;
    await openArea(server.url, ids.operator, area);
    const op = (query: string, variables: Record<string, unknown>) => gql(server.url, query, variables, ids.operator);
    const inc = await op(REPORT, { i: { wardId: ids.ward('thanh-nhan').id, category: 'OTHER', severity: 'LOW', title: 'Ghi chú' } });
    const incidentId = inc.data!.reportIncident.id;
    const task = await op('mutation($id: ID!, $n: String) { dispatchTask(input: { incidentId: $id, agency: HEALTH, note: $n }) { id note } }', {
      id: incidentId,
      n: text,
    });
    expect(task.data!.dispatchTask.note).toBe(text);
    const declined = await op('mutation($id: ID!, $r: String!) { declineTask(id: $id, reason: $r) { declineReason } }', {
      id: task.data!.dispatchTask.id,
      r: text,
    });
    expect(declined.data!.declineTask.declineReason).toBe(text);
    const resolved = await op('mutation($id: ID!, $n: String) { resolveIncident(id: $id, note: $n) { note } }', { id: incidentId, n: text });
    expect(resolved.data!.resolveIncident.note).toBe(text);
    const reopened = await op('mutation($id: ID!, $r: String!) { reopenIncident(id: $id, reason: $r) { note } }', { id: incidentId, r: text });
    expect(reopened.data!.reopenIncident.note).toBe(text);
    const suspended = await op('mutation($id: ID!, $r: String) { setPollingAreaStatus(id: $id, status: SUSPENDED, reason: $r) { statusReason } }', {
      id: area,
      r: text,
    });
    expect(suspended.data!.setPollingAreaStatus.statusReason).toBe(text);
    const ticked = await op(
      'mutation($id: ID!, $n: String) { setChecklistItem(pollingAreaId: $id, item: SEAL_TAPE, done: true, note: $n) { checklist { item note } } }',
      { id: area, n: text },
    );
    expect(ticked.data!.setChecklistItem.checklist.find((c: { item: string }) => c.item === 'SEAL_TAPE').note).toBe(text);
  });

  it('is length-limited (title 200, description 2,000, reason 1,000), with nothing written when refused', async () => {
    const wardId = ids.ward('thanh-nhan').id;
    const before = await lastSeq(server.url, ids.operator);
    const refuse = async (input: Record<string, unknown>, reason: string) => {
      const r = await gql(server.url, REPORT, { i: { wardId, category: 'OTHER', severity: 'LOW', title: 'x', ...input } }, officer);
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
      REPORT,
      { i: { wardId, category: 'OTHER', severity: 'LOW', title: 'a'.repeat(200), description: 'đ'.repeat(2000) } },
      officer,
    );
    expect(ok.errors).toBeUndefined();
  });
});
