import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { PollingAreaStatus } from '@election-ops/schema';
import { i18n } from '../i18n';
import { findExceptions, groupExceptions, noCounts } from '../ops/exceptions';
import ExceptionsPanel from './ExceptionsPanel.vue';

const wards = [
  { id: 'w1', name: 'Bạch Đằng' },
  { id: 'w2', name: 'Nguyễn Du' },
];
const area = (n: number, wardId: string, status: PollingAreaStatus, extra: Record<string, unknown> = {}) => ({
  id: `${wardId}-${n}`,
  code: `${wardId === 'w1' ? 'bach-dang' : 'nguyen-du'}-0${n}`,
  number: n,
  name: `Trường THCS ${n}`,
  status,
  statusReason: null,
  wardId: { id: wardId },
  ...extra,
});
const areas = [
  area(4, 'w2', 'SUSPENDED', { statusReason: 'Mất điện do giông', statusChangedAt: '2021-05-23T10:04:00Z' }),
  area(1, 'w1', 'PREPARING'),
  area(2, 'w1', 'READY'),
];
const late = [{ areaId: 'w1-3', code: 'bach-dang-03', name: 'Nhà văn hóa tổ 3', wardId: 'w1', checkpoint: '10:00' }];
const groups = groupExceptions(findExceptions({ areas, late, opened: true }), wards);

describe('the exceptions panel', () => {
  it('names areas as people do, under their ward, with what is wrong and since when', () => {
    const w = mount(ExceptionsPanel, { props: { groups, lines: 40 }, global: { plugins: [i18n] } });
    const suspended = w.get('[data-area="nguyen-du-04"]');
    expect(suspended.text()).toContain('KVBP số 4 · Trường THCS 4');
    expect(suspended.text()).toContain('Tạm dừng từ 17:04 · Mất điện do giông');
    expect(w.get('[data-area="bach-dang-01"]').text()).toContain('Chưa khai mạc');
    expect(w.get('[data-area="bach-dang-03"]').text()).toContain('Chưa báo số cử tri mốc 10:00');
    expect(w.findAll('.heading').map((h) => h.text())).toEqual(['Nguyễn Du1 tạm dừng', 'Bạch Đằng2 chưa khai mạc1 chậm báo cáo']);
    expect(w.get('[data-test=exceptions-total]').text()).toBe('4');
    expect(w.text()).not.toMatch(/bach-dang-0\d/);
  });

  it('counts per ward what does not fit, the suspended area still named', () => {
    const w = mount(ExceptionsPanel, { props: { groups, lines: 5 }, global: { plugins: [i18n] } });
    expect(w.findAll('[data-area]').map((e) => e.attributes('data-area'))).toEqual(['nguyen-du-04']);
    expect(w.text()).toContain('2 chưa khai mạc');
  });

  it("tells a team's open issue with the team and its words, and a figure to check with its flags in words", () => {
    const found = findExceptions({
      areas,
      late: [],
      opened: false,
      findings: [
        {
          at: '2021-05-23T03:00:00Z',
          text: 'Chưa niêm yết danh sách cử tri',
          team: { name: 'Đoàn giám sát số 1' },
          ward: { id: 'w1', name: 'Bạch Đằng' },
          pollingArea: null,
        },
      ],
      flagged: [{ areaId: 'w1-2', wardId: 'w1', voted: 1200, at: '2021-05-23T03:00:00Z', flags: ['CORRECTED', 'JUMP'] }],
    });
    const w = mount(ExceptionsPanel, { props: { groups: groupExceptions(found, wards), lines: 40 }, global: { plugins: [i18n] } });
    expect(w.get('[data-kind=finding]').text()).toBe('Toàn phường Bạch ĐằngChưa niêm yết danh sách cử tri (Đoàn giám sát số 1)');
    expect(w.get('[data-kind=flagged]').text()).toContain('Số 1.200 cần kiểm tra: Tăng đột biến · Đã đính chính');
    expect(w.findAll('.heading').map((h) => h.text())).toContain('Bạch Đằng1 vấn đề giám sát1 số cần kiểm tra');
  });

  it('names each complaint overdue for an answer by its number, under its ward or the district, with its kind and deadline', () => {
    const overdue = (id: string, over: Record<string, unknown>) => ({
      id,
      code: `DT-000${id}`,
      kind: 'DENUNCIATION' as const,
      subject: 'VOTING' as const,
      dueAt: '2021-05-23T14:00:00Z',
      ward: { id: 'w1' },
      pollingArea: null,
      ...over,
    });
    const found = findExceptions({
      areas,
      late: [],
      opened: true,
      complaints: [
        overdue('3', { pollingArea: { id: 'w1-2', number: 2, name: 'Trường THCS 2' } }),
        overdue('4', { kind: 'COMPLAINT', subject: 'VOTER_LIST', ward: null, dueAt: '2021-05-22T01:00:00Z' }),
      ],
    });
    const w = mount(ExceptionsPanel, { props: { groups: groupExceptions(found, wards), lines: 40 }, global: { plugins: [i18n] } });
    const entries = w.findAll('[data-kind=complaint]');
    expect(entries.map((e) => e.attributes('data-area'))).toEqual(['DT-0003', 'DT-0004']);
    expect(entries[0].text()).toBe('Đơn DT-0003 quá hạn trả lời · KVBP số 2 · Trường THCS 2Tố cáo · Việc bỏ phiếu · hạn 21:00 23/05');
    expect(entries[1].text()).toBe('Đơn DT-0004 quá hạn trả lời' + 'Khiếu nại · Danh sách cử tri · hạn 08:00 22/05');
    // The area not opened is listed once, under its own kind; the complaint at it is its own entry.
    expect(w.findAll('.heading').map((h) => h.text())).toEqual(['Nguyễn Du1 tạm dừng', 'Bạch Đằng2 chưa khai mạc1 đơn quá hạn', 'Toàn quận1 đơn quá hạn']);
  });

  it('says when nothing needs attention', () => {
    const w = mount(ExceptionsPanel, { props: { groups: [], lines: 10 }, global: { plugins: [i18n] } });
    expect(w.text()).toContain('Không có khu vực cần xử lý');
  });

  it("lists a unit wall's tiles with a line per kind, its total in the heading, and words for the tiles left out", () => {
    const tile = (code: string, name: string, counts: Partial<ReturnType<typeof noCounts>>) => ({
      wardId: code,
      wardName: name,
      entries: [],
      countsOnly: true,
      counts: { ...noCounts(), ...counts },
    });
    const tiles = [tile('ha-noi/hai-ba-trung', 'Hai Bà Trưng', { incident: 2, task: 1 }), tile('ha-noi/dong-da', 'Đống Đa', { late: 3 })];
    const w = mount(ExceptionsPanel, { props: { groups: tiles, lines: 4, tiles: 'DISTRICT' }, global: { plugins: [i18n] } });
    expect(w.get('[data-test=exceptions-total]').text()).toBe('6');
    const group = w.get('[data-ward-group="ha-noi/hai-ba-trung"]');
    expect(group.findAll('[data-kind]').map((l) => [l.attributes('data-kind'), l.text()])).toEqual([
      ['incident', '2 sự cố đang mở'],
      ['task', '1 nhiệm vụ quá hạn'],
    ]);
    expect(w.text()).toContain('… và 1 quận, huyện khác (3 việc)');
    const none = mount(ExceptionsPanel, { props: { groups: [], lines: 3, tiles: 'PROVINCE' }, global: { plugins: [i18n] } });
    expect(none.text()).toContain('Không có việc cần xử lý');
  });
});
