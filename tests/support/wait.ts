/**
 * Ask `check` again and again until it gives something truthy, and return that: for a state only a
 * question shows (a readiness probe, a database's sessions, a process table), where no event says it
 * has changed. A check that throws counts as "not yet"; past `timeoutMs` the wait fails with `what`
 * and the last error.
 */
export async function eventually<T>(
  what: string,
  check: () => Promise<T>,
  timeoutMs = 30_000,
  everyMs = 50,
): Promise<Exclude<T, false | null | undefined | 0 | ''>> {
  const until = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as Exclude<T, false | null | undefined | 0 | ''>;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > until) throw new Error(`never happened in ${timeoutMs} ms: ${what}${lastError ? ` (last error: ${lastError})` : ''}`);
    await new Promise((ok) => setTimeout(ok, everyMs));
  }
}
