import { IncidentCategory, IncidentStatus, Severity } from '../incidents/incident.entity.js';
import { CHECKLIST_ITEMS } from '../readiness/checklist.entity.js';
import { TurnoutFlag } from '../turnout/turnout-flags.js';
import { PollingAreaStatus as S, UnitLevel } from '../units/enums.js';
import type { Day, DayArea } from './report-day.js';
import type {
  AreaList,
  AreaRef,
  ComplaintFigures,
  VisitFigures,
  IncidentCounts,
  SituationFigures,
  TaskFigures,
  TurnoutLine,
  UnitTurnoutLine,
} from './report-figures.types.js';
import { ComplaintKind } from '../complaints/complaint.entity.js';
import { VisitReason } from '../visits/visit.entity.js';

/** Longest list of areas a report names; its count is always the whole. */
export const MAX_LISTED = 50;

const percent = (part: number, whole: number, digits = 2) => (whole === 0 ? 0 : Math.round((part / whole) * 100 * 10 ** digits) / 10 ** digits);
const points = (a: number, b: number) => Math.round((a - b) * 100) / 100;
const listed = <T>(all: T[]): AreaList<T> => ({ count: all.length, areas: all.slice(0, MAX_LISTED) });

/**
 * The figures of a district (wardId null: every area of its slice) or of one ward, from a day already
 * read: for a ward, pass its slice (`wardSlices`), so a thousand wards cost one pass, not a thousand.
 * `above`: the slice is a province's (`provinceSlices`) or the whole day is the nation's; the same
 * figures, with its districts (or provinces) as the rows where a district's report has its wards.
 */
