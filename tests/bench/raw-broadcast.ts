/**
 * The comparison for the fan-out benchmark: a plain `ws` server that sends the very payloads the
 * GraphQL run delivered, to the same number of sockets with the same scopes, on the same schedule.
 * Each payload is serialised once and written to every socket allowed to read it; no GraphQL, no
 * database: the floor the live path is measured against.
 */
import { WebSocketServer, type WebSocket } from 'ws';
import type { FromRaw, ToRaw } from './fanout-protocol.js';

const sockets = new Map<number, WebSocket>();
const wss = new WebSocketServer({ port: 0 });
const listening = new Promise((ok) => wss.once('listening', ok));
wss.on('connection', (ws, req) => {
  const i = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('i'));
  sockets.set(i, ws);
  ws.on('close', () => sockets.delete(i));
});
const send = (m: FromRaw) => process.send!(m);

async function play(m: Extract<ToRaw, { type: 'play' }>): Promise<void> {
  // Sockets grouped by scope, and per seq the scopes that may read it.
  const byScope = new Map<string, WebSocket[]>();
  m.scopes.forEach((scope, i) => {
    const ws = sockets.get(i);
    if (!ws) return;
    byScope.set(scope, [...(byScope.get(scope) ?? []), ws]);
  });
  const readers = new Map<number, string[]>();
  for (const [scope, seqs] of Object.entries(m.expected)) for (const s of seqs) readers.set(s, [...(readers.get(s) ?? []), scope]);
  const startedAt = Date.now();
  let sent = 0;
  const all = [...byScope.values()].flat();
  for (const [k, e] of m.events.entries()) {
    const wait = startedAt + e.offsetMs - Date.now();
    if (wait > 0) await new Promise((ok) => setTimeout(ok, wait));
    // Back-pressure, as a real server needs: let the sockets drain before queueing more than ~256 KB on one.
    if (k % 20 === 0) while (all.some((ws) => ws.bufferedAmount > 256 * 1024)) await new Promise((ok) => setTimeout(ok, 1));
    await new Promise((ok) => setImmediate(ok));
    const frame = `${Date.now()}|${e.payload}`;
    for (const scope of readers.get(e.seq) ?? []) {
      for (const ws of byScope.get(scope) ?? []) {
        ws.send(frame);
        sent += 1;
      }
    }
  }
  send({ type: 'played', sent, startedAt });
}

process.on('message', (m: ToRaw) => {
  if (m.type === 'listen') {
    void listening.then(() => {
      const address = wss.address();
      send({ type: 'listening', port: typeof address === 'object' && address ? address.port : 0 });
    });
  } else if (m.type === 'play') void play(m);
});
