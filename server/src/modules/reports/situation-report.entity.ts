import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UnitLevel } from '../units/enums.js';
import { Ward } from '../units/units.entity.js';
import type { SituationFigures } from './report-figures.types.js';

export enum SituationReportStatus {
  DRAFT = 'DRAFT',
  SENT = 'SENT',
}
registerEnumType(SituationReportStatus, {
  name: 'SituationReportStatus',
  description: 'DRAFT → SENT, once.',
  valuesConfig: {
    DRAFT: { description: 'Compiled by the server at its checkpoint; not yet sent to the standing committee.' },
    SENT: { description: 'Sent, with its note and sender; its figures never change.' },
  },
});

/**
 * The scope key of a report: one report per checkpoint and key (the table's unique index). A ward's
 * (`ward:<id>`), a district's (`district:<id>`), a province's (`province:<id>`), the nation's (`nation`).
 */
export function scopeKeyOf(r: { wardId: number | null; districtId: number | null; provinceId?: number | null }): string {
  if (r.wardId !== null) return `ward:${r.wardId}`;
  if (r.districtId !== null) return `district:${r.districtId}`;
  return r.provinceId != null ? `province:${r.provinceId}` : 'nation';
}

/** The level of the unit a report covers, from its scope key (a payload revived from the log has it too). */
export function levelOfReport(r: { scopeKey: string }): UnitLevel {
  const kind = r.scopeKey.split(':')[0];
  return kind === 'ward' ? UnitLevel.WARD : kind === 'province' ? UnitLevel.PROVINCE : kind === 'nation' ? UnitLevel.NATION : UnitLevel.DISTRICT;
}

@ObjectType({
  description:
    "A situation report (báo cáo nhanh) to the steering committee: one unit's figures (a ward's, a district's, a province's or the nation's) as of a checkpoint, compiled once.",
})
@Entity('situation_reports')
@Index(['checkpoint', 'scopeKey'], { unique: true })
export class SituationReport {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'The checkpoint it reports (`10:00`, `12:30`, `16:30`, `18:30`, `final`).' })
  @Column('text')
  checkpoint: string;

  @Field(() => Date, { description: 'The instant of the checkpoint: every figure is as of it.' })
  @Column('timestamptz')
  checkpointAt: Date;

  /** The ward it covers; null for the district. */
  @Index()
  @Column('int', { nullable: true })
  wardId: number | null;

  @ManyToOne(() => Ward, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'wardId' })
  wardRef?: Relation<Ward>;

  /** The district it covers (its ward's, or itself when `wardId` is null); null for a province's and the nation's. */
  @Column('int', { nullable: true })
  districtId: number | null;

  /** The province it lies in (or covers, when both `wardId` and `districtId` are null); null for the nation's. */
  @Column('int', { nullable: true })
  provinceId: number | null;

  /** `ward:<id>`, `district:<id>`, `province:<id>` or `nation`: with the checkpoint, what makes a second compile impossible (UNIQUE). */
  @Column('text')
  scopeKey: string;

  @Field(() => Date, { description: 'When the server compiled it (election clock).' })
  @Column('timestamptz')
  compiledAt: Date;

  @Field(() => Int, { description: "The log's last seq when it was compiled." })
  @Column('int')
  seq: number;

  @Field(() => SituationReportStatus, { description: 'DRAFT → SENT.' })
  @Column('text', { default: SituationReportStatus.DRAFT })
  status: SituationReportStatus;

  @Field(() => String, { nullable: true, description: "The sender's note, given when sending." })
  @Column('text', { nullable: true })
  note: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was sent.' })
  @Column('timestamptz', { nullable: true })
  sentAt: Date | null;

  @Column('int', { nullable: true })
  sentById: number | null;

  @Field(() => String, { nullable: true, description: "The sender's display name." })
  @Column('text', { nullable: true })
  sentBy: string | null;

  // A GraphQL field through SituationReportResolver.figures: an event carries the report without them.
  @Column('jsonb')
  figures: SituationFigures;
}

/** A report as its events carry it: everything but its figures (those of older events still carry them). */
export type ReportHeading = Omit<SituationReport, 'figures'> & Partial<Pick<SituationReport, 'figures'>>;
