import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Unit } from './unit.types.js';

@ObjectType({ description: "One unit's figures on a wall: a tile of the province map, the nation's, a district's." })
export class UnitTile {
  @Field(() => Unit, { description: 'The unit.' })
  unit: Unit;

  @Field(() => Int, { description: 'Registered voters of its polling areas.' })
  registered: number;

  @Field(() => Int, { description: "Voted, by each area's latest report." })
  voted: number;

  @Field(() => Float, { description: 'voted / registered × 100, two decimals.' })
  percent: number;

  @Field(() => Int, { description: 'Polling areas that have reported turnout.' })
  areasReported: number;

  @Field(() => Int, { description: 'Its polling areas.' })
  areasTotal: number;

  @Field(() => Int, { description: 'Checklist items ticked over its areas.' })
  readinessDone: number;

  @Field(() => Int, { description: 'Checklist items required over its areas.' })
  readinessRequired: number;

  @Field(() => Int, { description: 'Incidents not resolved.' })
  openIncidents: number;
}

@ObjectType({ description: "A home unit's totals and its units' tiles, as of a position in the log." })
export class UnitTotals {
  @Field(() => Unit, { description: "The unit the screen follows: the caller's home unit." })
  unit: Unit;

  @Field(() => Int, { description: 'Every event up to this seq is in these figures.' })
  seq: number;

  @Field(() => Date, { description: 'When they were computed (election clock).' })
  at: Date;

  @Field(() => UnitTile, { description: 'The unit as a whole.' })
  total: UnitTile;

  @Field(() => [UnitTile], { description: 'Each unit in it that the caller may see: provinces, districts or wards.' })
  children: UnitTile[];
}
