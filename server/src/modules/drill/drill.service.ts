import type { UnitDirectory } from '../units/unit-directory.js';
import { requireRole, type Viewer } from '../../auth/viewer.js';
import type { Database } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { localInstant } from '../election/election-time.js';
import { LateMark } from '../turnout/late-mark.entity.js';
import type { ElectionService } from '../election/election.service.js';
import { Role } from '../users/user.entity.js';
import { DrillClock, noDrill } from './drill-clock.entity.js';

/** Fastest drill: a whole day (05:00-22:00) in under 20 s would outrun the scheduler's escalation tick. */
export const MAX_DRILL_SPEED = 3_600;

/**
 * Starts and stops the drill clock. The setting lives in the database so every replica's clock follows
 * it (`refresh`, polled by each process); the clock itself stays the one place time is read.
 */
export class DrillService {
  private current: DrillClock = noDrill();
  /** Moves on with every start and stop here, so a poll that read the row before them cannot undo them. */
  private generation = 0;

  constructor(
    private readonly db: Database,
    private readonly elections: ElectionService,
    private readonly directory: UnitDirectory,
  ) {}

  /** The drill as this replica last read it (the API answers this, so a poll costs no query). */
  info(): DrillClock {
    return this.current;
  }

  /**
   * The drill's clock is every screen's: an operator whose unit holds every ward of the deployment (the
   * demo's district operator; a national deployment's national one) moves it, a district's in a country does not.
   */
  private async assertWholeDeployment(viewer: Viewer): Promise<void> {
    requireRole(viewer, Role.DISTRICT_OPERATOR);
    if (!(await this.directory.holdsEverything(viewer.unit))) throw new DomainError('forbidden');
  }

  /** Start (or restart) the drill clock at 05:00 of the election day, now, at `speed`. Operator only. */
  async start(viewer: Viewer, speed: number, seed: number | null): Promise<DrillClock> {
    await this.assertWholeDeployment(viewer);
    if (!(speed > 0 && speed <= MAX_DRILL_SPEED)) throw new DomainError('drillSpeed', `0 < speed ≤ ${MAX_DRILL_SPEED}`);
    const election = await this.elections.current();
    const row = Object.assign(noDrill(), {
      active: true,
      speed,
      seed,
      startedById: viewer.id,
      startedAt: new Date(),
      clockStartsAt: localInstant(election.date, '05:00'),
    });
    this.generation += 1;
    await this.db.tx(viewer, async ({ manager }) => {
      await manager.save(row);
      // The drill's day starts at 05:00, before every checkpoint: marks made under the clock it replaces
      // (a past election date read in real time marks every area late at boot) would hide the drill's own.
      await manager.createQueryBuilder().delete().from(LateMark).execute();
    });
    this.generation += 1;
    this.apply(row);
    return row;
  }

  /** Stop the drill: the clock goes back to the deployment's own (real time, or CLOCK_START). */
  async stop(viewer: Viewer): Promise<DrillClock> {
    await this.assertWholeDeployment(viewer);
    this.generation += 1;
    const row = await this.db.tx(viewer, async ({ manager }) => {
      const found = (await manager.findOneBy(DrillClock, { id: 1 })) ?? noDrill();
      return manager.save(Object.assign(found, { active: false, stoppedAt: new Date() }));
    });
    this.generation += 1;
    this.apply(row);
    return row;
  }

  /** Re-read the row and make this replica's clock follow it (at boot and on every poll). */
  async refresh(): Promise<void> {
    const seen = this.generation;
    const row = await this.db.read((m) => m.findOneBy(DrillClock, { id: 1 }));
    // A start or stop on this replica while the row was read: what was read may predate it.
    if (seen === this.generation) this.apply(row ?? noDrill());
  }

  private apply(row: DrillClock): void {
    this.current = row;
    const on = row.active && row.startedAt && row.clockStartsAt;
    this.db.clock.follow(on ? { start: row.clockStartsAt!, anchor: row.startedAt!, speed: row.speed } : null);
  }
}

/** Poll the drill row every `intervalMs`; returns the stop function. */
export function followDrillClock(drill: DrillService, onError: (err: unknown) => void, intervalMs = 1_000): () => void {
  const timer = setInterval(() => drill.refresh().catch(onError), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
