import { AgencyCode } from '../modules/agencies/agency.entity.js';
import { IncidentCategory as C } from '../modules/incidents/incident.entity.js';
import { ACK_MINUTES, DEFAULT_DISPATCH } from '../modules/tasks/dispatch-rules.js';
import type { Minute } from './curve.js';
import type { Action, DrillArea, PlannedTask } from './plan.types.js';
import type { Scenario } from './scenarios.js';

/** A scenario placed on the day: where, when, and whether the power liaison is swamped (late). */
export interface Occurrence {
  ref: string;
  scenario: Scenario;
  at: Minute;
  area: DrillArea;
  /** Agencies whose liaison acknowledges after the deadline, whatever the dice say. */
  lateAgencies?: AgencyCode[];
  /** An extra task the operator sends (e.g. police for traffic round a fallen tree). */
  extra?: { agency: AgencyCode; note: string };
  /** Further areas it reaches, in other wards too (a feeder's outage): the operator reports and resolves it, once for all. */
  alsoAreas?: DrillArea[];
}

const OPERATOR = { role: 'operator' as const };

/** The share of liaisons who answer after the deadline on an ordinary day. */
const LATE_SHARE = 0.15;

/**
 * One incident's life: the ward officer reports it, the operator acknowledges, each agency's liaison
 * acknowledges (some too late), starts and finishes its task, and the ward officer resolves it.
 * Returns its actions and the minute its last task was done (when the power is back, for an outage).
 */
export function planIncident(o: Occurrence, rand: () => number): { actions: Action[]; tasks: PlannedTask[]; doneAt: Minute } {
  const lane = `incident:${o.ref}`;
  // Only the operator writes across wards: a feeder's outage is filed and closed by the district.
  const ward = o.alsoAreas?.length ? OPERATOR : { role: 'ward' as const, ward: o.area.wardCode };
  const actions: Action[] = [];
  const add = (at: Minute, actor: Action['actor'], step: Action['step']) => actions.push({ at: Math.round(at * 100) / 100, lane, actor, step });
  const s = o.scenario;
  add(o.at, ward, {
    kind: 'incident',
    ref: o.ref,
    ward: o.area.wardCode,
    area: s.wardLevel ? null : o.area.code,
    ...(o.alsoAreas?.length ? { areas: [o.area.code, ...o.alsoAreas.map((a) => a.code)] } : {}),
    category: s.category,
    severity: s.severity,
    title: s.title,
    description: s.description,
    affectsVoting: s.affectsVoting ?? false,
  });
  // The operator acknowledges within a minute: before any liaison can start work (which would move it on).
  add(o.at + 0.3 + rand() * 0.6, OPERATOR, { kind: 'ackIncident', ref: o.ref });

  const sent: { agency: AgencyCode; at: Minute }[] = DEFAULT_DISPATCH[s.category].map((agency) => ({ agency, at: o.at }));
  if (o.extra) {
    const at = o.at + 1 + rand() * 2;
    add(at, OPERATOR, { kind: 'dispatch', ref: o.ref, agency: o.extra.agency, note: o.extra.note });
    sent.push({ agency: o.extra.agency, at });
  }
  const tasks: PlannedTask[] = [];
  let doneAt = o.at + 15 + rand() * 40;
  for (const { agency, at } of sent) {
    const deadline = ACK_MINUTES[s.severity];
    const late = (o.lateAgencies?.includes(agency) ?? false) || rand() < LATE_SHARE;
    const acked = at + (late ? deadline + 8 + rand() * 17 : deadline * (0.15 + rand() * 0.65));
    tasks.push({ ref: o.ref, agency, late });
    const actor = { role: 'liaison' as const, agency };
    if (s.category === C.FIRE && agency === AgencyCode.POWER && rand() < 0.5) {
      add(acked, actor, { kind: 'task', ref: o.ref, agency, move: 'decline', note: 'Sự cố trong nhà dân, không thuộc lưới điện; đề nghị PCCC xử lý.' });
      continue;
    }
    add(acked, actor, { kind: 'task', ref: o.ref, agency, move: 'acknowledge' });
    const started = acked + 1 + rand() * 4;
    add(started, actor, { kind: 'task', ref: o.ref, agency, move: 'start' });
    const done = started + 10 + rand() * 35;
    add(done, actor, { kind: 'task', ref: o.ref, agency, move: 'complete', note: 'Đã xử lý xong.' });
    doneAt = Math.max(doneAt, done);
  }
  add(doneAt + 2 + rand() * 8, ward, { kind: 'resolve', ref: o.ref, note: 'Đã khắc phục, hoạt động bình thường.' });
  return { actions, tasks, doneAt };
}
