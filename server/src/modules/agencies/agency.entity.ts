import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum AgencyCode {
  POWER = 'POWER',
  SANITATION = 'SANITATION',
  FIRE = 'FIRE',
  POLICE = 'POLICE',
  HEALTH = 'HEALTH',
}
registerEnumType(AgencyCode, {
  name: 'AgencyCode',
  description: 'The agencies the district dispatches tasks to.',
  valuesConfig: {
    POWER: { description: 'Power company (Điện lực Hai Bà Trưng).' },
    SANITATION: { description: 'Sanitation (URENCO branch).' },
    FIRE: { description: 'Fire police (Cảnh sát PCCC).' },
    POLICE: { description: 'District police (Công an quận).' },
    HEALTH: { description: 'District health centre (Trung tâm Y tế quận).' },
  },
});

@ObjectType({ description: 'An agency that works tasks dispatched for incidents.' })
@Entity('agencies')
export class Agency {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => AgencyCode, { description: 'Agency code.' })
  @Column('text', { unique: true })
  code: AgencyCode;

  @Field(() => String, { description: 'Name in Vietnamese.' })
  @Column('text')
  name: string;
}
