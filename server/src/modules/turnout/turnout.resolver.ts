import { areaScopeOfUnit } from '../units/area-scope.js';
import { Arg, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../auth/viewer.js';
import { mayRead, mayReadField } from '../../scope/scope.js';
import { batchLoad } from '../../batch.js';
import type { Context } from '../../context.js';
import { PollingArea } from '../polling-areas/polling-area.entity.js';
import { District, Province, Ward } from '../units/units.entity.js';
import { LateMark } from './late-mark.entity.js';
import { TurnoutReport } from './turnout-report.entity.js';
import { ReportTurnoutInput, Turnout, TurnoutPoint, TurnoutSummary, WardTurnout } from './turnout.types.js';

@Resolver(() => TurnoutReport)
export class TurnoutResolver {
  @Mutation(() => TurnoutReport, { description: "Report a polling area's cumulative turnout." })
  reportTurnout(@Arg('input', () => ReportTurnoutInput) input: ReportTurnoutInput, @Ctx() ctx: Context) {
    return ctx.services.turnout.report(requireViewer(ctx.viewer), input);
  }

  @Query(() => TurnoutSummary, {
    description: "Turnout of the caller's unit (a ward officer's: its district; every role reads the totals), per ward, and its curve over the day.",
  })
  turnout(@Ctx() ctx: Context): Promise<TurnoutSummary> {
    return ctx.services.turnout.summary(areaScopeOfUnit(requireViewer(ctx.viewer).home));
  }

  @Mutation(() => TurnoutReport, { description: 'Confirm a flagged figure after checking it (operator).' })
  verifyTurnout(@Arg('id', () => ID) id: string, @Arg('note', () => String, { nullable: true }) note: string | null, @Ctx() ctx: Context) {
    return ctx.services.turnout.verify(requireViewer(ctx.viewer), id, note);
  }

  @Query(() => [TurnoutReport], { description: 'Flagged figures not yet verified that the caller may read, newest first (at most 500).' })
  flaggedTurnoutReports(@Ctx() ctx: Context) {
    return ctx.services.turnout.flagged(requireViewer(ctx.viewer));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Display name of who reported it.' })
  reportedBy(@Root() report: TurnoutReport, @Ctx() ctx: Context) {
    return report.reportedById == null ? null : batchLoad(ctx, 'displayName', (ids) => ctx.services.users.displayNamesOf(ids), report.reportedById);
  }

  @FieldResolver(() => PollingArea, { description: 'The polling area it was reported for.' })
  pollingArea(@Root() report: TurnoutReport, @Ctx() ctx: Context) {
    return ctx.services.db.read((m) => m.findOneBy(PollingArea, { id: report.pollingAreaId }));
  }
}

@Resolver(() => TurnoutSummary)
export class TurnoutSummaryResolver {
  @FieldResolver(() => [WardTurnout], { description: 'Each ward the caller may see the totals of.' })
  async byWard(@Root() summary: TurnoutSummary, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx.viewer);
    return (await ctx.services.turnout.byWard(summary.scope)).filter((w) => mayRead(viewer, 'ward', { id: w.wardId }));
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "Projected final turnout (percent) from the day's reports so far, on 23 May 2021's curve (README: the projection model); null until enough is reported.",
  })
  projectedFinal(@Root() summary: TurnoutSummary, @Ctx() ctx: Context) {
    return ctx.services.turnout.projectedFinal(summary.scope);
  }

  @FieldResolver(() => [TurnoutPoint], { description: 'Every half hour from opening and every checkpoint, up to now.' })
  series(@Root() summary: TurnoutSummary, @Ctx() ctx: Context) {
    return ctx.services.turnout.series(summary.scope, summary.registered);
  }
}

@Resolver(() => WardTurnout)
export class WardTurnoutResolver {
  @FieldResolver(() => Ward, { description: 'The ward.' })
  ward(@Root() row: WardTurnout, @Ctx() ctx: Context) {
    return ctx.services.units.wardById(row.wardId);
  }
}

@Resolver(() => Ward)
export class WardTurnoutFieldResolver {
  @FieldResolver(() => Turnout, { description: 'Turnout summed over its polling areas.' })
  turnout(@Root() ward: Ward, @Ctx() ctx: Context) {
    return ctx.services.turnout.total({ wardId: ward.id });
  }
}

@Resolver(() => PollingArea)
export class PollingAreaTurnoutResolver {
  @FieldResolver(() => TurnoutReport, { nullable: true, description: 'Its latest turnout report.' })
  latestTurnout(@Root() area: PollingArea, @Ctx() ctx: Context) {
    return batchLoad(ctx, 'latestTurnout', (ids) => ctx.services.turnout.latestOf(ids), area.id);
  }

  @FieldResolver(() => [TurnoutReport], { description: 'Every turnout report of the area, newest first, corrections included.' })
  turnoutReports(@Root() area: PollingArea, @Ctx() ctx: Context) {
    if (!mayReadField(requireViewer(ctx.viewer), 'PollingArea.turnoutReports', area)) return [];
    return ctx.services.turnout.reportsOf(area.id);
  }
}

@Resolver(() => District)
export class DistrictTurnoutResolver {
  @FieldResolver(() => Turnout, { description: 'Turnout summed over its wards.' })
  turnout(@Root() district: District, @Ctx() ctx: Context) {
    return ctx.services.turnout.total({ districtId: district.id });
  }
}

@Resolver(() => Province)
export class ProvinceTurnoutResolver {
  @FieldResolver(() => Turnout, { description: 'Turnout summed over its districts.' })
  turnout(@Root() province: Province, @Ctx() ctx: Context) {
    return ctx.services.turnout.total({ provinceId: province.id });
  }
}

@Resolver(() => LateMark)
export class LateAreaResolver {
  @Query(() => [LateMark], { description: 'Polling areas late for the latest checkpoint that has passed, still without a report for it.' })
  lateAreas(@Ctx() ctx: Context) {
    return ctx.services.lateness.current(requireViewer(ctx.viewer));
  }

  @FieldResolver(() => PollingArea, { description: 'The late polling area.' })
  pollingArea(@Root() mark: LateMark, @Ctx() ctx: Context) {
    return ctx.services.db.read((m) => m.findOneByOrFail(PollingArea, { id: mark.pollingAreaId }));
  }
}