export function figuresOf(day: Day, wardId: number | null, above?: UnitLevel.PROVINCE | UnitLevel.NATION): SituationFigures {
  const inAnyScope = <R extends { wardIds: number[] }>(rows: R[]) => (wardId === null ? rows : rows.filter((r) => r.wardIds.includes(wardId)));
  const inScope = <R extends { wardId: number | null }>(rows: R[]) => (wardId === null ? rows : rows.filter((r) => r.wardId === wardId));
  const wardName = new Map(day.wards.map((w) => [w.id, w.name]));
  const ref = (a: DayArea): AreaRef => ({ id: a.id, code: a.code, number: a.number, name: a.name, wardId: a.wardId, ward: wardName.get(a.wardId) ?? '' });
  const { moment } = day;
  const areas = inScope(day.areas);
  const byWard = groupBy(areas, (a) => a.wardId);
  const areaById = new Map(areas.map((a) => [a.id, a]));
  const opened = moment.at >= moment.opensAt;
  return {
    checkpoint: moment.checkpoint,
    asOf: moment.at.toISOString(),
    previous: moment.previous ? { checkpoint: moment.previous.checkpoint, asOf: moment.previous.at.toISOString() } : null,
    place: {
      level: above ?? (wardId === null ? UnitLevel.DISTRICT : UnitLevel.WARD),
      province: above === UnitLevel.NATION ? null : day.province,
      district: above ? '' : day.district,
      ward: wardId === null ? null : (wardName.get(wardId) ?? ''),
    },
    turnout: {
      ...turnoutOf(areas),
      // Above the district the rows are its units (byUnit): a nation's ten thousand ward lines would swamp the report.
      byWard: above
        ? []
        : day.wards.filter((w) => byWard.has(w.id)).map((w) => ({ wardId: w.id, code: w.code, name: w.name, ...turnoutOf(byWard.get(w.id)!) })),
      byUnit: above ? unitLines(day, areas, above) : null,
      byArea:
        wardId === null
          ? null
          : areas.map((a) => ({ id: a.id, code: a.code, number: a.number, name: a.name, reportedAt: a.reportedAt?.toISOString() ?? null, ...turnoutOf([a]) })),
    },
    areas: {
      total: areas.length,
      byStatus: Object.fromEntries(Object.values(S).map((s) => [s, areas.filter((a) => a.status === s).length])) as Record<S, number>,
      suspended: listed(
        areas.filter((a) => a.status === S.SUSPENDED).map((a) => ({ ...ref(a), reason: a.reason, since: (a.since ?? moment.at).toISOString() })),
      ),
      notOpened: listed(opened ? areas.filter((a) => a.status === S.PREPARING || a.status === S.READY).map(ref) : []),
      relocated: listed(
        inScope(day.relocations).flatMap((r) => {
          const a = areaById.get(r.pollingAreaId);
          // Named by the site it moved to (a later move by the moment renames it again: its own entry says so).
          return a
            ? [
                {
                  ...ref(a),
                  name: r.toName,
                  fromName: r.fromName,
                  fromAddress: r.fromAddress,
                  toAddress: r.toAddress,
                  reason: r.reason,
                  at: r.at.toISOString(),
                },
              ]
            : [];
        }),
      ),
    },
    readiness: opened
      ? null
      : {
          done: sum(areas.map((a) => a.checklistDone)),
          required: areas.length * CHECKLIST_ITEMS.length,
          percent: percent(sum(areas.map((a) => a.checklistDone)), areas.length * CHECKLIST_ITEMS.length, 1),
          areasComplete: areas.filter((a) => a.checklistDone >= CHECKLIST_ITEMS.length).length,
          areasTotal: areas.length,
        },
    late: {
      notReported: listed(areas.filter((a) => !a.reportedAt || a.reportedAt < moment.windowFrom).map(ref)),
      previous: moment.previous
        ? {
            checkpoint: moment.previous.checkpoint,
            ...listed(inScope(day.latePrevious).flatMap((l) => (areaById.has(l.pollingAreaId) ? [ref(areaById.get(l.pollingAreaId)!)] : []))),
          }
        : null,
    },
    voterList: {
      transient: sum(inScope(day.voterList).map((v) => v.transient)),
      addedOther: sum(inScope(day.voterList).map((v) => v.addedOther)),
      removed: sum(inScope(day.voterList).map((v) => v.removed)),
    },
    incidents: incidentsOf(day, inAnyScope(day.incidents)),
    tasks: tasksOf(day, inAnyScope(day.tasks)),
    findings: {
      new: inScope(day.findings).filter((f) => !moment.previous || f.at > moment.previous.at).length,
      open: inScope(day.findings).filter((f) => f.addressedAt === null).length,
      addressed: inScope(day.findings).filter((f) => f.addressedAt !== null).length,
    },
    flaggedTurnout: {
      flagged: inScope(day.flagged).length,
      unverified: inScope(day.flagged).filter((r) => !r.verified).length,
      byFlag: Object.values(TurnoutFlag).map((flag) => {
        const rows = inScope(day.flagged).filter((r) => r.flags.includes(flag));
        return { flag, flagged: rows.length, unverified: rows.filter((r) => !r.verified).length };
      }),
    },
    complaints: complaintsOf(inScope(day.complaints), moment),
    ballotBoxVisits: visitsOf(inScope(day.visits)),
  };
}

/** A province's districts, or the nation's provinces, each with its areas' turnout (units without areas left out). */
function unitLines(day: Day, areas: DayArea[], above: UnitLevel.PROVINCE | UnitLevel.NATION): UnitTurnoutLine[] {
  const districtOf = new Map(day.wards.map((w) => [w.id, w.districtId]));
  const provinceOf = new Map(day.districts.map((d) => [d.id, d.provinceId]));
  const unitOf = (a: DayArea) => {
    const d = districtOf.get(a.wardId);
    return above === UnitLevel.PROVINCE ? d : d === undefined ? undefined : provinceOf.get(d);
  };
  const byUnit = groupBy(
    areas.filter((a) => unitOf(a) !== undefined),
    (a) => unitOf(a)!,
  );
  const units = above === UnitLevel.PROVINCE ? day.districts : day.provinces;
  return units.filter((u) => byUnit.has(u.id)).map((u) => ({ id: u.id, code: u.code, name: u.name, ...turnoutOf(byUnit.get(u.id)!) }));
}

/** As of the moment: the boxes that went, those still to go, and the ballots they brought back. */
function visitsOf(rows: Day['visits']): VisitFigures {
  const done = rows.filter((v) => v.visitedAt !== null);
  return {
    requested: rows.length,
    visited: done.length,
    cancelled: rows.filter((v) => v.cancelledAt !== null).length,
    pending: rows.filter((v) => v.visitedAt === null && v.cancelledAt === null).length,
    voters: sum(done.map((v) => v.voters)),
    ballotsCollected: sum(done.map((v) => v.ballotsCollected ?? 0)),
    byReason: Object.fromEntries(Object.values(VisitReason).map((r) => [r, rows.filter((v) => v.reason === r).length])) as Record<VisitReason, number>,
  };
}

