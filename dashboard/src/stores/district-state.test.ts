import { describe, expect, it } from 'vitest';
import { applyEvent, emptyState, isActiveTask, pruneFinished, type LiveEvent } from './district-state';

const incident = (status: string) => ({
  id: '7', code: 'SC-0007', category: 'POWER_OUTAGE', severity: 'HIGH', status, title: '<b>Mất điện</b>', description: null, affectsVoting: true,
  reportedAt: '2021-05-23T01:00:00Z', acknowledgedAt: null, resolvedAt: null, note: null, reporter: 'Phường Đồng Tâm',
  ward: { id: '7', name: 'Đồng Tâm' }, pollingArea: null,
}) as LiveEvent['incident'];

const event = (seq: number, extra: Partial<LiveEvent>): LiveEvent =>
  ({ seq, type: 'INCIDENT_REPORTED', at: '2021-05-23T01:00:00Z', actor: 'ward.dong-tam', wardId: '7', checklistItem: null, checklistDone: null, checkpoint: null, incident: null, task: null, turnoutReport: null, pollingArea: null, ...extra }) as LiveEvent;

describe('applying live events', () => {
  it('upserts by id and ignores an event it has already applied', () => {
    const s = emptyState();
    expect(applyEvent(s, event(1, { incident: incident('REPORTED') }))).toBe(true);
    expect(applyEvent(s, event(2, { type: 'INCIDENT_ACKNOWLEDGED', incident: incident('ACKNOWLEDGED') }))).toBe(true);
    expect(applyEvent(s, event(1, { incident: incident('REPORTED') }))).toBe(false);
    expect(Object.keys(s.incidents)).toEqual(['7']);
    expect(s.incidents['7'].status).toBe('ACKNOWLEDGED');
    expect(s.seq).toBe(2);
  });

  it('marks an area late and clears it when its turnout arrives', () => {
    const s = emptyState();
    const area = { id: '3', code: 'dong-tam-03', number: 3, name: 'Khu vực 3', address: '1 Phố', status: 'VOTING', statusReason: null, registeredVoters: 1000, wardId: { id: '7' }, latestTurnout: null } as LiveEvent['pollingArea'];
    applyEvent(s, event(5, { type: 'POLLING_AREA_LATE', pollingArea: area, checkpoint: '10:00' }));
    expect(s.late['3']).toMatchObject({ checkpoint: '10:00', code: 'dong-tam-03' });
    applyEvent(s, event(6, { type: 'TURNOUT_REPORTED', pollingArea: { ...area!, latestTurnout: { id: '1', voted: 200, at: '' } }, turnoutReport: { id: '1', voted: 200, at: '' } }));
    expect(s.late['3']).toBeUndefined();
    expect(s.turnoutStale).toBe(true);
  });

  it('keeps open incidents and only the most recent finished ones when pruned', () => {
    const s = emptyState();
    for (let n = 1; n <= 5; n++) {
      const status = n === 5 ? 'REPORTED' : 'RESOLVED';
      applyEvent(s, event(n, { incident: { ...incident(status)!, id: String(n), resolvedAt: status === 'RESOLVED' ? `2021-05-23T0${n}:00:00Z` : null } }));
    }
    pruneFinished(s, 2);
    expect(Object.keys(s.incidents).sort()).toEqual(['3', '4', '5']);
  });

  it('keeps when an area\'s status changed, from the server when it says, else from the event', () => {
    const s = emptyState();
    const area = { id: '3', code: 'pho-hue-04', number: 4, name: 'Trường THCS', address: '1 Phố', status: 'SUSPENDED', statusReason: 'Mất điện', registeredVoters: 1000, wardId: { id: '7' }, latestTurnout: null } as LiveEvent['pollingArea'];
    applyEvent(s, event(1, { type: 'POLLING_AREA_STATUS_CHANGED', at: '2021-05-23T10:04:00Z', pollingArea: area }));
    expect(s.areas['3']).toMatchObject({ status: 'SUSPENDED', statusReason: 'Mất điện', statusChangedAt: '2021-05-23T10:04:00Z' });
    applyEvent(s, event(2, { type: 'POLLING_AREA_STATUS_CHANGED', at: '2021-05-23T10:30:00Z', pollingArea: { ...area!, status: 'VOTING', statusChangedAt: '2021-05-23T10:29:59Z' } as LiveEvent['pollingArea'] }));
    expect(s.areas['3'].statusChangedAt).toBe('2021-05-23T10:29:59Z');
  });

  it('takes a task status and event type it does not know yet (TASK_CANCELLED) as an end state', () => {
    const s = emptyState();
    const task = (n: number, status: string) => ({ id: String(n), status, note: null, declineReason: null, createdAt: `2021-05-23T0${n}:00:00Z`, ackDueAt: '', acknowledgedAt: null, doneAt: null, escalatedAt: null, overdue: false, agency: { id: '1', code: 'POWER', name: 'Điện lực' }, incident: incident('RESOLVED')! });
    applyEvent(s, event(1, { type: 'TASK_DISPATCHED', task: task(1, 'OPEN') as LiveEvent['task'] }));
    applyEvent(s, event(2, { type: 'TASK_CANCELLED' as LiveEvent['type'], task: task(1, 'CANCELLED') as unknown as LiveEvent['task'] }));
    applyEvent(s, event(3, { type: 'TASK_DISPATCHED', task: task(2, 'OPEN') as LiveEvent['task'] }));
    expect(s.tasks['1'].status).toBe('CANCELLED');
    expect(isActiveTask(s.tasks['1'])).toBe(false);
    pruneFinished(s, 0);
    expect(Object.keys(s.tasks)).toEqual(['2']); // the cancelled one went with the finished ones; the open one stays
  });
});

