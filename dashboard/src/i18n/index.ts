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

/** HH:MM(:SS) in Vietnam time, in the current locale. */
export function formatTime(iso: string | Date | number, seconds = false): string {
  return new Intl.DateTimeFormat(i18n.global.locale.value === 'vi' ? 'vi-VN' : 'en-GB', {
    hour: '2-digit', minute: '2-digit', ...(seconds ? { second: '2-digit' } : {}), timeZone: TIME_ZONE, hour12: false,
  }).format(new Date(iso));
}

export function formatNumber(n: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(i18n.global.locale.value === 'vi' ? 'vi-VN' : 'en-US', {
    minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits,
  }).format(n);
}

/** mm:ss for countdowns. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(Math.abs(ms) / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}
