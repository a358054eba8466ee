import { describe, expect, it } from 'vitest';
import type { ComplaintEventsQuery, EventType } from '@election-ops/schema';
import { ComplaintLog } from './complaint-log';

type E = ComplaintEventsQuery['events'][number];
const ev = (
  seq: number,
  type: EventType,
  complaint: (Partial<NonNullable<E['complaint']>> & { id: string }) | null,
  actorName: string | null = 'Trực ban quận',
): E => ({
  seq,
  type,
  at: `2021-05-23T0${Math.min(9, seq)}:00:00Z`,
  actorName,
  complaint: complaint && { status: 'RECEIVED', assignee: null, answer: null, transferredTo: null, transferNote: null, ...complaint },
});

/** The stand-in log and the pages asked of it. */
function logOf(events: E[]) {
  const asked: number[] = [];
  const read = async (after: number, limit: number) => {
    asked.push(after);
    return events.filter((e) => e.seq > after).slice(0, limit);
  };
  return { asked, read };
}

describe("a complaint's timeline from the log", () => {
  it('reads the log page by page, keeps the complaint events by complaint, in order, with what came with each', async () => {
    const events = [
      ev(1, 'TURNOUT_REPORTED', null),
      ev(2, 'COMPLAINT_RECEIVED', { id: '7' }, 'Cán bộ phường Đồng Tâm'),
      ev(3, 'COMPLAINT_RECEIVED', { id: '8' }),
      ev(4, 'COMPLAINT_ASSIGNED', { id: '7', status: 'ASSIGNED', assignee: 'Tổ công tác số 2' }),
      ev(5, 'INCIDENT_REPORTED', null),
      ev(6, 'COMPLAINT_TRANSFERRED', { id: '8', status: 'TRANSFERRED', transferredTo: 'Ủy ban bầu cử quận', transferNote: 'Thuộc thẩm quyền' }),
      ev(7, 'COMPLAINT_OVERDUE', { id: '7', status: 'ASSIGNED' }, null),
      ev(8, 'COMPLAINT_ANSWERED', { id: '7', status: 'ANSWERED', answer: 'Đã bổ sung tên vào danh sách' }),
    ];
    const { asked, read } = logOf(events);
    const log = new ComplaintLog(read, 3);
    await log.catchUp();
    expect(asked).toEqual([0, 3, 6]); // the third page, short, was the end
    expect(log.of('7').map((e) => [e.seq, e.type, e.detail, e.who])).toEqual([
      [2, 'COMPLAINT_RECEIVED', null, 'Cán bộ phường Đồng Tâm'],
      [4, 'COMPLAINT_ASSIGNED', 'Tổ công tác số 2', 'Trực ban quận'],
      [7, 'COMPLAINT_OVERDUE', null, null],
      [8, 'COMPLAINT_ANSWERED', 'Đã bổ sung tên vào danh sách', 'Trực ban quận'],
    ]);
    expect(log.of('8').map((e) => e.detail)).toEqual([null, 'Ủy ban bầu cử quận: Thuộc thẩm quyền']);
    expect(log.of('9')).toEqual([]);
  });

  it('then reads only what is new, and never two reads at once', async () => {
    const events = [ev(1, 'COMPLAINT_RECEIVED', { id: '7' })];
    const { asked, read } = logOf(events);
    const log = new ComplaintLog(read, 10);
    await log.catchUp();
    events.push(ev(2, 'COMPLAINT_CLOSED', { id: '7', status: 'CLOSED' }));
    // Two asked at once: one read from where it stopped, then one more for what may have come meanwhile.
    await Promise.all([log.catchUp(), log.catchUp()]);
    expect(asked).toEqual([0, 1, 2]);
    expect(log.of('7').map((e) => e.type)).toEqual(['COMPLAINT_RECEIVED', 'COMPLAINT_CLOSED']);
  });

  it('keeps what it read when a page fails, and goes on from there the next time', async () => {
    const events = [ev(1, 'COMPLAINT_RECEIVED', { id: '7' }), ev(2, 'COMPLAINT_ASSIGNED', { id: '7', assignee: 'A' })];
    let fail = true;
    const log = new ComplaintLog(async (after, limit) => {
      if (after > 0 && fail) throw new Error('offline');
      return events.filter((e) => e.seq > after).slice(0, limit);
    }, 1);
    await expect(log.catchUp()).rejects.toThrow('offline');
    expect(log.of('7')).toHaveLength(1);
    fail = false;
    await log.catchUp();
    expect(log.of('7').map((e) => e.seq)).toEqual([1, 2]);
  });
});
