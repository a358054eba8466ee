/** A GraphQL error as the API reports it, with its `extensions.code`. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

const RETRIES = 4;
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** The API as any client uses it: HTTP POST /graphql with a bearer token (Node's fetch, no client library). */
export class Api {
  constructor(readonly url: string) {}

  /**
   * Send one operation. A dropped connection or RATE_LIMITED is retried with back-off (writes carry a
   * clientRequestId, so a retry never applies twice); any other refusal is thrown as an ApiError.
   */
  async gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    for (let attempt = 0; ; attempt += 1) {
      let body: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
      try {
        const res = await fetch(`${this.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables }),
        });
        body = (await res.json()) as typeof body;
      } catch (err) {
        if (attempt >= RETRIES) throw err;
        await sleep(200 * 2 ** attempt);
        continue;
      }
      const error = body.errors?.[0];
      if (error?.extensions?.code === 'RATE_LIMITED' && attempt < RETRIES) {
        await sleep(500 * 2 ** attempt);
        continue;
      }
      if (error || !body.data) throw new ApiError(error?.message ?? 'no data', error?.extensions?.code);
      return body.data;
    }
  }

  async login(username: string, password: string): Promise<string> {
    const r = await this.gql<{ login: { token: string } }>('mutation($u:String!,$p:String!){ login(username:$u,password:$p){ token } }', {
      u: username,
      p: password,
    });
    return r.login.token;
  }
}
