import type { IncomingMessage } from 'node:http';
import type { ExecutionResult } from 'graphql';
import { CloseCode, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';

/**
 * graphql-ws over `ws`, like graphql-ws's own `useServer`, with two changes for fan-out to thousands
 * of sockets:
 *
 * - A result the hub has already serialised (once per scope group and event, see `serialised`) is
 *   spliced into each socket's `next` message as that text, instead of being serialised again per
 *   socket.
 * - A send does not wait for the kernel to take the bytes unless the socket already holds
 *   SEND_HIGH_WATER bytes: graphql-ws sends one message at a time per subscription, so waiting on
 *   every write cost an event-loop turn per socket and event. A socket that stops reading still
 *   stalls its subscription, and its backlog still lands in its LiveStream, which drops it when too
 *   far behind.
 */

/** Bytes a socket may hold unsent before its next send waits for them to drain. */
const SEND_HIGH_WATER = 256 * 1024;
/** Ping every so often; a socket that has not answered the previous ping by then is terminated. */
const KEEP_ALIVE_MS = 12_000;

/** Results serialised once for all the sockets of a group: result → its JSON. */
const serialised = new WeakMap<ExecutionResult, string>();

/** Serialise a result once for every socket it goes to; returns its size in bytes of text. */
export function serialise(result: ExecutionResult): number {
  let json = serialised.get(result);
  if (json === undefined) {
    json = JSON.stringify(result);
    serialised.set(result, json);
  }
  return json.length;
}

/** Is this result sent as its serialised text? (graphql-ws must then be handed the very same object.) */
export function isSerialised(result: ExecutionResult): boolean {
  return serialised.has(result);
}

/** What JSON.stringify writes in place of a serialised payload; always the last member of a `next` message. */
const MARK = '\u0001';
const MARKED_TAIL = `,"payload":${JSON.stringify(MARK)}}`;

/** The payload swapped out by the replacer, spliced back by the send that immediately follows it. */
let swapped: string | null = null;

function replacer(this: unknown, key: string, value: unknown): unknown {
  if (key === 'payload' && value !== null && typeof value === 'object') {
    const json = serialised.get(value as ExecutionResult);
    if (json !== undefined) {
      swapped = json;
      return MARK;
    }
  }
  return value;
}

/** graphql-ws stringifies a message and passes it straight to send: the swapped payload belongs to this message. */
function splice(data: string): string {
  const json = swapped;
  swapped = null;
  if (json === null || !data.endsWith(MARKED_TAIL)) return data;
  return `${data.slice(0, -MARKED_TAIL.length)},"payload":${json}}`;
}

/** TCP sockets corked until the end of this turn of the event loop. */
const corked = new WeakSet<object>();

/**
 * Hold a socket's writes until the current turn of the event loop ends, so the messages it gets in
 * that turn (a batch of events) leave in one write: a write is a system call, and one per message
 * per socket was most of the fan-out's cost.
 */
function coalesce(socket: WebSocket): void {
  const tcp = (socket as unknown as { _socket?: import('node:net').Socket })._socket;
  if (!tcp || corked.has(tcp)) return;
  corked.add(tcp);
  tcp.cork();
  setImmediate(() => {
    corked.delete(tcp);
    tcp.uncork();
  });
}

export type Extra = { socket: WebSocket; request: IncomingMessage };

/** Serve graphql-ws on `wss`; returns a dispose that closes every socket with 1001 (going away). */
export function serveGraphqlWs(
  options: ServerOptions<Record<string, unknown> | undefined, Extra>,
  wss: WebSocketServer,
  onInternalError: (err: unknown) => void,
): { dispose(): Promise<void> } {
  const server = makeServer<Record<string, unknown> | undefined, Extra>({ ...options, jsonMessageReplacer: replacer });
  wss.options.handleProtocols = handleProtocols;
  wss.on('error', onInternalError);

  wss.on('connection', (socket, request) => {
    socket.once('error', (err) => {
      onInternalError(err);
      socket.close(CloseCode.InternalServerError, 'Internal server error');
    });
    let answered = true;
    const ping = setInterval(() => {
      if (socket.readyState !== socket.OPEN) return;
      if (!answered) return void socket.terminate();
      answered = false;
      socket.ping();
    }, KEEP_ALIVE_MS);
    socket.on('pong', () => (answered = true));

    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) => {
          const text = splice(data);
          if (socket.readyState !== socket.OPEN) return;
          coalesce(socket);
          if (socket.bufferedAmount < SEND_HIGH_WATER) return void socket.send(text);
          return new Promise<void>((ok, fail) => socket.send(text, (err) => (err ? fail(err) : ok())));
        },
        close: (code, reason) => socket.close(code, reason),
        onMessage: (cb) =>
          socket.on('message', async (message) => {
            try {
              await cb(String(message));
            } catch (err) {
              onInternalError(err);
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            }
          }),
      },
      { socket, request },
    );
    socket.once('close', (code, reason) => {
      clearInterval(ping);
      void closed(code, String(reason));
    });
  });

  return {
    async dispose() {
      for (const client of wss.clients) client.close(1001, 'Going away');
      wss.removeAllListeners('connection');
    },
  };
}
