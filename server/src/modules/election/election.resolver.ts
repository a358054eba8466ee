import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../auth/viewer.js';
import type { Context } from '../../context.js';
import { Checkpoint, Election } from './election.entity.js';
import { checkpointsOf } from './election-time.js';

@Resolver(() => Election)
export class ElectionResolver {
  @Query(() => Election, { description: 'The election being run.' })
  election(@Ctx() ctx: Context) {
    requireViewer(ctx.viewer);
    return ctx.services.elections.current();
  }

  @FieldResolver(() => [Checkpoint], { description: 'Turnout checkpoints of the day, the last being the final count.' })
  checkpoints(@Root() election: Election) {
    return checkpointsOf(election);
  }

  @FieldResolver(() => Date, { description: 'Now, by the election clock (a drill runs its own).' })
  now(@Ctx() ctx: Context) {
    return ctx.services.clock.now();
  }
}
