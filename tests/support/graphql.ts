import type { TypedDocumentString } from '@election-ops/schema';

/**
 * An answer's `data` when a test declares no type for it: the suites read answers by path and assert
 * what they find there, so the assertion is the shape. The one `any` of the suites.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type AnyData = Record<string, any>;

/** One GraphQL request over HTTP, as a client sends it. */
export interface GqlResult<T = AnyData> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
}

/**
 * Send one operation over HTTP. A typed document (`support/operations.ts`) types its variables and
 * its answer; a string is for the documents a test writes on purpose (a malformed one, a probe of
 * one field, a limit).
 */
export async function gql<T, V>(url: string, query: TypedDocumentString<T, V>, variables: V, token?: string): Promise<GqlResult<T>>;
export async function gql<T = AnyData>(url: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
export async function gql(url: string, query: string | TypedDocumentString<unknown, unknown>, variables: unknown = {}, token?: string): Promise<GqlResult> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: String(query), variables }),
  });
  return (await res.json()) as GqlResult;
}

/** The error code of a refused operation (undefined when it succeeded). */
export function codeOf(result: GqlResult): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}
