import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import VoterListForm from './VoterListForm.vue';

const form = () => mount(VoterListForm, { props: { registered: 1234, voted: 1230 }, global: { plugins: [i18n] } });

describe("a change to an area's voter list", () => {
  it('offers transient voters first and sends the kind, the count and the note', async () => {
    const w = form();
    expect(w.findAll('[data-kind]').map((b) => b.attributes('data-kind'))).toEqual([
      'ADDED_TRANSIENT',
      'ADDED_OTHER',
      'REMOVED_MOVED',
      'REMOVED_DECEASED',
      'REMOVED_INELIGIBLE',
    ]);
    expect(w.get('[data-kind=ADDED_TRANSIENT]').attributes('aria-pressed')).toBe('true');
    await w.get('input[name=listCount]').setValue(3);
    await w.get('input[name=listNote]').setValue('  3 giấy chứng nhận ');
    expect(w.get('[data-test=send-list-change]').text()).toBe('Thêm 3 cử tri');
    await w.get('form').trigger('submit');
    expect(w.emitted('send')).toEqual([['ADDED_TRANSIENT', 3, '3 giấy chứng nhận']]);
  });

  it('refuses beside the field a removal below the voters who have voted, and a count out of 1 to 4,000', async () => {
    const w = form();
    await w.get('[data-kind=REMOVED_MOVED]').trigger('click');
    await w.get('input[name=listCount]').setValue(5);
    expect(w.get('[data-test=list-problem]').text()).toBe('Chỉ xóa được tối đa 4 người: khu vực có 1.234 cử tri, đã 1.230 người bỏ phiếu.');
    expect(w.get('[data-test=send-list-change]').attributes('disabled')).toBeDefined();
    await w.get('input[name=listCount]').setValue(4);
    expect(w.get('[data-test=send-list-change]').text()).toBe('Xóa tên 4 cử tri');
    await w.get('[data-kind=ADDED_OTHER]').trigger('click');
    await w.get('input[name=listCount]').setValue(4001);
    expect(w.get('[data-test=list-problem]').text()).toContain('từ 1 đến 4.000');
    await w.get('form').trigger('submit');
    expect(w.emitted('send')).toBeUndefined();
  });
});
