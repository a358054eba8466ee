import { reactive } from 'vue';
import type { ComplaintChannel, ComplaintKind, ComplaintSubject, ReceiveComplaintInput } from '@election-ops/schema';
import { useDraft } from './useDraft';

/** What the intake form holds but who filed it: kept across a reload like every form's draft. */
export interface ComplaintDraft {
  kind: ComplaintKind | null;
  subject: ComplaintSubject | null;
  channel: ComplaintChannel;
  /** `ward:<id>`, `area:<id>`, or `district` (the district as a whole); empty: not chosen yet. */
  place: string;
  summary: string;
  /** `YYYY-MM-DDTHH:MM` in Vietnam time (the operator's desk); empty: now. */
  receivedAt: string;
}
export interface Complainant {
  name: string;
  contact: string;
}
export type IntakeInput = Omit<ReceiveComplaintInput, 'clientRequestId'>;

const VN_OFFSET_MS = 7 * 3_600_000; // Asia/Ho_Chi_Minh, no daylight saving

/** `YYYY-MM-DDTHH:MM` in Vietnam time, what a datetime-local field shows, for an instant (ms). */
export const vietnamLocal = (ms: number) => new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 16);

/** The mutation's input from the form. `now` (ISO) is the time received when the form leaves it empty (null: the server's now). */
export function intakeInput(d: ComplaintDraft, who: Complainant, now: string | null): IntakeInput | null {
  if (!d.kind || !d.subject || !d.place) return null;
  const [what, id] = d.place.split(':');
  return {
    kind: d.kind,
    subject: d.subject,
    channel: d.channel,
    summary: d.summary,
    ...(what === 'area' ? { pollingAreaId: id } : what === 'ward' ? { wardId: id } : {}),
    receivedAt: d.receivedAt ? new Date(`${d.receivedAt}:00+07:00`).toISOString() : now,
    complainant: { name: who.name.trim(), contact: who.contact.trim() || null },
  };
}

/** The form as it was when `input` was queued: a refused intake goes back into it to be fixed. */
export function draftOf(input: IntakeInput): { draft: Omit<ComplaintDraft, 'receivedAt'>; who: Complainant } {
  return {
    draft: {
      kind: input.kind,
      subject: input.subject,
      channel: input.channel,
      place: input.pollingAreaId ? `area:${input.pollingAreaId}` : input.wardId ? `ward:${input.wardId}` : 'district',
      summary: input.summary,
    },
    who: { name: input.complainant.name, contact: input.complainant.contact ?? '' },
  };
}

/**
 * The intake form's state: the draft in sessionStorage (useDraft) — and who filed it in memory only,
 * never stored with the rest: a reload loses the name, nothing else on the phone keeps it.
 */
export function useComplaintDraft(key: string, place: () => string) {
  const fresh = (): ComplaintDraft => ({ kind: null, subject: null, channel: 'IN_PERSON', place: place(), summary: '', receivedAt: '' });
  const { draft, clear } = useDraft(`complaint-${key}`, fresh);
  const who = reactive<Complainant>({ name: '', contact: '' });
  return {
    draft,
    who,
    clear(): void {
      clear();
      who.name = '';
      who.contact = '';
    },
    /** Put a refused intake back, as it was typed. */
    fill(input: IntakeInput): void {
      const back = draftOf(input);
      Object.assign(draft, back.draft, { receivedAt: '' });
      Object.assign(who, back.who);
    },
  };
}
