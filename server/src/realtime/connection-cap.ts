/**
 * Open WebSockets per user. One account may drive several screens, but not hundreds of sockets: each
 * costs memory and a share of every fan-out. A socket is counted from its accepted connection_init
 * until it closes.
 */
export class ConnectionCap {
  private open = new Map<number, number>();

  constructor(private readonly maxPerUser: number) {}

  /** Count one more socket for the user: a release function, or null when the user is at the cap. */
  admit(userId: number): (() => void) | null {
    const n = this.open.get(userId) ?? 0;
    if (n >= this.maxPerUser) return null;
    this.open.set(userId, n + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.open.get(userId) ?? 1) - 1;
      if (left <= 0) this.open.delete(userId);
      else this.open.set(userId, left);
    };
  }
}
