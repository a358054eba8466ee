import type { Logger } from '../logger.js';
import type { Services } from '../services.js';

/**
 * Work nobody asks for: escalate tasks past their acknowledgement deadline and complaints past theirs, mark areas late after a
 * checkpoint, compile each checkpoint's situation reports. Only the leader replica runs it (`lead`
 * answers whether this one is); the rows it writes are claimed once (a unique key each), so even two
 * leaders could not announce anything twice.
 *
 * The reports go in a lane of their own: a national checkpoint's 11,383 take some 10 s to compile,
 * and a task past its deadline meanwhile is escalated on time all the same.
 */
export function startScheduler(opts: { services: Services; logger: Logger; lead: () => Promise<boolean>; intervalMs?: number }): () => void {
  const { services, logger, lead, intervalMs = 500 } = opts;
  const lanes = [
    lane(logger, 'scheduled escalation failed; retrying on the next tick', async () => {
      await services.tasks.escalateOverdue();
      await services.complaints.escalateOverdue();
      await services.lateness.markLate();
    }),
    lane(logger, 'situation reports could not be compiled; retrying on the next tick', async () => {
      await services.reports.compileDue();
    }),
  ];
  const timer = setInterval(async () => {
    let leading: boolean;
    try {
      leading = await lead();
    } catch (err) {
      logger.warn({ err }, 'could not tell whether this replica leads; retrying on the next tick');
      return;
    }
    if (leading) for (const run of lanes) void run();
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** A job run at most once at a time: a tick that finds it still running skips it. */
function lane(logger: Logger, failure: string, job: () => Promise<void>): () => Promise<void> {
  let busy = false;
  return async () => {
    if (busy) return;
    busy = true;
    try {
      await job();
    } catch (err) {
      logger.warn({ err }, failure);
    } finally {
      busy = false;
    }
  };
}
