import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../auth/viewer.js';
import type { Context } from '../../context.js';
import { PollingAreaStatus } from '../units/enums.js';
import { Ward } from '../units/units.entity.js';
import { PollingArea } from './polling-area.entity.js';

@Resolver(() => PollingArea)
export class PollingAreaResolver {
  @Query(() => [PollingArea], { description: 'Polling areas the caller may read, optionally of one ward.' })
  pollingAreas(@Arg('wardId', () => ID, { nullable: true }) wardId: string | null, @Ctx() ctx: Context) {
    return ctx.services.areas.list(requireViewer(ctx.viewer), wardId);
  }

  @Query(() => PollingArea, { nullable: true, description: 'One polling area.' })
  pollingArea(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.areas.get(requireViewer(ctx.viewer), id);
  }

  @Mutation(() => PollingArea, { description: 'Move a polling area through its day; SUSPENDED needs a reason.' })
  setPollingAreaStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => PollingAreaStatus) status: PollingAreaStatus,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.areas.setStatus(requireViewer(ctx.viewer), id, status, reason);
  }

  @FieldResolver(() => Ward, { description: 'Its ward.' })
  async ward(@Root() area: PollingArea, @Ctx() ctx: Context) {
    return ctx.services.units.wardById(area.wardId);
  }
}
