import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Agency } from '../agencies/agency.entity.js';
import { Incident } from '../incidents/incident.entity.js';

export enum TaskStatus {
  OPEN = 'OPEN',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(TaskStatus, {
  name: 'TaskStatus',
  description:
    'OPEN → ACKNOWLEDGED → IN_PROGRESS → DONE, or DECLINED (with a reason, back to the operator), or CANCELLED (its incident was resolved while it was still OPEN).',
});

@ObjectType({ description: "One agency's job on one incident." })
@Entity('tasks')
export class Task {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column('int')
  incidentId: number;

  @ManyToOne(() => Incident, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'incidentId' })
  incidentRef?: Relation<Incident>;

  @Index()
  @Column('int')
  agencyId: number;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agencyId' })
  agencyRef?: Relation<Agency>;

  /** Denormalised from the incident so scope checks need no join. */
  @Column('int')
  wardId: number;

  /** Its incident's wards (`Incident.wardIds`): read by the officer of each. */
  @Column('int', { array: true, default: () => "'{}'" })
  wardIds: number[];

  @Field(() => TaskStatus, { description: 'Status.' })
  @Index()
  @Column('text', { default: TaskStatus.OPEN })
  status: TaskStatus;

  @Field(() => String, { nullable: true, description: "The operator's note when dispatching, or the liaison's when done." })
  @Column('text', { nullable: true })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'Why the agency declined.' })
  @Column('text', { nullable: true })
  declineReason: string | null;

  @Field(() => Date, { description: 'When it was dispatched (election clock).' })
  @Column('timestamptz')
  createdAt: Date;

  @Field(() => Date, { description: 'Acknowledgement is due by this time (by severity: CRITICAL 2 min, HIGH 5, MEDIUM 15, LOW 30).' })
  @Index()
  @Column('timestamptz')
  ackDueAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the agency acknowledged.' })
  @Column('timestamptz', { nullable: true })
  acknowledgedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When work started.' })
  @Column('timestamptz', { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was done.' })
  @Column('timestamptz', { nullable: true })
  doneAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was declined.' })
  @Column('timestamptz', { nullable: true })
  declinedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was cancelled because its incident was resolved while it was still OPEN.' })
  @Column('timestamptz', { nullable: true })
  cancelledAt: Date | null;

  @Field(() => String, { nullable: true, description: "A task is cancelled only because its incident was resolved: the incident's resolution note, if any." })
  @Column('text', { nullable: true })
  cancelReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When the missed deadline was escalated (once).' })
  @Column('timestamptz', { nullable: true })
  escalatedAt: Date | null;

  @Column('int')
  createdById: number;
}
