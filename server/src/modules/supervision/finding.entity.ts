import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum FindingKind {
  ISSUE = 'ISSUE',
  RECOMMENDATION = 'RECOMMENDATION',
  GOOD_PRACTICE = 'GOOD_PRACTICE',
}
registerEnumType(FindingKind, {
  name: 'FindingKind',
  description: 'What a supervision team found.',
  valuesConfig: {
    ISSUE: { description: 'Something wrong that needs acting on.' },
    RECOMMENDATION: { description: 'A recommendation to the ward or the district.' },
    GOOD_PRACTICE: { description: 'Something done well, to repeat elsewhere.' },
  },
});

export enum FindingStatus {
  OPEN = 'OPEN',
  ADDRESSED = 'ADDRESSED',
}
registerEnumType(FindingStatus, {
  name: 'FindingStatus',
  description: 'Whether the district has acted on a finding.',
  valuesConfig: {
    OPEN: { description: 'Filed, not yet acted on.' },
    ADDRESSED: { description: 'Acted on by the operator: with a note, or escalated into an incident.' },
  },
});

@ObjectType({ description: "A supervision team's finding at a polling area or ward." })
@Entity('findings')
export class Finding {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'Human code, e.g. GS-0007.' })
  @Column('text', { unique: true })
  code: string;

  @Index()
  @Column('int')
  teamId: number;

  @Index()
  @Column('int')
  wardId: number;

  @Column('int', { nullable: true })
  pollingAreaId: number | null;

  @Field(() => FindingKind, { description: 'Issue, recommendation or good practice.' })
  @Column('text')
  kind: FindingKind;

  @Field(() => FindingStatus, { description: 'OPEN → ADDRESSED.' })
  @Column('text')
  status: FindingStatus;

  @Field(() => String, { description: 'What the team saw, as typed.' })
  @Column('text')
  text: string;

  @Field(() => Date, { description: 'When it was filed (election clock).' })
  @Column('timestamptz')
  at: Date;

  @Column('int')
  authorId: number;

  /** The author's display name when it was filed. */
  @Field(() => String, { description: "The author's display name." })
  @Column('text')
  author: string;

  @Field(() => String, { nullable: true, description: "The operator's note when addressing it." })
  @Column('text', { nullable: true })
  addressedNote: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was addressed.' })
  @Column('timestamptz', { nullable: true })
  addressedAt: Date | null;

  @Column('int', { nullable: true })
  incidentId: number | null;
}
