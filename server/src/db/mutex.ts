/** Runs callers one at a time, in arrival order: PGlite is one session, so transactions must not interleave. */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();
  private queued = 0;
  private running = false;

  /** Callers waiting for their turn (the one running not counted). */
  get waiting(): number {
    return this.queued;
  }

  /** Is a caller running now? */
  get busy(): boolean {
    return this.running;
  }

  run<T>(fn: () => Promise<T>): Promise<T> {
    this.queued += 1;
    const turn = async () => {
      this.queued -= 1;
      this.running = true;
      try {
        return await fn();
      } finally {
        this.running = false;
      }
    };
    const result = this.tail.then(turn, turn);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
