import { execute, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { UnitSpan, Viewer } from '../auth/viewer.js';
import type { Context } from '../context.js';
import { FIGURE_EVENTS } from '../log/topics.js';
import type { LogReader } from '../log/reader.js';
import type { Logger } from '../logger.js';
import { UnitLevel } from '../modules/units/enums.js';
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
  totals: UnitTotals | null;
  cohorts: Set<Cohort>;
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

const unitKey = (s: UnitSpan) => `${s.level}:${s.id ?? '*'}`;

/**
 * `unitTotals`: the walls above the polling areas (a province's, the nation's) follow their units'
 * figures conflated, like Hasura's live queries refetch per cohort per interval. Every `intervalMs` the
 * feed reads which wards the log moved since its last look (types and wards only); each followed unit
 * holding one of them is summed again once, at that seq, and each cohort of its screens gets the result
 * executed and serialised once. A unit nothing moved in sends nothing.
 */
export class TotalsFeed {
  private readonly units = new Map<string, Followed>();
  private readonly cohorts = new Map<string, Cohort>();
  private position = 0;
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly events: LogReader,
    private readonly schema: GraphQLSchema,
    private readonly logger: Logger,
    private readonly compute: (span: UnitSpan, seq: number) => Promise<UnitTotals>,
    private readonly intervalMs = 1_000,
  ) {}

  start(): void {
    this.position = this.events.watermark.current;
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const c of this.cohorts.values()) for (const s of c.members) void s.return();
    this.cohorts.clear();
    this.units.clear();
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
      unit = { span: home, totals: null, cohorts: new Set() };
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
      if (c.unit.cohorts.size === 0) this.units.delete(unitKey(c.unit.span));
    });
    stream.goLive();
    c.members.add(stream);
    // A screen starts from what its cohort was sent last, or from figures summed for it now.
    if (c.last) stream.push(c.last.seq, c.last.result, false, c.last.bytes);
    else void this.send(c.unit, [c], c.unit.totals ?? undefined).catch((err) => stream.fail(err instanceof Error ? err : new Error(String(err))));
    return stream;
  }

  /** One look at the log: the units it moved are summed again, once each, and their screens told. */
  private async tick(): Promise<void> {
    if (this.running || this.units.size === 0) {
      if (this.units.size === 0) this.position = Math.max(this.position, this.events.watermark.current);
      return;
    }
    this.running = true;
    try {
      const upto = await this.events.watermark.advance();
      if (upto <= this.position) return;
      const moved = await this.events.wardsMoved(this.position, upto, MOVES_TILES);
      this.position = upto;
      const touched = (span: UnitSpan) => (span.wards === null ? moved.size > 0 : [...moved].some((w) => span.wards!.has(w)));
      for (const unit of this.units.values()) if (unit.totals === null || touched(unit.span)) await this.send(unit, [...unit.cohorts], undefined, upto);
    } catch (err) {
      this.logger.warn({ err }, 'unit totals could not be read; the next tick retries');
    } finally {
      this.running = false;
    }
  }

  /** Sum the unit again (at `seq`, or at the watermark) unless its figures are given, and send them to the cohorts. */
  private async send(unit: Followed, cohorts: Cohort[], given?: UnitTotals, seq = this.events.watermark.current): Promise<void> {
    const totals = given ?? (await this.compute(unit.span, seq));
    if (!given) unit.totals = totals;
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
