import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DayLoops1796154308645 implements MigrationInterface {
  name = 'DayLoops1796154308645';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"incident_notes\" (\"id\" SERIAL NOT NULL, \"incidentId\" integer NOT NULL, \"text\" text NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"authorId\" integer NOT NULL, \"author\" text NOT NULL, CONSTRAINT \"PK_213673177d807c19f3081e18b2e\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_259cda8167949c4b3830491f2f\" ON \"incident_notes\" (\"incidentId\") ");
    await q.query("ALTER TABLE \"tasks\" ADD \"cancelledAt\" TIMESTAMP WITH TIME ZONE");
    await q.query("ALTER TABLE \"tasks\" ADD \"cancelReason\" text");
    await q.query("ALTER TABLE \"users\" ADD \"sessionVersion\" integer NOT NULL DEFAULT '0'");
    await q.query("ALTER TABLE \"incident_notes\" ADD CONSTRAINT \"FK_259cda8167949c4b3830491f2f3\" FOREIGN KEY (\"incidentId\") REFERENCES \"incidents\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"incident_notes\" DROP CONSTRAINT \"FK_259cda8167949c4b3830491f2f3\"");
    await q.query("ALTER TABLE \"users\" DROP COLUMN \"sessionVersion\"");
    await q.query("ALTER TABLE \"tasks\" DROP COLUMN \"cancelReason\"");
    await q.query("ALTER TABLE \"tasks\" DROP COLUMN \"cancelledAt\"");
    await q.query("DROP INDEX \"public\".\"IDX_259cda8167949c4b3830491f2f\"");
    await q.query("DROP TABLE \"incident_notes\"");
  }
}
