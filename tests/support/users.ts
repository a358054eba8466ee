import { execFile } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const TOOL = resolve(dirname(fileURLToPath(import.meta.url)), '../../server/dist/tools/users.js');

/** Create an account with the user-management command, against the same storage as a test server. */
export async function createUser(env: Record<string, string>, args: string[], password = 'secret-pass'): Promise<void> {
  await promisify(execFile)(process.execPath, [TOOL, 'create', ...args], { env: { ...process.env, ...env, USER_PASSWORD: password } });
}
