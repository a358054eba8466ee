import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { PollingAreaStatus } from '@election-ops/schema';
import { i18n } from '../i18n';
import { findExceptions, groupExceptions } from '../ops/exceptions';
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

  it('says when nothing needs attention', () => {
    const w = mount(ExceptionsPanel, { props: { groups: [], lines: 10 }, global: { plugins: [i18n] } });
    expect(w.text()).toContain('Không có khu vực cần xử lý');
  });
});
