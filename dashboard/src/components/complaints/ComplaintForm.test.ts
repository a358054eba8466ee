import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, reactive } from 'vue';
import type { ComplaintChannel, ComplaintKind, ComplaintSubject } from '@election-ops/schema';
import { i18n } from '../../i18n';
import ComplaintForm from './ComplaintForm.vue';

const dongTam = { wardId: '7', wardName: 'Đồng Tâm', areas: [{ id: '41', number: 4, name: 'Trường THCS Tây Sơn' }] };
const phoHue = { wardId: '9', wardName: 'Phố Huế', areas: [] };

/** The form over a draft, as the ward desk and the operator's desk hold it. */
function mountForm(places = [dongTam], extra: Record<string, unknown> = {}) {
  const draft = reactive({
    kind: null as ComplaintKind | null,
    subject: null as ComplaintSubject | null,
    channel: 'IN_PERSON' as ComplaintChannel,
    place: places.length === 1 ? `ward:${places[0].wardId}` : '',
    summary: '',
    name: '',
    contact: '',
  });
  const Host = defineComponent({
    components: { ComplaintForm },
    setup: () => ({ draft, places, extra }),
    template: `<ComplaintForm v-model:kind="draft.kind" v-model:subject="draft.subject" v-model:channel="draft.channel" v-model:place="draft.place"
      v-model:summary="draft.summary" v-model:name="draft.name" v-model:contact="draft.contact" :places="places" v-bind="extra" />`,
  });
  return { w: mount(Host, { global: { plugins: [i18n] } }), draft };
}

describe("a complaint's intake in a few taps", () => {
  it('says what is missing, promises that only the district reads the name, and sends once it is all there', async () => {
    const { w, draft } = mountForm();
    expect(w.get('[data-test=complaint-privacy]').text()).toContain('Chỉ Ban chỉ đạo quận xem được họ tên người gửi đơn');
    expect(w.get('[data-test=complaint-needs]').text()).toBe('Còn thiếu: loại đơn, liên quan đến, tóm tắt, họ tên người gửi.');
    expect(w.findAll('[data-kind]').map((b) => b.find('strong').text())).toEqual(['Khiếu nại', 'Tố cáo', 'Kiến nghị']);
    expect(w.get('[data-subject=VOTER_LIST]').text()).toBe('Danh sách cử tritrả lời trong 5 ngày');
    expect(w.findAll('option').map((o) => o.text())).toEqual(['Toàn phường Đồng Tâm', 'Số 4 · Trường THCS Tây Sơn']);
    await w.get('[data-kind=DENUNCIATION]').trigger('click');
    await w.get('[data-subject=VOTING]').trigger('click');
    await w.get('[data-channel=PHONE]').trigger('click');
    await w.get('select').setValue('area:41');
    await w.get('textarea').setValue('Tổ bầu cử gạch phiếu hộ cử tri cao tuổi');
    await w.get('input[name=complainant-name]').setValue('Nguyễn Văn A');
    expect(draft).toMatchObject({ kind: 'DENUNCIATION', subject: 'VOTING', channel: 'PHONE', place: 'area:41', name: 'Nguyễn Văn A' });
    expect(w.find('[data-test=complaint-needs]').exists()).toBe(false);
    await w.get('form').trigger('submit');
    expect(w.findComponent(ComplaintForm).emitted('send')).toHaveLength(1);
  });

  it('offers the operator every ward, their areas and the district as a whole, and the time received', async () => {
    const { w } = mountForm([dongTam, phoHue], { districtWide: true, receivedAtShown: true });
    expect(w.findAll('option').map((o) => o.text())).toEqual([
      'Chọn khu vực hoặc phường',
      'Toàn quận (không riêng phường nào)',
      'Toàn phường Đồng Tâm',
      'Số 4 · Trường THCS Tây Sơn',
      'Toàn phường Phố Huế',
    ]);
    expect(w.find('input[name=receivedAt]').exists()).toBe(true);
    expect(w.get('[data-test=complaint-needs]').text()).toContain('nơi');
  });
});
