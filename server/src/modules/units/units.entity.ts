import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';

@ObjectType({ description: 'A province or centrally-run city (tỉnh / thành phố), e.g. Hà Nội.' })
@Entity('provinces')
export class Province {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'ASCII slug of the name, unique (e.g. `ha-noi`).' })
  @Column('text', { unique: true })
  code: string;

  @Field(() => String, { description: 'Name in Vietnamese.' })
  @Column('text')
  name: string;
}

@ObjectType({ description: 'A district (quận / huyện) of a province, e.g. Hai Bà Trưng.' })
@Entity('districts')
export class District {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'ASCII slug of the name, unique within its province.' })
  @Column('text')
  code: string;

  @Field(() => String, { description: 'Name in Vietnamese.' })
  @Column('text')
  name: string;

  @Index()
  @Column('int')
  provinceId: number;

  @ManyToOne(() => Province, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provinceId' })
  province?: Relation<Province>;
}

@ObjectType({ description: 'A ward (phường / xã) of a district: the scope of a ward officer.' })
@Entity('wards')
export class Ward {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'ASCII slug of the name (e.g. `dong-tam`).' })
  @Column('text', { unique: true })
  code: string;

  @Field(() => String, { description: 'Name in Vietnamese (e.g. Đồng Tâm).' })
  @Column('text')
  name: string;

  @Index()
  @Column('int')
  districtId: number;

  @ManyToOne(() => District, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'districtId' })
  district?: Relation<District>;
}
