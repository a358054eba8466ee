import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../auth/viewer.js';
import { batchLoad } from '../../batch.js';
import type { Context } from '../../context.js';
import { PollingArea } from '../polling-areas/polling-area.entity.js';
import { VoterListChange } from './voter-list-change.entity.js';
import { VoterListChangeFilter, VoterListChangeInput } from './voter-list.inputs.js';

@Resolver(() => VoterListChange)
export class VoterListResolver {
  @Mutation(() => VoterListChange, {
    description:
      "Add voters to an area's list or strike them off (its ward officer, the operator); its registered voters move at once. A removal below the latest reported turnout is CONFLICT.",
  })
  recordVoterListChange(@Arg('input', () => VoterListChangeInput) input: VoterListChangeInput, @Ctx() ctx: Context) {
    return ctx.services.voterList.record(requireViewer(ctx.viewer), input);
  }

  @Query(() => [VoterListChange], { description: 'Changes to the voter lists the caller may read (an area’s details), newest first (at most 1,000).' })
  voterListChanges(@Arg('filter', () => VoterListChangeFilter, { nullable: true }) filter: VoterListChangeFilter | null, @Ctx() ctx: Context) {
    return ctx.services.voterList.list(requireViewer(ctx.viewer), filter ?? {});
  }

  @FieldResolver(() => PollingArea, { description: 'The polling area whose list changed.' })
  pollingArea(@Root() change: VoterListChange, @Ctx() ctx: Context) {
    return batchLoad(ctx, 'pollingArea', (ids) => ctx.services.areas.byIds(ids), change.pollingAreaId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Display name of who recorded it.' })
  recordedBy(@Root() change: VoterListChange, @Ctx() ctx: Context) {
    return change.recordedById == null ? null : batchLoad(ctx, 'displayName', (ids) => ctx.services.users.displayNamesOf(ids), change.recordedById);
  }
}
