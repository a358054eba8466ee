import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { ExecutionArgs, ExecutionResult, FormattedExecutionResult } from 'graphql';
import { CloseCode, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';
import type { FrameSink } from './live-stream.js';

/**
 * graphql-ws over `ws`, like graphql-ws's own `useServer`, with one change for fan-out to thousands of
 * sockets: a subscription the hub feeds (`events`) does not send its events through graphql-ws.
 * graphql-ws sends one message per event per subscription, each after an `await` of its iterator, of
 * its hooks and of the socket, and stringifies each message again; here the hub's stream writes its
 * `next` messages straight to the socket through a `FrameSink` (see `frameSink`), built from bytes
 * made once per scope group and event, all of a batch's messages to one socket in one write.
 * graphql-ws still runs the protocol: connection_init, subscribe, complete, errors, and the end of the
 * stream (its `complete` or `error` message follows the last `next` written here).
 */

/** Bytes a socket may hold unsent before its stream holds events back (and drops the socket when too far behind). */
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

/**
 * A `next` message without its id, `,"type":"next","payload":…}`, made once per result (so once per
 * scope group and event) for every socket it goes to; each socket puts its subscription's id before it.
 */
const bodies = new WeakMap<ExecutionResult, Buffer>();

function body(result: ExecutionResult, outgoing: (result: ExecutionResult) => ExecutionResult | FormattedExecutionResult): Buffer {
  let bytes = bodies.get(result);
  if (bytes === undefined) {
    // A result with errors goes out as `outgoing` makes it (our codes and messages); the rest as serialised.
    const json = result.errors ? JSON.stringify(outgoing(result)) : (serialised.get(result) ?? JSON.stringify(result));
    bytes = Buffer.from(`,"type":"next","payload":${json}}`);
    bodies.set(result, bytes);
  }
  return bytes;
}

/** Room for a WebSocket frame's header: 2 bytes, plus 2 or 8 for the length of a longer message. */
function headerLength(length: number): number {
  return length < 126 ? 2 : length < 65_536 ? 4 : 10;
}

/** Write an unmasked, uncompressed, final text frame's header (RFC 6455 §5.2) at `at`; returns where the data starts. */
function writeHeader(target: Buffer, at: number, length: number): number {
  target[at] = 0x81; // FIN, text
  if (length < 126) {
    target[at + 1] = length;
    return at + 2;
  }
  if (length < 65_536) {
    target[at + 1] = 126;
    target.writeUInt16BE(length, at + 2);
    return at + 4;
  }
  target[at + 1] = 127;
  target.writeUInt32BE(0, at + 2);
  target.writeUInt32BE(length, at + 6);
  return at + 10;
}

/** The subscriptions graphql-ws is running, by the arguments it executes them with (the object our onSubscribe returned). */
const subscriptions = new WeakMap<ExecutionArgs, { socket: WebSocket; id: string }>();

/**
 * A way for a subscription's stream to write its `next` messages to the socket itself, in order and
 * ahead of whatever graphql-ws sends after them; null for arguments graphql-ws did not get from our
 * onSubscribe. `outgoing` turns a result with errors into what the client is shown.
 */
export function frameSink(args: ExecutionArgs, outgoing: (result: ExecutionResult) => ExecutionResult | FormattedExecutionResult): FrameSink | null {
  const sub = subscriptions.get(args);
  if (!sub) return null;
  const { socket } = sub;
  const head = Buffer.from(`{"id":${JSON.stringify(sub.id)}`);
  const tcp = (socket as unknown as { _socket?: Socket })._socket;
  return {
    get ready() {
      return socket.readyState !== socket.OPEN || socket.bufferedAmount < SEND_HIGH_WATER;
    },
    whenReady(cb) {
      if (!tcp || this.ready) return void cb();
      let called = false;
      const once = () => {
        if (called) return;
        called = true;
        tcp.off('drain', once);
        tcp.off('close', once);
        cb();
      };
      tcp.on('drain', once);
      tcp.on('close', once);
    },
    send(results) {
      if (socket.readyState !== socket.OPEN || results.length === 0) return;
      const parts = results.map((r) => body(r, outgoing));
      // Without an extension (we offer none: no compression), a frame is header + bytes, so all of this
      // batch's messages leave as one buffer in one write; `ws` writes its own frames (ping, graphql-ws's
      // messages) to the same socket one whole frame per write, so the two never interleave inside a frame.
      if (!tcp || socket.extensions !== '') {
        for (const part of parts) socket.send(Buffer.concat([head, part]), { binary: false });
        return;
      }
      let size = 0;
      for (const part of parts) size += headerLength(head.length + part.length) + head.length + part.length;
      const out = Buffer.allocUnsafe(size);
      let at = 0;
      for (const part of parts) {
        at = writeHeader(out, at, head.length + part.length);
        at += head.copy(out, at);
        at += part.copy(out, at);
      }
      tcp.write(out);
    },
  };
}

export type Extra = { socket: WebSocket; request: IncomingMessage };

/** Serve graphql-ws on `wss`; returns a dispose that closes every socket with 1001 (going away). */
export function serveGraphqlWs(
  options: ServerOptions<Record<string, unknown> | undefined, Extra>,
  wss: WebSocketServer,
  onInternalError: (err: unknown) => void,
): { dispose(): Promise<void> } {
  const server = makeServer<Record<string, unknown> | undefined, Extra>({
    ...options,
    // Remember which socket and id each subscription's arguments belong to, for `frameSink`.
    onSubscribe: async (ctx, id, payload) => {
      const args = await options.onSubscribe?.(ctx, id, payload);
      if (args && !Array.isArray(args)) subscriptions.set(args as ExecutionArgs, { socket: ctx.extra.socket, id });
      return args;
    },
  });
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
          if (socket.readyState !== socket.OPEN) return;
          if (socket.bufferedAmount < SEND_HIGH_WATER) return void socket.send(data);
          return new Promise<void>((ok, fail) => socket.send(data, (err) => (err ? fail(err) : ok())));
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
