import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The one row every replica's clock follows while a drill runs (id is always 1). */
@ObjectType('DrillInfo', {
  description: 'The drill (diễn tập) running on this deployment, if any: screens show a banner and the drill time while it is active.',
})
@Entity('drill_clock')
export class DrillClock {
  @PrimaryColumn('int')
  id: number;

  @Field(() => Boolean, { description: 'Whether a drill is running: every screen shows "DIỄN TẬP / DRILL".' })
  @Column('boolean')
  active: boolean;

  @Field(() => Float, { description: 'Election minutes per real minute (1 when no drill runs).' })
  @Column('double precision')
  speed: number;

  @Field(() => Date, { nullable: true, description: 'The real instant the drill started; the election clock read `clockStartsAt` then.' })
  @Column('timestamptz', { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Election time at `startedAt`: 05:00 of the election day.' })
  @Column('timestamptz', { nullable: true })
  clockStartsAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Seed of the drill plan, so a run can be replayed.' })
  @Column('int', { nullable: true })
  seed: number | null;

  @Column('int', { nullable: true })
  startedById: number | null;

  @Field(() => Date, { nullable: true, description: 'The real instant the last drill stopped.' })
  @Column('timestamptz', { nullable: true })
  stoppedAt: Date | null;
}

/** What the API answers when no drill has ever run. */
export function noDrill(): DrillClock {
  return Object.assign(new DrillClock(), {
    id: 1,
    active: false,
    speed: 1,
    startedAt: null,
    clockStartsAt: null,
    seed: null,
    startedById: null,
    stoppedAt: null,
  });
}
