import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import StatusConfirm from './StatusConfirm.vue';

const at = (hhmm: string) => Date.parse(`2021-05-23T${hhmm}:00+07:00`);
const props = { areaLabel: 'KVBP số 4 · Nhà văn hóa tổ dân phố số 4', registered: 1200, pollsCloseAt: at('19:00') };
const confirm = (kind: 'close' | 'suspend' | 'counted', more: { voted?: number; now?: number } = {}) =>
  mount(StatusConfirm, { props: { ...props, kind, voted: more.voted ?? 0, now: more.now ?? at('09:45') }, global: { plugins: [i18n] } });

describe('the confirmation before a step the ward cannot undo', () => {
  it('warns plainly when closing at 09:45 with no votes, and cancelling sends nothing', async () => {
    const w = confirm('close');
    expect(w.get('[role=alertdialog] h3').text()).toBe('Kết thúc bỏ phiếu tại KVBP số 4 · Nhà văn hóa tổ dân phố số 4?');
    expect(w.get('[data-test=warn-early]').text()).toContain('Chưa đến 19:00');
    expect(w.get('[data-test=warn-no-votes]').text()).toContain('(0)');
    expect(w.get('[data-test=confirm-yes]').text()).toBe('Vẫn kết thúc bỏ phiếu');
    await w.get('[data-test=confirm-cancel]').trigger('click');
    expect(w.emitted('cancel')).toHaveLength(1);
    expect(w.emitted('confirm')).toBeUndefined();
  });

  it('closes without warnings at 19:00 with the figure in, once confirmed', async () => {
    const w = confirm('close', { now: at('19:00'), voted: 1150 });
    expect(w.find('[data-test=warn-early]').exists()).toBe(false);
    expect(w.find('[data-test=warn-no-votes]').exists()).toBe(false);
    expect(w.get('[data-test=confirm-yes]').text()).toBe('Kết thúc bỏ phiếu');
    await w.get('form').trigger('submit');
    expect(w.emitted('confirm')).toEqual([[null]]);
  });

  it('suspends only with a reason, recorded in Vietnamese, picked or typed', async () => {
    const w = confirm('suspend');
    expect(w.get('[data-test=confirm-yes]').attributes('disabled')).toBeDefined();
    await w.get('form').trigger('submit');
    expect(w.emitted('confirm')).toBeUndefined();
    await w.get('[data-reason=STORM]').trigger('click');
    expect(w.get('[data-test=confirm-yes]').attributes('disabled')).toBeUndefined();
    await w.get('input[name=suspendReason]').setValue('nước ngập sân');
    await w.get('form').trigger('submit');
    expect(w.emitted('confirm')).toEqual([['Mưa bão, ngập — nước ngập sân']]);
  });

  it('"Khác" needs the reason typed', async () => {
    const w = confirm('suspend');
    await w.get('[data-reason=OTHER]').trigger('click');
    expect(w.get('[data-test=confirm-yes]').attributes('disabled')).toBeDefined();
    await w.get('input[name=suspendReason]').setValue('Cử tri gây rối');
    await w.get('form').trigger('submit');
    expect(w.emitted('confirm')).toEqual([['Cử tri gây rối']]);
  });
});
