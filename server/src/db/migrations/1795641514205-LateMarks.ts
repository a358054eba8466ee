import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LateMarks1795641514205 implements MigrationInterface {
  name = 'LateMarks1795641514205';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"late_marks\" (\"pollingAreaId\" integer NOT NULL, \"checkpoint\" text NOT NULL, \"wardId\" integer NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_365f7c1d0d8385dba3edad941e1\" PRIMARY KEY (\"pollingAreaId\", \"checkpoint\"))");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP TABLE \"late_marks\"");
  }
}
