import { AgencyCode } from '../modules/agencies/agency.entity.js';
import { seededRandom } from '../seed/random.js';
import { hm } from './curve.js';
import { drawTraits, pick, planArea } from './plan-areas.js';
import { planIncident, type Occurrence } from './plan-incidents.js';
import { planComplaints } from './plan-complaints.js';
import { planQuality } from './plan-quality.js';
import { planVoterList } from './plan-voter-list.js';
import { planVisits } from './plan-visits.js';
import type { Action, DrillArea, DrillPlan, PlannedTask } from './plan.types.js';
import { FEEDER, FIXED, FLOOD, OUTAGE, RANDOM, STORM, SUSPEND_REASON, type Scenario } from './scenarios.js';

/** Areas whose power the storm cuts, and how many of them must stop voting until it is back. */
const OUTAGES = 5;
const SUSPENDED = 2;

/**
 * The feeder's outage (SPEC 8.6): an area of one ward and two of the next ward in the list, drawn from
 * a random of its own so the rest of the day stays as the seed always made it.
 */
function feederOutage(sorted: DrillArea[], rand: () => number): Omit<Occurrence, 'ref'> {
  const wards = [...new Set(sorted.map((a) => a.wardCode))];
  const i = Math.floor(rand() * (wards.length - 1));
  const first = sorted.filter((a) => a.wardCode === wards[i]);
  const next = sorted.filter((a) => a.wardCode === wards[i + 1]);
  return {
    scenario: FEEDER,
    at: FEEDER.from + rand() * (FEEDER.to - FEEDER.from),
    area: first[first.length - 1],
    alsoAreas: next.slice(0, 2),
  };
}

/**
 * The whole election day for these areas, from the seed alone: the same seed and areas give the same
 * plan, action for action. Times are election-clock minutes since local midnight of the election day.
 */
export function makePlan(seed: number, areas: DrillArea[]): DrillPlan {
  const rand = seededRandom(seed);
  const sorted = [...areas].sort((a, b) => a.code.localeCompare(b.code));
  const traits = drawTraits(sorted, rand);
  const somewhere = () => sorted[Math.floor(rand() * sorted.length)];
  const jitter = (s: Scenario) => s.from + rand() * (s.to - s.from);

  const occurrences: Omit<Occurrence, 'ref'>[] = [
    ...FIXED.map((scenario) => ({ scenario, at: jitter(scenario), area: somewhere() })),
    ...pick(RANDOM.length, 4 + Math.floor(rand() * 4), rand).map((i) => ({ scenario: RANDOM[i], at: jitter(RANDOM[i]), area: somewhere() })),
    { scenario: STORM, at: jitter(STORM), area: somewhere(), extra: { agency: AgencyCode.POLICE, note: 'Phân luồng giao thông quanh cây đổ.' } },
    { scenario: FLOOD, at: jitter(FLOOD), area: somewhere() },
    feederOutage(sorted, seededRandom(seed + 471)),
  ];
  // The storm's outages: the power company is swamped, so all but the first two of its answers are late.
  const outageAreas = pick(sorted.length, OUTAGES, rand)
    .map((i) => sorted[i])
    .filter((a) => !traits.get(a.code)!.laggard);
  outageAreas.forEach((area, i) => {
    const at = hm(17) + i * 2 + rand() * 3;
    occurrences.push({ scenario: { ...OUTAGE, from: at, to: at }, at, area, lateAgencies: i >= 2 ? [AgencyCode.POWER] : [] });
  });

  occurrences.sort((a, b) => a.at - b.at);
  const actions: Action[] = [];
  const tasks: PlannedTask[] = [];
  occurrences.forEach((o, i) => {
    const ref = `I${String(i + 1).padStart(2, '0')}`;
    const planned = planIncident({ ...o, ref }, rand);
    actions.push(...planned.actions);
    tasks.push(...planned.tasks);
    const outage = outageAreas.indexOf(o.area);
    if (o.scenario.title === OUTAGE.title && outage >= 0 && outage < SUSPENDED) {
      traits.get(o.area.code)!.suspension = { from: o.at + 2, until: Math.min(planned.doneAt + 3, hm(18, 45)), reason: SUSPEND_REASON };
    }
  });
  for (const area of sorted) actions.push(...planArea(area, traits.get(area.code)!, rand));
  actions.push(...planQuality(sorted, actions, rand));
  actions.push(...planVoterList(sorted, actions, rand));
  actions.push(...planComplaints(sorted, rand));
  actions.push(...planVisits(sorted, rand));

  actions.sort((a, b) => a.at - b.at || a.lane.localeCompare(b.lane));
  return { seed, actions, endsAt: actions[actions.length - 1].at, tasks };
}
