import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum VisitReason {
  ILL_ELDERLY = 'ILL_ELDERLY',
  DISABLED = 'DISABLED',
  QUARANTINE = 'QUARANTINE',
  HOSPITAL = 'HOSPITAL',
  DETENTION = 'DETENTION',
}
registerEnumType(VisitReason, {
  name: 'VisitReason',
  description: 'Why the voters cannot come to the polling station (Law 85/2015/QH13, art. 69).',
  valuesConfig: {
    ILL_ELDERLY: { description: 'Ốm đau, già yếu.' },
    DISABLED: { description: 'Khuyết tật.' },
    QUARANTINE: { description: 'Cách ly y tế (needs the area’s epidemic kit).' },
    HOSPITAL: { description: 'Đang điều trị tại cơ sở y tế.' },
    DETENTION: { description: 'Tạm giam, tạm giữ, cơ sở giáo dục bắt buộc, cai nghiện.' },
  },
});

export enum VisitStatus {
  REQUESTED = 'REQUESTED',
  SCHEDULED = 'SCHEDULED',
  VISITED = 'VISITED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(VisitStatus, {
  name: 'VisitStatus',
  description: 'REQUESTED → SCHEDULED → VISITED, or CANCELLED with a reason.',
  valuesConfig: {
    REQUESTED: { description: 'Asked for; not yet planned.' },
    SCHEDULED: { description: 'The auxiliary box has a time to go.' },
    VISITED: { description: 'The box went; the ballots were collected.' },
    CANCELLED: { description: 'Not going, with the reason.' },
  },
});

/** The auxiliary ballot box taken to voters who cannot come (SPEC 8.5). */
@ObjectType({ description: 'The auxiliary ballot box (hòm phiếu phụ) taken to voters who cannot come to the polling station.' })
@Entity('ballot_box_visits')
export class BallotBoxVisit {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'Human code, e.g. HP-0004.' })
  @Column('text', { unique: true })
  code: string;

  @Index()
  @Column('int')
  pollingAreaId: number;

  /** The area's ward, for scope. */
  @Index()
  @Column('int')
  wardId: number;

  @Field(() => Int, { description: 'Voters at the address who will vote in the auxiliary box.' })
  @Column('int')
  voters: number;

  @Field(() => VisitReason, { description: 'Why they cannot come.' })
  @Column('text')
  reason: VisitReason;

  @Field(() => String, { description: 'Where the box goes.' })
  @Column('text')
  address: string;

  @Field(() => String, { nullable: true, description: 'Anything the team should know (a phone number, the floor, a quarantine rule).' })
  @Column('text', { nullable: true })
  note: string | null;

  @Field(() => VisitStatus, { description: 'Where it stands.' })
  @Column('text')
  status: VisitStatus;

  @Field(() => Date, { description: 'When it was asked for (election clock).' })
  @Column('timestamptz')
  requestedAt: Date;

  @Field(() => String, { description: 'Display name of who asked for it.' })
  @Column('text')
  requestedBy: string;

  @Field(() => Date, { nullable: true, description: 'When the box is to go.' })
  @Column('timestamptz', { nullable: true })
  scheduledFor: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the ballots were collected.' })
  @Column('timestamptz', { nullable: true })
  visitedAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Ballots collected in the auxiliary box (0 ≤ n ≤ voters).' })
  @Column('int', { nullable: true })
  ballotsCollected: number | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  @Column('text', { nullable: true })
  cancelReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was cancelled.' })
  @Column('timestamptz', { nullable: true })
  cancelledAt: Date | null;
}
