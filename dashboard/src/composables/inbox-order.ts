import { isActiveTask, SEVERITY_RANK } from '../domain/statuses';
import type { Task } from '../stores/tasks-state';

/** 0 overdue, 1 waiting to be acknowledged, 2 in hand, 3 ended (done, declined, cancelled). */
function urgency(task: Task): number {
  if (task.status === 'OPEN') return task.overdue ? 0 : 1;
  return isActiveTask(task) ? 2 : 3;
}

const endedAt = (task: Task) => task.doneAt ?? task.declinedAt ?? task.cancelledAt ?? task.createdAt;

/**
 * The inbox in the order a liaison must act: overdue first, then by acknowledgement deadline (a
 * CRITICAL task with seconds left above a HIGH one with minutes), then the tasks in hand (most severe
 * first), and last the ended ones, most recent first.
 */
export function inboxOrder(tasks: readonly Task[]): Task[] {
  return [...tasks].sort((a, b) => {
    const rank = urgency(a) - urgency(b);
    if (rank) return rank;
    if (urgency(a) === 3) return endedAt(b).localeCompare(endedAt(a));
    if (urgency(a) === 2) return SEVERITY_RANK[a.incident.severity] - SEVERITY_RANK[b.incident.severity] || a.createdAt.localeCompare(b.createdAt);
    return a.ackDueAt.localeCompare(b.ackDueAt) || SEVERITY_RANK[a.incident.severity] - SEVERITY_RANK[b.incident.severity];
  });
}
