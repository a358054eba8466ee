import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum ChecklistItem {
  BALLOT_BOX = 'BALLOT_BOX',
  AUX_BALLOT_BOX = 'AUX_BALLOT_BOX',
  NATIONAL_EMBLEM = 'NATIONAL_EMBLEM',
  SEAL_STAMP = 'SEAL_STAMP',
  BALLOTS = 'BALLOTS',
  VOTER_CARDS = 'VOTER_CARDS',
  TEAM_BADGES = 'TEAM_BADGES',
  SEAL_TAPE = 'SEAL_TAPE',
  RULES_POSTED = 'RULES_POSTED',
  INSTRUCTIONS_POSTED = 'INSTRUCTIONS_POSTED',
  VOTER_LIST_POSTED = 'VOTER_LIST_POSTED',
  CANDIDATE_BIOS_POSTED = 'CANDIDATE_BIOS_POSTED',
  FLAGS_DECORATION = 'FLAGS_DECORATION',
  BACKUP_POWER = 'BACKUP_POWER',
  FIRE_EXTINGUISHER = 'FIRE_EXTINGUISHER',
  EPIDEMIC_KIT = 'EPIDEMIC_KIT',
}
export const CHECKLIST_ITEMS = Object.values(ChecklistItem);

registerEnumType(ChecklistItem, {
  name: 'ChecklistItem',
  description: 'What a polling area must have in place before opening.',
  valuesConfig: {
    BALLOT_BOX: { description: 'Hòm phiếu.' },
    AUX_BALLOT_BOX: { description: 'Hòm phiếu phụ.' },
    NATIONAL_EMBLEM: { description: 'Quốc huy.' },
    SEAL_STAMP: { description: 'Con dấu của tổ bầu cử.' },
    BALLOTS: { description: 'Phiếu bầu.' },
    VOTER_CARDS: { description: 'Thẻ cử tri.' },
    TEAM_BADGES: { description: 'Phù hiệu tổ bầu cử.' },
    SEAL_TAPE: { description: 'Băng niêm phong.' },
    RULES_POSTED: { description: 'Nội quy phòng bỏ phiếu được niêm yết.' },
    INSTRUCTIONS_POSTED: { description: 'Hướng dẫn bỏ phiếu được niêm yết.' },
    VOTER_LIST_POSTED: { description: 'Danh sách cử tri được niêm yết.' },
    CANDIDATE_BIOS_POSTED: { description: 'Tiểu sử tóm tắt người ứng cử được niêm yết.' },
    FLAGS_DECORATION: { description: 'Cờ, khẩu hiệu, trang trí.' },
    BACKUP_POWER: { description: 'Nguồn điện dự phòng.' },
    FIRE_EXTINGUISHER: { description: 'Bình chữa cháy.' },
    EPIDEMIC_KIT: { description: 'Vật tư phòng dịch (khẩu trang, sát khuẩn, đo thân nhiệt).' },
  },
});

@ObjectType({ description: 'One checklist item of one polling area.' })
@Entity('checklist_entries')
export class ChecklistEntry {
  @PrimaryColumn('int')
  pollingAreaId: number;

  @Field(() => ChecklistItem, { description: 'The item.' })
  @PrimaryColumn('text')
  item: ChecklistItem;

  @Field(() => Boolean, { description: 'Whether it is in place.' })
  @Column('boolean', { default: false })
  done: boolean;

  @Field(() => String, { nullable: true, description: 'Note from the ward officer.' })
  @Column('text', { nullable: true })
  note: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was last changed.' })
  @Column('timestamptz', { nullable: true })
  updatedAt: Date | null;

  @Column('int', { nullable: true })
  updatedById: number | null;
}
