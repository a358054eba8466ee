import { Field, ID, ObjectType } from 'type-graphql';
import { UnitLevel } from './enums.js';

@ObjectType({ description: 'An administrative unit an account works in: the nation, a province, a district or a ward.' })
export class Unit {
  @Field(() => UnitLevel, { description: 'Its level.' })
  level: UnitLevel;

  @Field(() => ID, { nullable: true, description: "The province's, district's or ward's id; null for the nation." })
  id: number | null;

  @Field(() => String, { description: 'Its code as the users command takes it: `nation`, `ha-noi`, `ha-noi/hai-ba-trung`, `dong-tam`.' })
  code: string;

  @Field(() => String, { description: 'Its name in Vietnamese (Toàn quốc for the nation).' })
  name: string;
}
