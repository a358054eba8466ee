import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Ward } from '../units/units.entity.js';

export enum IncidentCategory {
  POWER_OUTAGE = 'POWER_OUTAGE',
  STORM = 'STORM',
  FLOOD = 'FLOOD',
  FIRE = 'FIRE',
  SECURITY = 'SECURITY',
  SANITATION = 'SANITATION',
  MEDICAL = 'MEDICAL',
  MATERIALS = 'MATERIALS',
  COMPLAINT = 'COMPLAINT',
  OTHER = 'OTHER',
}
registerEnumType(IncidentCategory, { name: 'IncidentCategory', description: 'What kind of incident.' });

export enum Severity {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}
registerEnumType(Severity, { name: 'Severity', description: 'How urgent: decides the acknowledgement deadline of its tasks.' });

export enum IncidentStatus {
  REPORTED = 'REPORTED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  IN_PROGRESS = 'IN_PROGRESS',
  RESOLVED = 'RESOLVED',
}
registerEnumType(IncidentStatus, {
  name: 'IncidentStatus',
  description: 'REPORTED → ACKNOWLEDGED → IN_PROGRESS → RESOLVED; reopen goes back to REPORTED.',
});

@ObjectType({ description: 'Something that happened in a ward or polling area and needs handling.' })
@Entity('incidents')
export class Incident {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'Human-readable code, e.g. `SC-0042`.' })
  @Column('text', { unique: true })
  code: string;

  @Field(() => IncidentCategory, { description: 'Category.' })
  @Column('text')
  category: IncidentCategory;

  @Field(() => Severity, { description: 'Severity.' })
  @Column('text')
  severity: Severity;

  @Field(() => IncidentStatus, { description: 'Status.' })
  @Index()
  @Column('text', { default: IncidentStatus.REPORTED })
  status: IncidentStatus;

  @Field(() => String, { description: 'Short title, as typed by the reporter.' })
  @Column('text')
  title: string;

  @Field(() => String, { nullable: true, description: 'Details, as typed by the reporter.' })
  @Column('text', { nullable: true })
  description: string | null;

  @Field(() => Boolean, { description: 'Whether it stopped or hinders voting.' })
  @Column('boolean', { default: false })
  affectsVoting: boolean;

  @Index()
  @Column('int')
  wardId: number;

  @ManyToOne(() => Ward, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'wardId' })
  wardRef?: Relation<Ward>;

  @Column('int', { nullable: true })
  pollingAreaId: number | null;

  /**
   * Every ward it affects, the first being `wardId` (a feeder's outage across wards, SPEC 8.6): the
   * officer of each reads it and receives its events.
   */
  @Column('int', { array: true, default: () => "'{}'" })
  wardIds: number[];

  /** Every polling area it affects, the first being `pollingAreaId`; empty for a ward-wide incident. */
  @Column('int', { array: true, default: () => "'{}'" })
  pollingAreaIds: number[];

  @Column('int')
  reportedById: number;

  @Field(() => Date, { description: 'When it was reported (election clock).' })
  @Column('timestamptz')
  reportedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the district acknowledged it.' })
  @Column('timestamptz', { nullable: true })
  acknowledgedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was resolved.' })
  @Column('timestamptz', { nullable: true })
  resolvedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Resolution note, or the reason of the last reopening.' })
  @Column('text', { nullable: true })
  note: string | null;
}
