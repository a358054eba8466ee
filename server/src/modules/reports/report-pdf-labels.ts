import type { IncidentCategory, Severity } from '../incidents/incident.entity.js';
import type { TurnoutFlag } from '../turnout/turnout-flags.js';
import type { PollingAreaStatus, UnitLevel } from '../units/enums.js';

/** The words of the printed report (Vietnamese: the committee's language), as the dashboard's vi.ts has them. */
export const VI = {
  /** The rows of the turnout table: a ward's areas, a district's wards, a province's districts, the nation's provinces. */
  rows: {
    WARD: 'Khu vực bỏ phiếu',
    DISTRICT: 'Phường',
    PROVINCE: 'Quận, huyện',
    NATION: 'Tỉnh, thành phố',
  } satisfies Record<UnitLevel, string>,
  place: { nation: 'Toàn quốc' },
  status: {
    PREPARING: 'Đang chuẩn bị',
    READY: 'Sẵn sàng',
    VOTING: 'Đang bỏ phiếu',
    SUSPENDED: 'Tạm dừng',
    CLOSED: 'Kết thúc bỏ phiếu',
    COUNTED: 'Đã kiểm phiếu',
  } satisfies Record<PollingAreaStatus, string>,
  category: {
    POWER_OUTAGE: 'Mất điện',
    STORM: 'Giông bão',
    FLOOD: 'Ngập úng',
    FIRE: 'Cháy nổ',
    SECURITY: 'An ninh trật tự',
    SANITATION: 'Vệ sinh môi trường',
    MEDICAL: 'Y tế',
    MATERIALS: 'Thiếu tài liệu',
    COMPLAINT: 'Khiếu nại',
    OTHER: 'Khác',
  } satisfies Record<IncidentCategory, string>,
  severity: { LOW: 'Thấp', MEDIUM: 'Trung bình', HIGH: 'Cao', CRITICAL: 'Khẩn cấp' } satisfies Record<Severity, string>,
  flag: {
    JUMP: 'Tăng đột biến',
    EARLY_NEAR_FULL: 'Gần đủ quá sớm',
    OUTLIER: 'Khác thường so với phường',
    FLATLINE: 'Không tăng qua hai mốc',
    CORRECTED: 'Đính chính',
  } satisfies Record<TurnoutFlag, string>,
};

const VN_OFFSET_MS = 7 * 3600_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** A moment in Asia/Ho_Chi_Minh (no DST): its parts as a Vietnamese document writes them. */
export function local(at: string | Date) {
  const d = new Date(new Date(at).getTime() + VN_OFFSET_MS);
  const [day, month, year] = [d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear()];
  return {
    hhmm: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
    /** "10 giờ 00" */
    spoken: `${d.getUTCHours()} giờ ${pad(d.getUTCMinutes())}`,
    date: `${day}/${month}/${year}`,
    /** "ngày 23 tháng 5 năm 2021" */
    long: `ngày ${day} tháng ${month} năm ${year}`,
  };
}

const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 162.345 */
export const num = (n: number) => integer.format(n);
/** 73,74% */
export const pct = (n: number) => `${twoDecimals.format(n)}%`;
/** +20,50 (percentage points) */
export const signedPoints = (n: number) => `${n >= 0 ? '+' : '−'}${twoDecimals.format(Math.abs(n))}`;

/** "3 phút 20 giây" from seconds. */
export function duration(seconds: number | null): string {
  if (seconds === null) return '—';
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m === 0 ? `${s} giây` : `${m} phút ${pad(s)} giây`;
}
