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

export async function gql<T = AnyData>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResult<T>;
}

/** The error code of a refused operation (undefined when it succeeded). */
export function codeOf(result: GqlResult): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

export async function login(url: string, username: string, password = 'demo'): Promise<string> {
  const r = await gql<{ login: { token: string } }>(url, 'mutation($u:String!,$p:String!){ login(username:$u,password:$p){ token } }', {
    u: username,
    p: password,
  });
  if (!r.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(r.errors)}`);
  return r.data.login.token;
}

export async function lastSeq(url: string, operatorToken: string): Promise<number> {
  let after = 0;
  for (;;) {
    const r = await gql<{ events: { seq: number }[] }>(url, 'query($a:Int){ events(after:$a, limit:1000){ seq } }', { a: after }, operatorToken);
    const events = r.data!.events;
    if (events.length === 0) return after;
    after = events[events.length - 1].seq;
  }
}
