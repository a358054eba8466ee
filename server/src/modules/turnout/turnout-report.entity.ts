import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { PollingArea } from '../polling-areas/polling-area.entity.js';
import { TurnoutFlag } from './turnout-flags.js';

@ObjectType({ description: 'A cumulative turnout figure reported by one polling area.' })
@Entity('turnout_reports')
@Index(['pollingAreaId', 'at'])
// The figures still to check are few among the day's reports: the walls count them per ward each second.
@Index('IDX_turnout_reports_to_verify', ['wardId', 'pollingAreaId'], { where: 'cardinality(flags) > 0 AND NOT verified' })
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

  @Field(() => [TurnoutFlag], { description: 'Why it deserves a second look, computed when it was filed (empty: none).' })
  @Column('text', { array: true, default: () => "'{}'" })
  flags: TurnoutFlag[];

  @Field(() => Boolean, { description: 'A flagged figure the operator has checked and confirmed.' })
  @Column('boolean', { default: false })
  verified: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was verified.' })
  @Column('timestamptz', { nullable: true })
  verifiedAt: Date | null;

  @Column('int', { nullable: true })
  verifiedById: number | null;

  @Field(() => String, { nullable: true, description: "The operator's note when verifying it." })
  @Column('text', { nullable: true })
  verifyNote: string | null;
}
