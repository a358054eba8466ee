import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TurnoutQuality1796165936330 implements MigrationInterface {
  name = 'TurnoutQuality1796165936330';

  async up(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"turnout_reports\" ADD \"flags\" text array NOT NULL DEFAULT '{}'");
    await q.query("ALTER TABLE \"turnout_reports\" ADD \"verified\" boolean NOT NULL DEFAULT false");
    await q.query("ALTER TABLE \"turnout_reports\" ADD \"verifiedAt\" TIMESTAMP WITH TIME ZONE");
    await q.query("ALTER TABLE \"turnout_reports\" ADD \"verifiedById\" integer");
    await q.query("ALTER TABLE \"turnout_reports\" ADD \"verifyNote\" text");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"turnout_reports\" DROP COLUMN \"verifyNote\"");
    await q.query("ALTER TABLE \"turnout_reports\" DROP COLUMN \"verifiedById\"");
    await q.query("ALTER TABLE \"turnout_reports\" DROP COLUMN \"verifiedAt\"");
    await q.query("ALTER TABLE \"turnout_reports\" DROP COLUMN \"verified\"");
    await q.query("ALTER TABLE \"turnout_reports\" DROP COLUMN \"flags\"");
  }
}
