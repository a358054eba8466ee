import type { Server } from 'node:http';
import { createHash } from 'node:crypto';
import { getOperationAST, print, subscribe, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { viewerFromAuthorization } from '../auth/context.js';
import type { Tokens } from '../auth/tokens.js';
import type { Viewer } from '../auth/viewer.js';
import type { Context } from '../context.js';
import type { Logger } from '../logger.js';
import type { Services } from '../services.js';
import { DomainError } from '../errors.js';
import { parseId } from '../validation.js';
import type { Hub } from './hub.js';

export interface LiveSocket {
  /** Stop taking sockets and close the open ones with 1001 (going away): clients reconnect elsewhere. */
  close(): Promise<void>;
  get connections(): number;
}

/** The one place that opens the WebSocket: graphql-ws on /graphql, authenticated in connection_init. */
export function openLiveSocket(opts: {
  server: Server;
  schema: GraphQLSchema;
  hub: Hub;
  services: Services;
  tokens: Tokens;
  logger: Logger;
  connectionInitWaitTimeout?: number;
}): LiveSocket {
  const { hub, services, tokens, logger, schema, connectionInitWaitTimeout = 5_000 } = opts;
  const wss = new WebSocketServer({ server: opts.server, path: '/graphql', maxPayload: 64 * 1024 });
  const viewers = new WeakMap<object, Viewer>();

  const disposable = useServer<Record<string, unknown>, { viewer?: Viewer }>(
    {
      schema,
      connectionInitWaitTimeout,
      onConnect: async (ctx) => {
        const viewer = await viewerFromAuthorization(ctx.connectionParams?.authorization, tokens, services).catch(() => null);
        if (!viewer) return false; // graphql-ws closes with 4403 Forbidden
        viewers.set(ctx.extra.socket, viewer);
        return true;
      },
      context: (ctx): Context => ({ viewer: viewers.get(ctx.extra.socket) ?? null, services }),
      subscribe: (args: ExecutionArgs) => {
        const op = getOperationAST(args.document, args.operationName);
        const field = op?.selectionSet.selections[0];
        const isEvents = op?.operation === 'subscription' && field?.kind === 'Field' && field.name.value === 'events';
        if (!isEvents) return subscribe(args);
        const context = args.contextValue as Context;
        const vars = args.variableValues ?? {};
        const argValue = (name: string): unknown => {
          const arg = field.arguments?.find((a) => a.name.value === name);
          if (!arg) return null;
          if (arg.value.kind === 'Variable') return vars[arg.value.name.value] ?? null;
          if (arg.value.kind === 'IntValue' || arg.value.kind === 'StringValue') return arg.value.value;
          return null;
        };
        const after = argValue('after');
        const wardId = argValue('wardId');
        const afterSeq = after === null ? null : Number(after);
        if (afterSeq !== null && (!Number.isSafeInteger(afterSeq) || afterSeq < 0)) {
          return { errors: [new DomainError('textRequired', 'after must be a non-negative integer')] };
        }
        let wardFilter: number | null;
        try {
          wardFilter = wardId === null ? null : parseId(String(wardId));
        } catch (err) {
          return { errors: [err as DomainError] };
        }
        const documentKey = createHash('sha1').update(print(args.document)).digest('hex');
        return hub.subscribe({
          viewer: context.viewer!,
          context,
          document: args.document,
          documentKey,
          variableValues: args.variableValues ?? undefined,
          operationName: args.operationName,
          after: afterSeq,
          wardFilter,
        });
      },
      onError: (_ctx, _id, _payload, errors) => {
        logger.debug({ errors }, 'subscription refused');
      },
    },
    wss,
  );

  return {
    async close() {
      await disposable.dispose();
      await new Promise<void>((ok) => wss.close(() => ok()));
    },
    get connections() {
      return wss.clients.size;
    },
  };
}
