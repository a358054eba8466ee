import { createI18n } from 'vue-i18n';
import en from './en';
import vi from './vi';

const saved = typeof localStorage !== 'undefined' ? localStorage.getItem('locale') : null;

/** Vietnamese first; English second. Numbers and times follow the chosen locale, in Asia/Ho_Chi_Minh. */
export const i18n = createI18n({
  legacy: false,
  locale: saved === 'en' ? 'en' : 'vi',
  fallbackLocale: 'vi',
  messages: { vi, en },
});

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export function toggleLocale(): void {
  const next = i18n.global.locale.value === 'vi' ? 'en' : 'vi';
  i18n.global.locale.value = next;
  localStorage.setItem('locale', next);
}

// One formatter per locale and option set, made once: a wall screen formats times and numbers many
// times a second all day, and a new Intl object per call is slow and churns the heap.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function formatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = make()));
  return f as F;
}

/** HH:MM(:SS) in Vietnam time, in the current locale. */
export function formatTime(iso: string | Date | number, seconds = false): string {
  const locale = i18n.global.locale.value === 'vi' ? 'vi-VN' : 'en-GB';
  const f = formatter(
    `time|${locale}|${seconds}`,
    () =>
      new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', ...(seconds ? { second: '2-digit' } : {}), timeZone: TIME_ZONE, hour12: false }),
  );
  return f.format(new Date(iso));
}

/**
 * A deadline that may be days away: "21:00 23/05" (HH:MM and the day in Vietnam time), in the current
 * locale.
 */
export function formatDayTime(iso: string | Date | number): string {
  const locale = i18n.global.locale.value === 'vi' ? 'vi-VN' : 'en-GB';
  // Day and month by their parts: ICU writes vi-VN's as "23-05" in some builds and "23/05" in others.
  const parts = formatter(`day|${locale}`, () => new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', timeZone: TIME_ZONE })).formatToParts(
    new Date(iso),
  );
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${formatTime(iso)} ${part('day')}/${part('month')}`;
}

export function formatNumber(n: number, fractionDigits = 0): string {
  const locale = i18n.global.locale.value === 'vi' ? 'vi-VN' : 'en-US';
  const f = formatter(
    `number|${locale}|${fractionDigits}`,
    () => new Intl.NumberFormat(locale, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }),
  );
  return f.format(n);
}

/** +3, −1.200: a change to a figure, in the locale's digits. */
export const formatSigned = (n: number): string => `${n < 0 ? '−' : '+'}${formatNumber(Math.abs(n))}`;

/**
 * A duration as people say it, in the current locale: "1 giờ 5 phút", "1 phút 25 giây", "40 giây";
 * from a day on, days and hours ("4 ngày 23 giờ": a complaint's deadline). Whole hours drop the
 * seconds; `seconds: false` drops them from a minute on too ("3 phút"), for what is overdue, where
 * seconds only add noise.
 */
export function formatDuration(ms: number, opts: { seconds?: boolean } = {}): string {
  const { seconds = true } = opts;
  const total = Math.max(0, Math.round(Math.abs(ms) / 1000));
  const d = Math.floor(total / 86400);
  const h = Math.floor((total % 86400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const t = i18n.global.t;
  if (d > 0) return h ? `${t('time.days', { d })} ${t('time.hours', { h })}` : t('time.days', { d });
  if (h > 0) return m ? `${t('time.hours', { h })} ${t('time.minutes', { m })}` : t('time.hours', { h });
  if (m > 0) return seconds && s ? `${t('time.minutes', { m })} ${t('time.seconds', { s })}` : t('time.minutes', { m });
  return t('time.seconds', { s });
}
