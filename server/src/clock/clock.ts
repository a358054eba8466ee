/**
 * The one clock every election-time computation reads (deadlines, overdue, checkpoints, late areas,
 * the series over the day). Real time by default; a drill starts it at any instant and runs it at
 * any speed.
 */
export class Clock {
  private originReal = Date.now();
  private originClock: number;
  private speed: number;

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
    return new Date(this.originClock + (Date.now() - this.originReal) * this.speed);
  }

  /** Restart the clock at `start`, running at `speed` (the drill's election-day clock). */
  set(start: string | Date, speed = 1): void {
    this.originReal = Date.now();
    this.originClock = new Date(start).getTime();
    this.speed = speed;
  }

  get rate(): number {
    return this.speed;
  }

  get simulated(): boolean {
    return this.speed !== 1 || Math.abs(this.now().getTime() - Date.now()) > 1000;
  }
}
