import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DrillClock1795642265553 implements MigrationInterface {
  name = 'DrillClock1795642265553';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"drill_clock\" (\"id\" integer NOT NULL, \"active\" boolean NOT NULL, \"speed\" double precision NOT NULL, \"startedAt\" TIMESTAMP WITH TIME ZONE, \"clockStartsAt\" TIMESTAMP WITH TIME ZONE, \"seed\" integer, \"startedById\" integer, \"stoppedAt\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_1dc5ea527981281918c0589bdaf\" PRIMARY KEY (\"id\"))");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP TABLE \"drill_clock\"");
  }
}
