/** An election clock setting: election time `start` at the real instant `anchor`, running at `speed`. */
export interface ClockSetting {
  start: Date;
  anchor: Date;
  speed: number;
}

/**
 * The one clock every election-time computation reads (deadlines, overdue, checkpoints, late areas,
 * the series over the day). Real time by default; a drill starts it at any instant and runs it at
 * any speed.
 */
export class Clock {
  private originReal = Date.now();
  private originClock: number;
  private speed: number;
  /** A drill's clock, shared by every replica through the database; while set it wins over the base clock. */
  private drill: ClockSetting | null = null;

  /**
   * `start` is the election-clock time at the real instant `anchor` (default: now). Replicas given the
   * same start and anchor keep the same election time.
   */
  constructor(options: { start?: string | Date; speed?: number; anchor?: string | Date } = {}) {
    if (options.anchor) this.originReal = new Date(options.anchor).getTime();
    this.originClock = options.start ? new Date(options.start).getTime() : this.originReal;
    this.speed = options.speed ?? 1;
  }

  now(): Date {
    if (this.drill) return new Date(this.drill.start.getTime() + (Date.now() - this.drill.anchor.getTime()) * this.drill.speed);
    return new Date(this.originClock + (Date.now() - this.originReal) * this.speed);
  }

  /** Restart the clock at `start`, running at `speed` (tests' fixed instants). */
  set(start: string | Date, speed = 1): void {
    this.originReal = Date.now();
    this.originClock = new Date(start).getTime();
    this.speed = speed;
  }

  /** Follow a drill's clock (null: back to the base clock). Idempotent, so replicas may re-apply it every poll. */
  follow(setting: ClockSetting | null): void {
    this.drill = setting;
  }

  get drilling(): boolean {
    return this.drill !== null;
  }

  get rate(): number {
    return this.drill?.speed ?? this.speed;
  }

  get simulated(): boolean {
    return this.rate !== 1 || Math.abs(this.now().getTime() - Date.now()) > 1000;
  }
}
