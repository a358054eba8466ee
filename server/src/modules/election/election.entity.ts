import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: 'A turnout checkpoint of the day: areas that have not reported by `at` plus the grace period are late.' })
export class Checkpoint {
  @Field(() => String, { description: 'Local time label, e.g. `12:30`, or `final`.' })
  label: string;

  @Field(() => Date, { description: 'The instant of the checkpoint.' })
  at: Date;

  @Field(() => Date, { description: 'When areas without a report become late.' })
  lateAt: Date;
}

@ObjectType({ description: 'The election being run: its day, voting hours and turnout checkpoints.' })
@Entity('elections')
export class Election {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'Name in Vietnamese.' })
  @Column('text')
  name: string;

  @Field(() => String, { description: 'Election day, YYYY-MM-DD in Asia/Ho_Chi_Minh.' })
  @Column('text')
  date: string;

  @Field(() => Date, { description: 'Regular opening, 07:00 local.' })
  @Column('timestamptz')
  pollsOpenAt: Date;

  @Field(() => Date, { description: 'Regular closing, 19:00 local.' })
  @Column('timestamptz')
  pollsCloseAt: Date;

  /** Local HH:MM of each checkpoint; the final one is `pollsCloseAt` + finalAfterMinutes. */
  @Column('text', { array: true })
  checkpointTimes: string[];

  @Field(() => Int, { description: 'Minutes after a checkpoint before an area without a report is late.' })
  @Column('int', { default: 15 })
  lateGraceMinutes: number;

  @Column('int', { default: 30 })
  finalAfterMinutes: number;

  @Field(() => String, { description: 'IANA time zone of all local times.' })
  timeZone(): string {
    return 'Asia/Ho_Chi_Minh';
  }
}
