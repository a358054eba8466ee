import { Agency } from '../modules/agencies/agency.entity.js';
import { DrillClock } from '../modules/drill/drill-clock.entity.js';
import { Election } from '../modules/election/election.entity.js';
import { Event } from '../log/event.entity.js';
import { IncidentNote } from '../modules/incidents/incident-note.entity.js';
import { Incident } from '../modules/incidents/incident.entity.js';
import { PollingArea } from '../modules/polling-areas/polling-area.entity.js';
import { ChecklistEntry } from '../modules/readiness/checklist.entity.js';
import { ClientRequest } from '../modules/requests/client-request.entity.js';
import { Task } from '../modules/tasks/task.entity.js';
import { LateMark } from '../modules/turnout/late-mark.entity.js';
import { TurnoutReport } from '../modules/turnout/turnout-report.entity.js';
import { District, Province, Ward } from '../modules/units/units.entity.js';
import { SituationReport } from '../modules/reports/situation-report.entity.js';
import { BallotBoxVisit } from '../modules/visits/visit.entity.js';
import { Complainant, Complaint } from '../modules/complaints/complaint.entity.js';
import { Finding } from '../modules/supervision/finding.entity.js';
import { SupervisionTeam } from '../modules/supervision/team.entity.js';
import { User } from '../modules/users/user.entity.js';
import { VoterListChange } from '../modules/voter-list/voter-list-change.entity.js';

/** Every table, for both databases. */
export const entities = [
  Province,
  District,
  Ward,
  PollingArea,
  ChecklistEntry,
  TurnoutReport,
  Election,
  Agency,
  User,
  Incident,
  IncidentNote,
  Task,
  Event,
  ClientRequest,
  LateMark,
  DrillClock,
  SupervisionTeam,
  Finding,
  Complaint,
  Complainant,
  BallotBoxVisit,
  SituationReport,
  VoterListChange,
];
