import pg from 'pg';

/**
 * A digest of every row of every table of a test database (migrations aside), read straight from
 * PostgreSQL: two equal fingerprints mean a refused write changed nothing, the event log included.
 */
export class Fingerprint {
  private query: string | null = null;

  private constructor(private readonly client: pg.Client) {}

  static async open(databaseUrl: string): Promise<Fingerprint> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    return new Fingerprint(client);
  }

  /** Row count and md5 of the rows' text, per table. */
  async take(): Promise<Record<string, string>> {
    this.query ??= await this.build();
    const { rows } = await this.client.query<{ name: string; digest: string }>(this.query);
    return Object.fromEntries(rows.map((r) => [r.name, r.digest]));
  }

  async close(): Promise<void> {
    await this.client.end();
  }

  private async build(): Promise<string> {
    const { rows } = await this.client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations' ORDER BY 1`,
    );
    return rows
      .map(
        ({ table_name: t }) => `SELECT '${t}' AS name, count(*) || ':' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS digest FROM "${t}" x`,
      )
      .join(' UNION ALL ');
  }
}
