import { formatNumber, i18n } from '../../i18n';
import type { SituationReport } from '../../stores/reports-state';

/** How the reports screen names and writes what a report holds, in the current language. */

/** "Mốc 10:00", or "Cuối ngày" for the final count. */
export function checkpointName(label: string): string {
  const { t } = i18n.global;
  return label === 'final' ? t('reports.final') : t('reports.checkpoint', { time: label });
}

/** "Phường Đồng Tâm", or "Toàn quận Hai Bà Trưng" for the district's own report. */
export function placeName(r: SituationReport): string {
  const { t } = i18n.global;
  return r.ward ? t('reports.ward', { name: r.ward.name }) : t('reports.district', { name: r.figures?.place.district ?? '' }).trim();
}

/** 45,12% */
export const percent = (n: number) => `${formatNumber(n, 2)}%`;
/** +12,30 / −0,50 (percentage points) */
export const points = (n: number) => `${n >= 0 ? '+' : '−'}${formatNumber(Math.abs(n), 2)}`;
