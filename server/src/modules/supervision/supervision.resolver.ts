import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../../auth/viewer.js';
import { batchLoad } from '../../batch.js';
import type { Context } from '../../context.js';
import { Incident, IncidentCategory, Severity } from '../incidents/incident.entity.js';
import { PollingArea } from '../polling-areas/polling-area.entity.js';
import { Ward } from '../units/units.entity.js';
import { Finding } from './finding.entity.js';
import { FindingFilter, ReportFindingInput } from './finding.inputs.js';
import { SupervisionTeam } from './team.entity.js';

@Resolver(() => SupervisionTeam)
export class SupervisionTeamResolver {
  @Query(() => [SupervisionTeam], { description: "The standing committee's supervision teams and the wards each follows." })
  supervisionTeams(@Ctx() ctx: Context) {
    return ctx.services.supervision.teams(requireViewer(ctx.viewer));
  }

  @FieldResolver(() => [Ward], { description: 'The wards it follows.' })
  wards(@Root() team: SupervisionTeam, @Ctx() ctx: Context) {
    return batchLoad(
      ctx,
      'teamWards',
      async (ids) => {
        const teams = await ctx.services.supervision.teamsByIds(ids);
        const wards = await ctx.services.supervision.wardsOfTeams(teams.filter((t): t is SupervisionTeam => t !== null));
        const byTeam = new Map(teams.filter((t): t is SupervisionTeam => t !== null).map((t, i) => [t.id, wards[i]]));
        return ids.map((id) => byTeam.get(id) ?? []);
      },
      team.id,
    );
  }

  @FieldResolver(() => [String], { description: "Its members' display names." })
  members(@Root() team: SupervisionTeam, @Ctx() ctx: Context) {
    return batchLoad(ctx, 'teamMembers', (ids) => ctx.services.supervision.membersOf(ids), team.id);
  }
}

@Resolver(() => Finding)
export class FindingResolver {
  @Query(() => [Finding], { description: 'Findings the caller may read, newest first.' })
  findings(@Arg('filter', () => FindingFilter, { nullable: true }) filter: FindingFilter | null, @Ctx() ctx: Context) {
    return ctx.services.supervision.findings(requireViewer(ctx.viewer), filter ?? {});
  }

  @Mutation(() => Finding, { description: "File a finding: a supervisor in its team's wards, or the operator." })
  reportFinding(@Arg('input', () => ReportFindingInput) input: ReportFindingInput, @Ctx() ctx: Context) {
    return ctx.services.supervision.report(requireViewer(ctx.viewer), input);
  }

  @Mutation(() => Finding, { description: 'Act on a finding, with a note saying how (operator).' })
  addressFinding(@Arg('id', () => ID) id: string, @Arg('note', () => String) note: string, @Ctx() ctx: Context) {
    return ctx.services.supervision.address(requireViewer(ctx.viewer), id, note);
  }

  @Mutation(() => Incident, { description: 'Turn a finding into an incident, dispatched like any other; the finding is addressed by it (operator).' })
  escalateFinding(
    @Arg('id', () => ID) id: string,
    @Arg('category', () => IncidentCategory) category: IncidentCategory,
    @Arg('severity', () => Severity) severity: Severity,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.supervision.escalate(requireViewer(ctx.viewer), id, category, severity);
  }

  @FieldResolver(() => SupervisionTeam, { description: 'The team that filed it.' })
  async team(@Root() f: Finding, @Ctx() ctx: Context) {
    return batchLoad(ctx, 'team', (ids) => ctx.services.supervision.teamsByIds(ids), f.teamId);
  }

  @FieldResolver(() => Ward, { description: 'Its ward.' })
  ward(@Root() f: Finding, @Ctx() ctx: Context) {
    return batchLoad(ctx, 'ward', (ids) => ctx.services.units.wardsByIds(ids), f.wardId);
  }

  @FieldResolver(() => PollingArea, { nullable: true, description: 'Its polling area, if any.' })
  pollingArea(@Root() f: Finding, @Ctx() ctx: Context) {
    return f.pollingAreaId == null ? null : batchLoad(ctx, 'pollingArea', (ids) => ctx.services.areas.byIds(ids), f.pollingAreaId);
  }

  @FieldResolver(() => Incident, { nullable: true, description: 'The incident it was escalated into, if any.' })
  incident(@Root() f: Finding, @Ctx() ctx: Context) {
    return f.incidentId == null
      ? null
      : batchLoad(
          ctx,
          'incident',
          async (ids) => {
            const rows = await ctx.services.incidents.byIds(ids);
            return ids.map((id) => rows.find((r) => r.id === id) ?? null);
          },
          f.incidentId,
        );
  }
}
