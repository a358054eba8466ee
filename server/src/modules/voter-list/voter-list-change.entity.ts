import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum VoterListChangeKind {
  ADDED_TRANSIENT = 'ADDED_TRANSIENT',
  ADDED_OTHER = 'ADDED_OTHER',
  REMOVED_MOVED = 'REMOVED_MOVED',
  REMOVED_DECEASED = 'REMOVED_DECEASED',
  REMOVED_INELIGIBLE = 'REMOVED_INELIGIBLE',
}
registerEnumType(VoterListChangeKind, {
  name: 'VoterListChangeKind',
  description: "Why an area's voter list changed: voters added (ADDED_*) or struck off (REMOVED_*).",
  valuesConfig: {
    ADDED_TRANSIENT: { description: 'Transient voters (cử tri vãng lai) who vote here with a certificate from where they are registered.' },
    ADDED_OTHER: { description: 'Voters added for another reason (left out by mistake, came of age, back from abroad).' },
    REMOVED_MOVED: { description: 'Struck off: moved away (they vote elsewhere).' },
    REMOVED_DECEASED: { description: 'Struck off: deceased.' },
    REMOVED_INELIGIBLE: { description: 'Struck off: lost the right to vote (a court sentence, detention) or listed by mistake.' },
  },
});

@ObjectType({
  description: "One change to a polling area's voter list (SPEC 8.5): its registered voters move by `count` (up for ADDED_*, down for REMOVED_*).",
})
@Entity('voter_list_changes')
export class VoterListChange {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column('int')
  pollingAreaId: number;

  @Index()
  @Column('int')
  wardId: number;

  @Field(() => VoterListChangeKind, { description: 'Added or struck off, and why.' })
  @Column('text')
  kind: VoterListChangeKind;

  @Field(() => Int, { description: 'How many voters (always positive; the kind says which way).' })
  @Column('int')
  count: number;

  @Field(() => String, { nullable: true, description: 'What the officer noted (certificates received, a name).' })
  @Column('text', { nullable: true })
  note: string | null;

  @Field(() => Date, { description: 'When it was recorded (election clock).' })
  @Column('timestamptz')
  at: Date;

  @Field(() => Int, { description: "The area's registered voters right after this change." })
  @Column('int')
  registeredAfter: number;

  @Column('int', { nullable: true })
  recordedById: number | null;
}
