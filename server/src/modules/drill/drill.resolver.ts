import { Arg, Ctx, FieldResolver, Float, Int, Mutation, Resolver } from 'type-graphql';
import { requireViewer } from '../../auth/viewer.js';
import type { Context } from '../../context.js';
import { Election } from '../election/election.entity.js';
import { DrillClock } from './drill-clock.entity.js';

@Resolver(() => DrillClock)
export class DrillResolver {
  @Mutation(() => DrillClock, {
    description: "Start a drill (operator only): every replica's election clock restarts at 05:00 of the election day and runs at `speed`.",
  })
  startDrill(
    @Arg('speed', () => Float) speed: number,
    @Arg('seed', () => Int, { nullable: true }) seed: number | null,
    @Ctx() ctx: Context,
  ): Promise<DrillClock> {
    return ctx.services.drill.start(requireViewer(ctx.viewer), speed, seed ?? null);
  }

  @Mutation(() => DrillClock, { description: "Stop the drill (operator only): the clock returns to the deployment's own." })
  stopDrill(@Ctx() ctx: Context): Promise<DrillClock> {
    return ctx.services.drill.stop(requireViewer(ctx.viewer));
  }
}

@Resolver(() => Election)
export class ElectionDrillResolver {
  @FieldResolver(() => DrillClock, { description: 'The drill running now, if any: screens show its banner and `now` is its clock.' })
  drill(@Ctx() ctx: Context): DrillClock {
    requireViewer(ctx.viewer);
    return ctx.services.drill.info();
  }
}
