import { DomainError } from './errors.js';

/**
 * A record's lifecycle as one table: each status → the statuses it may move to. Every lifecycle
 * (polling area, incident, task, and the registers to come) is declared with this, in its module's
 * `*-rules.ts`, and tested as a table in `lifecycles.test.ts`.
 */
export class Lifecycle<S extends string> {
  constructor(
    readonly name: string,
    readonly moves: { readonly [K in S]: readonly S[] },
  ) {}

  can(from: S, to: S): boolean {
    return this.moves[from].includes(to);
  }

  /** Refuse an illegal move with CONFLICT (`statusTransition`), naming it. */
  assert(from: S, to: S): void {
    if (!this.can(from, to)) throw new DomainError('statusTransition', `${this.name}: ${from} → ${to}`);
  }

  /** Statuses nothing moves out of. */
  get ends(): S[] {
    return (Object.keys(this.moves) as S[]).filter((s) => this.moves[s].length === 0);
  }
}
