import type { Client } from 'graphql-ws';
import type { GqlResult } from './graphql.js';

/** A query or mutation sent over an open graphql-ws client, or the close code if the socket was refused. */
export type WsAnswer = GqlResult & { closeCode?: number };

export function wsOnce(client: Client, query: string, variables: Record<string, unknown> = {}): Promise<WsAnswer> {
  return new Promise((ok) => {
    let result: WsAnswer | undefined;
    client.subscribe<Record<string, unknown>>(
      { query, variables },
      {
        next: (r) => (result = r as WsAnswer),
        error: (e: unknown) => {
          // A closed socket arrives as a CloseEvent; refused operations as the server's error list.
          if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'number') ok({ closeCode: e.code });
          else ok({ errors: Array.isArray(e) ? e : [{ message: String(e) }] });
        },
        complete: () => ok(result ?? { errors: [{ message: 'completed without a result' }] }),
      },
    );
  });
}
