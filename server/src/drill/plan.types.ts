import type { AgencyCode } from '../modules/agencies/agency.entity.js';
import type { VisitReason } from '../modules/visits/visit.entity.js';
import type { ComplaintChannel, ComplaintKind, ComplaintSubject } from '../modules/complaints/complaint.entity.js';
import type { IncidentCategory, Severity } from '../modules/incidents/incident.entity.js';
import type { FindingKind } from '../modules/supervision/finding.entity.js';
import type { ChecklistItem } from '../modules/readiness/checklist.entity.js';
import type { PollingAreaStatus } from '../modules/units/enums.js';
import type { VoterListChangeKind } from '../modules/voter-list/voter-list-change.entity.js';
import type { Minute } from './curve.js';

/** A polling area as the drill knows it: from the API, by code (ids differ between databases). */
export interface DrillArea {
  code: string;
  wardCode: string;
  registeredVoters: number;
}

/** Who acts: the account the action is sent with. */
export type Actor = { role: 'operator' } | { role: 'ward'; ward: string } | { role: 'liaison'; agency: AgencyCode } | { role: 'supervisor'; team: string };

/** What one actor does at one election-clock minute. */
export type Step =
  | { kind: 'checklist'; area: string; item: ChecklistItem }
  | { kind: 'status'; area: string; status: PollingAreaStatus; reason?: string }
  | { kind: 'turnout'; area: string; voted: number }
  | {
      kind: 'incident';
      ref: string;
      ward: string;
      area: string | null;
      /** Every area it reaches, across wards (the first is `area`); absent for one place. */
      areas?: string[];
      category: IncidentCategory;
      severity: Severity;
      title: string;
      description: string;
      affectsVoting: boolean;
    }
  | { kind: 'ackIncident'; ref: string }
  | { kind: 'dispatch'; ref: string; agency: AgencyCode; note: string }
  | { kind: 'task'; ref: string; agency: AgencyCode; move: 'acknowledge' | 'start' | 'complete' | 'decline'; note?: string }
  | { kind: 'resolve'; ref: string; note: string }
  | { kind: 'finding'; ward: string; area: string | null; findingKind: FindingKind; text: string }
  /** The operator checks every flagged figure still unverified and confirms it. */
  | { kind: 'verifyFlagged'; note: string }
  /** The operator sends every situation report of a checkpoint still in draft. */
  | { kind: 'sendReports'; checkpoint: string; note: string }
  | {
      kind: 'complaint';
      ref: string;
      ward: string;
      area: string | null;
      complaintKind: ComplaintKind;
      subject: ComplaintSubject;
      channel: ComplaintChannel;
      summary: string;
      complainant: string;
      /** When it arrived (plan minutes; negative: the days before), or null: now. */
      receivedAt: Minute | null;
    }
  | { kind: 'complaintMove'; ref: string; move: 'assign' | 'answer' | 'close' | 'transfer'; text: string }
  | { kind: 'visit'; ref: string; area: string; reason: VisitReason; voters: number; address: string }
  | { kind: 'visitMove'; ref: string; move: 'schedule'; at: Minute }
  | { kind: 'visitMove'; ref: string; move: 'record'; ballots: number }
  | { kind: 'visitMove'; ref: string; move: 'cancel'; reason: string }
  /** A ward officer adds voters to an area's list or strikes them off. */
  | { kind: 'voterList'; area: string; listKind: VoterListChangeKind; count: number; note: string }
  /** The operator moves an area to a new site. */
  | { kind: 'relocate'; area: string; name: string; address: string; reason: string };

/**
 * One planned action. Actions of one lane (a polling area, or an incident with its tasks) run one after
 * another in time order, so each finds the state the one before it left.
 */
export interface Action {
  at: Minute;
  lane: string;
  actor: Actor;
  step: Step;
}

/** Tasks an incident's plan expects, and whether the liaison will be late (so escalation shows). */
export interface PlannedTask {
  ref: string;
  agency: AgencyCode;
  late: boolean;
}

export interface DrillPlan {
  seed: number;
  /** Every action, sorted by time then lane. */
  actions: Action[];
  /** The last action's minute: the drill is over once the clock passes it. */
  endsAt: Minute;
  tasks: PlannedTask[];
}
