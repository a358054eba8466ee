import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { StoredPayload } from './topics.js';

export enum EventType {
  INCIDENT_REPORTED = 'INCIDENT_REPORTED',
  INCIDENT_ACKNOWLEDGED = 'INCIDENT_ACKNOWLEDGED',
  INCIDENT_IN_PROGRESS = 'INCIDENT_IN_PROGRESS',
  INCIDENT_RESOLVED = 'INCIDENT_RESOLVED',
  INCIDENT_REOPENED = 'INCIDENT_REOPENED',
  TASK_DISPATCHED = 'TASK_DISPATCHED',
  TASK_ACKNOWLEDGED = 'TASK_ACKNOWLEDGED',
  TASK_STARTED = 'TASK_STARTED',
  TASK_DONE = 'TASK_DONE',
  TASK_DECLINED = 'TASK_DECLINED',
  TASK_OVERDUE = 'TASK_OVERDUE',
  TASK_CANCELLED = 'TASK_CANCELLED',
  INCIDENT_NOTE_ADDED = 'INCIDENT_NOTE_ADDED',
  TURNOUT_REPORTED = 'TURNOUT_REPORTED',
  POLLING_AREA_STATUS_CHANGED = 'POLLING_AREA_STATUS_CHANGED',
  CHECKLIST_ITEM_SET = 'CHECKLIST_ITEM_SET',
  POLLING_AREA_LATE = 'POLLING_AREA_LATE',
  TURNOUT_VERIFIED = 'TURNOUT_VERIFIED',
  FINDING_REPORTED = 'FINDING_REPORTED',
  FINDING_ADDRESSED = 'FINDING_ADDRESSED',
  FINDING_ESCALATED = 'FINDING_ESCALATED',
  SITUATION_REPORT_COMPILED = 'SITUATION_REPORT_COMPILED',
  SITUATION_REPORT_SENT = 'SITUATION_REPORT_SENT',
  COMPLAINT_RECEIVED = 'COMPLAINT_RECEIVED',
  COMPLAINT_ASSIGNED = 'COMPLAINT_ASSIGNED',
  COMPLAINT_ANSWERED = 'COMPLAINT_ANSWERED',
  COMPLAINT_CLOSED = 'COMPLAINT_CLOSED',
  COMPLAINT_TRANSFERRED = 'COMPLAINT_TRANSFERRED',
  COMPLAINT_OVERDUE = 'COMPLAINT_OVERDUE',
  BALLOT_BOX_VISIT_REQUESTED = 'BALLOT_BOX_VISIT_REQUESTED',
  BALLOT_BOX_VISIT_SCHEDULED = 'BALLOT_BOX_VISIT_SCHEDULED',
  BALLOT_BOX_VISIT_RECORDED = 'BALLOT_BOX_VISIT_RECORDED',
  BALLOT_BOX_VISIT_CANCELLED = 'BALLOT_BOX_VISIT_CANCELLED',
  VOTER_LIST_CHANGED = 'VOTER_LIST_CHANGED',
  POLLING_AREA_RELOCATED = 'POLLING_AREA_RELOCATED',
}
registerEnumType(EventType, { name: 'EventType', description: 'What changed.' });

@ObjectType({ description: 'One entry of the append-only log of every change: the audit trail and the source of every live update.' })
@Entity('events')
export class Event {
  @Field(() => Int, {
    description:
      'Position in the log: strictly increasing. A change to a record another change touched comes after it, and a reader that has seen a seq never later finds a lower one.',
  })
  @PrimaryGeneratedColumn('increment', { type: 'int' })
  seq: number;

  @Field(() => EventType, { description: 'What changed.' })
  @Column('text')
  type: EventType;

  @Field(() => Date, { description: 'When it changed (election clock).' })
  @Column('timestamptz')
  at: Date;

  @Column('int', { nullable: true })
  actorId: number | null;

  @Field(() => String, { nullable: true, description: 'Username of who made the change; null for the system (escalation, late areas).' })
  @Column('text', { nullable: true })
  actor: string | null;

  @Field(() => ID, { nullable: true, description: 'The ward the change belongs to.' })
  @Index()
  @Column('int', { nullable: true })
  wardId: number | null;

  /** The district of a change to a district as a whole (no ward: its report, its complaints); null otherwise. */
  @Column('int', { nullable: true })
  districtId: number | null;

  /** The province of a change to a province as a whole (no ward, no district: its report); null otherwise. */
  @Column('int', { nullable: true })
  provinceId: number | null;

  /** Every ward it concerns when more than one (an incident over several wards); empty: `wardId` alone. */
  @Column('int', { array: true, default: () => "'{}'" })
  wardIds: number[];

  /** Agencies whose liaisons may read this event (the tasks on the incident). */
  @Column('text', { array: true, default: () => "'{}'" })
  agencies: string[];

  /** What changed, as it was after the change: the fields `topics.ts` names for this type. */
  @Column('jsonb')
  data: StoredPayload;
}
