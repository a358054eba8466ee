import type { Clock } from './clock/clock.js';
import type { Tokens } from './auth/tokens.js';
import type { Database } from './db/database.js';
import { AgencyService } from './modules/agencies/agency.service.js';
import { DrillService } from './modules/drill/drill.service.js';
import { ElectionService } from './modules/election/election.service.js';
import { LogReader } from './log/reader.js';
import { IncidentService } from './modules/incidents/incident.service.js';
import { PollingAreaService } from './modules/polling-areas/polling-area.service.js';
import { ReadinessService } from './modules/readiness/readiness.service.js';
import { SituationReportService } from './modules/reports/situation-report.service.js';
import { VisitService } from './modules/visits/visits.service.js';
import { ComplaintService } from './modules/complaints/complaints.service.js';
import { SupervisionService } from './modules/supervision/supervision.service.js';
import { TaskService } from './modules/tasks/task.service.js';
import { LatenessService } from './modules/turnout/lateness.service.js';
import type { ComplaintDeadlines } from './modules/complaints/complaint-rules.js';
import type { FlagThresholds } from './modules/turnout/turnout-flags.js';
import { TurnoutService } from './modules/turnout/turnout.service.js';
import { SummaryCache } from './modules/units/summary-cache.js';
import { UnitDirectory } from './modules/units/unit-directory.js';
import { UnitService } from './modules/units/unit.service.js';
import { UnitTotalsService } from './modules/units/unit-totals.js';
import { UserService } from './modules/users/user.service.js';
import { VoterListService } from './modules/voter-list/voter-list.service.js';

/** Every domain service, wired once per process (or per test database). */
export function createServices(
  db: Database,
  tokens: Tokens,
  options: { allowDemo: boolean; turnoutFlags?: FlagThresholds; complaintDeadlines?: ComplaintDeadlines },
) {
  const elections = new ElectionService(db);
  const agencies = new AgencyService(db);
  const areas = new PollingAreaService(db, elections);
  const tasks = new TaskService(db, agencies);
  const events = new LogReader(db);
  const incidents = new IncidentService(db, tasks);
  // National and provincial sums are reused while the log's final seq stands still.
  const summaries = new SummaryCache(() => events.lastSeq());
  const directory = new UnitDirectory(db);
  const units = new UnitService(db);
  return {
    db,
    clock: db.clock as Clock,
    elections,
    drill: new DrillService(db, elections, directory),
    agencies,
    units,
    unitTotals: new UnitTotalsService(db, units, elections),
    directory,
    areas,
    readiness: new ReadinessService(db, elections, areas, summaries),
    turnout: new TurnoutService(db, elections, summaries, options.turnoutFlags),
    lateness: new LatenessService(db, elections),
    tasks,
    incidents,
    supervision: new SupervisionService(db, incidents),
    complaints: new ComplaintService(db, options.complaintDeadlines),
    visits: new VisitService(db, elections),
    reports: new SituationReportService(db, elections),
    voterList: new VoterListService(db, areas),
    events,
    users: new UserService(db, agencies, tokens, options.allowDemo, directory),
  };
}
export type Services = ReturnType<typeof createServices>;
