import { i18n } from '../../i18n';
import type { Complaint } from '../../stores/complaints-state';

/** Where a complaint is about, as people name it: "Đồng Tâm · Số 4 · Trường …", "Đồng Tâm", or "Toàn quận". */
export function complaintPlace(c: Pick<Complaint, 'ward' | 'pollingArea'>): string {
  const { t } = i18n.global;
  if (!c.ward) return t('complaints.districtWide');
  if (!c.pollingArea) return c.ward.name;
  return `${c.ward.name} · ${t('ward.areaName', { number: c.pollingArea.number, name: c.pollingArea.name })}`;
}
