import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { PollingAreaStatus } from '../units/enums.js';
import { Ward } from '../units/units.entity.js';

@ObjectType({ description: 'A polling area (khu vực bỏ phiếu): 300-4,000 voters, one polling team, one ballot box.' })
@Entity('polling_areas')
@Index(['wardId', 'number'], { unique: true })
export class PollingArea {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: '`<ward code>-<two-digit number>`, e.g. `dong-tam-01`.' })
  @Column('text', { unique: true })
  code: string;

  @Field(() => Int, { description: 'Number of the area within its ward.' })
  @Column('int')
  number: number;

  @Field(() => String, { description: 'Site name (e.g. Nhà văn hóa tổ dân phố số 3).' })
  @Column('text')
  name: string;

  @Field(() => String, { description: 'Street address of the polling station.' })
  @Column('text')
  address: string;

  @Field(() => Date, { nullable: true, description: 'When its site last moved (relocatePollingArea); null if it is where it was set up.' })
  @Column('timestamptz', { nullable: true })
  relocatedAt: Date | null;

  @Field(() => Int, { description: "Voters on the list of this area now: the list as drawn up (`seededVoters`) plus the day's changes (`voterListChanges`)." })
  @Column('int')
  registeredVoters: number;

  @Field(() => Int, { description: 'Voters on the list as it was drawn up, before any change recorded here.' })
  @Column('int')
  seededVoters: number;

  @Field(() => Int, { description: 'Transient voters (cử tri vãng lai, with a certificate) added to the list: part of registeredVoters.' })
  @Column('int', { default: 0 })
  transientVoters: number;

  @Field(() => Int, { description: 'Voters struck off the list (moved away, deceased, ineligible): already taken out of registeredVoters.' })
  @Column('int', { default: 0 })
  votersRemoved: number;

  @Field(() => PollingAreaStatus, { description: 'Current status.' })
  @Column('text', { default: PollingAreaStatus.PREPARING })
  status: PollingAreaStatus;

  @Field(() => String, { nullable: true, description: 'Why the area is suspended (or the last reason given for a status change).' })
  @Column('text', { nullable: true })
  statusReason: string | null;

  @Field(() => Date, { description: 'When status last changed.' })
  @Column('timestamptz', { default: () => 'now()' })
  statusChangedAt: Date;

  /** Latest reported `voted` (0 before any report): kept beside the area so sums stay cheap at national scale. */
  @Column('int', { default: 0 })
  voted: number;

  @Index()
  @Column('timestamptz', { nullable: true })
  latestReportAt: Date | null;

  /** Checklist items done (0-16), counted in the transaction that ticks one: readiness sums read it, not the checklist rows. */
  @Column('int', { default: 0 })
  checklistDone: number;

  @Index()
  @Column('int')
  wardId: number;

  @ManyToOne(() => Ward, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'wardId' })
  ward?: Relation<Ward>;
}

@ObjectType({ description: "One move of a polling area's status, from the event log." })
export class PollingAreaStatusChange {
  @Field(() => PollingAreaStatus, { description: 'The status it moved to.' })
  status: PollingAreaStatus;

  @Field(() => String, { nullable: true, description: 'The reason given, if any.' })
  reason: string | null;

  @Field(() => Date, { description: 'When (election clock).' })
  at: Date;

  @Field(() => String, { nullable: true, description: 'Display name of who made it; null for the system.' })
  actorName: string | null;
}

@ObjectType({ description: "One move of a polling area's site (SPEC 8.6): from where, to where, and why. The area keeps its number, code and voters." })
export class PollingAreaRelocation {
  @Field(() => String, { description: 'The site it left: its name.' })
  fromName: string;

  @Field(() => String, { description: 'The site it left: its street address.' })
  fromAddress: string;

  @Field(() => String, { description: 'The new site: its name.' })
  toName: string;

  @Field(() => String, { description: 'The new site: its street address.' })
  toAddress: string;

  @Field(() => String, { description: 'Why it moved (a building in a locked-down block, a flooded school).' })
  reason: string;

  @Field(() => Date, { description: 'When (election clock).' })
  movedAt: Date;

  @Field(() => String, { nullable: true, description: 'Display name of who moved it (read from the log; null in the event itself).' })
  actorName?: string | null;
}
