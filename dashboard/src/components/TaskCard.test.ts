import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n';
import type { Task } from '../stores/tasks-state';
import TaskCard from './TaskCard.vue';

const incident = {
  id: 'i1',
  code: 'SC-0042',
  category: 'POWER_OUTAGE',
  severity: 'CRITICAL',
  status: 'IN_PROGRESS',
  title: 'Mất điện',
  description: null,
  affectsVoting: true,
  reportedAt: '2021-05-23T01:00:00Z',
  acknowledgedAt: null,
  resolvedAt: null,
  note: null,
  reporter: 'Phường Đồng Tâm',
  ward: { id: 'w', name: 'Đồng Tâm' },
  pollingArea: { id: 'a', code: 'dong-tam-04', number: 4, name: 'Nhà văn hóa tổ 12', address: '38 Đồng Tâm' },
};
const task = (p: Partial<Task> & { incidentStatus?: string }): Task =>
  ({
    id: 't1',
    status: 'ACKNOWLEDGED',
    note: null,
    declineReason: null,
    cancelReason: null,
    cancelledAt: null,
    createdAt: '2021-05-23T01:00:00Z',
    ackDueAt: '2021-05-23T01:02:00Z',
    acknowledgedAt: null,
    startedAt: null,
    doneAt: null,
    declinedAt: null,
    escalatedAt: null,
    overdue: false,
    agency: { id: 'g', code: 'POWER', name: 'Điện lực' },
    ...p,
    incident: { ...incident, status: p.incidentStatus ?? incident.status },
  }) as Task;
const mountCard = (t: Task) => mount(TaskCard, { props: { task: t }, global: { plugins: [i18n], stubs: { IncidentTimeline: true, IncidentNoteForm: true } } });

describe('a task card', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for the decline reason in the card, never through a browser dialog', async () => {
    const prompt = vi.fn();
    vi.stubGlobal('prompt', prompt);
    const w = mountCard(task({}));
    await w.get('[data-action=decline]').trigger('click');
    expect(w.get('[data-action=confirm]').attributes('disabled')).toBeDefined();
    await w.get('textarea[name=reason]').setValue('  Đội đang ở sự cố khác  ');
    await w.get('form').trigger('submit');
    expect(w.emitted('decline')).toEqual([['Đội đang ở sự cố khác']]);
    expect(prompt).not.toHaveBeenCalled();
  });

  it('takes an optional note when done', async () => {
    const w = mountCard(task({ status: 'IN_PROGRESS' }));
    await w.get('[data-action=done]').trigger('click');
    await w.get('form').trigger('submit');
    expect(w.emitted('done')).toEqual([[null]]);
  });

  it('shows a cancelled task as ended, with why, and offers nothing to do', () => {
    const w = mountCard(task({ status: 'CANCELLED', cancelledAt: '2021-05-23T01:05:00Z', cancelReason: 'Đã có điện lại', incidentStatus: 'RESOLVED' }));
    expect(w.get('[data-test=cancelled]').text()).toContain('Đã có điện lại');
    expect(w.findAll('[data-action]').map((b) => b.attributes('data-action'))).toEqual(['history']);
  });

  it('tells the team under way that the incident was resolved, and lets it finish', () => {
    const w = mountCard(task({ status: 'IN_PROGRESS', incidentStatus: 'RESOLVED' }));
    expect(w.get('[data-test=incident-resolved]').text()).toContain('Sự cố đã được giải quyết');
    expect(w.find('[data-action=done]').exists()).toBe(true);
    expect(w.text()).toContain('KVBP số 4 · Nhà văn hóa tổ 12');
  });
});
