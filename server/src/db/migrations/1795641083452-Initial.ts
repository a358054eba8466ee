import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795641083452 implements MigrationInterface {
  name = 'Initial1795641083452';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"agencies\" (\"id\" SERIAL NOT NULL, \"code\" text NOT NULL, \"name\" text NOT NULL, CONSTRAINT \"UQ_6acd8cc6374916c08b4d7f060c8\" UNIQUE (\"code\"), CONSTRAINT \"PK_8ab1f1f53f56c8255b0d7e68b28\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE TABLE \"elections\" (\"id\" SERIAL NOT NULL, \"name\" text NOT NULL, \"date\" text NOT NULL, \"pollsOpenAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"pollsCloseAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"checkpointTimes\" text array NOT NULL, \"lateGraceMinutes\" integer NOT NULL DEFAULT '15', \"finalAfterMinutes\" integer NOT NULL DEFAULT '30', CONSTRAINT \"PK_21abca6e4191b830d1eb8379cf0\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE TABLE \"events\" (\"seq\" SERIAL NOT NULL, \"type\" text NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"actorId\" integer, \"actor\" text, \"wardId\" integer, \"agencies\" text array NOT NULL DEFAULT '{}', \"data\" jsonb NOT NULL, CONSTRAINT \"PK_44840d7c5944a3bfbf21a6113d8\" PRIMARY KEY (\"seq\"))");
    await q.query("CREATE INDEX \"IDX_2d1b80f06f3b2a6e2d4b50040e\" ON \"events\" (\"wardId\") ");
    await q.query("CREATE TABLE \"provinces\" (\"id\" SERIAL NOT NULL, \"code\" text NOT NULL, \"name\" text NOT NULL, CONSTRAINT \"UQ_f4b684af62d5cb3aa174f6b9b8a\" UNIQUE (\"code\"), CONSTRAINT \"PK_2e4260eedbcad036ec53222e0c7\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE TABLE \"districts\" (\"id\" SERIAL NOT NULL, \"code\" text NOT NULL, \"name\" text NOT NULL, \"provinceId\" integer NOT NULL, CONSTRAINT \"PK_972a72ff4e3bea5c7f43a2b98af\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_5816de08e361ad9cab115bd6bf\" ON \"districts\" (\"provinceId\") ");
    await q.query("CREATE TABLE \"wards\" (\"id\" SERIAL NOT NULL, \"code\" text NOT NULL, \"name\" text NOT NULL, \"districtId\" integer NOT NULL, CONSTRAINT \"UQ_24f16d2207b1dcb6ce07d81d20f\" UNIQUE (\"code\"), CONSTRAINT \"PK_f67afa72e02ac056570c0dde279\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_812309cfc78b10b505a6cd44df\" ON \"wards\" (\"districtId\") ");
    await q.query("CREATE TABLE \"incidents\" (\"id\" SERIAL NOT NULL, \"code\" text NOT NULL, \"category\" text NOT NULL, \"severity\" text NOT NULL, \"status\" text NOT NULL DEFAULT 'REPORTED', \"title\" text NOT NULL, \"description\" text, \"affectsVoting\" boolean NOT NULL DEFAULT false, \"wardId\" integer NOT NULL, \"pollingAreaId\" integer, \"reportedById\" integer NOT NULL, \"reportedAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"acknowledgedAt\" TIMESTAMP WITH TIME ZONE, \"resolvedAt\" TIMESTAMP WITH TIME ZONE, \"note\" text, CONSTRAINT \"UQ_af1cd86c79751f7e6b17a8b7fe4\" UNIQUE (\"code\"), CONSTRAINT \"PK_ccb34c01719889017e2246469f9\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_6fa7e61c79777de95b6a4ecd63\" ON \"incidents\" (\"status\") ");
    await q.query("CREATE INDEX \"IDX_896eeb7318eea08f92d9bebcc8\" ON \"incidents\" (\"wardId\") ");
    await q.query("CREATE TABLE \"polling_areas\" (\"id\" SERIAL NOT NULL, \"code\" text NOT NULL, \"number\" integer NOT NULL, \"name\" text NOT NULL, \"address\" text NOT NULL, \"registeredVoters\" integer NOT NULL, \"status\" text NOT NULL DEFAULT 'PREPARING', \"statusReason\" text, \"statusChangedAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"voted\" integer NOT NULL DEFAULT '0', \"latestReportAt\" TIMESTAMP WITH TIME ZONE, \"wardId\" integer NOT NULL, CONSTRAINT \"UQ_d5e68e0c33220a4ba29bc54829a\" UNIQUE (\"code\"), CONSTRAINT \"PK_a29e1b5ced74d32ff72c18456b3\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_1ae1e79cb5ed5e765eae25bc73\" ON \"polling_areas\" (\"latestReportAt\") ");
    await q.query("CREATE INDEX \"IDX_48cbcb0befbd8557555c3a605c\" ON \"polling_areas\" (\"wardId\") ");
    await q.query("CREATE UNIQUE INDEX \"IDX_26afa9add10a53cff8ae114d7b\" ON \"polling_areas\" (\"wardId\", \"number\") ");
    await q.query("CREATE TABLE \"checklist_entries\" (\"pollingAreaId\" integer NOT NULL, \"item\" text NOT NULL, \"done\" boolean NOT NULL DEFAULT false, \"note\" text, \"updatedAt\" TIMESTAMP WITH TIME ZONE, \"updatedById\" integer, CONSTRAINT \"PK_4a7e05e9ad1e77b93bc8754381d\" PRIMARY KEY (\"pollingAreaId\", \"item\"))");
    await q.query("CREATE TABLE \"client_requests\" (\"userId\" integer NOT NULL, \"clientRequestId\" text NOT NULL, \"operation\" text NOT NULL, \"resultId\" integer, \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_034791153968343a745ef31a357\" PRIMARY KEY (\"userId\", \"clientRequestId\"))");
    await q.query("CREATE TABLE \"tasks\" (\"id\" SERIAL NOT NULL, \"incidentId\" integer NOT NULL, \"agencyId\" integer NOT NULL, \"wardId\" integer NOT NULL, \"status\" text NOT NULL DEFAULT 'OPEN', \"note\" text, \"declineReason\" text, \"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"ackDueAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"acknowledgedAt\" TIMESTAMP WITH TIME ZONE, \"startedAt\" TIMESTAMP WITH TIME ZONE, \"doneAt\" TIMESTAMP WITH TIME ZONE, \"declinedAt\" TIMESTAMP WITH TIME ZONE, \"escalatedAt\" TIMESTAMP WITH TIME ZONE, \"createdById\" integer NOT NULL, CONSTRAINT \"PK_8d12ff38fcc62aaba2cab748772\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_0af3bb8cdee03530a7211058a0\" ON \"tasks\" (\"incidentId\") ");
    await q.query("CREATE INDEX \"IDX_f629067cbf1ae745645449b26c\" ON \"tasks\" (\"agencyId\") ");
    await q.query("CREATE INDEX \"IDX_6086c8dafbae729a930c04d865\" ON \"tasks\" (\"status\") ");
    await q.query("CREATE INDEX \"IDX_07f3fd1a7d3b4b516a9325e595\" ON \"tasks\" (\"ackDueAt\") ");
    await q.query("CREATE TABLE \"turnout_reports\" (\"id\" SERIAL NOT NULL, \"pollingAreaId\" integer NOT NULL, \"wardId\" integer NOT NULL, \"voted\" integer NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"correctionReason\" text, \"reportedById\" integer NOT NULL, CONSTRAINT \"PK_e00a8ef0b02858b515bf5062536\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"IDX_5960fa0464255d0a5c52a10523\" ON \"turnout_reports\" (\"wardId\") ");
    await q.query("CREATE INDEX \"IDX_aafcead3d4cbab6c337bda6bbe\" ON \"turnout_reports\" (\"pollingAreaId\", \"at\") ");
    await q.query("CREATE TABLE \"users\" (\"id\" SERIAL NOT NULL, \"username\" text NOT NULL, \"displayName\" text NOT NULL, \"role\" text NOT NULL, \"passwordHash\" text NOT NULL, \"wardId\" integer, \"agencyId\" integer, \"observerWardIds\" integer array, \"demo\" boolean NOT NULL DEFAULT false, \"active\" boolean NOT NULL DEFAULT true, CONSTRAINT \"UQ_fe0bb3f6520ee0469504521e710\" UNIQUE (\"username\"), CONSTRAINT \"PK_a3ffb1c0c8416b9fc6f907b7433\" PRIMARY KEY (\"id\"))");
    await q.query("ALTER TABLE \"districts\" ADD CONSTRAINT \"FK_5816de08e361ad9cab115bd6bf9\" FOREIGN KEY (\"provinceId\") REFERENCES \"provinces\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"wards\" ADD CONSTRAINT \"FK_812309cfc78b10b505a6cd44df5\" FOREIGN KEY (\"districtId\") REFERENCES \"districts\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"incidents\" ADD CONSTRAINT \"FK_896eeb7318eea08f92d9bebcc8f\" FOREIGN KEY (\"wardId\") REFERENCES \"wards\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"polling_areas\" ADD CONSTRAINT \"FK_48cbcb0befbd8557555c3a605c5\" FOREIGN KEY (\"wardId\") REFERENCES \"wards\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"tasks\" ADD CONSTRAINT \"FK_0af3bb8cdee03530a7211058a01\" FOREIGN KEY (\"incidentId\") REFERENCES \"incidents\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"tasks\" ADD CONSTRAINT \"FK_f629067cbf1ae745645449b26c2\" FOREIGN KEY (\"agencyId\") REFERENCES \"agencies\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"turnout_reports\" ADD CONSTRAINT \"FK_2ab5553f233e3ee4710a9f2f1ac\" FOREIGN KEY (\"pollingAreaId\") REFERENCES \"polling_areas\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"turnout_reports\" DROP CONSTRAINT \"FK_2ab5553f233e3ee4710a9f2f1ac\"");
    await q.query("ALTER TABLE \"tasks\" DROP CONSTRAINT \"FK_f629067cbf1ae745645449b26c2\"");
    await q.query("ALTER TABLE \"tasks\" DROP CONSTRAINT \"FK_0af3bb8cdee03530a7211058a01\"");
    await q.query("ALTER TABLE \"polling_areas\" DROP CONSTRAINT \"FK_48cbcb0befbd8557555c3a605c5\"");
    await q.query("ALTER TABLE \"incidents\" DROP CONSTRAINT \"FK_896eeb7318eea08f92d9bebcc8f\"");
    await q.query("ALTER TABLE \"wards\" DROP CONSTRAINT \"FK_812309cfc78b10b505a6cd44df5\"");
    await q.query("ALTER TABLE \"districts\" DROP CONSTRAINT \"FK_5816de08e361ad9cab115bd6bf9\"");
    await q.query("DROP TABLE \"users\"");
    await q.query("DROP INDEX \"public\".\"IDX_aafcead3d4cbab6c337bda6bbe\"");
    await q.query("DROP INDEX \"public\".\"IDX_5960fa0464255d0a5c52a10523\"");
    await q.query("DROP TABLE \"turnout_reports\"");
    await q.query("DROP INDEX \"public\".\"IDX_07f3fd1a7d3b4b516a9325e595\"");
    await q.query("DROP INDEX \"public\".\"IDX_6086c8dafbae729a930c04d865\"");
    await q.query("DROP INDEX \"public\".\"IDX_f629067cbf1ae745645449b26c\"");
    await q.query("DROP INDEX \"public\".\"IDX_0af3bb8cdee03530a7211058a0\"");
    await q.query("DROP TABLE \"tasks\"");
    await q.query("DROP TABLE \"client_requests\"");
    await q.query("DROP TABLE \"checklist_entries\"");
    await q.query("DROP INDEX \"public\".\"IDX_26afa9add10a53cff8ae114d7b\"");
    await q.query("DROP INDEX \"public\".\"IDX_48cbcb0befbd8557555c3a605c\"");
    await q.query("DROP INDEX \"public\".\"IDX_1ae1e79cb5ed5e765eae25bc73\"");
    await q.query("DROP TABLE \"polling_areas\"");
    await q.query("DROP INDEX \"public\".\"IDX_896eeb7318eea08f92d9bebcc8\"");
    await q.query("DROP INDEX \"public\".\"IDX_6fa7e61c79777de95b6a4ecd63\"");
    await q.query("DROP TABLE \"incidents\"");
    await q.query("DROP INDEX \"public\".\"IDX_812309cfc78b10b505a6cd44df\"");
    await q.query("DROP TABLE \"wards\"");
    await q.query("DROP INDEX \"public\".\"IDX_5816de08e361ad9cab115bd6bf\"");
    await q.query("DROP TABLE \"districts\"");
    await q.query("DROP TABLE \"provinces\"");
    await q.query("DROP INDEX \"public\".\"IDX_2d1b80f06f3b2a6e2d4b50040e\"");
    await q.query("DROP TABLE \"events\"");
    await q.query("DROP TABLE \"elections\"");
    await q.query("DROP TABLE \"agencies\"");
  }
}
