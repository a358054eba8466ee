import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An area that had not reported by a checkpoint plus its grace period; one row each, so it is announced once. */
@ObjectType({ description: 'A polling area late with its turnout report for a checkpoint.' })
@Entity('late_marks')
export class LateMark {
  @PrimaryColumn('int')
  pollingAreaId: number;

  @Field(() => String, { description: 'The checkpoint missed (`10:00`, ..., `final`).' })
  @PrimaryColumn('text')
  checkpoint: string;

  @Column('int')
  wardId: number;

  @Field(() => Date, { description: 'When it was found late (election clock).' })
  @Column('timestamptz')
  at: Date;
}
