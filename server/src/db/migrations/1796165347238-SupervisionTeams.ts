import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SupervisionTeams1796165347238 implements MigrationInterface {
  name = 'SupervisionTeams1796165347238';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"findings\" (\"id\" SERIAL NOT NULL, \"code\" text NOT NULL, \"teamId\" integer NOT NULL, \"wardId\" integer NOT NULL, \"pollingAreaId\" integer, \"kind\" text NOT NULL, \"status\" text NOT NULL, \"text\" text NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"authorId\" integer NOT NULL, \"author\" text NOT NULL, \"addressedNote\" text, \"addressedAt\" TIMESTAMP WITH TIME ZONE, \"incidentId\" integer, CONSTRAINT \"UQ_b7a70c1a32f4713961b9d200376\" UNIQUE (\"code\"), CONSTRAINT \"PK_ae9807d6293c23c13ff8804d09c\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_48a241251d5506d34b390654ae\" ON \"findings\" (\"teamId\") ");
    await q.query("CREATE INDEX \"IDX_9abcd931b997b5a9d9b72c21ee\" ON \"findings\" (\"wardId\") ");
    await q.query("CREATE TABLE \"supervision_teams\" (\"id\" SERIAL NOT NULL, \"code\" text NOT NULL, \"name\" text NOT NULL, \"wardIds\" integer array NOT NULL, CONSTRAINT \"UQ_d87175a05cbda05f4f74434ab67\" UNIQUE (\"code\"), CONSTRAINT \"PK_0543dca792cfba2e22a92d10e44\" PRIMARY KEY (\"id\"))");
    await q.query("ALTER TABLE \"users\" ADD \"teamId\" integer");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"users\" DROP COLUMN \"teamId\"");
    await q.query("DROP TABLE \"supervision_teams\"");
    await q.query("DROP INDEX \"public\".\"IDX_9abcd931b997b5a9d9b72c21ee\"");
    await q.query("DROP INDEX \"public\".\"IDX_48a241251d5506d34b390654ae\"");
    await q.query("DROP TABLE \"findings\"");
  }
}
