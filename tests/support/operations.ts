import {
  AcknowledgeTaskDocument,
  DispatchTaskDocument,
  EventLogDocument,
  EventSeqsDocument,
  LoginDocument,
  ReportIncidentWithTasksDocument,
  ReportTurnoutDocument,
  ResolveIncidentDocument,
  SetPollingAreaStatusDocument,
  StopDrillDocument,
  type DispatchTaskInput,
  type EventLogQuery,
  type EventSeqsQuery,
  type ReportIncidentInput,
  type ReportTurnoutInput,
  type ResolveIncidentMutationVariables,
  type SetPollingAreaStatusMutationVariables,
  type TypedDocumentString,
} from '@election-ops/schema';
import { gql } from './graphql.js';

/**
 * The operations the suites send: the typed documents of the contract (`schema/operations/*.graphql`,
 * the dashboard's and the few the suites add), and helpers for the writes most tests make. A test
 * that sends an odd document on purpose (a limit, a probe of one field, fuzzing) writes it inline.
 */
export * from '@election-ops/schema';

/** An event as the audit read returns it. */
export type LoggedEvent = EventLogQuery['events'][number];

/** Send `document` as `token` and return its data; a refusal fails the test with the server's errors. */
export async function ask<T, V>(url: string, document: TypedDocumentString<T, V>, variables: V, token?: string): Promise<T> {
  const r = await gql(url, document, variables, token);
  if (r.errors || !r.data) throw new Error(`${nameOf(document)} refused: ${JSON.stringify(r.errors)}`);
  return r.data;
}

const nameOf = (document: { toString(): string }) => /(?:query|mutation|subscription)\s+(\w+)/.exec(String(document))?.[1] ?? 'operation';

/** A session token for a demo (or created) account. */
export async function login(url: string, username: string, password = 'demo'): Promise<string> {
  const r = await gql(url, LoginDocument, { username, password });
  if (!r.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(r.errors)}`);
  return r.data.login.token;
}

/** Report an incident; the answer holds the tasks its category dispatched. */
export const reportIncident = async (url: string, input: ReportIncidentInput, token: string) =>
  (await ask(url, ReportIncidentWithTasksDocument, { input }, token)).reportIncident;

export const reportTurnout = async (url: string, input: ReportTurnoutInput, token: string) =>
  (await ask(url, ReportTurnoutDocument, { input }, token)).reportTurnout;

export const setAreaStatus = async (url: string, variables: SetPollingAreaStatusMutationVariables, token: string) =>
  (await ask(url, SetPollingAreaStatusDocument, variables, token)).setPollingAreaStatus;

export const dispatchTask = async (url: string, input: DispatchTaskInput, token: string) =>
  (await ask(url, DispatchTaskDocument, { input }, token)).dispatchTask;

export const acknowledgeTask = async (url: string, id: string, token: string) => (await ask(url, AcknowledgeTaskDocument, { id }, token)).acknowledgeTask;

export const resolveIncident = async (url: string, variables: ResolveIncidentMutationVariables, token: string) =>
  (await ask(url, ResolveIncidentDocument, variables, token)).resolveIncident;

export const stopDrill = async (url: string, token: string) => (await ask(url, StopDrillDocument, {}, token)).stopDrill;

/** Read the log after `after` to its end, 1,000 events a page, as `token` may read it. */
async function wholeLog<E extends { seq: number }>(read: (after: number) => Promise<E[]>, after: number): Promise<E[]> {
  const all: E[] = [];
  for (let page = await read(after); page.length > 0; page = await read(page[page.length - 1].seq)) all.push(...page);
  return all;
}

/** Every event after `after` that `token` may read, in seq order: the audit read. */
export const eventLog = (url: string, token: string, after = 0): Promise<LoggedEvent[]> =>
  wholeLog(async (a) => (await ask(url, EventLogDocument, { after: a, limit: 1000 }, token)).events, after);

/** The seqs (and wards) of every event after `after` that `token` may read: what its live stream must carry. */
export const eventSeqs = (url: string, token: string, after = 0): Promise<EventSeqsQuery['events']> =>
  wholeLog(async (a) => (await ask(url, EventSeqsDocument, { after: a, limit: 1000 }, token)).events, after);

/** The seq of the log's last event, as the operator reads it. */
export const lastSeq = async (url: string, operatorToken: string): Promise<number> => (await eventSeqs(url, operatorToken)).at(-1)?.seq ?? 0;
