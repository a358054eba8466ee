import { ComplaintChannel, ComplaintKind, ComplaintSubject } from '../modules/complaints/complaint.entity.js';
import { hm, type Minute } from './curve.js';
import { pick } from './plan-areas.js';
import type { Action, DrillArea } from './plan.types.js';

const OPERATOR = { role: 'operator' as const };
const DAY = 24 * 60;

/** Letters the wards received in the week before the election, as their registers put them. */
const VOTER_LIST: string[] = [
  'Gia đình có con mới đủ 18 tuổi nhưng chưa có tên trong danh sách cử tri.',
  'Danh sách niêm yết ghi sai năm sinh của cử tri.',
  'Cử tri đã chuyển đi nơi khác từ tháng 3 vẫn còn tên trong danh sách.',
  'Hai cử tri trùng tên, danh sách ghi nhầm địa chỉ.',
  'Người thân đã mất vẫn có tên trong danh sách cử tri.',
];
const NAMES = ['Nguyễn Văn Hùng', 'Trần Thị Mai', 'Lê Minh Tuấn', 'Phạm Thu Hà', 'Đỗ Quang Vinh', 'Vũ Thị Lan'];

/**
 * The complaints register's part of the rehearsal (SPEC 8.4): voter-list complaints the wards received
 * in the days before (one so old that it is already past its five days when the day begins, so the
 * escalation shows), registered at the desk first thing, handed out and answered through the morning;
 * one denunciation about the voting, sent on to the district police; a petition answered and closed.
 * Draws from `rand` after the rest of the plan, so the other lanes stay as they were.
 */
export function planComplaints(areas: DrillArea[], rand: () => number): Action[] {
  const out: Action[] = [];
  const add = (at: Minute, lane: string, actor: Action['actor'], step: Action['step']) => out.push({ at: Math.round(at * 100) / 100, lane, actor, step });
  const at = pick(areas.length, VOTER_LIST.length + 2, rand).map((i) => areas[i]);

  VOTER_LIST.forEach((summary, i) => {
    const area = at[i];
    const ref = `DT${i + 1}`;
    const lane = `complaint:${ref}`;
    // Received 1-4 days before the election; the first six days before, so it is already overdue.
    const daysBefore = i === 0 ? 6 : 1 + Math.floor(rand() * 4);
    const registered = hm(5, 10) + rand() * 80;
    add(
      registered,
      lane,
      { role: 'ward', ward: area.wardCode },
      {
        kind: 'complaint',
        ref,
        ward: area.wardCode,
        area: area.code,
        complaintKind: ComplaintKind.COMPLAINT,
        subject: ComplaintSubject.VOTER_LIST,
        channel: rand() < 0.5 ? ComplaintChannel.LETTER : ComplaintChannel.IN_PERSON,
        summary,
        complainant: NAMES[i % NAMES.length],
        receivedAt: registered - daysBefore * DAY - 60 * rand(),
      },
    );
    const assigned = Math.max(registered + 10, hm(7, 15) + rand() * 45);
    add(assigned, lane, OPERATOR, { kind: 'complaintMove', ref, move: 'assign', text: `Tổ công tác phường ${area.wardCode}` });
    add(assigned + 40 + rand() * 180, lane, OPERATOR, {
      kind: 'complaintMove',
      ref,
      move: 'answer',
      text: 'Đã rà soát, điều chỉnh danh sách cử tri và trả lời công dân.',
    });
  });

  const denounced = at[VOTER_LIST.length];
  const d = hm(10, 20) + rand() * 40;
  add(
    d,
    'complaint:TC1',
    { role: 'ward', ward: denounced.wardCode },
    {
      kind: 'complaint',
      ref: 'TC1',
      ward: denounced.wardCode,
      area: denounced.code,
      complaintKind: ComplaintKind.DENUNCIATION,
      subject: ComplaintSubject.VOTING,
      channel: ComplaintChannel.IN_PERSON,
      summary: 'Có người mang nhiều thẻ cử tri đến bỏ phiếu thay.',
      complainant: 'Người tố cáo (đề nghị giữ bí mật)',
      receivedAt: null,
    },
  );
  add(d + 30, 'complaint:TC1', OPERATOR, { kind: 'complaintMove', ref: 'TC1', move: 'transfer', text: 'Công an quận Hai Bà Trưng' });

  const petition = at[VOTER_LIST.length + 1];
  const p = hm(14) + rand() * 60;
  add(p, 'complaint:KN1', OPERATOR, {
    kind: 'complaint',
    ref: 'KN1',
    ward: petition.wardCode,
    area: null,
    complaintKind: ComplaintKind.PETITION,
    subject: ComplaintSubject.ORGANISATION,
    channel: ComplaintChannel.PHONE,
    summary: 'Đề nghị bố trí thêm ghế chờ cho cử tri cao tuổi.',
    complainant: NAMES[5],
    receivedAt: null,
  });
  add(p + 20, 'complaint:KN1', OPERATOR, { kind: 'complaintMove', ref: 'KN1', move: 'assign', text: 'Ban bầu cử phường' });
  add(p + 50, 'complaint:KN1', OPERATOR, { kind: 'complaintMove', ref: 'KN1', move: 'answer', text: 'Đã bổ sung ghế chờ.' });
  add(p + 70, 'complaint:KN1', OPERATOR, { kind: 'complaintMove', ref: 'KN1', move: 'close', text: '' });
  return out;
}
