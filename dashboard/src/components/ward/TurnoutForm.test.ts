import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import TurnoutForm from './TurnoutForm.vue';

const form = (previous: number | null) =>
  mount(TurnoutForm, { props: { registered: 1487, previous, previousAt: '2021-05-23T03:10:00Z', previousPending: false }, global: { plugins: [i18n] } });

describe('the turnout figure of an area', () => {
  it('refuses more than the registered voters beside the field', async () => {
    const w = form(300);
    await w.get('input[name=voted]').setValue(1500);
    expect(w.get('[data-test=turnout-invalid]').text()).toContain('1.487');
    expect(w.get('[data-test=send-turnout]').attributes('disabled')).toBeDefined();
  });

  it('reads a figure below the last report as a correction and sends it only with its reason', async () => {
    const w = form(1300);
    expect(w.get('[data-test=previous]').text()).toBe('Lần báo trước: 1.300 lúc 10:10');
    await w.get('input[name=voted]').setValue(500);
    expect(w.get('[data-test=correction]').text()).toContain('thấp hơn lần báo trước (1.300)');
    expect(w.get('[data-test=send-turnout]').attributes('disabled')).toBeDefined();
    await w.get('input[name=correctionReason]').setValue('Báo nhầm');
    await w.get('form').trigger('submit');
    expect(w.emitted('send')).toEqual([[500, 'Báo nhầm']]);
  });

  it('opens the correction with "Sửa số vừa báo" even for a higher figure', async () => {
    const w = form(500);
    await w.get('[data-test=correct-turnout]').trigger('click');
    await w.get('input[name=voted]').setValue(520);
    await w.get('input[name=correctionReason]').setValue('Đếm sót');
    await w.get('form').trigger('submit');
    expect(w.emitted('send')).toEqual([[520, 'Đếm sót']]);
  });

  it('asks for a second look at a jump of more than 30% of the voters', async () => {
    const w = form(100);
    await w.get('input[name=voted]').setValue(1300);
    expect(w.get('[data-test=turnout-jump]').text()).toContain('1.200');
    expect(w.get('[data-test=send-turnout]').text()).toBe('Vẫn gửi 1.300');
    await w.get('form').trigger('submit');
    expect(w.emitted('send')).toEqual([[1300, null]]);
  });
});
