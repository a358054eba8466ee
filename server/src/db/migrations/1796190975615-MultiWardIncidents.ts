import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MultiWardIncidents1796190975615 implements MigrationInterface {
  name = 'MultiWardIncidents1796190975615';

  async up(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"events\" ADD \"wardIds\" integer array NOT NULL DEFAULT '{}'");
    await q.query("ALTER TABLE \"incidents\" ADD \"wardIds\" integer array NOT NULL DEFAULT '{}'");
    await q.query("ALTER TABLE \"incidents\" ADD \"pollingAreaIds\" integer array NOT NULL DEFAULT '{}'");
    await q.query("ALTER TABLE \"tasks\" ADD \"wardIds\" integer array NOT NULL DEFAULT '{}'");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"tasks\" DROP COLUMN \"wardIds\"");
    await q.query("ALTER TABLE \"incidents\" DROP COLUMN \"pollingAreaIds\"");
    await q.query("ALTER TABLE \"incidents\" DROP COLUMN \"wardIds\"");
    await q.query("ALTER TABLE \"events\" DROP COLUMN \"wardIds\"");
  }
}
