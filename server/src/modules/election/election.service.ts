import type { Database } from '../../db/database.js';
import { Election } from './election.entity.js';

/** The one election this deployment runs. */
export class ElectionService {
  private cached: Election | null = null;

  constructor(private readonly db: Database) {}

  async current(): Promise<Election> {
    if (this.cached) return this.cached;
    const found = await this.db.read((m) => m.find(Election, { order: { id: 'ASC' }, take: 1 }));
    if (!found[0]) throw new Error('No election in the database: seed it (SEED=demo) or create one');
    this.cached = found[0];
    return this.cached;
  }
}
