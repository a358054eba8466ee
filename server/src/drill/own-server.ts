import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = resolve(dirname(fileURLToPath(import.meta.url)), '../main.js');

/** The demo election day the drill rehearses when it brings its own server. */
export const DRILL_ELECTION_DATE = '2021-05-23';

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => ok(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * A server of its own for the drill: the built server process on a fresh embedded database in a
 * temporary folder, with the demo data and the 2021 election day. Removed again by `stop`.
 */
export async function startOwnServer(port?: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'eo-drill-'));
  const listen = port ?? (await freePort());
  // Its clock waits just before 05:00 of the day until the drill starts it, so nothing is late or overdue beforehand.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(listen),
    DATA_DIR: dataDir,
    SEED: 'demo',
    ELECTION_DATE: DRILL_ELECTION_DATE,
    LOG_LEVEL: 'warn',
    CLOCK_START: `${DRILL_ELECTION_DATE}T04:59:00+07:00`,
    CLOCK_SPEED: '1',
    CLOCK_ANCHOR: '',
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  const url = `http://127.0.0.1:${listen}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the drill's server exited with code ${child.exitCode}`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { url, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error("the drill's server did not become ready in 60 s");
    }
    await new Promise((ok) => setTimeout(ok, 200));
  }
}
