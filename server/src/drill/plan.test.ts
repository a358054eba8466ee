import { describe, expect, it } from 'vitest';
import { AgencyCode } from '../modules/agencies/agency.entity.js';
import { PollingAreaStatus as S } from '../modules/units/enums.js';
import { slug, WARDS } from '../seed/hai-ba-trung.js';
import { seededRandom, splitTotal } from '../seed/random.js';
import { hm, REPORTED, type Minute } from './curve.js';
import { TEAM_WARDS } from '../seed/demo.js';
import { makePlan } from './plan.js';
import type { DrillArea, DrillPlan } from './plan.types.js';

/** The demo district's areas, generated the way the demo seed does (codes and sizes). */
function demoAreas(): DrillArea[] {
  const rand = seededRandom(2021);
  return WARDS.flatMap((w) =>
    splitTotal(w.voters, w.areas, rand).map((voters, i) => ({
      code: `${slug(w.name)}-${String(i + 1).padStart(2, '0')}`,
      wardCode: slug(w.name),
      registeredVoters: voters,
    })),
  );
}

/** District turnout by the plan at `t`: each area's latest planned report at or before t. */
function districtAt(plan: DrillPlan, areas: DrillArea[], t: Minute): number {
  const latest = new Map<string, number>();
  for (const a of plan.actions) if (a.step.kind === 'turnout' && a.at <= t) latest.set(a.step.area, a.step.voted);
  const registered = areas.reduce((n, a) => n + a.registeredVoters, 0);
  const voted = [...latest.values()].reduce((n, v) => n + v, 0);
  return (voted / registered) * 100;
}

const areas = demoAreas();

