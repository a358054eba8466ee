import type { MigrationInterface, QueryRunner } from 'typeorm';

export class VoterList1796189341343 implements MigrationInterface {
  name = 'VoterList1796189341343';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"voter_list_changes\" (\"id\" SERIAL NOT NULL, \"pollingAreaId\" integer NOT NULL, \"wardId\" integer NOT NULL, \"kind\" text NOT NULL, \"count\" integer NOT NULL, \"note\" text, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"registeredAfter\" integer NOT NULL, \"recordedById\" integer, CONSTRAINT \"PK_05009e672130f4fb7562a313e4b\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_bef9617579c1a11f661583384c\" ON \"voter_list_changes\" (\"pollingAreaId\") ");
    await q.query("CREATE INDEX \"IDX_60d49aaa401b1e78ae578ffb64\" ON \"voter_list_changes\" (\"wardId\") ");
    await q.query("ALTER TABLE \"polling_areas\" ADD \"relocatedAt\" TIMESTAMP WITH TIME ZONE");
    // The list as drawn up is the figure each area has now: no change has been recorded before this.
    await q.query("ALTER TABLE \"polling_areas\" ADD \"seededVoters\" integer");
    await q.query('UPDATE "polling_areas" SET "seededVoters" = "registeredVoters"');
    await q.query("ALTER TABLE \"polling_areas\" ALTER COLUMN \"seededVoters\" SET NOT NULL");
    await q.query("ALTER TABLE \"polling_areas\" ADD \"transientVoters\" integer NOT NULL DEFAULT '0'");
    await q.query("ALTER TABLE \"polling_areas\" ADD \"votersRemoved\" integer NOT NULL DEFAULT '0'");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"polling_areas\" DROP COLUMN \"votersRemoved\"");
    await q.query("ALTER TABLE \"polling_areas\" DROP COLUMN \"transientVoters\"");
    await q.query("ALTER TABLE \"polling_areas\" DROP COLUMN \"seededVoters\"");
    await q.query("ALTER TABLE \"polling_areas\" DROP COLUMN \"relocatedAt\"");
    await q.query("DROP INDEX \"public\".\"IDX_60d49aaa401b1e78ae578ffb64\"");
    await q.query("DROP INDEX \"public\".\"IDX_bef9617579c1a11f661583384c\"");
    await q.query("DROP TABLE \"voter_list_changes\"");
  }
}
