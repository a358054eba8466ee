import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../auth/viewer.js';
import { mayReadField } from '../../scope/scope.js';
import { batchLoad } from '../../batch.js';
import type { Context } from '../../context.js';
import { PollingAreaStatus } from '../units/enums.js';
import { Ward } from '../units/units.entity.js';
import { PollingArea, PollingAreaRelocation, PollingAreaStatusChange } from './polling-area.entity.js';

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

  @Mutation(() => PollingArea, {
    description:
      "Move a polling area through its day; SUSPENDED needs a reason; CLOSED → VOTING (closed by mistake) is the operator's, with a reason, before 21:00.",
  })
  setPollingAreaStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => PollingAreaStatus) status: PollingAreaStatus,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Arg('clientRequestId', () => String, { nullable: true, description: 'Makes the write idempotent: a resend returns the first result.' })
    clientRequestId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.areas.setStatus(requireViewer(ctx.viewer), id, status, reason, clientRequestId);
  }

  @Mutation(() => PollingArea, {
    description: 'Move a polling area to a new site (operator), with the reason: it keeps its number, code and voters; every screen shows the new site.',
  })
  relocatePollingArea(
    @Arg('id', () => ID) id: string,
    @Arg('name', () => String, { description: 'The new site’s name.' }) name: string,
    @Arg('address', () => String, { description: 'The new site’s street address.' }) address: string,
    @Arg('reason', () => String, { description: 'Why it moved.' }) reason: string,
    @Arg('clientRequestId', () => String, { nullable: true, description: 'Makes the write idempotent: a resend returns the first result.' })
    clientRequestId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.areas.relocate(requireViewer(ctx.viewer), id, name, address, reason, clientRequestId);
  }

  @FieldResolver(() => [PollingAreaRelocation], { description: 'Its moves to new sites, oldest first, with reasons and who made them.' })
  async relocations(@Root() area: PollingArea, @Ctx() ctx: Context) {
    if (!mayReadField(requireViewer(ctx.viewer), 'PollingArea.relocations', area)) return [];
    const rows = await ctx.services.areas.relocations(area.id);
    const names = await ctx.services.users.displayNamesOf(rows.map((r) => r.actorId ?? 0));
    return rows.map(({ actorId, ...r }, i) => Object.assign(new PollingAreaRelocation(), { ...r, actorName: actorId == null ? null : names[i] }));
  }

  @FieldResolver(() => [PollingAreaStatusChange], { description: 'Its moves through the day, oldest first, with reasons and who made them.' })
  async statusHistory(@Root() area: PollingArea, @Ctx() ctx: Context) {
    if (!mayReadField(requireViewer(ctx.viewer), 'PollingArea.statusHistory', area)) return [];
    const rows = await ctx.services.areas.statusHistory(area.id);
    const names = await ctx.services.users.displayNamesOf(rows.map((r) => r.actorId ?? 0));
    return rows.map((r, i) => Object.assign(new PollingAreaStatusChange(), { ...r, actorName: r.actorId == null ? null : names[i] }));
  }

  @FieldResolver(() => Ward, { description: 'Its ward.' })
  async ward(@Root() area: PollingArea, @Ctx() ctx: Context) {
    return batchLoad(ctx, 'ward', (ids) => ctx.services.units.wardsByIds(ids), area.wardId);
  }
}
