import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AgencyResolver } from './modules/agencies/agency.resolver.js';
import { DrillResolver, ElectionDrillResolver } from './modules/drill/drill.resolver.js';
import { ElectionResolver } from './modules/election/election.resolver.js';
import { EventResolver } from './modules/events/event.resolver.js';
import { EventSubscriptionResolver } from './modules/events/event.subscription.js';
import { SnapshotResolver } from './modules/events/snapshot.resolver.js';
import { IncidentResolver } from './modules/incidents/incident.resolver.js';
import { PollingAreaResolver } from './modules/polling-areas/polling-area.resolver.js';
import {
  DistrictReadinessResolver,
  PollingAreaReadinessResolver,
  ProvinceReadinessResolver,
  ReadinessQueryResolver,
  WardReadinessResolver,
} from './modules/readiness/readiness.resolver.js';
import { SituationReportResolver } from './modules/reports/situation-report.resolver.js';
import { BallotBoxVisitResolver } from './modules/visits/visits.resolver.js';
import { ComplaintResolver } from './modules/complaints/complaints.resolver.js';
import { FindingResolver, SupervisionTeamResolver } from './modules/supervision/supervision.resolver.js';
import { TaskResolver } from './modules/tasks/task.resolver.js';
import {
  DistrictTurnoutResolver,
  LateAreaResolver,
  PollingAreaTurnoutResolver,
  ProvinceTurnoutResolver,
  TurnoutResolver,
  TurnoutSummaryResolver,
  WardTurnoutFieldResolver,
  WardTurnoutResolver,
} from './modules/turnout/turnout.resolver.js';
import { DistrictResolver, ProvinceResolver, WardResolver } from './modules/units/units.resolver.js';
import { AuthResolver, UserUnitResolver } from './modules/users/auth.resolver.js';
import { VoterListResolver } from './modules/voter-list/voter-list.resolver.js';

export const resolvers = [
  AuthResolver,
  UserUnitResolver,
  ProvinceResolver,
  WardResolver,
  DistrictResolver,
  DistrictTurnoutResolver,
  ProvinceTurnoutResolver,
  DistrictReadinessResolver,
  ProvinceReadinessResolver,
  PollingAreaResolver,
  PollingAreaReadinessResolver,
  WardReadinessResolver,
  ReadinessQueryResolver,
  TurnoutResolver,
  TurnoutSummaryResolver,
  WardTurnoutResolver,
  WardTurnoutFieldResolver,
  PollingAreaTurnoutResolver,
  IncidentResolver,
  TaskResolver,
  AgencyResolver,
  ElectionResolver,
  EventResolver,
  EventSubscriptionResolver,
  LateAreaResolver,
  SnapshotResolver,
  DrillResolver,
  ElectionDrillResolver,
  SupervisionTeamResolver,
  FindingResolver,
  ComplaintResolver,
  BallotBoxVisitResolver,
  SituationReportResolver,
  VoterListResolver,
] as const;

/** type-graphql insists on a pub/sub; ours is the event log and the live hub (src/realtime), so this one refuses. */
const hubOnly = {
  publish(): void {
    throw new Error('Nothing publishes through type-graphql: write events through the event log');
  },
  subscribe(): AsyncIterable<never> {
    throw new Error('Subscriptions are served by the live hub over graphql-ws');
  },
};

/** The executable schema; the SDL in schema/schema.graphql is printed from it. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false, pubSub: hubOnly });
}
