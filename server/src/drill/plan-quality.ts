import { FindingKind } from '../modules/supervision/finding.entity.js';
import { TEAM_WARDS } from '../seed/demo.js';
import { hm, type Minute } from './curve.js';
import { pick } from './plan-areas.js';
import type { Action, DrillArea } from './plan.types.js';

const OPERATOR = { role: 'operator' as const };

/** What the supervision teams write in their notebooks, in their words. */
const FINDINGS: [FindingKind, string][] = [
  [FindingKind.ISSUE, 'Danh sách cử tri niêm yết bị rách một góc, cần dán lại.'],
  [FindingKind.ISSUE, 'Buồng viết phiếu quay ra phía cửa, chưa bảo đảm bí mật lá phiếu.'],
  [FindingKind.ISSUE, 'Một số cử tri cầm phiếu bầu hộ người thân, tổ bầu cử chưa nhắc nhở.'],
  [FindingKind.ISSUE, 'Thiếu ghế ngồi chờ cho cử tri cao tuổi.'],
  [FindingKind.RECOMMENDATION, 'Đề nghị bố trí thêm một bàn hướng dẫn cử tri lần đầu đi bầu.'],
  [FindingKind.RECOMMENDATION, 'Nên phát thanh nhắc cử tri mang theo thẻ cử tri và căn cước.'],
  [FindingKind.RECOMMENDATION, 'Đề nghị tăng cường khử khuẩn tay nắm cửa và bút viết phiếu.'],
  [FindingKind.GOOD_PRACTICE, 'Tổ bầu cử đo thân nhiệt và phát khẩu trang cho cử tri, xếp hàng giãn cách tốt.'],
  [FindingKind.GOOD_PRACTICE, 'Có lối đi riêng cho người khuyết tật và người cao tuổi.'],
  [FindingKind.GOOD_PRACTICE, 'Niêm yết đầy đủ tiểu sử ứng cử viên, nội quy, hướng dẫn.'],
];

/** The checkpoints the reports are compiled at (10:00, 12:30, 16:30, 18:30 and the final count at 19:30). */
const REPORTS: [string, Minute][] = [
  ['10:00', hm(10)],
  ['12:30', hm(12, 30)],
  ['16:30', hm(16, 30)],
  ['18:30', hm(18, 30)],
  ['final', hm(19, 30)],
];

/**
 * The reporting regime's part of the day: each supervision team files two or three findings in its
 * wards; one area's figure jumps (a factory shift voting at once) and another's runs far below its ward
 * (a hospital area), so both are flagged, and the operator checks and verifies flagged figures through
 * the day; and sends every checkpoint's situation reports 20 minutes after they are compiled.
 * Draws from `rand` only after the rest of the plan, so the other lanes stay as they were.
 */
export function planQuality(areas: DrillArea[], turnoutActions: Action[], rand: () => number): Action[] {
  const out: Action[] = [];
  const add = (at: Minute, lane: string, actor: Action['actor'], step: Action['step']) => out.push({ at: Math.round(at * 100) / 100, lane, actor, step });

  TEAM_WARDS.forEach((wards, i) => {
    const team = `doan-${String(i + 1).padStart(2, '0')}`;
    const mine = areas.filter((a) => wards.includes(a.wardCode));
    if (mine.length === 0) return;
    const times = Array.from({ length: 2 + Math.floor(rand() * 2) }, () => hm(7, 30) + rand() * (hm(18) - hm(7, 30))).sort((a, b) => a - b);
    for (const at of times) {
      const area = mine[Math.floor(rand() * mine.length)];
      const [findingKind, text] = FINDINGS[Math.floor(rand() * FINDINGS.length)];
      add(at, `team:${team}`, { role: 'supervisor', team }, { kind: 'finding', ward: area.wardCode, area: rand() < 0.8 ? area.code : null, findingKind, text });
    }
  });

  const [jumpIndex, lowIndex] = pick(areas.length, 2, rand);
  jump(areas[jumpIndex], turnoutActions, out);
  runLow(areas[lowIndex], turnoutActions);

  for (const at of [hm(11), hm(14), hm(17, 45), hm(20, 30)]) {
    add(at, 'operator:verify', OPERATOR, { kind: 'verifyFlagged', note: 'Đã gọi tổ bầu cử xác minh: số liệu đúng.' });
  }
  for (const [checkpoint, at] of REPORTS) {
    add(at + 20, 'operator:reports', OPERATOR, {
      kind: 'sendReports',
      checkpoint,
      note: `Báo cáo nhanh mốc ${checkpoint === 'final' ? 'kết thúc' : checkpoint}.`,
    });
  }
  return out;
}

const turnoutOf = (area: DrillArea, actions: Action[]) =>
  actions.filter((a): a is Action & { step: { kind: 'turnout'; voted: number } } => a.step.kind === 'turnout' && a.step.area === area.code);

/** A shift voting at once: 15 minutes after its first report past 09:00, the figure is up by 30% of registered; later figures never fall below it. */
function jump(area: DrillArea, actions: Action[], out: Action[]): void {
  const reports = turnoutOf(area, actions).sort((a, b) => a.at - b.at);
  const base = reports.find((r) => r.at >= hm(9));
  if (!base) return;
  const voted = Math.min(area.registeredVoters, base.step.voted + Math.ceil(area.registeredVoters * 0.3));
  const at = Math.round((base.at + 15) * 100) / 100;
  out.push({ at, lane: base.lane, actor: base.actor, step: { kind: 'turnout', area: area.code, voted } });
  for (const r of reports) if (r.at > at) r.step.voted = Math.max(r.step.voted, voted);
}

/** An area far below its ward all day (its figures at 80%): flagged as an outlier once its ward has reported. */
function runLow(area: DrillArea, actions: Action[]): void {
  for (const r of turnoutOf(area, actions)) r.step.voted = Math.floor(r.step.voted * 0.8);
}
