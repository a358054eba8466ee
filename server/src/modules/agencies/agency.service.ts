import type { Database } from '../../db/database.js';
import { Agency, AgencyCode } from './agency.entity.js';

/** The five agencies; they never change while the server runs, so they are read once. */
export class AgencyService {
  private all: Promise<Agency[]> | null = null;

  constructor(private readonly db: Database) {}

  list(): Promise<Agency[]> {
    // A failed read is not cached: the next call tries again.
    this.all ??= this.db
      .read((m) => m.find(Agency, { order: { id: 'ASC' } }))
      .catch((err: unknown) => {
        this.all = null;
        throw err;
      });
    return this.all;
  }

  async byCode(code: AgencyCode): Promise<Agency> {
    const agency = (await this.list()).find((a) => a.code === code);
    if (!agency) throw new Error(`Agency ${code} missing from the database`);
    return agency;
  }

  async byId(id: number): Promise<Agency> {
    const agency = (await this.list()).find((a) => a.id === id);
    if (!agency) throw new Error(`Agency ${id} missing from the database`);
    return agency;
  }
}
