import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { draftOf, intakeInput, useComplaintDraft, vietnamLocal, type ComplaintDraft } from './useComplaintDraft';

const draft = (over: Partial<ComplaintDraft> = {}): ComplaintDraft => ({
  kind: 'DENUNCIATION',
  subject: 'VOTING',
  channel: 'IN_PERSON',
  place: 'area:41',
  summary: 'Tổ bầu cử gạch phiếu hộ cử tri',
  receivedAt: '',
  ...over,
});
const who = { name: '  Nguyễn Văn A ', contact: ' ' };

describe('an intake form as the mutation takes it', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    sessionStorage.clear();
  });

  it('names the area, the ward, or neither (the whole district), and who filed it, trimmed', () => {
    expect(intakeInput(draft(), who, null)).toEqual({
      kind: 'DENUNCIATION',
      subject: 'VOTING',
      channel: 'IN_PERSON',
      summary: 'Tổ bầu cử gạch phiếu hộ cử tri',
      pollingAreaId: '41',
      receivedAt: null,
      complainant: { name: 'Nguyễn Văn A', contact: null },
    });
    expect(intakeInput(draft({ place: 'ward:7' }), who, null)).toMatchObject({ wardId: '7' });
    const district = intakeInput(draft({ place: 'district' }), who, null)!;
    expect('wardId' in district || 'pollingAreaId' in district).toBe(false);
    expect(intakeInput(draft({ kind: null }), who, null)).toBeNull();
    expect(intakeInput(draft({ place: '' }), who, null)).toBeNull();
  });

  it('reads the time received in Vietnam time, and takes `now` when the form leaves it empty', () => {
    expect(intakeInput(draft({ receivedAt: '2021-05-23T08:30' }), who, null)!.receivedAt).toBe('2021-05-23T01:30:00.000Z');
    expect(intakeInput(draft(), who, '2021-05-23T03:00:00.000Z')!.receivedAt).toBe('2021-05-23T03:00:00.000Z');
    expect(vietnamLocal(Date.parse('2021-05-23T01:30:00Z'))).toBe('2021-05-23T08:30');
  });

  it('puts a refused intake back as it was typed', () => {
    const input = intakeInput(draft({ place: 'ward:7', channel: 'LETTER' }), { name: 'B', contact: '0912' }, null)!;
    expect(draftOf(input)).toEqual({
      draft: { kind: 'DENUNCIATION', subject: 'VOTING', channel: 'LETTER', place: 'ward:7', summary: 'Tổ bầu cử gạch phiếu hộ cử tri' },
      who: { name: 'B', contact: '0912' },
    });
  });

  it('keeps the draft in sessionStorage, never who filed it', async () => {
    const form = useComplaintDraft('test', () => 'ward:7');
    form.draft.summary = 'Thiếu tên trong danh sách';
    form.who.name = 'Trần Thị Bí Mật';
    form.who.contact = '0912 345 678';
    await nextTick();
    const stored = Array.from({ length: sessionStorage.length }, (_, i) => sessionStorage.getItem(sessionStorage.key(i)!)).join('\n');
    expect(stored).toContain('Thiếu tên trong danh sách');
    expect(stored).not.toContain('Bí Mật');
    expect(stored).not.toContain('0912');
    form.clear();
    expect([form.who.name, form.who.contact, form.draft.place, form.draft.summary]).toEqual(['', '', 'ward:7', '']);
  });
});
