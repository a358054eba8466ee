import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Readiness before opening: checklist items done out of required, summed over areas.' })
export class Readiness {
  @Field(() => Int, { description: 'Checklist items done.' })
  done: number;

  @Field(() => Int, { description: 'Checklist items required.' })
  required: number;

  @Field(() => Float, { description: 'done / required × 100, one decimal.' })
  percent: number;

  @Field(() => Int, { description: 'Polling areas with every item done.' })
  areasComplete: number;

  @Field(() => Int, { description: 'Polling areas counted.' })
  areasTotal: number;

  @Field(() => Date, { description: 'Regular opening time (07:00).' })
  opensAt: Date;

  @Field(() => Int, { description: 'Seconds until opening by the election clock; 0 once open.' })
  secondsToOpening: number;
}
