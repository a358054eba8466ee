import type { Logger } from '../logger.js';
import type { Services } from '../services.js';

/**
 * Work nobody asks for: escalate tasks past their acknowledgement deadline and complaints past theirs, mark areas late after a
 * checkpoint, compile each checkpoint's situation reports. Only the leader replica runs it (`lead`
 * answers whether this one is); the rows it writes are claimed once (a unique key each), so even two
 * leaders could not announce anything twice.
 */
export function startScheduler(opts: { services: Services; logger: Logger; lead: () => Promise<boolean>; intervalMs?: number }): () => void {
  const { services, logger, lead, intervalMs = 500 } = opts;
  let busy = false;
  const timer = setInterval(async () => {
    if (busy) return;
    busy = true;
    try {
      if (await lead()) {
        await services.tasks.escalateOverdue();
        await services.complaints.escalateOverdue();
        await services.lateness.markLate();
        await services.reports.compileDue();
      }
    } catch (err) {
      logger.warn({ err }, 'scheduled escalation failed; retrying on the next tick');
    } finally {
      busy = false;
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
