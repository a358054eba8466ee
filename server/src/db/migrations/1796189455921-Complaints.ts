import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Complaints1796189455921 implements MigrationInterface {
  name = 'Complaints1796189455921';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"complaints\" (\"id\" SERIAL NOT NULL, \"code\" text NOT NULL, \"kind\" text NOT NULL, \"subject\" text NOT NULL, \"channel\" text NOT NULL, \"summary\" text NOT NULL, \"wardId\" integer, \"pollingAreaId\" integer, \"receivedAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"dueAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"status\" text NOT NULL, \"assignee\" text, \"answer\" text, \"answeredAt\" TIMESTAMP WITH TIME ZONE, \"transferredTo\" text, \"transferredAt\" TIMESTAMP WITH TIME ZONE, \"transferNote\" text, \"escalatedAt\" TIMESTAMP WITH TIME ZONE, \"receivedById\" integer NOT NULL, \"receivedBy\" text NOT NULL, CONSTRAINT \"UQ_5af34cf5dd79c380d32abd71d30\" UNIQUE (\"code\"), CONSTRAINT \"PK_4b7566a2a489c2cc7c12ed076ad\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_7bd85412a7468772e32b7ae7cb\" ON \"complaints\" (\"wardId\") ");
    await q.query("CREATE INDEX \"IDX_28d996ecede9ae0f54e821cd6b\" ON \"complaints\" (\"dueAt\") ");
    await q.query("CREATE TABLE \"complainants\" (\"complaintId\" integer NOT NULL, \"name\" text NOT NULL, \"contact\" text, CONSTRAINT \"PK_8438ee8a74d83dba77dd7339992\" PRIMARY KEY (\"complaintId\"))");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP TABLE \"complainants\"");
    await q.query("DROP INDEX \"public\".\"IDX_28d996ecede9ae0f54e821cd6b\"");
    await q.query("DROP INDEX \"public\".\"IDX_7bd85412a7468772e32b7ae7cb\"");
    await q.query("DROP TABLE \"complaints\"");
  }
}
