import type { Server } from 'node:http';
import { createHash } from 'node:crypto';
import {
  getOperationAST,
  print,
  subscribe,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type FormattedExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { WebSocketServer } from 'ws';
import { viewerFromAuthorization } from '../auth/context.js';
import type { Tokens } from '../auth/tokens.js';
import type { Viewer } from '../auth/viewer.js';
import type { Context } from '../context.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import { DomainError } from '../errors.js';
import { formatErrors } from '../http/errors.js';
import type { Logger } from '../logger.js';
import type { Role } from '../modules/users/user.entity.js';
import type { Services } from '../services.js';
import { parseId } from '../validation.js';
import { ConnectionCap } from './connection-cap.js';
import type { Hub } from './hub.js';
import type { TotalsFeed } from './totals-feed.js';
import { frameSink, serveGraphqlWs } from './ws-transport.js';
import { prepareOperation, type OperationPayload } from './ws-operation.js';

export interface LiveSocket {
  /**
   * Stop taking sockets and close the open ones with 1001 (going away): clients reconnect elsewhere.
   * A client that has not answered the close within `graceMs` is cut (`ws` alone would wait 30 s).
   */
  close(graceMs?: number): Promise<void>;
  get connections(): number;
  /** The role of each open socket's user, null while it has not been admitted: for the metrics. */
  roles(): (Role | null)[];
}

/** Close code for a user over the socket cap or a database outage: 1013 "try again later", which clients retry with back-off. */
export const TRY_AGAIN_LATER = 1013;
/** Close code for a socket whose sessions were revoked: graphql-ws's Forbidden, which clients take as signed out. */
export const SIGNED_OUT = 4403;

/** The one place that opens the WebSocket: graphql-ws on /graphql, authenticated in connection_init. */
export function openLiveSocket(opts: {
  server: Server;
  schema: GraphQLSchema;
  hub: Hub;
  /** Serves `unitTotals`. */
  totals: TotalsFeed;
  services: Services;
  tokens: Tokens;
  logger: Logger;
  /** Sockets that have not sent connection_init by then are closed with 4408. */
  connectionInitWaitTimeout?: number;
  /** Open sockets one user may hold at once. */
  maxConnectionsPerUser?: number;
  /** Operations (subscriptions, queries, mutations) one socket may run at once. */
  maxOperationsPerSocket?: number;
  /** Allow introspection over the socket (off in production, as over HTTP). */
  introspection?: boolean;
  /** How often open sockets are checked against revoked sessions and deactivated accounts. */
  sessionSweepMs?: number;
}): LiveSocket {
  const {
    hub,
    totals,
    services,
    tokens,
    logger,
    schema,
    connectionInitWaitTimeout = 5_000,
    maxConnectionsPerUser = 50,
    maxOperationsPerSocket = 20,
    introspection = true,
    sessionSweepMs = 10_000,
  } = opts;
  // No compression: the hub's streams write ready-made uncompressed frames (see frameSink).
  const wss = new WebSocketServer({ server: opts.server, path: '/graphql', maxPayload: 64 * 1024, perMessageDeflate: false });
  const viewers = new WeakMap<object, Viewer>();
  const cap = new ConnectionCap(maxConnectionsPerUser);
  const format = formatErrors(logger);
  // graphql-ws sends errors as thrown; map them to our codes and Vietnamese messages, as Apollo does over HTTP.
  const outgoing = (result: ExecutionResult): ExecutionResult | FormattedExecutionResult =>
    result.errors ? { ...result, errors: format(result.errors) } : result;

  // Sessions revoked (or an account deactivated) on any replica: its open sockets here are signed out
  // within a sweep, one query for every signed-in user however many screens share an account.
  const sweep = setInterval(() => {
    const open = [...wss.clients].flatMap((socket) => {
      const viewer = viewers.get(socket);
      return viewer ? [{ socket, viewer }] : [];
    });
    if (open.length === 0) return;
    services.users
      .sessionVersions(open.map((o) => o.viewer.id))
      .then((versions) => {
        for (const { socket, viewer } of open) if (versions.get(viewer.id) !== viewer.sessionVersion) socket.close(SIGNED_OUT, 'Signed out');
      })
      .catch(() => undefined); // the database is away: the next sweep asks again
  }, sessionSweepMs);
  sweep.unref();

  const disposable = serveGraphqlWs(
    {
      schema,
      connectionInitWaitTimeout,
      onConnect: async (ctx) => {
        const socket = ctx.extra.socket;
        let viewer: Viewer | null;
        try {
          viewer = await viewerFromAuthorization(ctx.connectionParams?.authorization, tokens, services);
        } catch (err) {
          // The user could not be read: "try again later", not "forbidden", so clients keep their session and retry.
          if (!isDatabaseUnavailable(err)) logger.error({ err }, 'could not authenticate a WebSocket');
          socket.close(TRY_AGAIN_LATER, 'Database unavailable; try again');
          return false;
        }
        if (!viewer) return false; // graphql-ws closes with 4403 Forbidden
        const release = cap.admit(viewer.id);
        if (!release) {
          logger.warn({ user: viewer.username, max: maxConnectionsPerUser }, 'WebSocket refused: too many connections for this user');
          // graphql-ws's own 4403 that follows `false` is a no-op on a socket already closing.
          socket.close(TRY_AGAIN_LATER, 'Too many connections for this user');
          return false;
        }
        socket.once('close', release);
        if (socket.readyState !== socket.OPEN) release(); // closed while we were reading the user
        viewers.set(socket, viewer);
        return true;
      },
      context: (ctx): Context => ({ viewer: viewers.get(ctx.extra.socket) ?? null, services, address: ctx.extra.request.socket.remoteAddress ?? null }),
      onSubscribe: (ctx, _id, payload) => {
        if (Object.keys(ctx.subscriptions).length > maxOperationsPerSocket) return [new DomainError('tooManySubscriptions', `max ${maxOperationsPerSocket}`)];
        return prepareOperation(schema, payload as OperationPayload, { introspection });
      },
      subscribe: async (args: ExecutionArgs) => {
        const op = getOperationAST(args.document, args.operationName);
        const field = op?.selectionSet.selections[0];
        const root = op?.operation === 'subscription' && field?.kind === 'Field' ? field.name.value : null;
        const context = args.contextValue as Context;
        const documentKey = () => createHash('sha1').update(print(args.document)).digest('hex');
        if (root === 'unitTotals')
          return totals.subscribe({
            viewer: context.viewer!,
            context,
            document: args.document,
            documentKey: documentKey(),
            variableValues: args.variableValues ?? undefined,
            operationName: args.operationName,
          });
        if (root !== 'events' || field?.kind !== 'Field') return subscribe(args);
        let range: { after: number | null; wardFilter: number | null; figures: boolean };
        try {
          range = eventsArguments(field, args.variableValues ?? {});
        } catch (err) {
          return { errors: [err as DomainError] };
        }
        // A wall above several districts lists their reports, never their wards' (the nation's 10,614 a
        // checkpoint). Unread, they are sent: the screen leaves them out of its list all the same.
        const wardReports = range.figures || !(await services.directory.severalDistricts(context.viewer!.home).catch(() => false));
        return hub.subscribe({
          viewer: context.viewer!,
          context,
          document: args.document,
          documentKey: documentKey(),
          variableValues: args.variableValues ?? undefined,
          operationName: args.operationName,
          ...range,
          wardReports,
          sink: frameSink(args, outgoing),
        });
      },
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? outgoing(result) : undefined),
      onError: (_ctx, _id, _payload, errors) => {
        logger.debug({ errors }, 'operation refused over the socket');
        return format(errors);
      },
    },
    wss,
    (err) => logger.error({ err }, 'WebSocket transport error'),
  );

  return {
    async close(graceMs = 1_000) {
      clearInterval(sweep);
      await disposable.dispose();
      const closed = new Promise<void>((ok) => wss.close(() => ok()));
      const cut = setTimeout(() => {
        for (const client of wss.clients) client.terminate();
      }, graceMs);
      await closed;
      clearTimeout(cut);
    },
    get connections() {
      return wss.clients.size;
    },
    roles: () => [...wss.clients].map((socket) => viewers.get(socket)?.role ?? null),
  };
}

/** `events(after, wardId, figures)`, from literals or variables; bad values are refused before any replay. */
function eventsArguments(field: FieldNode, vars: Record<string, unknown>): { after: number | null; wardFilter: number | null; figures: boolean } {
  const argValue = (name: string): unknown => {
    const arg = field.arguments?.find((a) => a.name.value === name);
    if (!arg) return null;
    if (arg.value.kind === 'Variable') return vars[arg.value.name.value] ?? null;
    if (arg.value.kind === 'IntValue' || arg.value.kind === 'StringValue' || arg.value.kind === 'BooleanValue') return arg.value.value;
    return null;
  };
  const after = argValue('after');
  const wardId = argValue('wardId');
  const afterSeq = after === null ? null : Number(after);
  if (afterSeq !== null && (!Number.isSafeInteger(afterSeq) || afterSeq < 0))
    throw new DomainError('argumentOutOfRange', 'after must be a non-negative integer');
  return { after: afterSeq, wardFilter: wardId === null ? null : parseId(String(wardId)), figures: argValue('figures') !== false };
}
