import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ description: "One of the standing committee's supervision teams (Đoàn giám sát), following its wards through the day." })
@Entity('supervision_teams')
export class SupervisionTeam {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'Code, e.g. doan-01.' })
  @Column('text', { unique: true })
  code: string;

  @Field(() => String, { description: 'Name, e.g. "Đoàn giám sát số 1".' })
  @Column('text')
  name: string;

  /** The wards it follows; its members read them in full. */
  @Column('int', { array: true })
  wardIds: number[];
}
