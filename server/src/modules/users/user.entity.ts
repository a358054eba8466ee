import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { UnitLevel } from '../units/enums.js';

export enum Role {
  DISTRICT_OPERATOR = 'DISTRICT_OPERATOR',
  OBSERVER = 'OBSERVER',
  WARD_OFFICER = 'WARD_OFFICER',
  LIAISON = 'LIAISON',
  SUPERVISOR = 'SUPERVISOR',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may see and change.',
  valuesConfig: {
    DISTRICT_OPERATOR: { description: 'District operations room: sees and changes everything.' },
    OBSERVER: { description: 'Big screens and supervision teams: sees everything or its wards, changes nothing.' },
    WARD_OFFICER: { description: 'Ward steering committee officer: own ward in full, district totals.' },
    LIAISON: { description: "An agency's liaison: its agency's tasks and their incidents, district totals." },
    SUPERVISOR: { description: "A supervision team's member: its team's wards in full, files findings, changes nothing else." },
  },
});

@ObjectType({ description: 'A person (or screen) signed in to the system.' })
@Entity('users')
export class User {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'Login name.' })
  @Column('text', { unique: true })
  username: string;

  @Field(() => String, { description: 'Name shown on screens.' })
  @Column('text')
  displayName: string;

  @Field(() => Role, { description: 'Role, which decides what the user may read and change.' })
  @Column('text')
  role: Role;

  /** scrypt: `salt:hash`, both hex. */
  @Column('text')
  passwordHash: string;

  @Field(() => ID, { nullable: true, description: 'The ward of a ward officer.' })
  @Column('int', { nullable: true })
  wardId: number | null;

  @Column('int', { nullable: true })
  agencyId: number | null;

  /** An observer's wards; null means the whole district. */
  @Field(() => [ID], { nullable: true, description: "An observer's wards; null means all wards." })
  @Column('int', { array: true, nullable: true })
  observerWardIds: number[] | null;

  /** A supervisor's team. */
  @Field(() => ID, { nullable: true, description: "A supervisor's team." })
  @Column('int', { nullable: true })
  teamId: number | null;

  /**
   * The administrative unit it works in (with `unitId`); null: the whole deployment. A ward officer's
   * unit is its ward, a supervisor's its team's district.
   */
  @Column('text', { nullable: true })
  unitLevel: UnitLevel | null;

  @Column('int', { nullable: true })
  unitId: number | null;

  /** Demo accounts are marked so production mode can refuse them. */
  @Column('boolean', { default: false })
  demo: boolean;

  @Column('boolean', { default: true })
  active: boolean;

  /** Tokens carry the version they were signed at; `revokeSessions` moves it on, ending every older token and socket. */
  @Column('int', { default: 0 })
  sessionVersion: number;
}
