import { execute, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { UnitSpan, Viewer } from '../auth/viewer.js';
import type { Context } from '../context.js';
import { FIGURE_EVENTS } from '../log/topics.js';
import type { LogReader } from '../log/reader.js';
import type { Logger } from '../logger.js';
import { UnitLevel } from '../modules/units/enums.js';
import type { DistrictWide, Geography, UnitTotalsService, WardFigures } from '../modules/units/unit-totals.js';
import type { Unit } from '../modules/units/unit.types.js';
import type { UnitTotals } from '../modules/units/unit-totals.types.js';
import { mayRead, scopeKey } from '../scope/scope.js';
import { LiveStream } from './live-stream.js';
import { serialise } from './ws-transport.js';

/**
 * Events that move a tile: the figures, what opens or closes an incident or an area, and what starts or
 * ends one of its exceptions (`UnitTile.overdueTasks` …). An auxiliary box falling an hour overdue has
 * no event: its tile shows it with the unit's next move.
 */
const MOVES_TILES = [
  ...FIGURE_EVENTS,
  'POLLING_AREA_STATUS_CHANGED',
  'INCIDENT_REPORTED',
  'INCIDENT_RESOLVED',
  'INCIDENT_REOPENED',
  ...['TASK_OVERDUE', 'TASK_ACKNOWLEDGED', 'TASK_DECLINED', 'TASK_CANCELLED', 'POLLING_AREA_LATE', 'FINDING_REPORTED', 'FINDING_ADDRESSED'],
  ...[
    'COMPLAINT_OVERDUE',
    'COMPLAINT_ANSWERED',
    'COMPLAINT_TRANSFERRED',
    'BALLOT_BOX_VISIT_SCHEDULED',
    'BALLOT_BOX_VISIT_RECORDED',
    'BALLOT_BOX_VISIT_CANCELLED',
  ],
];

export interface TotalsArgs {
  viewer: Viewer;
  context: Context;
  document: DocumentNode;
  documentKey: string;
  variableValues: Record<string, unknown> | undefined;
  operationName: string | null | undefined;
}

/** A home unit followed by some screens: its figures computed once a tick for all of them. */
interface Followed {
  span: UnitSpan;
  /** Its name and code, read once when it is first followed. */
  unit: Unit | null;
  totals: UnitTotals | null;
  cohorts: Set<Cohort>;
  /** When its screens were last sent its figures (ms), and a send held back until an interval has passed. */
  sentAt: number;
  held: NodeJS.Timeout | null;
}

/** Screens that read the same (one scope) with the same operation: the totals are executed and serialised once for them. */
interface Cohort extends Omit<TotalsArgs, 'viewer' | 'documentKey'> {
  viewer: Viewer;
  key: string;
  unit: Followed;
  members: Set<LiveStream>;
  /** The result sent last, with the seq it was computed at: what a screen joining later starts from. */
  last: { seq: number; result: ExecutionResult; bytes: number } | null;
}

/** How often every kept ward is read again, for the counts that move with the clock and no event. */
const WHOLE_READ_MS = 60_000;

const unitKey = (s: UnitSpan) => `${s.level}:${s.id ?? '*'}`;

/**
 * `unitTotals`: the walls above the polling areas (a province's, the nation's) follow their units'
 * figures conflated, like Hasura's live queries refetch per cohort per interval. The feed keeps every
 * followed ward's figures; every `intervalMs` it reads which wards the log moved since its last look
 * (types and wards only) and reads those wards again in one query, on the live path's connection,
 * however many units are followed. Each followed unit holding one of them is rolled up again from the
 * kept figures, and each cohort of its screens gets the result executed and serialised once. A unit
 * nothing moved in sends nothing.
 *
 * Ticks and the first look of a newly followed unit run one after another, so a ward's figures are
 * never read before a move the feed then skips as already read.
 */
export class TotalsFeed {
  private readonly units = new Map<string, Followed>();
  private readonly cohorts = new Map<string, Cohort>();
  /** The figures of every ward some followed unit holds (or held), kept current by the ticks. */
  private readonly wards = new Map<number, WardFigures>();
  /** Every ward is kept (a whole-country unit is followed). */
  private everyWard = false;
  /** Every district's overdue complaints of no ward (few): read again at every look. */
  private districtWide: DistrictWide | null = null;
  private places: Geography | null = null;
  private position = 0;
  private timer: NodeJS.Timeout | null = null;
  private ticking = false;
  private stopped = true;
  /** When the last look at the log began (ms). */
  private lastLook = 0;
  /** When every kept ward was last read again (ms). */
  private lastWhole = Date.now();
  /** A wake-up came during a look: look again once the interval allows. */
  private again = false;
  /** Ticks and first looks, one at a time. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly events: LogReader,
    private readonly schema: GraphQLSchema,
    private readonly logger: Logger,
    private readonly source: Pick<UnitTotalsService, 'geography' | 'wardFigures' | 'districtWide' | 'describe' | 'rollUp'>,
    private readonly intervalMs = 1_000,
  ) {}

  start(): void {
    this.position = this.events.watermark.current;
    this.stopped = false;
  }

  /**
   * Something was committed (here or on another replica): look at the log now if the last look began
   * `intervalMs` ago, else once it has. A figure waits at most one interval for its walls, and no
   * unit is sent more than once an interval.
   */
  wake(): void {
    if (this.stopped || this.timer) return;
    if (this.ticking) {
      this.again = true;
      return;
    }
    const wait = this.lastLook + this.intervalMs - Date.now();
    if (wait <= 0) void this.tick();
    else {
      this.timer = setTimeout(() => {
        this.timer = null;
        void this.tick();
      }, wait);
      this.timer.unref();
    }
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const c of this.cohorts.values()) for (const s of c.members) void s.return();
    for (const u of this.units.values()) if (u.held) clearTimeout(u.held);
    this.cohorts.clear();
    this.units.clear();
    this.forget();
  }

  /** Nobody follows anything: the kept figures would go stale unwatched. */
  private forget(): void {
    this.wards.clear();
    this.everyWard = false;
    this.districtWide = null;
  }

  get subscriberCount(): number {
    let n = 0;
    for (const c of this.cohorts.values()) n += c.members.size;
    return n;
  }

  subscribe(args: TotalsArgs): LiveStream {
    const home = args.viewer.home;
    const key = [scopeKey(args.viewer), args.operationName ?? '', args.documentKey, JSON.stringify(args.variableValues ?? {})].join('#');
    let unit = this.units.get(unitKey(home));
    if (!unit) {
      unit = { span: home, unit: null, totals: null, cohorts: new Set(), sentAt: 0, held: null };
      this.units.set(unitKey(home), unit);
    }
    let cohort = this.cohorts.get(key);
    if (!cohort) {
      cohort = { ...args, key, unit, members: new Set(), last: null };
      this.cohorts.set(key, cohort);
      unit.cohorts.add(cohort);
    }
    const c = cohort;
    const stream = new LiveStream(-1, () => {
      c.members.delete(stream);
      if (c.members.size > 0) return;
      this.cohorts.delete(c.key);
      c.unit.cohorts.delete(c);
      if (c.unit.cohorts.size === 0) {
        this.units.delete(unitKey(c.unit.span));
        if (c.unit.held) clearTimeout(c.unit.held);
      }
      if (this.units.size === 0) this.forget();
    });
    stream.goLive();
    c.members.add(stream);
    // A screen starts from what its cohort was sent last, or from figures summed for it now.
    if (c.last) stream.push(c.last.seq, c.last.result, false, c.last.bytes);
    else
      void this.serially(async () => {
        if (c.members.size === 0) return;
        if (!c.unit.totals) await this.look(c.unit);
        await this.send(c.unit.totals!, [c]);
      }).catch((err) => stream.fail(err instanceof Error ? err : new Error(String(err))));
    return stream;
  }

  private serially(job: () => Promise<void>): Promise<void> {
    const run = this.queue.then(job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** A unit's first look: its name, and its wards' figures that the feed does not keep yet. */
  private async look(unit: Followed): Promise<void> {
    unit.unit ??= await this.source.describe(unit.span);
    this.places ??= await this.source.geography();
    this.districtWide ??= await this.source.districtWide();
    if (unit.span.wards === null) {
      if (!this.everyWard) for (const [w, f] of await this.source.wardFigures(null)) this.wards.set(w, f);
      this.everyWard = true;
    } else {
      const missing = [...unit.span.wards].filter((w) => !this.wards.has(w));
      if (missing.length > 0) for (const [w, f] of await this.source.wardFigures(missing)) this.wards.set(w, f);
    }
    // A ward the map does not know (added since it was read): read where the wards lie again.
    if ([...(unit.span.wards ?? this.wards.keys())].some((w) => !this.places!.has(w))) this.places = await this.source.geography(true);
    unit.totals = this.source.rollUp(unit.unit, unit.span, this.position, this.wards, this.places, this.districtWide);
  }

  /** One look at the log: the wards it moved are read again in one query, and the units holding them told. */
  private async tick(): Promise<void> {
    if (this.ticking) return;
    if (this.units.size === 0) {
      this.position = Math.max(this.position, this.events.watermark.current);
      return;
    }
    this.ticking = true;
    this.lastLook = Date.now();
    try {
      await this.serially(async () => {
        const upto = await this.events.watermark.advance();
        // Some counts move with the clock alone (a visit an hour overdue): every kept ward is read
        // again now and then, and every unit sent what changed.
        const whole = Date.now() - this.lastWhole >= WHOLE_READ_MS;
        if (upto <= this.position && !whole) return;
        const moved = upto > this.position ? await this.events.wardsMoved(this.position, upto, MOVES_TILES) : new Set<number>();
        if (whole) this.lastWhole = Date.now();
        const kept = whole ? [...this.wards.keys()] : [...moved].filter((w) => this.everyWard || this.wards.has(w));
        if (kept.length > 0) {
          const figures = await this.source.wardFigures(whole && this.everyWard ? null : kept);
          for (const [w, f] of figures) this.wards.set(w, f);
          // A ward the map does not know (added since it was read): read where the wards lie again.
          if (this.places && kept.some((w) => !this.places!.has(w))) this.places = await this.source.geography(true);
        }
        this.position = upto;
        const wide = await this.source.districtWide();
        const movedWide = changedKeys(this.districtWide, wide);
        this.districtWide = wide;
        const touched = (span: UnitSpan) =>
          (span.wards === null ? moved.size > 0 : [...moved].some((w) => span.wards!.has(w))) ||
          [...movedWide].some((d) => (span.districts ? span.districts.has(d) : span.wards === null));
        for (const unit of this.units.values()) {
          if (unit.totals === null || unit.unit === null) {
            await this.look(unit);
            await this.sendUnit(unit);
            continue;
          }
          if (!touched(unit.span) && !whole) continue;
          const next = this.source.rollUp(unit.unit, unit.span, upto, this.wards, this.places!, wide);
          // Read again on the clock alone: sent only if a figure changed.
          if (!touched(unit.span) && sameFigures(next, unit.totals)) continue;
          unit.totals = next;
          await this.sendUnit(unit);
        }
      });
    } catch (err) {
      this.logger.warn({ err }, 'unit totals could not be read; the next tick retries');
    } finally {
      this.ticking = false;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    }
  }

  /**
   * Send a unit's figures to its screens, or, if they were sent less than an interval ago (a look that
   * took longer than the one before it), once the interval has passed: then its newest figures.
   */
  private async sendUnit(unit: Followed): Promise<void> {
    if (unit.held) return;
    const wait = unit.sentAt + this.intervalMs - Date.now();
    if (wait > 0) {
      unit.held = setTimeout(() => {
        void this.serially(async () => {
          unit.held = null;
          if (!this.stopped && this.units.get(unitKey(unit.span)) === unit) await this.sendUnit(unit);
        }).catch((err) => this.logger.warn({ err }, 'unit totals could not be sent; the next tick retries'));
      }, wait);
      unit.held.unref();
      return;
    }
    unit.sentAt = Date.now();
    await this.send(unit.totals!, [...unit.cohorts]);
  }

  /** Send a unit's figures to its cohorts, executed and serialised once for each. */
  private async send(totals: UnitTotals, cohorts: Cohort[]): Promise<void> {
    for (const c of cohorts) {
      const result = await execute({
        schema: this.schema,
        document: c.document,
        rootValue: { ...totals, children: totals.children.filter((t) => readsTile(c.viewer, t.unit)) },
        contextValue: c.context,
        variableValues: c.variableValues,
        operationName: c.operationName,
      });
      const bytes = serialise(result);
      c.last = { seq: totals.seq, result, bytes };
      for (const s of c.members) s.push(totals.seq, result, false, bytes);
    }
  }
}

/** The districts whose count differs between two readings (all of the newer one's, without an older). */
function changedKeys(before: DistrictWide | null, after: DistrictWide): Set<number> {
  const changed = new Set<number>();
  for (const [k, n] of after) if (before?.get(k) !== n) changed.add(k);
  if (before) for (const k of before.keys()) if (!after.has(k)) changed.add(k);
  return changed;
}

function sameFigures(a: UnitTotals, b: UnitTotals): boolean {
  const figures = (t: UnitTotals) => JSON.stringify([t.total, t.children]);
  return figures(a) === figures(b);
}

/** A tile is shown to whoever may read its unit (an observer of some wards sees only those wards' tiles). */
function readsTile(v: Viewer, u: { level: UnitLevel; id: number | null }): boolean {
  if (u.id === null) return true;
  switch (u.level) {
    case UnitLevel.WARD:
      return mayRead(v, 'ward', { id: u.id });
    default:
      return true;
  }
}
