import { formatNumber, i18n } from '../../i18n';
import type { SituationReport } from '../../stores/reports-state';

/** How the reports screen names and writes what a report holds, in the current language. */

/** "Mốc 10:00", or "Cuối ngày" for the final count; `inSentence`: as a sentence says it ("mốc 10:00"). */
export function checkpointName(label: string, inSentence = false): string {
  const { t } = i18n.global;
  const name = label === 'final' ? t('reports.final') : t('reports.checkpoint', { time: label });
  return inSentence ? name.charAt(0).toLocaleLowerCase(i18n.global.locale.value) + name.slice(1) : name;
}

/** "Phường Đồng Tâm", "Toàn quận Hai Bà Trưng" for a district's own report, the province's name, or "Toàn quốc". */
export function placeName(r: SituationReport): string {
  const { t } = i18n.global;
  if (r.ward) return t('reports.ward', { name: r.ward.name });
  if (r.level === 'NATION') return t('reports.nation');
  // A province's name is in its figures (an event brings the heading alone: the name comes with them).
  if (r.level === 'PROVINCE') return t('reports.province', { name: r.figures?.place.province ?? '' }).trim();
  return t('reports.district', { name: r.figures?.place.district ?? '' }).trim();
}

/** 45,12% */
export const percent = (n: number) => `${formatNumber(n, 2)}%`;
/** +12,30 / −0,50 (percentage points) */
export const points = (n: number) => `${n >= 0 ? '+' : '−'}${formatNumber(Math.abs(n), 2)}`;
