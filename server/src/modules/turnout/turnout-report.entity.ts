import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { PollingArea } from '../polling-areas/polling-area.entity.js';

@ObjectType({ description: 'A cumulative turnout figure reported by one polling area.' })
@Entity('turnout_reports')
@Index(['pollingAreaId', 'at'])
export class TurnoutReport {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column('int')
  pollingAreaId: number;

  @ManyToOne(() => PollingArea, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pollingAreaId' })
  pollingAreaRef?: Relation<PollingArea>;

  @Index()
  @Column('int')
  wardId: number;

  @Field(() => Int, { description: 'Voters who have voted so far (cumulative).' })
  @Column('int')
  voted: number;

  @Field(() => Date, { description: 'When it was reported (election clock).' })
  @Column('timestamptz')
  at: Date;

  @Field(() => String, { nullable: true, description: 'Why this corrects the figure before it (a typo, a recount): set on corrections only.' })
  @Column('text', { nullable: true })
  correctionReason: string | null;

  @Column('int')
  reportedById: number;
}
