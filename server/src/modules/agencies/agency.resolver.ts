import { Ctx, Query, Resolver } from 'type-graphql';
import { requireViewer } from '../../auth/viewer.js';
import type { Context } from '../../context.js';
import { Agency } from './agency.entity.js';

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => [Agency], { description: 'The agencies tasks can be dispatched to.' })
  agencies(@Ctx() ctx: Context) {
    requireViewer(ctx.viewer);
    return ctx.services.agencies.list();
  }
}
