import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ChecklistDone1795650258280 implements MigrationInterface {
  name = 'ChecklistDone1795650258280';

  async up(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"polling_areas\" ADD \"checklistDone\" integer NOT NULL DEFAULT '0'");
    // Back-fill from the checklist rows (written by hand: the generator knows only the schema).
    await q.query(
      `UPDATE polling_areas pa SET "checklistDone" = c.done
         FROM (SELECT "pollingAreaId", count(*)::int AS done FROM checklist_entries WHERE done GROUP BY "pollingAreaId") c
        WHERE pa.id = c."pollingAreaId"`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"polling_areas\" DROP COLUMN \"checklistDone\"");
  }
}
