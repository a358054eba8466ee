import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UnverifiedFlags1796236626291 implements MigrationInterface {
  name = 'UnverifiedFlags1796236626291';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE INDEX \"IDX_turnout_reports_to_verify\" ON \"turnout_reports\" (\"wardId\", \"pollingAreaId\") WHERE cardinality(flags) > 0 AND NOT verified");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP INDEX \"public\".\"IDX_turnout_reports_to_verify\"");
  }
}
