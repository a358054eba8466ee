import { spawn, type ChildProcess } from 'node:child_process';

/** A TypeScript child process (run by tsx) spoken to over IPC: the load generator, the raw server. */
export interface Child<In, Out extends { type: string }> {
  process: ChildProcess;
  send(message: In): void;
  /** The next message of this type. */
  next<T extends Out['type']>(type: T, timeoutMs?: number): Promise<Extract<Out, { type: T }>>;
  stop(): Promise<void>;
}

export function spawnTs<In, Out extends { type: string }>(file: string, heapMb = 4096): Child<In, Out> {
  const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, '--import', 'tsx', file], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  const waiting: { type: string; ok: (m: Out) => void; fail: (e: Error) => void }[] = [];
  child.on('message', (m: Out) => {
    const i = waiting.findIndex((w) => w.type === m.type);
    if (i >= 0) waiting.splice(i, 1)[0].ok(m);
  });
  child.once('exit', (code) => waiting.splice(0).forEach((w) => w.fail(new Error(`${file} exited (${code}) while waiting for "${w.type}"`))));
  return {
    process: child,
    send: (m) => child.send(m as object),
    next(type, timeoutMs = 600_000) {
      return new Promise((ok, fail) => {
        const timer = setTimeout(() => fail(new Error(`${file}: no "${type}" within ${timeoutMs} ms`)), timeoutMs);
        const settle = () => clearTimeout(timer);
        waiting.push({ type, ok: (m) => (settle(), ok(m as Extract<Out, { type: typeof type }>)), fail: (e) => (settle(), fail(e)) });
      });
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
