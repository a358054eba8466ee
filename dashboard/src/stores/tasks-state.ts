import type { TaskFieldsFragment } from '@election-ops/schema';
import { isActiveTask } from '../domain/statuses';
import { byId } from './by-id';
import { withSite, type SiteOf } from './incidents-state';

export type Task = TaskFieldsFragment;

/** The tasks this user may read (a liaison: its agency's), by id. */
export interface TasksState {
  tasks: Record<string, Task>;
}

export const tasksFrom = (list: readonly Task[]): TasksState => ({ tasks: byId(list) });

/** A task as an event brought it, over what was known of it. */
export function putTask(s: TasksState, task: Task): void {
  s.tasks[task.id] = { ...s.tasks[task.id], ...task };
}

/** A polling area moved to a new site: the tasks at it send their crews to the new address. */
export function putTaskSite(s: TasksState, area: SiteOf): void {
  for (const t of Object.values(s.tasks)) if (t.incident.pollingArea?.id === area.id) s.tasks[t.id] = { ...t, incident: withSite(t.incident, area) };
}

/** Keep at most `keep` finished tasks (done, declined, cancelled), the most recently created. */
export function pruneTasks(s: TasksState, keep: number): void {
  const finished = Object.values(s.tasks)
    .filter((t) => !isActiveTask(t))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  for (const t of finished.slice(keep)) delete s.tasks[t.id];
}

/** By acknowledgement deadline, the soonest first. */
export const soonestDue = (a: Task, b: Task) => a.ackDueAt.localeCompare(b.ackDueAt);
