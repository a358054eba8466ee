import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export enum ComplaintKind {
  COMPLAINT = 'COMPLAINT',
  DENUNCIATION = 'DENUNCIATION',
  PETITION = 'PETITION',
}
registerEnumType(ComplaintKind, {
  name: 'ComplaintKind',
  description: 'Khiếu nại, tố cáo or kiến nghị (Law 85/2015/QH13).',
  valuesConfig: {
    COMPLAINT: { description: 'Khiếu nại: a decision or act of the election bodies is contested.' },
    DENUNCIATION: { description: "Tố cáo: a violation is reported; the denouncer's identity is protected." },
    PETITION: { description: 'Kiến nghị, phản ánh: a request or a report that needs no ruling.' },
  },
});

export enum ComplaintSubject {
  VOTER_LIST = 'VOTER_LIST',
  CANDIDATE = 'CANDIDATE',
  ORGANISATION = 'ORGANISATION',
  VOTING = 'VOTING',
  COUNTING = 'COUNTING',
  OTHER = 'OTHER',
}
registerEnumType(ComplaintSubject, {
  name: 'ComplaintSubject',
  description: 'What it is about; the deadline follows from it.',
  valuesConfig: {
    VOTER_LIST: { description: 'The voter list (answered within 5 days, Law 85/2015 art. 33).' },
    CANDIDATE: { description: 'A candidate.' },
    ORGANISATION: { description: 'How the election is organised.' },
    VOTING: { description: 'The voting (answered by the end of counting that day).' },
    COUNTING: { description: 'The counting (answered by the end of counting that day).' },
    OTHER: { description: 'Anything else.' },
  },
});

export enum ComplaintChannel {
  IN_PERSON = 'IN_PERSON',
  LETTER = 'LETTER',
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
}
registerEnumType(ComplaintChannel, { name: 'ComplaintChannel', description: 'How it was received.' });

export enum ComplaintStatus {
  RECEIVED = 'RECEIVED',
  ASSIGNED = 'ASSIGNED',
  ANSWERED = 'ANSWERED',
  CLOSED = 'CLOSED',
  TRANSFERRED = 'TRANSFERRED',
}
registerEnumType(ComplaintStatus, {
  name: 'ComplaintStatus',
  description: 'RECEIVED → ASSIGNED → ANSWERED → CLOSED, or TRANSFERRED to the body that handles it.',
  valuesConfig: {
    RECEIVED: { description: 'Received and registered; nobody handles it yet.' },
    ASSIGNED: { description: 'Someone handles it.' },
    ANSWERED: { description: 'Answered; the deadline is met.' },
    CLOSED: { description: 'Closed after the answer.' },
    TRANSFERRED: { description: 'Sent on to the body that has the power to settle it.' },
  },
});

/**
 * A complaint, denunciation or petition about the election (SPEC 8.4). Who filed it is not here: it
 * lives in `Complainant`, a table of its own, so that no copy of this record (an event's payload, a
 * log line, an export row) can carry it by accident.
 */
@ObjectType({ description: 'A complaint, denunciation or petition about the election, in the register the law asks for.' })
@Entity('complaints')
export class Complaint {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'Register number, e.g. DT-0007.' })
  @Column('text', { unique: true })
  code: string;

  @Field(() => ComplaintKind, { description: 'Complaint, denunciation or petition.' })
  @Column('text')
  kind: ComplaintKind;

  @Field(() => ComplaintSubject, { description: 'What it is about.' })
  @Column('text')
  subject: ComplaintSubject;

  @Field(() => ComplaintChannel, { description: 'How it was received.' })
  @Column('text')
  channel: ComplaintChannel;

  @Field(() => String, { description: 'What it says, as registered.' })
  @Column('text')
  summary: string;

  /** The ward it concerns; null for the district as a whole. */
  @Index()
  @Column('int', { nullable: true })
  wardId: number | null;

  @Column('int', { nullable: true })
  pollingAreaId: number | null;

  /** The district it belongs to: its ward's, or the one it concerns as a whole. */
  @Index()
  @Column('int', { nullable: true })
  districtId: number | null;

  @Field(() => Date, { description: 'When it was received.' })
  @Column('timestamptz')
  receivedAt: Date;

  @Field(() => Date, { description: 'When it must be answered by (from the law, by subject).' })
  @Index()
  @Column('timestamptz')
  dueAt: Date;

  @Field(() => ComplaintStatus, { description: 'Where it stands.' })
  @Column('text')
  status: ComplaintStatus;

  @Field(() => String, { nullable: true, description: 'Who handles it.' })
  @Column('text', { nullable: true })
  assignee: string | null;

  @Field(() => String, { nullable: true, description: 'The answer given.' })
  @Column('text', { nullable: true })
  answer: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was answered.' })
  @Column('timestamptz', { nullable: true })
  answeredAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The body it was transferred to.' })
  @Column('text', { nullable: true })
  transferredTo: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was transferred.' })
  @Column('timestamptz', { nullable: true })
  transferredAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The note given with the transfer.' })
  @Column('text', { nullable: true })
  transferNote: string | null;

  /** When the overdue escalation was raised (once). */
  @Column('timestamptz', { nullable: true })
  escalatedAt: Date | null;

  @Column('int')
  receivedById: number;

  @Field(() => String, { description: 'Display name of who registered it.' })
  @Column('text')
  receivedBy: string;
}

/** Who filed a complaint: read by the district operator only (scope.ts FIELD_RULES), never copied elsewhere. */
@ObjectType({ description: 'Who filed it. Only the district operator reads it; for a denunciation it never leaves the operator.' })
@Entity('complainants')
export class Complainant {
  @PrimaryColumn('int')
  complaintId: number;

  @Field(() => String, { description: 'Name as given.' })
  @Column('text')
  name: string;

  @Field(() => String, { nullable: true, description: 'Address, phone or e-mail, as given.' })
  @Column('text', { nullable: true })
  contact: string | null;
}
