import { VisitReason } from '../modules/visits/visit.entity.js';
import { hm, type Minute } from './curve.js';
import { pick } from './plan-areas.js';
import type { Action, DrillArea } from './plan.types.js';

/** Who the wards' lists say cannot come, and why. */
const VISITS: [VisitReason, number, string][] = [
  [VisitReason.QUARANTINE, 3, 'Hộ gia đình F1 đang cách ly tại nhà, số 14 ngõ 20'],
  [VisitReason.QUARANTINE, 2, 'Khu cách ly tập trung, tầng 3 nhà B'],
  [VisitReason.ILL_ELDERLY, 1, 'Cụ ông 92 tuổi, số 7 ngách 3'],
  [VisitReason.DISABLED, 1, 'Cử tri khuyết tật vận động, số 31 phố Thử'],
  [VisitReason.HOSPITAL, 2, 'Đang điều trị tại bệnh viện, khoa Nội'],
];

/**
 * The auxiliary ballot box (SPEC 8.5) through the day: the wards register the visits first thing,
 * give each a time once their areas vote, and record the ballots it brings back; one is called off
 * because the voter came in person. Quarantine visits go from areas whose checklist (epidemic kit
 * included) is ticked before opening, as every area's is in the drill. All before noon, so no area is
 * suspended meanwhile. Draws from `rand` after the rest of the plan.
 */
export function planVisits(areas: DrillArea[], rand: () => number): Action[] {
  const out: Action[] = [];
  const add = (at: Minute, lane: string, actor: Action['actor'], step: Action['step']) => out.push({ at: Math.round(at * 100) / 100, lane, actor, step });
  pick(areas.length, VISITS.length, rand).forEach((index, i) => {
    const area = areas[index];
    const [reason, voters, address] = VISITS[i];
    const ref = `HP${i + 1}`;
    // The area's own lane: the box goes only while the area votes, so its moves wait for the area's
    // opening even when the drill runs behind its plan.
    const lane = `area:${area.code}`;
    const ward = { role: 'ward' as const, ward: area.wardCode };
    add(hm(5, 20) + rand() * 80, lane, ward, { kind: 'visit', ref, area: area.code, reason, voters: Math.min(voters, area.registeredVoters), address });
    const scheduled = hm(8, 30) + rand() * 60;
    const goes = scheduled + 30 + rand() * 60;
    add(scheduled, lane, ward, { kind: 'visitMove', ref, move: 'schedule', at: goes });
    if (i === VISITS.length - 1) {
      add(goes - 10, lane, ward, { kind: 'visitMove', ref, move: 'cancel', reason: 'Cử tri đã tự đến điểm bỏ phiếu.' });
      return;
    }
    // Everyone votes but one voter of the first quarantined household, who declines.
    add(goes + 20 + rand() * 20, lane, ward, { kind: 'visitMove', ref, move: 'record', ballots: i === 0 ? voters - 1 : voters });
  });
  return out;
}
