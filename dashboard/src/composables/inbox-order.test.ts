import { describe, expect, it } from 'vitest';
import type { Task } from '../stores/tasks-state';
import { inboxOrder } from './inbox-order';

let n = 0;
function task(p: {
  status?: string;
  severity?: string;
  createdAt?: string;
  ackDueAt?: string;
  overdue?: boolean;
  doneAt?: string;
  cancelledAt?: string;
}): Task {
  n += 1;
  return {
    id: `t${n}`,
    status: p.status ?? 'OPEN',
    createdAt: p.createdAt ?? '2021-05-23T01:00:00Z',
    ackDueAt: p.ackDueAt ?? '2021-05-23T01:05:00Z',
    overdue: p.overdue ?? false,
    doneAt: p.doneAt ?? null,
    cancelledAt: p.cancelledAt ?? null,
    declinedAt: null,
    incident: { severity: p.severity ?? 'MEDIUM' },
  } as unknown as Task;
}
const ids = (tasks: Task[]) => tasks.map((t) => t.id);

describe('the inbox order', () => {
  it('puts a CRITICAL task with 19 s left above a HIGH one with 5 minutes, though the HIGH one came later', () => {
    const high = task({ severity: 'HIGH', createdAt: '2021-05-23T01:01:00Z', ackDueAt: '2021-05-23T01:06:00Z' });
    const critical = task({ severity: 'CRITICAL', createdAt: '2021-05-23T00:59:00Z', ackDueAt: '2021-05-23T01:01:19Z' });
    expect(ids(inboxOrder([high, critical]))).toEqual([critical.id, high.id]);
  });

  it('lists overdue first, then by deadline, then the tasks in hand, and the ended ones last, newest first', () => {
    const overdue = task({ overdue: true, ackDueAt: '2021-05-23T01:00:00Z' });
    const soon = task({ ackDueAt: '2021-05-23T01:02:00Z' });
    const later = task({ ackDueAt: '2021-05-23T01:20:00Z', severity: 'LOW' });
    const inHandLow = task({ status: 'IN_PROGRESS', severity: 'LOW' });
    const inHandCritical = task({ status: 'ACKNOWLEDGED', severity: 'CRITICAL' });
    const doneEarly = task({ status: 'DONE', doneAt: '2021-05-23T01:10:00Z' });
    const cancelledLate = task({ status: 'CANCELLED', cancelledAt: '2021-05-23T01:30:00Z' });
    const shuffled = [doneEarly, later, inHandLow, cancelledLate, soon, inHandCritical, overdue];
    expect(ids(inboxOrder(shuffled))).toEqual(ids([overdue, soon, later, inHandCritical, inHandLow, cancelledLate, doneEarly]));
  });

  it('breaks a tie of deadlines by severity and leaves its input alone', () => {
    const medium = task({ severity: 'MEDIUM' });
    const critical = task({ severity: 'CRITICAL' });
    const input = [medium, critical];
    expect(ids(inboxOrder(input))).toEqual([critical.id, medium.id]);
    expect(ids(input)).toEqual([medium.id, critical.id]);
  });
});
