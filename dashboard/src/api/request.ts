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
  let body: Answer & { data?: R };
  try {
    body = await res.json();
  } catch {
    throw new ApiError(res.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'NETWORK', null, `HTTP ${res.status}`);
  }
  if (body.errors?.[0]) throw refusal(body.errors[0], token);
  return body.data as R;
}

/** A file served behind the session's bearer token (a report's PDF): its bytes and the name the server gives it. */
export async function fetchFile(path: string): Promise<{ blob: Blob; name: string | null }> {
  const token = tokenSource();
  try {
    const res = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    if (!res.ok) {
      // Refused in the GraphQL endpoint's words (a JSON body of `errors`), or a bare HTTP status.
      const body = (await res.json().catch(() => ({}))) as Answer;
      const error = body.errors?.[0] ?? { message: `HTTP ${res.status}`, extensions: { code: res.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN' } };
      throw refusal(error, token);
    }
    const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? null;
    return { blob: await res.blob(), name };
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError('NETWORK', null, String(err));
  }
}

interface Answer {
  errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
}

/** The server's first error as an ApiError; a refused token signs the session out. */
function refusal(error: NonNullable<Answer['errors']>[number], token: string | null): ApiError {
  const code = error.extensions?.code ?? 'UNKNOWN';
  if (code === 'UNAUTHENTICATED' && token) onUnauthenticated();
  return new ApiError(code, error.extensions?.reason ?? null, error.message);
}