/** As of the moment: what had arrived, been answered or sent on, and what was past due with neither. */
function complaintsOf(rows: Day['complaints'], moment: Day['moment']): ComplaintFigures {
  const settled = (c: Day['complaints'][number]) => c.answeredAt !== null || c.transferredAt !== null;
  return {
    received: rows.length,
    new: rows.filter((c) => !moment.previous || c.receivedAt > moment.previous.at).length,
    answered: rows.filter((c) => c.answeredAt !== null).length,
    transferred: rows.filter((c) => c.transferredAt !== null).length,
    awaiting: rows.filter((c) => !settled(c)).length,
    overdue: rows.filter((c) => !settled(c) && c.dueAt < moment.at).length,
    byKind: Object.fromEntries(Object.values(ComplaintKind).map((k) => [k, rows.filter((c) => c.kind === k).length])) as Record<ComplaintKind, number>,
  };
}

function turnoutOf(areas: DayArea[]): TurnoutLine {
  const registered = sum(areas.map((a) => a.registered));
  const voted = sum(areas.map((a) => a.voted));
  const before = sum(areas.map((a) => a.votedBefore));
  return {
    registered,
    voted,
    percent: percent(voted, registered),
    areasReported: areas.filter((a) => a.reportedAt !== null).length,
    areasTotal: areas.length,
    change: { voted: voted - before, percentPoints: points(percent(voted, registered), percent(before, registered)) },
  };
}

function incidentsOf(day: Day, incidents: Day['incidents']) {
  const previous = day.moment.previous?.at ?? null;
  const counts = (rows: Day['incidents']): IncidentCounts => ({
    new: rows.filter((i) => previous === null || i.reportedAt > previous).length,
    open: rows.filter((i) => i.status !== IncidentStatus.RESOLVED).length,
    resolved: rows.filter((i) => i.status === IncidentStatus.RESOLVED).length,
  });
  return {
    ...counts(incidents),
    openAffectingVoting: incidents.filter((i) => i.affectsVoting && i.status !== IncidentStatus.RESOLVED).length,
    byCategory: Object.values(IncidentCategory).map((category) => ({ category, ...counts(incidents.filter((i) => i.category === category)) })),
    bySeverity: Object.values(Severity).map((severity) => ({ severity, ...counts(incidents.filter((i) => i.severity === severity)) })),
  };
}

function tasksOf(day: Day, tasks: Day['tasks']): TaskFigures {
  const T = day.moment.at;
  const previous = day.moment.previous?.at ?? null;
  // Fell due by the moment, and was not taken off the agency (declined, cancelled) before it did.
  const due = tasks.filter((t) => t.ackDueAt <= T && !((t.declinedAt && t.declinedAt <= t.ackDueAt) || (t.cancelledAt && t.cancelledAt <= t.ackDueAt)));
  const onTime = due.filter((t) => t.acknowledgedAt !== null && t.acknowledgedAt <= t.ackDueAt).length;
  const overdue = (rows: Day['tasks']) => rows.filter((t) => t.ackDueAt < T && !t.acknowledgedAt && !t.declinedAt && !t.cancelledAt).length;
  return {
    dispatched: tasks.length,
    new: tasks.filter((t) => previous === null || t.createdAt > previous).length,
    due: due.length,
    acknowledgedOnTime: onTime,
    onTimePercent: due.length === 0 ? null : percent(onTime, due.length, 1),
    overdue: overdue(tasks),
    byAgency: day.agencies.map((a) => {
      const mine = tasks.filter((t) => t.agencyId === a.id);
      const acked = mine.filter((t) => t.acknowledgedAt !== null).map((t) => (t.acknowledgedAt!.getTime() - t.createdAt.getTime()) / 1000);
      return { code: a.code, name: a.name, dispatched: mine.length, acknowledged: acked.length, overdue: overdue(mine), medianAckSeconds: median(acked) };
    }),
  };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  return Math.round(v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2);
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function groupBy<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(key(r));
    if (list) list.push(r);
    else out.set(key(r), [r]);
  }
  return out;
}