describe('drill plan', () => {
  it('is the same plan for the same seed, and another for another seed', () => {
    expect(JSON.stringify(makePlan(7, areas))).toBe(JSON.stringify(makePlan(7, areas)));
    expect(JSON.stringify(makePlan(8, areas))).not.toBe(JSON.stringify(makePlan(7, areas)));
  });

  it.each([1, 7, 42, 2021, 99_991])('passes near the reported district figures (seed %i)', (seed) => {
    const plan = makePlan(seed, areas);
    expect(Math.abs(districtAt(plan, areas, hm(12, 30)) - REPORTED.at1230)).toBeLessThanOrEqual(1.5);
    expect(Math.abs(districtAt(plan, areas, hm(18, 30)) - REPORTED.at1830)).toBeLessThanOrEqual(1.5);
    expect(Math.abs(districtAt(plan, areas, hm(23, 59)) - REPORTED.final)).toBeLessThanOrEqual(1.5);
  });

  it('never lets an area report less than before, or more than its voters (with those added by then)', () => {
    const plan = makePlan(3, areas);
    const last = new Map<string, number>();
    const added = new Map<string, number>();
    for (const { step } of plan.actions) {
      if (step.kind === 'voterList') added.set(step.area, (added.get(step.area) ?? 0) + step.count);
      if (step.kind !== 'turnout') continue;
      const area = areas.find((x) => x.code === step.area)!;
      expect(step.voted).toBeGreaterThanOrEqual(last.get(area.code) ?? 0);
      expect(step.voted).toBeLessThanOrEqual(area.registeredVoters + (added.get(area.code) ?? 0));
      last.set(area.code, step.voted);
    }
    expect(last.size).toBe(areas.length);
  });

  it('adds transient voters in several areas in the morning, turning out in proportion, and moves one site before opening', () => {
    const plan = makePlan(2021, areas);
    const changes = plan.actions.filter((a) => a.step.kind === 'voterList');
    expect(new Set(changes.map((a) => a.lane)).size).toBe(changes.length);
    expect(changes.length).toBeGreaterThanOrEqual(5);
    expect(changes.every((a) => a.at >= hm(6) && a.at <= hm(8, 30) && a.actor.role === 'ward')).toBe(true);
    for (const c of changes) {
      if (c.step.kind !== 'voterList') continue;
      const code = c.step.area;
      const area = areas.find((x) => x.code === code)!;
      const final = plan.actions.filter((a) => a.step.kind === 'turnout' && a.step.area === code).at(-1)!;
      const percent = final.step.kind === 'turnout' ? (final.step.voted / (area.registeredVoters + c.step.count)) * 100 : 0;
      expect(percent).toBeGreaterThan(98.5);
    }
    const moves = plan.actions.filter((a) => a.step.kind === 'relocate');
    expect(moves).toHaveLength(1);
    expect(moves[0].actor.role).toBe('operator');
    expect(moves[0].at).toBeLessThan(hm(7));
  });

  it('opens every area at 07:00 except a few laggards, and closes and counts them all', () => {
    const plan = makePlan(11, areas);
    const statuses = plan.actions.filter((a) => a.step.kind === 'status');
    const opened = statuses.filter((a) => a.step.kind === 'status' && a.step.status === S.VOTING && a.at < hm(8));
    expect(opened).toHaveLength(areas.length);
    const late = opened.filter((a) => a.at >= hm(7, 1));
    expect(late.length).toBeGreaterThan(0);
    expect(late.length).toBeLessThanOrEqual(3);
    expect(opened.every((a) => a.at >= hm(7))).toBe(true);
    expect(statuses.filter((a) => a.step.kind === 'status' && a.step.status === S.COUNTED)).toHaveLength(areas.length);
  });

  it('brings the evening storm: outages around 17:00, areas suspended, and late power liaisons', () => {
    const plan = makePlan(5, areas);
    const outages = plan.actions.filter((a) => a.step.kind === 'incident' && a.step.category === 'POWER_OUTAGE' && a.at >= hm(16, 55) && a.at <= hm(17, 20));
    expect(outages.length).toBeGreaterThanOrEqual(4);
    expect(plan.actions.filter((a) => a.step.kind === 'status' && a.step.status === S.SUSPENDED)).toHaveLength(2);
    expect(plan.tasks.filter((t) => t.agency === AgencyCode.POWER && t.late).length).toBeGreaterThanOrEqual(2);
    const categories = new Set(plan.actions.flatMap((a) => (a.step.kind === 'incident' ? [a.step.category] : [])));
    expect(categories.size).toBeGreaterThanOrEqual(7);
  });

  it('keeps each lane in time order and ends after counting', () => {
    const plan = makePlan(9, areas);
    expect(plan.actions.every((a, i) => i === 0 || plan.actions[i - 1].at <= a.at)).toBe(true);
    expect(plan.actions[0].at).toBeGreaterThanOrEqual(hm(5));
    expect(plan.endsAt).toBeGreaterThan(hm(20));
    expect(plan.endsAt).toBeLessThan(hm(22, 30));
  });

  it('has each supervision team file findings in its own wards, two figures to flag, and the operator verifying and sending', () => {
    const plan = makePlan(2021, areas);
    const findings = plan.actions.filter((a) => a.step.kind === 'finding');
    TEAM_WARDS.forEach((wards, i) => {
      const team = `doan-${String(i + 1).padStart(2, '0')}`;
      const own = findings.filter((a) => a.actor.role === 'supervisor' && a.actor.team === team);
      expect(own.length, team).toBeGreaterThanOrEqual(2);
      expect(
        own.every((a) => a.step.kind === 'finding' && wards.includes(a.step.ward)),
        team,
      ).toBe(true);
    });
    // Some area's figure jumps by more than 25% of registered within half an hour: JUMP.
    const byArea = new Map<string, { at: Minute; voted: number }[]>();
    for (const a of plan.actions)
      if (a.step.kind === 'turnout') byArea.set(a.step.area, [...(byArea.get(a.step.area) ?? []), { at: a.at, voted: a.step.voted }]);
    const jumps = [...byArea].filter(([code, rs]) => {
      const reg = areas.find((x) => x.code === code)!.registeredVoters;
      return rs.some((r, i) => i > 0 && r.at - rs[i - 1].at <= 30 && (r.voted - rs[i - 1].voted) / reg > 0.25);
    });
    expect(jumps.length).toBe(1);
    const sends = plan.actions.filter((a) => a.step.kind === 'sendReports').map((a) => (a.step.kind === 'sendReports' ? a.step.checkpoint : ''));
    expect(sends).toEqual(['10:00', '12:30', '16:30', '18:30', 'final']);
    expect(plan.actions.filter((a) => a.step.kind === 'verifyFlagged').length).toBe(4);
  });

  it('registers the voter-list complaints of the days before first thing, one already past its five days, and a denunciation sent on', () => {
    const plan = makePlan(2021, areas);
    const received = plan.actions.filter((a) => a.step.kind === 'complaint');
    const voterList = received.filter((a) => a.step.kind === 'complaint' && a.step.subject === 'VOTER_LIST');
    expect(voterList.length).toBe(5);
    for (const a of voterList) {
      expect(a.at).toBeLessThan(hm(7));
      expect(a.actor.role === 'ward' && a.step.kind === 'complaint' && a.actor.ward === a.step.ward).toBe(true);
      // The days before the election: a negative plan minute.
      expect(a.step.kind === 'complaint' && a.step.receivedAt !== null && a.step.receivedAt < 0).toBe(true);
    }
    const overdueAtDawn = voterList.filter((a) => a.step.kind === 'complaint' && a.step.receivedAt! < a.at - 5 * 24 * 60);
    expect(overdueAtDawn.length).toBe(1);
    expect(received.filter((a) => a.step.kind === 'complaint' && a.step.complaintKind === 'DENUNCIATION').length).toBe(1);
    const moves = (ref: string) =>
      plan.actions.filter((a) => a.step.kind === 'complaintMove' && a.step.ref === ref).map((a) => a.step.kind === 'complaintMove' && a.step.move);
    expect(moves('DT1')).toEqual(['assign', 'answer']);
    expect(moves('TC1')).toEqual(['transfer']);
    expect(moves('KN1')).toEqual(['assign', 'answer', 'close']);
    // Each complaint's lane runs in order: received before it is handed out.
    for (const ref of ['DT1', 'DT2', 'DT3', 'DT4', 'DT5', 'TC1', 'KN1']) {
      const lane = plan.actions.filter((a) => a.lane === `complaint:${ref}`);
      expect(lane[0].step.kind, ref).toBe('complaint');
    }
  });

  it('takes the auxiliary box out while its areas vote: requested at dawn, scheduled, recorded, one called off', () => {
    const plan = makePlan(2021, areas);
    const lanes = new Map<string, typeof plan.actions>();
    for (const a of plan.actions) if (a.step.kind === 'visit' || a.step.kind === 'visitMove') lanes.set(a.step.ref, [...(lanes.get(a.step.ref) ?? []), a]);
    expect(lanes.size).toBe(5);
    const moves = [...lanes.values()].map((l) => l.map((a) => (a.step.kind === 'visitMove' ? a.step.move : a.step.kind)));
    expect(moves.filter((m) => m.join() === 'visit,schedule,record').length).toBe(4);
    expect(moves.filter((m) => m.join() === 'visit,schedule,cancel').length).toBe(1);
    for (const lane of lanes.values()) {
      expect(lane[0].at).toBeLessThan(hm(7));
      // In its area's lane, after the area opens: run in order even when the drill falls behind.
      const area = lane[0].step.kind === 'visit' ? lane[0].step.area : '';
      expect(lane.every((a) => a.lane === `area:${area}`)).toBe(true);
      const opens = plan.actions.find((a) => a.lane === `area:${area}` && a.step.kind === 'status' && a.step.status === 'VOTING')!;
      expect(plan.actions.indexOf(lane[1])).toBeGreaterThan(plan.actions.indexOf(opens));
      // Every move of the box while the polls are open, before noon (no storm, no suspension).
      for (const a of lane.slice(1)) expect(a.at > hm(8) && a.at < hm(12)).toBe(true);
    }
    const quarantine = [...lanes.values()].filter((l) => l[0].step.kind === 'visit' && l[0].step.reason === 'QUARANTINE');
    expect(quarantine.length).toBe(2);
  });

  it('has the district file one feeder outage over areas of two wards, dispatched once and resolved by the operator', () => {
    const plan = makePlan(2021, areas);
    const feeder = plan.actions.filter((a) => a.step.kind === 'incident' && a.step.areas);
    expect(feeder.length).toBe(1);
    const [report] = feeder;
    if (report.step.kind !== 'incident') throw new Error('not an incident');
    const wards = new Set(report.step.areas!.map((code) => areas.find((a) => a.code === code)!.wardCode));
    expect(wards.size).toBe(2);
    expect(report.actor.role).toBe('operator');
    const lane = plan.actions.filter((a) => a.lane === report.lane);
    expect(lane.at(-1)).toMatchObject({ actor: { role: 'operator' }, step: { kind: 'resolve' } });
  });
});
