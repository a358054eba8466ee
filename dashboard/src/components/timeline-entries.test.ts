import { describe, expect, it } from 'vitest';
import { timelineEntries } from './timeline-entries';

const ev = (seq: number, type: string, extra: Record<string, unknown> = {}) =>
  ({ seq, type, at: `2021-05-23T01:0${seq}:00Z`, actorName: null, task: null, incident: null, ...extra }) as never;

describe('an incident timeline', () => {
  it('gives a note event its text and author, the reopen its reason, and names people by display name', () => {
    const entries = timelineEntries([
      ev(1, 'INCIDENT_REPORTED', { actorName: 'Cán bộ phường Đồng Tâm' }),
      ev(2, 'INCIDENT_NOTE_ADDED', { actorName: 'Ban chỉ đạo quận', note: { id: 'n1', text: 'Đã gọi điện lực', author: 'Ban chỉ đạo quận' } }),
      ev(3, 'TASK_CANCELLED', {
        task: { id: 't', status: 'CANCELLED', agency: { code: 'POWER' }, declineReason: null, cancelReason: 'Sự cố đã được giải quyết', note: null },
      }),
      ev(4, 'INCIDENT_REOPENED', { actorName: 'Ban chỉ đạo quận', incident: { status: 'REPORTED', note: 'Mất điện trở lại' } }),
      ev(5, 'INCIDENT_NOTE_ADDED', { actorName: 'Điện lực Hai Bà Trưng', note: { id: 'n2', text: 'Đội đang đến', author: 'Điện lực Hai Bà Trưng' } }),
    ]);
    expect(entries.map((e) => [e.type, e.detail, e.who, e.agency])).toEqual([
      ['INCIDENT_REPORTED', null, 'Cán bộ phường Đồng Tâm', null],
      ['INCIDENT_NOTE_ADDED', 'Đã gọi điện lực', 'Ban chỉ đạo quận', null],
      ['TASK_CANCELLED', 'Sự cố đã được giải quyết', null, 'POWER'],
      ['INCIDENT_REOPENED', 'Mất điện trở lại', 'Ban chỉ đạo quận', null],
      ['INCIDENT_NOTE_ADDED', 'Đội đang đến', 'Điện lực Hai Bà Trưng', null],
    ]);
  });
});
