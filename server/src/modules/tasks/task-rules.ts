import { Lifecycle } from '../../lifecycle.js';
import { TaskStatus as T } from './task.entity.js';

/**
 * Legal task moves; DECLINED hands it back to the operator with a reason. CANCELLED is never asked for:
 * resolving the incident cancels the tasks nobody has taken up yet.
 */
export const TASK_LIFECYCLE = new Lifecycle<T>('task', {
  [T.OPEN]: [T.ACKNOWLEDGED, T.DECLINED, T.CANCELLED],
  [T.ACKNOWLEDGED]: [T.IN_PROGRESS, T.DONE, T.DECLINED],
  [T.IN_PROGRESS]: [T.DONE, T.DECLINED],
  [T.DONE]: [],
  [T.DECLINED]: [],
  [T.CANCELLED]: [],
});

export const ACTIVE_TASK_STATUSES: readonly T[] = [T.OPEN, T.ACKNOWLEDGED, T.IN_PROGRESS];

/** Past its acknowledgement deadline and still not acknowledged. */
export function isOverdue(task: { status: T; ackDueAt: Date }, now: Date): boolean {
  return task.status === T.OPEN && task.ackDueAt.getTime() < now.getTime();
}
