import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../auth/viewer.js';
import { batchLoad } from '../../batch.js';
import type { Context } from '../../context.js';
import { DomainError } from '../../errors.js';
import { Ward } from '../units/units.entity.js';
import { UnitLevel } from '../units/enums.js';
import type { SituationFigures } from './report-figures.types.js';
import { levelOfReport, SituationReport, type ReportHeading } from './situation-report.entity.js';

@Resolver(() => SituationReport)
export class SituationReportResolver {
  @Query(() => [SituationReport], {
    description:
      "Situation reports the caller may read, by checkpoint, the widest unit's first: the nation's and a province's to the operators and observers of that unit or above, a district's to those who read all of it, a ward's to those who read the ward.",
  })
  situationReports(
    @Arg('checkpoint', () => String, { nullable: true, description: 'Only this checkpoint (`10:00`, ..., `final`).' }) checkpoint: string | null,
    @Arg('wardId', () => ID, { nullable: true, description: "Only this ward's reports." }) wardId: string | null,
    @Arg('levels', () => [UnitLevel], {
      nullable: true,
      description: 'Only reports of units of these levels (a national screen: the nation, provinces and districts, not 10,000 wards).',
    })
    levels: UnitLevel[] | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.reports.list(requireViewer(ctx.viewer), checkpoint, wardId, levels);
  }

  @Mutation(() => SituationReport, {
    description: "Send a draft report to the steering committee, once, with a note: the operator; a ward officer its ward's.",
  })
  sendSituationReport(@Arg('id', () => ID) id: string, @Arg('note', () => String, { nullable: true }) note: string | null, @Ctx() ctx: Context) {
    return ctx.services.reports.send(requireViewer(ctx.viewer), id, note);
  }

  @FieldResolver(() => GraphQLJSONObject, { description: 'The figures as of the checkpoint (shape: server/src/modules/reports/report-figures.types.ts).' })
  async figures(@Root() r: SituationReport | ReportHeading, @Ctx() ctx: Context): Promise<SituationFigures> {
    if (r.figures) return r.figures;
    // An event's report: its figures are read when asked for, not carried to every screen.
    const figures = await batchLoad(ctx, 'reportFigures', (ids) => ctx.services.reports.figuresByIds(ids), r.id);
    if (!figures) throw new DomainError('notFound', `situation report ${r.id}`);
    return figures;
  }

  @FieldResolver(() => UnitLevel, { description: 'The level of the unit it covers: WARD, DISTRICT, PROVINCE or NATION.' })
  level(@Root() r: SituationReport): UnitLevel {
    return levelOfReport(r);
  }

  @FieldResolver(() => Ward, { nullable: true, description: "The ward it covers; null for a district's, a province's and the nation's report." })
  ward(@Root() r: SituationReport, @Ctx() ctx: Context) {
    return r.wardId == null ? null : batchLoad(ctx, 'ward', (ids) => ctx.services.units.wardsByIds(ids), r.wardId);
  }
}
