import { Field, ID, InputType, Int } from 'type-graphql';
import { VoterListChangeKind } from './voter-list-change.entity.js';

@InputType({ description: "A change to one polling area's voter list." })
export class VoterListChangeInput {
  @Field(() => ID, { description: 'The polling area.' })
  pollingAreaId: string;

  @Field(() => VoterListChangeKind, { description: 'Added or struck off, and why.' })
  kind: VoterListChangeKind;

  @Field(() => Int, { description: 'How many voters (1-4,000; the kind says which way).' })
  count: number;

  @Field(() => String, { nullable: true, description: 'What to keep on record (certificates received, a name).' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Makes a retried change idempotent for this user.' })
  clientRequestId?: string | null;
}

@InputType({ description: 'Which voter list changes to list.' })
export class VoterListChangeFilter {
  @Field(() => ID, { nullable: true, description: 'Only this polling area.' })
  pollingAreaId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only this ward.' })
  wardId?: string | null;
}
