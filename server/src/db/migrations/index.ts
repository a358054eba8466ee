import type { MigrationInterface } from 'typeorm';
import { Initial1795641083452 } from './1795641083452-Initial.js';
import { LateMarks1795641514205 } from './1795641514205-LateMarks.js';
import { DrillClock1795642265553 } from './1795642265553-DrillClock.js';
import { ChecklistDone1795650258280 } from './1795650258280-ChecklistDone.js';
import { DayLoops1796154308645 } from './1796154308645-DayLoops.js';
import { SupervisionTeams1796165347238 } from './1796165347238-SupervisionTeams.js';
import { TurnoutQuality1796165936330 } from './1796165936330-TurnoutQuality.js';
import { SituationReports1796167038302 } from './1796167038302-SituationReports.js';
import { VoterList1796189341343 } from './1796189341343-VoterList.js';
import { Complaints1796189455921 } from './1796189455921-Complaints.js';
import { BallotBoxVisits1796190190543 } from './1796190190543-BallotBoxVisits.js';
import { MultiWardIncidents1796190975615 } from './1796190975615-MultiWardIncidents.js';
import { UnitScope1796222089325 } from './1796222089325-UnitScope.js';
import { UnverifiedFlags1796236626291 } from './1796236626291-UnverifiedFlags.js';
import { ReportsAboveDistrict1796236863675 } from './1796236863675-ReportsAboveDistrict.js';

/** Every committed migration, in order (ESM: listed, not globbed). */
export const migrations: (new () => MigrationInterface)[] = [
  Initial1795641083452,
  LateMarks1795641514205,
  DrillClock1795642265553,
  ChecklistDone1795650258280,
  DayLoops1796154308645,
  SupervisionTeams1796165347238,
  TurnoutQuality1796165936330,
  SituationReports1796167038302,
  VoterList1796189341343,
  Complaints1796189455921,
  BallotBoxVisits1796190190543,
  MultiWardIncidents1796190975615,
  UnitScope1796222089325,
  UnverifiedFlags1796236626291,
  ReportsAboveDistrict1796236863675,
];
