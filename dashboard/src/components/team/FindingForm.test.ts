import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, reactive } from 'vue';
import type { FindingKind } from '@election-ops/schema';
import { i18n } from '../../i18n';
import FindingForm from './FindingForm.vue';

const places = [{ wardId: '1', wardName: 'Bách Khoa', areas: [{ id: '4', number: 4, name: 'Trường Tiểu học Bách Khoa' }] }];

/** The form over a draft, as the team screen holds it. */
function mountForm(start: { place?: string; kind?: FindingKind | null; text?: string } = {}) {
  const draft = reactive({ place: '', kind: null as FindingKind | null, text: '', ...start });
  const Host = defineComponent({
    components: { FindingForm },
    setup: () => ({ draft, places }),
    template: `<FindingForm v-model:place="draft.place" v-model:kind="draft.kind" v-model:text="draft.text" :places="places" />`,
  });
  return { w: mount(Host, { global: { plugins: [i18n] } }), draft };
}

describe('a supervision finding in a few taps', () => {
  it('says what is still missing, and sends once place, kind and text are there', async () => {
    const { w, draft } = mountForm();
    expect(w.get('[data-test=finding-needs]').text()).toBe('Còn thiếu: nơi, loại, nội dung.');
    expect(w.get('[data-test=send-finding]').attributes('disabled')).toBeDefined();
    expect(w.findAll('option').map((o) => o.text())).toEqual(['Chọn khu vực hoặc phường', 'Toàn phường Bách Khoa', 'Số 4 · Trường Tiểu học Bách Khoa']);
    await w.get('select').setValue('area:4');
    await w.get('[data-kind=ISSUE]').trigger('click');
    await w.get('textarea').setValue('Chưa niêm yết danh sách cử tri');
    expect(draft).toEqual({ place: 'area:4', kind: 'ISSUE', text: 'Chưa niêm yết danh sách cử tri' });
    expect(w.find('[data-test=finding-needs]').exists()).toBe(false);
    await w.get('form').trigger('submit');
    expect(w.findComponent(FindingForm).emitted('send')).toHaveLength(1);
  });

  it('keeps a text over the limit whole, says so, and does not send it', async () => {
    const { w, draft } = mountForm({ place: 'ward:1', kind: 'RECOMMENDATION' });
    await w.get('textarea').setValue('a'.repeat(2005));
    expect(w.get('[data-test=finding-too-long]').text()).toBe('Dài quá 2.000 ký tự (đang có 2.005): rút gọn rồi gửi.');
    expect(draft.text).toHaveLength(2005);
    await w.get('form').trigger('submit');
    expect(w.findComponent(FindingForm).emitted('send')).toBeUndefined();
  });
});
