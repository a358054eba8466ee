import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportsAboveDistrict1796236863675 implements MigrationInterface {
  name = 'ReportsAboveDistrict1796236863675';

  async up(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"events\" ADD \"provinceId\" integer");
    await q.query("ALTER TABLE \"situation_reports\" ADD \"provinceId\" integer");
    // Every report compiled so far is a district's or a ward's: its province is its district's.
    await q.query(`UPDATE situation_reports r SET "provinceId" = d."provinceId" FROM districts d WHERE d.id = r."districtId"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"situation_reports\" DROP COLUMN \"provinceId\"");
    await q.query("ALTER TABLE \"events\" DROP COLUMN \"provinceId\"");
  }
}