/** Rows of one ward each (incidents and tasks may span several: `putAll`). */
const SLICED = ['areas', 'findings', 'complaints', 'visits', 'flagged', 'latePrevious', 'relocations', 'voterList'] as const;
type SlicedKind = (typeof SLICED)[number];

/** The kinds of rows a slice holds, empty. */
const EMPTY = () => ({
  areas: [],
  incidents: [],
  tasks: [],
  findings: [],
  complaints: [],
  visits: [],
  flagged: [],
  latePrevious: [],
  relocations: [],
  voterList: [],
});

/**
 * The day cut into units above the ward, in one pass over each kind of row: a row of a ward goes to its
 * ward's unit, a district-wide one (no ward) to its district's; one of neither (a deployment's) to none.
 * An incident over wards of two units counts in both.
 */
function unitSlices(
  day: Day,
  units: { id: number }[],
  unitOfDistrict: (districtId: number) => number | undefined,
  slice: (unitId: number) => Pick<Day, 'district' | 'province' | 'wards'>,
): Map<number, Day> {
  const districtOf = new Map(day.wards.map((w) => [w.id, w.districtId]));
  const unitOfWard = (wardId: number) => {
    const d = districtOf.get(wardId);
    return d === undefined ? undefined : unitOfDistrict(d);
  };
  const slices = new Map<number, Day>(units.map((u) => [u.id, { ...day, ...slice(u.id), ...EMPTY() }]));
  const put = <K extends SlicedKind>(kind: K) => {
    for (const row of day[kind] as { wardId: number | null; districtId?: number | null }[]) {
      const u = row.wardId !== null ? unitOfWard(row.wardId) : row.districtId == null ? undefined : unitOfDistrict(row.districtId);
      if (u !== undefined) (slices.get(u)?.[kind] as unknown[] | undefined)?.push(row);
    }
  };
  for (const kind of SLICED) put(kind);
  const putAll = <K extends 'incidents' | 'tasks'>(kind: K) => {
    for (const row of day[kind])
      for (const u of new Set(row.wardIds.map(unitOfWard))) if (u !== undefined) (slices.get(u)?.[kind] as unknown[] | undefined)?.push(row);
  };
  putAll('incidents');
  putAll('tasks');
  return slices;
}

/** The day cut by district: each district's report counts its wards' rows and its own district-wide complaints. */
export function districtSlices(day: Day): Map<number, Day> {
  const province = new Map(day.provinces.map((p) => [p.id, p.name]));
  const districts = new Map(day.districts.map((d) => [d.id, d]));
  return unitSlices(
    day,
    day.districts,
    (d) => d,
    (id) => ({
      district: districts.get(id)!.name,
      province: province.get(districts.get(id)!.provinceId) ?? '',
      wards: day.wards.filter((w) => w.districtId === id),
    }),
  );
}

/** The day cut by province: each province's report counts what its districts' reports count, each row once. */
export function provinceSlices(day: Day): Map<number, Day> {
  const provinceOf = new Map(day.districts.map((d) => [d.id, d.provinceId]));
  return unitSlices(
    day,
    day.provinces,
    (d) => provinceOf.get(d),
    (id) => ({
      district: '',
      province: day.provinces.find((p) => p.id === id)!.name,
      wards: day.wards.filter((w) => provinceOf.get(w.districtId) === id),
    }),
  );
}

/** The day cut by ward, in one pass over each kind of row. */
export function wardSlices(day: Day): Map<number, Day> {
  const slices = new Map<number, Day>(day.wards.map((w) => [w.id, { ...day, ...EMPTY() }]));
  const put = <K extends SlicedKind>(kind: K) => {
    for (const row of day[kind]) if (row.wardId !== null) (slices.get(row.wardId)?.[kind] as { wardId: number | null }[] | undefined)?.push(row);
  };
  for (const kind of SLICED) put(kind);
  // An incident (and its tasks) over several wards belongs to each of them.
  const putAll = <K extends 'incidents' | 'tasks'>(kind: K) => {
    for (const row of day[kind]) for (const w of row.wardIds) (slices.get(w)?.[kind] as { wardIds: number[] }[] | undefined)?.push(row);
  };
  putAll('incidents');
  putAll('tasks');
  return slices;
}
