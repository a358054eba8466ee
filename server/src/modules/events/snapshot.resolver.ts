import { areaScopeOfUnit } from '../units/area-scope.js';
import { Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../auth/viewer.js';
import { readsNone } from '../../scope/scope.js';
import type { Context } from '../../context.js';
import { Election } from '../election/election.entity.js';
import { Incident } from '../incidents/incident.entity.js';
import { PollingArea } from '../polling-areas/polling-area.entity.js';
import { Task } from '../tasks/task.entity.js';
import { LateMark } from '../turnout/late-mark.entity.js';
import { TurnoutSummary } from '../turnout/turnout.types.js';
import { Ward } from '../units/units.entity.js';

@ObjectType({
  description:
    'What a screen loads first. `seq` is read before everything else in it, so the data reflects at least that seq: subscribe with `events(after: seq)` and apply events by id, and nothing is missed.',
})
export class Snapshot {
  @Field(() => Int, { description: 'The last event seq committed when the snapshot was taken.' })
  seq: number;
}

@Resolver(() => Snapshot)
export class SnapshotResolver {
  @Query(() => Snapshot, { description: 'Everything a screen starts from, with the seq to subscribe after.' })
  async snapshot(@Ctx() ctx: Context): Promise<Snapshot> {
    requireViewer(ctx.viewer);
    return Object.assign(new Snapshot(), { seq: await ctx.services.events.lastSeq() });
  }

  @FieldResolver(() => Election, { description: 'The election.' })
  election(@Ctx() ctx: Context) {
    return ctx.services.elections.current();
  }

  @FieldResolver(() => [Ward], { description: 'The wards the caller may see.' })
  wards(@Root() _s: Snapshot, @Ctx() ctx: Context) {
    return ctx.services.units.wards(requireViewer(ctx.viewer));
  }

  @FieldResolver(() => [PollingArea], { description: 'The polling areas the caller may read in full (empty for a liaison).' })
  async pollingAreas(@Ctx() ctx: Context) {
    const viewer = requireViewer(ctx.viewer);
    return readsNone(viewer, 'pollingArea') ? [] : ctx.services.areas.list(viewer);
  }

  @FieldResolver(() => [Incident], { description: 'The incidents the caller may read.' })
  incidents(@Ctx() ctx: Context) {
    return ctx.services.incidents.list(requireViewer(ctx.viewer));
  }

  @FieldResolver(() => [Task], { description: 'The tasks the caller may read.' })
  tasks(@Ctx() ctx: Context) {
    return ctx.services.tasks.list(requireViewer(ctx.viewer), {});
  }

  @FieldResolver(() => TurnoutSummary, { description: "Turnout of the caller's unit (a ward officer's: its district), per ward, and its curve." })
  turnout(@Ctx() ctx: Context) {
    return ctx.services.turnout.summary(areaScopeOfUnit(requireViewer(ctx.viewer).home));
  }

  @FieldResolver(() => [LateMark], { description: 'Areas late for the latest checkpoint passed.' })
  lateAreas(@Ctx() ctx: Context) {
    return ctx.services.lateness.current(requireViewer(ctx.viewer));
  }
}
