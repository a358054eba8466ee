import type { TypedDocumentString } from '@election-ops/schema';

/** A refusal from the server (code and reason from `extensions`), or NETWORK when it could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly reason: string | null,
    message: string,
  ) {
    super(message);
  }
  /** Worth sending again later: the request may not have reached the server. */
  get retriable(): boolean {
    return this.code === 'NETWORK' || this.code === 'INTERNAL_SERVER_ERROR';
  }
}

let tokenSource: () => string | null = () => null;
let onUnauthenticated: () => void = () => undefined;

/** Wire the session in once (avoids a module cycle between the store and the requests). */
export function configureRequests(opts: { token: () => string | null; unauthenticated: () => void }): void {
  tokenSource = opts.token;
  onUnauthenticated = opts.unauthenticated;
}

/** One GraphQL operation over HTTP with the session's bearer token (documents are codegen's typed strings). */
export async function request<R, V>(document: TypedDocumentString<R, V>, variables: V): Promise<R> {
  const query = document.toString();
  const token = tokenSource();
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  } catch (err) {
    throw new ApiError('NETWORK', null, String(err));
  }
  let body: { data?: R; errors?: { message: string; extensions?: { code?: string; reason?: string } }[] };
  try {
    body = await res.json();
  } catch {
    throw new ApiError(res.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'NETWORK', null, `HTTP ${res.status}`);
  }
  const error = body.errors?.[0];
  if (error) {
    const code = error.extensions?.code ?? 'UNKNOWN';
    if (code === 'UNAUTHENTICATED' && token) onUnauthenticated();
    throw new ApiError(code, error.extensions?.reason ?? null, error.message);
  }
  return body.data as R;
}
