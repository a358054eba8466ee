import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase } from './postgres.js';

const MAIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../server/dist/main.js');

/** The election day the suites run on, and an election clock in the middle of voting. */
export const ELECTION_DATE = '2021-05-23';
export const DEFAULT_ENV = { ELECTION_DATE, CLOCK_START: `${ELECTION_DATE}T08:00:00+07:00`, SEED: 'demo' };

export interface TestServer {
  url: string;
  port: number;
  process: ChildProcess;
  /** Stop it the hard way (SIGKILL) or gracefully (SIGTERM); resolves when it has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Start it again on the same data (same DATA_DIR / DATABASE_URL), on a new port. */
  restart(): Promise<TestServer>;
  /** The last 200 kB of what it printed (pino JSON lines), for a failing test to show. */
  output(): string;
}

export interface Storage {
  env: Record<string, string>;
  dispose(): Promise<void>;
}

/** An embedded database in a temporary folder, or a fresh PostgreSQL database. */
export async function storage(kind: 'pglite' | 'postgres'): Promise<Storage> {
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'eo-data-'));
    return { env: { DATA_DIR: dir }, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const db = await createDatabase();
  return { env: { DATABASE_URL: db.url }, dispose: db.drop };
}

/** Start a real server process (the built `server/dist/main.js`) on a free port and wait until it listens. */
export async function startServer(env: Record<string, string>): Promise<TestServer> {
  const fullEnv = { ...process.env, ...DEFAULT_ENV, PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'test', ...env };
  // For profiling a benchmark's server (e.g. SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof'), not the tools around it.
  const nodeArgs = process.env.SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, MAIN], { env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  // Everything it prints is read (a full pipe would block it); the last 200 kB are kept for diagnosis.
  let log = '';
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-200_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const port = await new Promise<number>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start in 60 s:\n${log}`)), 60_000);
    const listening = () => {
      const m = /"port":(\d+).*"msg":"election-ops listening"/.exec(log);
      if (!m) return;
      clearTimeout(timer);
      child.stdout!.off('data', listening);
      ok(Number(m[1]));
    };
    child.stdout!.on('data', listening);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited with ${code} before listening:\n${log}`));
    });
  });
  const server: TestServer = {
    output: () => log,
    url: `http://127.0.0.1:${port}`,
    port,
    process: child,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
    async restart() {
      await server.stop();
      return startServer(env);
    },
  };
  return server;
}
