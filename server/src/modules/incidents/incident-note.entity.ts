import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Incident } from './incident.entity.js';

@ObjectType({ description: 'A note on an incident by the operator, its ward officer or a liaison with a task on it.' })
@Entity('incident_notes')
export class IncidentNote {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column('int')
  incidentId: number;

  @ManyToOne(() => Incident, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'incidentId' })
  incidentRef?: Relation<Incident>;

  @Field(() => String, { description: 'The note, as typed.' })
  @Column('text')
  text: string;

  @Field(() => Date, { description: 'When it was written (election clock).' })
  @Column('timestamptz')
  at: Date;

  @Column('int')
  authorId: number;

  /** The author's display name when the note was written: what the timeline shows. */
  @Field(() => String, { description: "The author's display name." })
  @Column('text')
  author: string;
}
