import type { Logger } from './logger.js';

/** One step of stopping the server. */
export interface StopStep {
  /** What it stops, for the log. */
  name: string;
  /** The longest it may take; then it is given up on (and logged) and the next step runs. */
  budgetMs: number;
  run(): unknown;
}

/**
 * Run the steps one after another, each for at most its budget, so that stopping takes at most the
 * sum of the budgets whatever hangs (a socket that never answers, a pool waiting for a connection).
 * Resolves with the names of the steps that failed or did not finish in time; never rejects.
 */
export async function stopInOrder(steps: StopStep[], logger: Logger): Promise<string[]> {
  const unfinished: string[] = [];
  for (const step of steps) {
    const began = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((ok) => (timer = setTimeout(() => ok('late'), step.budgetMs)));
    const ran = Promise.resolve()
      .then(() => step.run())
      .then(
        () => 'done' as const,
        (err: unknown) => {
          logger.error({ err, step: step.name }, 'stopping: step failed; going on');
          return 'failed' as const;
        },
      );
    const outcome = await Promise.race([ran, late]);
    clearTimeout(timer);
    if (outcome === 'late') logger.error({ step: step.name, budgetMs: step.budgetMs }, 'stopping: step did not finish in time; going on');
    else logger.debug({ step: step.name, ms: Date.now() - began }, 'stopping: step done');
    if (outcome !== 'done') unfinished.push(step.name);
  }
  return unfinished;
}
