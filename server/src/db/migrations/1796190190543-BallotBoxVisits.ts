import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BallotBoxVisits1796190190543 implements MigrationInterface {
  name = 'BallotBoxVisits1796190190543';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"ballot_box_visits\" (\"id\" SERIAL NOT NULL, \"code\" text NOT NULL, \"pollingAreaId\" integer NOT NULL, \"wardId\" integer NOT NULL, \"voters\" integer NOT NULL, \"reason\" text NOT NULL, \"address\" text NOT NULL, \"note\" text, \"status\" text NOT NULL, \"requestedAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"requestedBy\" text NOT NULL, \"scheduledFor\" TIMESTAMP WITH TIME ZONE, \"visitedAt\" TIMESTAMP WITH TIME ZONE, \"ballotsCollected\" integer, \"cancelReason\" text, \"cancelledAt\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"UQ_e01268540365d50f45364b6950a\" UNIQUE (\"code\"), CONSTRAINT \"PK_80d80ae91769bea4284bf9e0816\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_0f74b295b5b9b2ef48c67f4e2e\" ON \"ballot_box_visits\" (\"pollingAreaId\") ");
    await q.query("CREATE INDEX \"IDX_4473a8fdaeca3b337e76b90cc3\" ON \"ballot_box_visits\" (\"wardId\") ");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP INDEX \"public\".\"IDX_4473a8fdaeca3b337e76b90cc3\"");
    await q.query("DROP INDEX \"public\".\"IDX_0f74b295b5b9b2ef48c67f4e2e\"");
    await q.query("DROP TABLE \"ballot_box_visits\"");
  }
}
