import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UnitScope1796222089325 implements MigrationInterface {
  name = 'UnitScope1796222089325';

  async up(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"events\" ADD \"districtId\" integer");
    await q.query("ALTER TABLE \"situation_reports\" ADD \"districtId\" integer");
    await q.query("ALTER TABLE \"complaints\" ADD \"districtId\" integer");
    await q.query("ALTER TABLE \"users\" ADD \"unitLevel\" text");
    await q.query("ALTER TABLE \"users\" ADD \"unitId\" integer");
    await q.query("CREATE INDEX \"IDX_311cb0f313c06940cb3192cc5c\" ON \"complaints\" (\"districtId\") ");
    // Records of no ward were the only district's: name it (with several districts they stay the deployment's).
    await q.query(`UPDATE complaints c SET "districtId" = w."districtId" FROM wards w WHERE w.id = c."wardId"`);
    await q.query(`UPDATE situation_reports r SET "districtId" = w."districtId" FROM wards w WHERE w.id = r."wardId"`);
    for (const table of ['complaints', 'situation_reports', 'events']) {
      await q.query(`UPDATE ${table} SET "districtId" = (SELECT min(id) FROM districts) WHERE "wardId" IS NULL AND (SELECT count(*) FROM districts) = 1`);
    }
    await q.query(`UPDATE situation_reports SET "scopeKey" = 'district:' || "districtId" WHERE "scopeKey" = 'district' AND "districtId" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP INDEX \"public\".\"IDX_311cb0f313c06940cb3192cc5c\"");
    await q.query("ALTER TABLE \"users\" DROP COLUMN \"unitId\"");
    await q.query("ALTER TABLE \"users\" DROP COLUMN \"unitLevel\"");
    await q.query("ALTER TABLE \"complaints\" DROP COLUMN \"districtId\"");
    await q.query("ALTER TABLE \"situation_reports\" DROP COLUMN \"districtId\"");
    await q.query("ALTER TABLE \"events\" DROP COLUMN \"districtId\"");
  }
}
