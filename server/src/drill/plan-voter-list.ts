import { VoterListChangeKind } from '../modules/voter-list/voter-list-change.entity.js';
import { hm, type Minute } from './curve.js';
import { pick } from './plan-areas.js';
import type { Action, DrillArea } from './plan.types.js';

/** Areas that take in transient voters (workers, students, patients with a certificate) before noon. */
const TRANSIENT_AREAS = 6;

/** The replacement site of the one area that has to move (Hà Nội, May 2021: a block locked down for COVID-19). */
const NEW_SITE = {
  name: 'Hội trường Trường THCS (điểm bỏ phiếu thay thế)',
  address: '25 Phố Lò Đúc',
  reason: 'Tòa nhà điểm bỏ phiếu cũ nằm trong khu vực bị phong tỏa phòng, chống dịch COVID-19.',
};

/**
 * The voter list's movement and the moved site (SPEC 8.5, 8.6): in the morning a few areas' officers add
 * transient voters; early in the day the operator moves one area to a new site. An area that takes in
 * voters turns out in the same proportion of its larger list, so the district's curve keeps its shape.
 * Draws from `rand` only after the rest of the plan, so the other lanes stay as they were.
 */
export function planVoterList(areas: DrillArea[], turnoutActions: Action[], rand: () => number): Action[] {
  const out: Action[] = [];
  for (const i of pick(areas.length, TRANSIENT_AREAS, rand)) {
    const area = areas[i];
    const at: Minute = Math.round((hm(6) + rand() * 150) * 100) / 100;
    const count = 2 + Math.floor(rand() * 12);
    out.push({
      at,
      lane: `area:${area.code}`,
      actor: { role: 'ward', ward: area.wardCode },
      step: { kind: 'voterList', area: area.code, listKind: VoterListChangeKind.ADDED_TRANSIENT, count, note: `${count} giấy chứng nhận cử tri vãng lai` },
    });
    const registered = area.registeredVoters + count;
    for (const a of turnoutActions) {
      if (a.step.kind !== 'turnout' || a.step.area !== area.code || a.at <= at) continue;
      a.step.voted = Math.min(registered, Math.round((a.step.voted * registered) / area.registeredVoters));
    }
  }
  const moved = areas[Math.floor(rand() * areas.length)];
  out.push({
    at: Math.round((hm(6, 10) + rand() * 30) * 100) / 100,
    lane: 'operator:sites',
    actor: { role: 'operator' },
    step: { kind: 'relocate', area: moved.code, ...NEW_SITE },
  });
  return out;
}
