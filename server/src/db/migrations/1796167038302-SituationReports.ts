import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SituationReports1796167038302 implements MigrationInterface {
  name = 'SituationReports1796167038302';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"situation_reports\" (\"id\" SERIAL NOT NULL, \"checkpoint\" text NOT NULL, \"checkpointAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"wardId\" integer, \"scopeKey\" text NOT NULL, \"compiledAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"seq\" integer NOT NULL, \"status\" text NOT NULL DEFAULT 'DRAFT', \"note\" text, \"sentAt\" TIMESTAMP WITH TIME ZONE, \"sentById\" integer, \"sentBy\" text, \"figures\" jsonb NOT NULL, CONSTRAINT \"PK_470e0675efaa0b5364f2d6bae4d\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_7837d315aa6ce5adf65f886bd2\" ON \"situation_reports\" (\"wardId\") ");
    await q.query("CREATE UNIQUE INDEX \"IDX_50bb95433da80f35dfe17a6c51\" ON \"situation_reports\" (\"checkpoint\", \"scopeKey\") ");
    await q.query("ALTER TABLE \"situation_reports\" ADD CONSTRAINT \"FK_7837d315aa6ce5adf65f886bd20\" FOREIGN KEY (\"wardId\") REFERENCES \"wards\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"situation_reports\" DROP CONSTRAINT \"FK_7837d315aa6ce5adf65f886bd20\"");
    await q.query("DROP INDEX \"public\".\"IDX_50bb95433da80f35dfe17a6c51\"");
    await q.query("DROP INDEX \"public\".\"IDX_7837d315aa6ce5adf65f886bd2\"");
    await q.query("DROP TABLE \"situation_reports\"");
  }
}
