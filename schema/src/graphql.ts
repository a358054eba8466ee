import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** An agency that works tasks dispatched for incidents. */
export type Agency = {
  __typename?: 'Agency';
  /** Agency code. */
  code: AgencyCode;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Name in Vietnamese. */
  name: Scalars['String']['output'];
};

/** The agencies the district dispatches tasks to. */
export type AgencyCode =
  /** Fire police (Cảnh sát PCCC). */
  | 'FIRE'
  /** District health centre (Trung tâm Y tế quận). */
  | 'HEALTH'
  /** District police (Công an quận). */
  | 'POLICE'
  /** Power company (Điện lực Hai Bà Trưng). */
  | 'POWER'
  /** Sanitation (URENCO branch). */
  | 'SANITATION';

/** A signed token and the user it belongs to. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** When the token expires. */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Bearer token: send as `Authorization: Bearer <token>` or in connectionParams. */
  token: Scalars['String']['output'];
  /** The signed-in user. */
  user: User;
};

/** The auxiliary ballot box (hòm phiếu phụ) taken to voters who cannot come to the polling station. */
export type BallotBoxVisit = {
  __typename?: 'BallotBoxVisit';
  /** Where the box goes. */
  address: Scalars['String']['output'];
  /** Ballots collected in the auxiliary box (0 ≤ n ≤ voters). */
  ballotsCollected: Maybe<Scalars['Int']['output']>;
  /** Why it was cancelled. */
  cancelReason: Maybe<Scalars['String']['output']>;
  /** When it was cancelled. */
  cancelledAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Human code, e.g. HP-0004. */
  code: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Anything the team should know (a phone number, the floor, a quarantine rule). */
  note: Maybe<Scalars['String']['output']>;
  /** The polling area whose auxiliary box goes. */
  pollingArea: PollingArea;
  /** Why they cannot come. */
  reason: VisitReason;
  /** When it was asked for (election clock). */
  requestedAt: Scalars['DateTimeISO']['output'];
  /** Display name of who asked for it. */
  requestedBy: Scalars['String']['output'];
  /** When the box is to go. */
  scheduledFor: Maybe<Scalars['DateTimeISO']['output']>;
  /** Where it stands. */
  status: VisitStatus;
  /** When the ballots were collected. */
  visitedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Voters at the address who will vote in the auxiliary box. */
  voters: Scalars['Int']['output'];
};

/** Which ballot-box visits to list. */
export type BallotBoxVisitFilter = {
  /** Only this polling area. */
  pollingAreaId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these statuses. */
  status?: InputMaybe<Array<VisitStatus>>;
  /** Only this ward. */
  wardId?: InputMaybe<Scalars['ID']['input']>;
};

/** One checklist item of one polling area. */
export type ChecklistEntry = {
  __typename?: 'ChecklistEntry';
  /** Whether it is in place. */
  done: Scalars['Boolean']['output'];
  /** The item. */
  item: ChecklistItem;
  /** Note from the ward officer. */
  note: Maybe<Scalars['String']['output']>;
  /** When it was last changed. */
  updatedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** What a polling area must have in place before opening. */
export type ChecklistItem =
  /** Hòm phiếu phụ. */
  | 'AUX_BALLOT_BOX'
  /** Nguồn điện dự phòng. */
  | 'BACKUP_POWER'
  /** Phiếu bầu. */
  | 'BALLOTS'
  /** Hòm phiếu. */
  | 'BALLOT_BOX'
  /** Tiểu sử tóm tắt người ứng cử được niêm yết. */
  | 'CANDIDATE_BIOS_POSTED'
  /** Vật tư phòng dịch (khẩu trang, sát khuẩn, đo thân nhiệt). */
  | 'EPIDEMIC_KIT'
  /** Bình chữa cháy. */
  | 'FIRE_EXTINGUISHER'
  /** Cờ, khẩu hiệu, trang trí. */
  | 'FLAGS_DECORATION'
  /** Hướng dẫn bỏ phiếu được niêm yết. */
  | 'INSTRUCTIONS_POSTED'
  /** Quốc huy. */
  | 'NATIONAL_EMBLEM'
  /** Nội quy phòng bỏ phiếu được niêm yết. */
  | 'RULES_POSTED'
  /** Con dấu của tổ bầu cử. */
  | 'SEAL_STAMP'
  /** Băng niêm phong. */
  | 'SEAL_TAPE'
  /** Phù hiệu tổ bầu cử. */
  | 'TEAM_BADGES'
  /** Thẻ cử tri. */
  | 'VOTER_CARDS'
  /** Danh sách cử tri được niêm yết. */
  | 'VOTER_LIST_POSTED';

/** A turnout checkpoint of the day: areas that have not reported by `at` plus the grace period are late. */
export type Checkpoint = {
  __typename?: 'Checkpoint';
  /** The instant of the checkpoint. */
  at: Scalars['DateTimeISO']['output'];
  /** Local time label, e.g. `12:30`, or `final`. */
  label: Scalars['String']['output'];
  /** When areas without a report become late. */
  lateAt: Scalars['DateTimeISO']['output'];
};

/** Who filed it. Only the district operator reads it; for a denunciation it never leaves the operator. */
export type Complainant = {
  __typename?: 'Complainant';
  /** Address, phone or e-mail, as given. */
  contact: Maybe<Scalars['String']['output']>;
  /** Name as given. */
  name: Scalars['String']['output'];
};

/** Who filed it, as given. */
export type ComplainantInput = {
  /** Address, phone or e-mail (up to 1,000 characters). */
  contact?: InputMaybe<Scalars['String']['input']>;
  /** Name (1-200 characters). */
  name: Scalars['String']['input'];
};

/** A complaint, denunciation or petition about the election, in the register the law asks for. */
export type Complaint = {
  __typename?: 'Complaint';
  /** The answer given. */
  answer: Maybe<Scalars['String']['output']>;
  /** When it was answered. */
  answeredAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who handles it. */
  assignee: Maybe<Scalars['String']['output']>;
  /** How it was received. */
  channel: ComplaintChannel;
  /** Register number, e.g. DT-0007. */
  code: Scalars['String']['output'];
  /** Who filed it: the district operator only; null for everyone else. */
  complainant: Maybe<Complainant>;
  /** When it must be answered by (from the law, by subject). */
  dueAt: Scalars['DateTimeISO']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Complaint, denunciation or petition. */
  kind: ComplaintKind;
  /** Past its deadline and not answered. */
  overdue: Scalars['Boolean']['output'];
  /** The polling area it concerns, if one. */
  pollingArea: Maybe<PollingArea>;
  /** When it was received. */
  receivedAt: Scalars['DateTimeISO']['output'];
  /** Display name of who registered it. */
  receivedBy: Scalars['String']['output'];
  /** Where it stands. */
  status: ComplaintStatus;
  /** What it is about. */
  subject: ComplaintSubject;
  /** What it says, as registered. */
  summary: Scalars['String']['output'];
  /** The note given with the transfer. */
  transferNote: Maybe<Scalars['String']['output']>;
  /** When it was transferred. */
  transferredAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The body it was transferred to. */
  transferredTo: Maybe<Scalars['String']['output']>;
  /** The ward it concerns; null for the district as a whole. */
  ward: Maybe<Ward>;
};

/** How it was received. */
export type ComplaintChannel =
  | 'EMAIL'
  | 'IN_PERSON'
  | 'LETTER'
  | 'PHONE';

/** Which complaints to list. */
export type ComplaintFilter = {
  /** Only these kinds. */
  kind?: InputMaybe<Array<ComplaintKind>>;
  /** Only those past due and not answered (true), or the others (false). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these statuses. */
  status?: InputMaybe<Array<ComplaintStatus>>;
  /** Only this ward. */
  wardId?: InputMaybe<Scalars['ID']['input']>;
};

/** Khiếu nại, tố cáo or kiến nghị (Law 85/2015/QH13). */
export type ComplaintKind =
  /** Khiếu nại: a decision or act of the election bodies is contested. */
  | 'COMPLAINT'
  /** Tố cáo: a violation is reported; the denouncer's identity is protected. */
  | 'DENUNCIATION'
  /** Kiến nghị, phản ánh: a request or a report that needs no ruling. */
  | 'PETITION';

/** RECEIVED → ASSIGNED → ANSWERED → CLOSED, or TRANSFERRED to the body that handles it. */
export type ComplaintStatus =
  /** Answered; the deadline is met. */
  | 'ANSWERED'
  /** Someone handles it. */
  | 'ASSIGNED'
  /** Closed after the answer. */
  | 'CLOSED'
  /** Received and registered; nobody handles it yet. */
  | 'RECEIVED'
  /** Sent on to the body that has the power to settle it. */
  | 'TRANSFERRED';

/** What it is about; the deadline follows from it. */
export type ComplaintSubject =
  /** A candidate. */
  | 'CANDIDATE'
  /** The counting (answered by the end of counting that day). */
  | 'COUNTING'
  /** How the election is organised. */
  | 'ORGANISATION'
  /** Anything else. */
  | 'OTHER'
  /** The voter list (answered within 5 days, Law 85/2015 art. 33). */
  | 'VOTER_LIST'
  /** The voting (answered by the end of counting that day). */
  | 'VOTING';

/** A task for an agency on an incident. */
export type DispatchTaskInput = {
  /** The agency. */
  agency: AgencyCode;
  /** Makes a retried dispatch idempotent for this user. */
  clientRequestId?: InputMaybe<Scalars['String']['input']>;
  /** The incident. */
  incidentId: Scalars['ID']['input'];
  /** What the agency should do. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** A district (quận / huyện) of a province, e.g. Hai Bà Trưng. */
export type District = {
  __typename?: 'District';
  /** ASCII slug of the name, unique within its province. */
  code: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Name in Vietnamese. */
  name: Scalars['String']['output'];
  /** The province it belongs to. */
  province: Province;
  /** Readiness summed over its wards. */
  readiness: Readiness;
  /** Turnout summed over its wards. */
  turnout: Turnout;
  /** Its wards that the caller may see. */
  wards: Array<Ward>;
};

/** The drill (diễn tập) running on this deployment, if any: screens show a banner and the drill time while it is active. */
export type DrillInfo = {
  __typename?: 'DrillInfo';
  /** Whether a drill is running: every screen shows "DIỄN TẬP / DRILL". */
  active: Scalars['Boolean']['output'];
  /** Election time at `startedAt`: 05:00 of the election day. */
  clockStartsAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Seed of the drill plan, so a run can be replayed. */
  seed: Maybe<Scalars['Int']['output']>;
  /** Election minutes per real minute (1 when no drill runs). */
  speed: Scalars['Float']['output'];
  /** The real instant the drill started; the election clock read `clockStartsAt` then. */
  startedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The real instant the last drill stopped. */
  stoppedAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** The election being run: its day, voting hours and turnout checkpoints. */
export type Election = {
  __typename?: 'Election';
  /** Turnout checkpoints of the day, the last being the final count. */
  checkpoints: Array<Checkpoint>;
  /** Election day, YYYY-MM-DD in Asia/Ho_Chi_Minh. */
  date: Scalars['String']['output'];
  /** The drill running now, if any: screens show its banner and `now` is its clock. */
  drill: DrillInfo;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Minutes after a checkpoint before an area without a report is late. */
  lateGraceMinutes: Scalars['Int']['output'];
  /** Name in Vietnamese. */
  name: Scalars['String']['output'];
  /** Now, by the election clock (a drill runs its own). */
  now: Scalars['DateTimeISO']['output'];
  /** Regular closing, 19:00 local. */
  pollsCloseAt: Scalars['DateTimeISO']['output'];
  /** Regular opening, 07:00 local. */
  pollsOpenAt: Scalars['DateTimeISO']['output'];
  /** IANA time zone of all local times. */
  timeZone: Scalars['String']['output'];
};

/** One entry of the append-only log of every change: the audit trail and the source of every live update. */
export type Event = {
  __typename?: 'Event';
  /** Username of who made the change; null for the system (escalation, late areas). */
  actor: Maybe<Scalars['String']['output']>;
  /** Display name of who made the change (what screens show); null for the system. */
  actorName: Maybe<Scalars['String']['output']>;
  /** When it changed (election clock). */
  at: Scalars['DateTimeISO']['output'];
  /** The ballot-box visit, for BALLOT_BOX_VISIT_*. */
  ballotBoxVisit: Maybe<BallotBoxVisit>;
  /** Whether the item was ticked (true) or unticked, for CHECKLIST_ITEM_SET. */
  checklistDone: Maybe<Scalars['Boolean']['output']>;
  /** The checklist item set, for CHECKLIST_ITEM_SET. */
  checklistItem: Maybe<ChecklistItem>;
  /** The checkpoint missed, for POLLING_AREA_LATE. */
  checkpoint: Maybe<Scalars['String']['output']>;
  /** The complaint, for COMPLAINT_* (its complainant only for the district operator). */
  complaint: Maybe<Complaint>;
  /** The finding, for FINDING_*. */
  finding: Maybe<Finding>;
  /** The incident as it was after the change. */
  incident: Maybe<Incident>;
  /** The note added, for INCIDENT_NOTE_ADDED. */
  note: Maybe<IncidentNote>;
  /** The polling area as it was after the change. */
  pollingArea: Maybe<PollingArea>;
  /** Where the area moved from and why, for POLLING_AREA_RELOCATED. */
  relocation: Maybe<PollingAreaRelocation>;
  /** Position in the log: strictly increasing. A change to a record another change touched comes after it, and a reader that has seen a seq never later finds a lower one. */
  seq: Scalars['Int']['output'];
  /** The situation report, for SITUATION_REPORT_*. */
  situationReport: Maybe<SituationReport>;
  /** The task as it was after the change. */
  task: Maybe<Task>;
  /** The turnout report filed. */
  turnoutReport: Maybe<TurnoutReport>;
  /** What changed. */
  type: EventType;
  /** The change to the area’s voter list, for VOTER_LIST_CHANGED. */
  voterListChange: Maybe<VoterListChange>;
  /** The ward the change belongs to. */
  wardId: Maybe<Scalars['ID']['output']>;
};

/** What changed. */
export type EventType =
  | 'BALLOT_BOX_VISIT_CANCELLED'
  | 'BALLOT_BOX_VISIT_RECORDED'
  | 'BALLOT_BOX_VISIT_REQUESTED'
  | 'BALLOT_BOX_VISIT_SCHEDULED'
  | 'CHECKLIST_ITEM_SET'
  | 'COMPLAINT_ANSWERED'
  | 'COMPLAINT_ASSIGNED'
  | 'COMPLAINT_CLOSED'
  | 'COMPLAINT_OVERDUE'
  | 'COMPLAINT_RECEIVED'
  | 'COMPLAINT_TRANSFERRED'
  | 'FINDING_ADDRESSED'
  | 'FINDING_ESCALATED'
  | 'FINDING_REPORTED'
  | 'INCIDENT_ACKNOWLEDGED'
  | 'INCIDENT_IN_PROGRESS'
  | 'INCIDENT_NOTE_ADDED'
  | 'INCIDENT_REOPENED'
  | 'INCIDENT_REPORTED'
  | 'INCIDENT_RESOLVED'
  | 'POLLING_AREA_LATE'
  | 'POLLING_AREA_RELOCATED'
  | 'POLLING_AREA_STATUS_CHANGED'
  | 'SITUATION_REPORT_COMPILED'
  | 'SITUATION_REPORT_SENT'
  | 'TASK_ACKNOWLEDGED'
  | 'TASK_CANCELLED'
  | 'TASK_DECLINED'
  | 'TASK_DISPATCHED'
  | 'TASK_DONE'
  | 'TASK_OVERDUE'
  | 'TASK_STARTED'
  | 'TURNOUT_REPORTED'
  | 'TURNOUT_VERIFIED'
  | 'VOTER_LIST_CHANGED';

/** A supervision team's finding at a polling area or ward. */
export type Finding = {
  __typename?: 'Finding';
  /** When it was addressed. */
  addressedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The operator's note when addressing it. */
  addressedNote: Maybe<Scalars['String']['output']>;
  /** When it was filed (election clock). */
  at: Scalars['DateTimeISO']['output'];
  /** The author's display name. */
  author: Scalars['String']['output'];
  /** Human code, e.g. GS-0007. */
  code: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The incident it was escalated into, if any. */
  incident: Maybe<Incident>;
  /** Issue, recommendation or good practice. */
  kind: FindingKind;
  /** Its polling area, if any. */
  pollingArea: Maybe<PollingArea>;
  /** OPEN → ADDRESSED. */
  status: FindingStatus;
  /** The team that filed it. */
  team: SupervisionTeam;
  /** What the team saw, as typed. */
  text: Scalars['String']['output'];
  /** Its ward. */
  ward: Ward;
};

/** Which findings to list. */
export type FindingFilter = {
  /** Only these statuses. */
  status?: InputMaybe<Array<FindingStatus>>;
  /** Only this team. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this ward. */
  wardId?: InputMaybe<Scalars['ID']['input']>;
};

/** What a supervision team found. */
export type FindingKind =
  /** Something done well, to repeat elsewhere. */
  | 'GOOD_PRACTICE'
  /** Something wrong that needs acting on. */
  | 'ISSUE'
  /** A recommendation to the ward or the district. */
  | 'RECOMMENDATION';

/** Whether the district has acted on a finding. */
export type FindingStatus =
  /** Acted on by the operator: with a note, or escalated into an incident. */
  | 'ADDRESSED'
  /** Filed, not yet acted on. */
  | 'OPEN';

/** Something that happened in a ward or polling area and needs handling. */
export type Incident = {
  __typename?: 'Incident';
  /** When the district acknowledged it. */
  acknowledgedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Whether it stopped or hinders voting. */
  affectsVoting: Scalars['Boolean']['output'];
  /** Category. */
  category: IncidentCategory;
  /** Human-readable code, e.g. `SC-0042`. */
  code: Scalars['String']['output'];
  /** Details, as typed by the reporter. */
  description: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Resolution note, or the reason of the last reopening. */
  note: Maybe<Scalars['String']['output']>;
  /** Notes on it, oldest first, with their authors' display names. */
  notes: Array<IncidentNote>;
  /** Its polling area, if any. */
  pollingArea: Maybe<PollingArea>;
  /** Every polling area it affects, across wards if need be; empty for a ward-wide incident. */
  pollingAreas: Array<PollingArea>;
  /** When it was reported (election clock). */
  reportedAt: Scalars['DateTimeISO']['output'];
  /** Who reported it (display name). */
  reporter: Maybe<Scalars['String']['output']>;
  /** When it was resolved. */
  resolvedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Severity. */
  severity: Severity;
  /** Status. */
  status: IncidentStatus;
  /** Its tasks the caller may read (a liaison sees only its own agency's). */
  tasks: Array<Task>;
  /** Short title, as typed by the reporter. */
  title: Scalars['String']['output'];
  /** Its ward. */
  ward: Ward;
  /** Every ward it affects, its own first (SPEC 8.6). */
  wards: Array<Ward>;
};

/** What kind of incident. */
export type IncidentCategory =
  | 'COMPLAINT'
  | 'FIRE'
  | 'FLOOD'
  | 'MATERIALS'
  | 'MEDICAL'
  | 'OTHER'
  | 'POWER_OUTAGE'
  | 'SANITATION'
  | 'SECURITY'
  | 'STORM';

/** Which incidents to list. */
export type IncidentFilter = {
  /** Only these categories. */
  category?: InputMaybe<Array<IncidentCategory>>;
  /** Only these severities. */
  severity?: InputMaybe<Array<Severity>>;
  /** Only these statuses. */
  status?: InputMaybe<Array<IncidentStatus>>;
  /** Only this ward. */
  wardId?: InputMaybe<Scalars['ID']['input']>;
};

/** A note on an incident by the operator, its ward officer or a liaison with a task on it. */
export type IncidentNote = {
  __typename?: 'IncidentNote';
  /** When it was written (election clock). */
  at: Scalars['DateTimeISO']['output'];
  /** The author's display name. */
  author: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The note, as typed. */
  text: Scalars['String']['output'];
};

/** REPORTED → ACKNOWLEDGED → IN_PROGRESS → RESOLVED; reopen goes back to REPORTED. */
export type IncidentStatus =
  | 'ACKNOWLEDGED'
  | 'IN_PROGRESS'
  | 'REPORTED'
  | 'RESOLVED';

/** A polling area late with its turnout report for a checkpoint. */
export type LateMark = {
  __typename?: 'LateMark';
  /** When it was found late (election clock). */
  at: Scalars['DateTimeISO']['output'];
  /** The checkpoint missed (`10:00`, ..., `final`). */
  checkpoint: Scalars['String']['output'];
  /** The late polling area. */
  pollingArea: PollingArea;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The district acknowledges a reported incident. */
  acknowledgeIncident: Incident;
  /** The agency acknowledges its task. */
  acknowledgeTask: Task;
  /** Add a note to the timeline: the operator, the incident's ward officer, or a liaison with a task on it. */
  addIncidentNote: Incident;
  /** Act on a finding, with a note saying how (operator). */
  addressFinding: Finding;
  /** Record the answer given (operator). */
  answerComplaint: Complaint;
  /** Hand it to someone to settle, or to someone else (operator). */
  assignComplaint: Complaint;
  /** Call the visit off, with the reason, while the area is voting. */
  cancelBallotBoxVisit: BallotBoxVisit;
  /** Close it after its answer (operator). */
  closeComplaint: Complaint;
  /** The agency reports the task done. */
  completeTask: Task;
  /** The agency declines, with a reason; the operator decides what next. */
  declineTask: Task;
  /** The operator dispatches an agency to an incident. */
  dispatchTask: Task;
  /** Turn a finding into an incident, dispatched like any other; the finding is addressed by it (operator). */
  escalateFinding: Incident;
  /** Sign in with a username and password. */
  login: AuthPayload;
  /** Register a complaint, denunciation or petition (operator; a ward officer for its ward). */
  receiveComplaint: Complaint;
  /** The box came back: the ballots collected (0 ≤ n ≤ voters), while the area is voting. */
  recordBallotBoxVisit: BallotBoxVisit;
  /** Add voters to an area's list or strike them off (its ward officer, the operator); its registered voters move at once. A removal below the latest reported turnout is CONFLICT. */
  recordVoterListChange: VoterListChange;
  /** Move a polling area to a new site (operator), with the reason: it keeps its number, code and voters; every screen shows the new site. */
  relocatePollingArea: PollingArea;
  /** A fresh token for the signed-in caller: screens renew before expiry, so an open screen never signs out by itself. */
  renewToken: AuthPayload;
  /** Reopen a resolved incident, with a reason. */
  reopenIncident: Incident;
  /** File a finding: a supervisor in its team's wards, or the operator. */
  reportFinding: Finding;
  /** Report an incident; the category decides which agencies get a task at once. */
  reportIncident: Incident;
  /** Report a polling area's cumulative turnout. */
  reportTurnout: TurnoutReport;
  /** Ask for the auxiliary box for voters who cannot come (a ward officer for its ward, the operator), from the day before. */
  requestBallotBoxVisit: BallotBoxVisit;
  /** Mark an incident resolved. */
  resolveIncident: Incident;
  /** The operator ends every session of a user (a lost phone): its tokens stop working and its open screens are signed out. */
  revokeSessions: User;
  /** Give the visit a time (or a new one), while the area is voting. */
  scheduleBallotBoxVisit: BallotBoxVisit;
  /** Send a draft report to the steering committee, once, with a note: the operator; a ward officer its ward's. */
  sendSituationReport: SituationReport;
  /** Tick or untick a checklist item of a polling area. */
  setChecklistItem: PollingArea;
  /** Move a polling area through its day; SUSPENDED needs a reason; CLOSED → VOTING (closed by mistake) is the operator's, with a reason, before 21:00. */
  setPollingAreaStatus: PollingArea;
  /** Start a drill (operator only): every replica's election clock restarts at 05:00 of the election day and runs at `speed`. */
  startDrill: DrillInfo;
  /** The operator marks an incident in progress (starting a task does the same). */
  startIncident: Incident;
  /** The agency starts work. */
  startTask: Task;
  /** Stop the drill (operator only): the clock returns to the deployment's own. */
  stopDrill: DrillInfo;
  /** Send it on to the body that has the power to settle it (operator). */
  transferComplaint: Complaint;
  /** Confirm a flagged figure after checking it (operator). */
  verifyTurnout: TurnoutReport;
};


export type MutationAcknowledgeIncidentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAcknowledgeTaskArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddIncidentNoteArgs = {
  clientRequestId?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationAddressFindingArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationAnswerComplaintArgs = {
  answer: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationAssignComplaintArgs = {
  assignee: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationCancelBallotBoxVisitArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCloseComplaintArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCompleteTaskArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeclineTaskArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDispatchTaskArgs = {
  input: DispatchTaskInput;
};


export type MutationEscalateFindingArgs = {
  category: IncidentCategory;
  id: Scalars['ID']['input'];
  severity: Severity;
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationReceiveComplaintArgs = {
  input: ReceiveComplaintInput;
};


export type MutationRecordBallotBoxVisitArgs = {
  ballotsCollected: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRecordVoterListChangeArgs = {
  input: VoterListChangeInput;
};


export type MutationRelocatePollingAreaArgs = {
  address: Scalars['String']['input'];
  clientRequestId?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


export type MutationReopenIncidentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationReportFindingArgs = {
  input: ReportFindingInput;
};


export type MutationReportIncidentArgs = {
  input: ReportIncidentInput;
};


export type MutationReportTurnoutArgs = {
  input: ReportTurnoutInput;
};


export type MutationRequestBallotBoxVisitArgs = {
  input: RequestBallotBoxVisitInput;
};


export type MutationResolveIncidentArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRevokeSessionsArgs = {
  clientRequestId?: InputMaybe<Scalars['String']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationScheduleBallotBoxVisitArgs = {
  at: Scalars['DateTimeISO']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSendSituationReportArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetChecklistItemArgs = {
  clientRequestId?: InputMaybe<Scalars['String']['input']>;
  done: Scalars['Boolean']['input'];
  item: ChecklistItem;
  note?: InputMaybe<Scalars['String']['input']>;
  pollingAreaId: Scalars['ID']['input'];
};


export type MutationSetPollingAreaStatusArgs = {
  clientRequestId?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  status: PollingAreaStatus;
};


export type MutationStartDrillArgs = {
  seed?: InputMaybe<Scalars['Int']['input']>;
  speed: Scalars['Float']['input'];
};


export type MutationStartIncidentArgs = {
  clientRequestId?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationStartTaskArgs = {
  id: Scalars['ID']['input'];
};


export type MutationTransferComplaintArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['String']['input'];
};


export type MutationVerifyTurnoutArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

/** A polling area (khu vực bỏ phiếu): 300-4,000 voters, one polling team, one ballot box. */
export type PollingArea = {
  __typename?: 'PollingArea';
  /** Street address of the polling station. */
  address: Scalars['String']['output'];
  /** Every checklist item and whether it is done. */
  checklist: Array<ChecklistEntry>;
  /** `<ward code>-<two-digit number>`, e.g. `dong-tam-01`. */
  code: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Its latest turnout report. */
  latestTurnout: Maybe<TurnoutReport>;
  /** Site name (e.g. Nhà văn hóa tổ dân phố số 3). */
  name: Scalars['String']['output'];
  /** Number of the area within its ward. */
  number: Scalars['Int']['output'];
  /** Readiness of this area. */
  readiness: Readiness;
  /** Voters on the list of this area now: the list as drawn up (`seededVoters`) plus the day's changes (`voterListChanges`). */
  registeredVoters: Scalars['Int']['output'];
  /** When its site last moved (relocatePollingArea); null if it is where it was set up. */
  relocatedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Its moves to new sites, oldest first, with reasons and who made them. */
  relocations: Array<PollingAreaRelocation>;
  /** Voters on the list as it was drawn up, before any change recorded here. */
  seededVoters: Scalars['Int']['output'];
  /** Current status. */
  status: PollingAreaStatus;
  /** When status last changed. */
  statusChangedAt: Scalars['DateTimeISO']['output'];
  /** Its moves through the day, oldest first, with reasons and who made them. */
  statusHistory: Array<PollingAreaStatusChange>;
  /** Why the area is suspended (or the last reason given for a status change). */
  statusReason: Maybe<Scalars['String']['output']>;
  /** Transient voters (cử tri vãng lai, with a certificate) added to the list: part of registeredVoters. */
  transientVoters: Scalars['Int']['output'];
  /** Every turnout report of the area, newest first, corrections included. */
  turnoutReports: Array<TurnoutReport>;
  /** Voters struck off the list (moved away, deceased, ineligible): already taken out of registeredVoters. */
  votersRemoved: Scalars['Int']['output'];
  /** Its ward. */
  ward: Ward;
};

/** One move of a polling area's site (SPEC 8.6): from where, to where, and why. The area keeps its number, code and voters. */
export type PollingAreaRelocation = {
  __typename?: 'PollingAreaRelocation';
  /** Display name of who moved it (read from the log; null in the event itself). */
  actorName: Maybe<Scalars['String']['output']>;
  /** The site it left: its street address. */
  fromAddress: Scalars['String']['output'];
  /** The site it left: its name. */
  fromName: Scalars['String']['output'];
  /** When (election clock). */
  movedAt: Scalars['DateTimeISO']['output'];
  /** Why it moved (a building in a locked-down block, a flooded school). */
  reason: Scalars['String']['output'];
  /** The new site: its street address. */
  toAddress: Scalars['String']['output'];
  /** The new site: its name. */
  toName: Scalars['String']['output'];
};

/** Where a polling area is in its day: PREPARING → READY → VOTING ⇄ SUSPENDED → CLOSED → COUNTED. */
export type PollingAreaStatus =
  /** Polls closed, counting not finished. */
  | 'CLOSED'
  /** Votes counted and minutes filed. */
  | 'COUNTED'
  /** Materials and checklist being prepared. */
  | 'PREPARING'
  /** Checklist complete, waiting to open. */
  | 'READY'
  /** Voting interrupted: the box is sealed and the reason reported. */
  | 'SUSPENDED'
  /** Polls open. */
  | 'VOTING';

/** One move of a polling area's status, from the event log. */
export type PollingAreaStatusChange = {
  __typename?: 'PollingAreaStatusChange';
  /** Display name of who made it; null for the system. */
  actorName: Maybe<Scalars['String']['output']>;
  /** When (election clock). */
  at: Scalars['DateTimeISO']['output'];
  /** The reason given, if any. */
  reason: Maybe<Scalars['String']['output']>;
  /** The status it moved to. */
  status: PollingAreaStatus;
};

/** A province or centrally-run city (tỉnh / thành phố), e.g. Hà Nội. */
export type Province = {
  __typename?: 'Province';
  /** ASCII slug of the name, unique (e.g. `ha-noi`). */
  code: Scalars['String']['output'];
  /** Its districts that the caller may see. */
  districts: Array<District>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Name in Vietnamese. */
  name: Scalars['String']['output'];
  /** Readiness summed over its districts. */
  readiness: Readiness;
  /** Turnout summed over its districts. */
  turnout: Turnout;
};

export type Query = {
  __typename?: 'Query';
  /** The agencies tasks can be dispatched to. */
  agencies: Array<Agency>;
  /** Auxiliary ballot-box visits the caller may read (like their areas), newest first. */
  ballotBoxVisits: Array<BallotBoxVisit>;
  /** One complaint. */
  complaint: Maybe<Complaint>;
  /** Complaints, denunciations and petitions the caller may read, newest first. */
  complaints: Array<Complaint>;
  /** One district, with its totals: null outside the caller's unit. */
  district: Maybe<District>;
  /** The election being run. */
  election: Election;
  /** The log after a seq, in order, with the caller's scope: for audit and catch-up (limit ≤ 1000). */
  events: Array<Event>;
  /** Findings the caller may read, newest first. */
  findings: Array<Finding>;
  /** Flagged figures not yet verified that the caller may read, newest first (at most 500). */
  flaggedTurnoutReports: Array<TurnoutReport>;
  /** One incident. */
  incident: Maybe<Incident>;
  /** An incident's timeline: every event of it and its tasks that the caller may read, in order. */
  incidentTimeline: Array<Event>;
  /** Incidents the caller may read, newest first. */
  incidents: Array<Incident>;
  /** Polling areas late for the latest checkpoint that has passed, still without a report for it. */
  lateAreas: Array<LateMark>;
  /** The signed-in user, or null without a valid token. */
  me: Maybe<User>;
  /** One polling area. */
  pollingArea: Maybe<PollingArea>;
  /** Polling areas the caller may read, optionally of one ward. */
  pollingAreas: Array<PollingArea>;
  /** One province, with its totals: null outside the caller's unit. */
  province: Maybe<Province>;
  /** The administrative tree from the top, as far as the caller's unit reaches: provinces, their districts, their wards. */
  provinces: Array<Province>;
  /** Readiness of the caller's unit (a ward officer's: its district), with the countdown to opening. */
  readiness: Readiness;
  /** Situation reports the caller may read, by checkpoint, the widest unit's first: the nation's and a province's to the operators and observers of that unit or above, a district's to those who read all of it, a ward's to those who read the ward. */
  situationReports: Array<SituationReport>;
  /** Everything a screen starts from, with the seq to subscribe after. */
  snapshot: Snapshot;
  /** The standing committee's supervision teams and the wards each follows. */
  supervisionTeams: Array<SupervisionTeam>;
  /** One task. */
  task: Maybe<Task>;
  /** Tasks the caller may read. */
  tasks: Array<Task>;
  /** Turnout of the caller's unit (a ward officer's: its district; every role reads the totals), per ward, and its curve over the day. */
  turnout: TurnoutSummary;
  /** Active accounts (operator only). */
  users: Array<User>;
  /** Changes to the voter lists the caller may read (an area’s details), newest first (at most 1,000). */
  voterListChanges: Array<VoterListChange>;
  /** One ward. */
  ward: Maybe<Ward>;
  /** The wards of the district (a ward-scoped observer gets its wards). */
  wards: Array<Ward>;
};


export type QueryBallotBoxVisitsArgs = {
  filter?: InputMaybe<BallotBoxVisitFilter>;
};


export type QueryComplaintArgs = {
  id: Scalars['ID']['input'];
};


export type QueryComplaintsArgs = {
  filter?: InputMaybe<ComplaintFilter>;
};


export type QueryDistrictArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFindingsArgs = {
  filter?: InputMaybe<FindingFilter>;
};


export type QueryIncidentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIncidentTimelineArgs = {
  incidentId: Scalars['ID']['input'];
};


export type QueryIncidentsArgs = {
  filter?: InputMaybe<IncidentFilter>;
};


export type QueryPollingAreaArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPollingAreasArgs = {
  wardId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryProvinceArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySituationReportsArgs = {
  checkpoint?: InputMaybe<Scalars['String']['input']>;
  levels?: InputMaybe<Array<UnitLevel>>;
  wardId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTasksArgs = {
  filter?: InputMaybe<TaskFilter>;
};


export type QueryVoterListChangesArgs = {
  filter?: InputMaybe<VoterListChangeFilter>;
};


export type QueryWardArgs = {
  id: Scalars['ID']['input'];
};

/** Readiness before opening: checklist items done out of required, summed over areas. */
export type Readiness = {
  __typename?: 'Readiness';
  /** Polling areas with every item done. */
  areasComplete: Scalars['Int']['output'];
  /** Polling areas counted. */
  areasTotal: Scalars['Int']['output'];
  /** Checklist items done. */
  done: Scalars['Int']['output'];
  /** Regular opening time (07:00). */
  opensAt: Scalars['DateTimeISO']['output'];
  /** done / required × 100, one decimal. */
  percent: Scalars['Float']['output'];
  /** Checklist items required. */
  required: Scalars['Int']['output'];
  /** Seconds until opening by the election clock; 0 once open. */
  secondsToOpening: Scalars['Int']['output'];
};

/** A complaint, denunciation or petition received. */
export type ReceiveComplaintInput = {
  /** How it was received. */
  channel: ComplaintChannel;
  /** Makes a retried intake idempotent for this user. */
  clientRequestId?: InputMaybe<Scalars['String']['input']>;
  /** Who filed it. Read back by the district operator only. */
  complainant: ComplainantInput;
  /** The district it concerns as a whole, with neither wardId nor pollingAreaId: by default the operator's own. */
  districtId?: InputMaybe<Scalars['ID']['input']>;
  /** Complaint, denunciation or petition. */
  kind: ComplaintKind;
  /** The polling area it concerns, if one. */
  pollingAreaId?: InputMaybe<Scalars['ID']['input']>;
  /** When it was received; now if left out. Not in the future. */
  receivedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** What it is about: sets the deadline. */
  subject: ComplaintSubject;
  /** What it says (1-2,000 characters). */
  summary: Scalars['String']['input'];
  /** The ward it concerns (a ward officer: its own). Neither this nor pollingAreaId: the district as a whole (operator). */
  wardId?: InputMaybe<Scalars['ID']['input']>;
};

/** A finding filed by a supervision team member. */
export type ReportFindingInput = {
  /** Makes a retried report idempotent for this user. */
  clientRequestId?: InputMaybe<Scalars['String']['input']>;
  /** Issue, recommendation or good practice. */
  kind: FindingKind;
  /** The polling area, when the finding is at one. */
  pollingAreaId?: InputMaybe<Scalars['ID']['input']>;
  /** What the team saw (1-2,000 characters). */
  text: Scalars['String']['input'];
  /** The ward; may be left out when pollingAreaId is given. */
  wardId?: InputMaybe<Scalars['ID']['input']>;
};

/** An incident reported from a ward or polling area. */
export type ReportIncidentInput = {
  /** Whether it stopped or hinders voting (default false). */
  affectsVoting?: InputMaybe<Scalars['Boolean']['input']>;
  /** Category: decides the default dispatch. */
  category: IncidentCategory;
  /** Makes a retried report idempotent for this user. */
  clientRequestId?: InputMaybe<Scalars['String']['input']>;
  /** Details (up to 2,000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The polling area, when the incident is at one. */
  pollingAreaId?: InputMaybe<Scalars['ID']['input']>;
  /** Every polling area it affects, across wards if need be (a feeder’s power cut; at most 100): the officer of each affected ward reads it. */
  pollingAreaIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Severity: decides the acknowledgement deadline. */
  severity: Severity;
  /** Short title (1-200 characters). */
  title: Scalars['String']['input'];
  /** The ward; may be left out when pollingAreaId is given. */
  wardId?: InputMaybe<Scalars['ID']['input']>;
};

/** A cumulative turnout figure for one polling area. */
export type ReportTurnoutInput = {
  /** Makes a retried report idempotent for this user. */
  clientRequestId?: InputMaybe<Scalars['String']['input']>;
  /** Required (operator only) when the figure is below the previous report. */
  correctionReason?: InputMaybe<Scalars['String']['input']>;
  /** The polling area. */
  pollingAreaId: Scalars['ID']['input'];
  /** Voters who have voted so far (cumulative, 0 to registered). */
  voted: Scalars['Int']['input'];
};

/** A request for the auxiliary ballot box, from the day before the election. */
export type RequestBallotBoxVisitInput = {
  /** Where the box goes (1-200 characters). */
  address: Scalars['String']['input'];
  /** Makes a retried request idempotent for this user. */
  clientRequestId?: InputMaybe<Scalars['String']['input']>;
  /** Anything the team should know (up to 1,000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The polling area whose auxiliary box goes. */
  pollingAreaId: Scalars['ID']['input'];
  /** Why they cannot come. */
  reason: VisitReason;
  /** Voters at the address (1 to the area’s registered voters). */
  voters: Scalars['Int']['input'];
};

/** What a user may see and change. */
export type Role =
  /** District operations room: sees and changes everything. */
  | 'DISTRICT_OPERATOR'
  /** An agency's liaison: its agency's tasks and their incidents, district totals. */
  | 'LIAISON'
  /** Big screens and supervision teams: sees everything or its wards, changes nothing. */
  | 'OBSERVER'
  /** A supervision team's member: its team's wards in full, files findings, changes nothing else. */
  | 'SUPERVISOR'
  /** Ward steering committee officer: own ward in full, district totals. */
  | 'WARD_OFFICER';

/** How urgent: decides the acknowledgement deadline of its tasks. */
export type Severity =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** A situation report (báo cáo nhanh) to the steering committee: one unit's figures (a ward's, a district's, a province's or the nation's) as of a checkpoint, compiled once. */
export type SituationReport = {
  __typename?: 'SituationReport';
  /** The checkpoint it reports (`10:00`, `12:30`, `16:30`, `18:30`, `final`). */
  checkpoint: Scalars['String']['output'];
  /** The instant of the checkpoint: every figure is as of it. */
  checkpointAt: Scalars['DateTimeISO']['output'];
  /** When the server compiled it (election clock). */
  compiledAt: Scalars['DateTimeISO']['output'];
  /** The figures as of the checkpoint (shape: server/src/modules/reports/report-figures.types.ts). */
  figures: Scalars['JSONObject']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The level of the unit it covers: WARD, DISTRICT, PROVINCE or NATION. */
  level: UnitLevel;
  /** The sender's note, given when sending. */
  note: Maybe<Scalars['String']['output']>;
  /** When it was sent. */
  sentAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The sender's display name. */
  sentBy: Maybe<Scalars['String']['output']>;
  /** The log's last seq when it was compiled. */
  seq: Scalars['Int']['output'];
  /** DRAFT → SENT. */
  status: SituationReportStatus;
  /** The ward it covers; null for a district's, a province's and the nation's report. */
  ward: Maybe<Ward>;
};

/** DRAFT → SENT, once. */
export type SituationReportStatus =
  /** Compiled by the server at its checkpoint; not yet sent to the standing committee. */
  | 'DRAFT'
  /** Sent, with its note and sender; its figures never change. */
  | 'SENT';

/** What a screen loads first. `seq` is read before everything else in it, so the data reflects at least that seq: subscribe with `events(after: seq)` and apply events by id, and nothing is missed. */
export type Snapshot = {
  __typename?: 'Snapshot';
  /** The election. */
  election: Election;
  /** The incidents the caller may read. */
  incidents: Array<Incident>;
  /** Areas late for the latest checkpoint passed. */
  lateAreas: Array<LateMark>;
  /** The polling areas the caller may read in full (empty for a liaison). */
  pollingAreas: Array<PollingArea>;
  /** The last event seq committed when the snapshot was taken. */
  seq: Scalars['Int']['output'];
  /** The tasks the caller may read. */
  tasks: Array<Task>;
  /** Turnout of the caller's unit (a ward officer's: its district), per ward, and its curve. */
  turnout: TurnoutSummary;
  /** The wards the caller may see. */
  wards: Array<Ward>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Every event the caller may read: first those after `after` (replay, in order), then live ones, with no gap and no duplicate. Without `after` it starts live. `wardId` narrows to one ward; `figures: false` leaves out the per-area figures (a province or national wall follows them through `unitTotals`) and, for a caller whose unit holds several districts, the wards' situation reports (it lists those of districts and above). */
  events: Event;
  /** The totals of the caller's home unit and of each unit in it (a nation's provinces, a province's districts, a district's wards): at once, then at most once a second while anything in it changed. Computed once per unit for every screen that follows it. */
  unitTotals: UnitTotals;
};


export type SubscriptionEventsArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  figures?: InputMaybe<Scalars['Boolean']['input']>;
  wardId?: InputMaybe<Scalars['ID']['input']>;
};

/** One of the standing committee's supervision teams (Đoàn giám sát), following its wards through the day. */
export type SupervisionTeam = {
  __typename?: 'SupervisionTeam';
  /** Code, e.g. doan-01. */
  code: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Its members' display names. */
  members: Array<Scalars['String']['output']>;
  /** Name, e.g. "Đoàn giám sát số 1". */
  name: Scalars['String']['output'];
  /** The wards it follows. */
  wards: Array<Ward>;
};

/** One agency's job on one incident. */
export type Task = {
  __typename?: 'Task';
  /** Acknowledgement is due by this time (by severity: CRITICAL 2 min, HIGH 5, MEDIUM 15, LOW 30). */
  ackDueAt: Scalars['DateTimeISO']['output'];
  /** When the agency acknowledged. */
  acknowledgedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The agency it is for. */
  agency: Agency;
  /** A task is cancelled only because its incident was resolved: the incident's resolution note, if any. */
  cancelReason: Maybe<Scalars['String']['output']>;
  /** When it was cancelled because its incident was resolved while it was still OPEN. */
  cancelledAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When it was dispatched (election clock). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Why the agency declined. */
  declineReason: Maybe<Scalars['String']['output']>;
  /** When it was declined. */
  declinedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When it was done. */
  doneAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the missed deadline was escalated (once). */
  escalatedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The incident it is for. */
  incident: Incident;
  /** The operator's note when dispatching, or the liaison's when done. */
  note: Maybe<Scalars['String']['output']>;
  /** Not acknowledged and past ackDueAt (election clock). */
  overdue: Scalars['Boolean']['output'];
  /** When work started. */
  startedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Status. */
  status: TaskStatus;
};

/** Which tasks to list. */
export type TaskFilter = {
  /** Only this agency (a liaison always gets only its own). */
  agency?: InputMaybe<AgencyCode>;
  /** Only overdue (true) or only not overdue (false). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these statuses. */
  status?: InputMaybe<Array<TaskStatus>>;
};

/** OPEN → ACKNOWLEDGED → IN_PROGRESS → DONE, or DECLINED (with a reason, back to the operator), or CANCELLED (its incident was resolved while it was still OPEN). */
export type TaskStatus =
  | 'ACKNOWLEDGED'
  | 'CANCELLED'
  | 'DECLINED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN';

/** Turnout of a set of polling areas: the sum of each area's latest report. */
export type Turnout = {
  __typename?: 'Turnout';
  /** Polling areas that have reported at least once. */
  areasReported: Scalars['Int']['output'];
  /** Polling areas counted. */
  areasTotal: Scalars['Int']['output'];
  /** Time of the most recent report. */
  lastReportAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** voted / registered × 100, two decimals. */
  percent: Scalars['Float']['output'];
  /** Registered voters. */
  registered: Scalars['Int']['output'];
  /** Voters who have voted, by the latest reports. */
  voted: Scalars['Int']['output'];
};

/** Why a turnout figure deserves a second look (SPEC 8.3). A flag never blocks the report. */
export type TurnoutFlag =
  /** A correction of the figure before it. */
  | 'CORRECTED'
  /** At or above the near-full threshold (95%) before the early hour (12:00). */
  | 'EARLY_NEAR_FULL'
  /** No increase across two checkpoints while voting. */
  | 'FLATLINE'
  /** Up by more than the jump threshold (25% of registered) within the jump window (30 minutes). */
  | 'JUMP'
  /** More than 3 median absolute deviations from its ward's median percent at the same moment (the ward's figures of the 15 minutes before it), with at least 5 of them. */
  | 'OUTLIER';

/** Turnout at one moment of the day. */
export type TurnoutPoint = {
  __typename?: 'TurnoutPoint';
  /** The moment. */
  at: Scalars['DateTimeISO']['output'];
  /** Checkpoint label when this point is a checkpoint (`10:00`, ..., `final`). */
  checkpoint: Maybe<Scalars['String']['output']>;
  /** Percent of registered voters. */
  percent: Scalars['Float']['output'];
  /** Voters who had voted by then. */
  voted: Scalars['Int']['output'];
};

/** A cumulative turnout figure reported by one polling area. */
export type TurnoutReport = {
  __typename?: 'TurnoutReport';
  /** When it was reported (election clock). */
  at: Scalars['DateTimeISO']['output'];
  /** Why this corrects the figure before it (a typo, a recount): set on corrections only. */
  correctionReason: Maybe<Scalars['String']['output']>;
  /** Why it deserves a second look, computed when it was filed (empty: none). */
  flags: Array<TurnoutFlag>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The polling area it was reported for. */
  pollingArea: PollingArea;
  /** Display name of who reported it. */
  reportedBy: Maybe<Scalars['String']['output']>;
  /** A flagged figure the operator has checked and confirmed. */
  verified: Scalars['Boolean']['output'];
  /** When it was verified. */
  verifiedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The operator's note when verifying it. */
  verifyNote: Maybe<Scalars['String']['output']>;
  /** Voters who have voted so far (cumulative). */
  voted: Scalars['Int']['output'];
};

/** District turnout with its wards and its curve over the day. */
export type TurnoutSummary = {
  __typename?: 'TurnoutSummary';
  /** Polling areas that have reported at least once. */
  areasReported: Scalars['Int']['output'];
  /** Polling areas counted. */
  areasTotal: Scalars['Int']['output'];
  /** Each ward the caller may see the totals of. */
  byWard: Array<WardTurnout>;
  /** Time of the most recent report. */
  lastReportAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** voted / registered × 100, two decimals. */
  percent: Scalars['Float']['output'];
  /** Projected final turnout (percent) from the day's reports so far, on 23 May 2021's curve (README: the projection model); null until enough is reported. */
  projectedFinal: Maybe<Scalars['Float']['output']>;
  /** Registered voters. */
  registered: Scalars['Int']['output'];
  /** Every half hour from opening and every checkpoint, up to now. */
  series: Array<TurnoutPoint>;
  /** Voters who have voted, by the latest reports. */
  voted: Scalars['Int']['output'];
};

/** An administrative unit an account works in: the nation, a province, a district or a ward. */
export type Unit = {
  __typename?: 'Unit';
  /** Its code as the users command takes it: `nation`, `ha-noi`, `ha-noi/hai-ba-trung`, `dong-tam`. */
  code: Scalars['String']['output'];
  /** The province's, district's or ward's id; null for the nation. */
  id: Maybe<Scalars['ID']['output']>;
  /** Its level. */
  level: UnitLevel;
  /** Its name in Vietnamese (Toàn quốc for the nation). */
  name: Scalars['String']['output'];
};

/** A level of the administrative tree: what an account is scoped to and what a wall screen draws. */
export type UnitLevel =
  /** A district (quận / huyện). */
  | 'DISTRICT'
  /** The whole country (every province). */
  | 'NATION'
  /** A province or centrally-run city (tỉnh / thành phố). */
  | 'PROVINCE'
  /** A ward (phường / xã). */
  | 'WARD';

/** One unit's figures on a wall: a tile of the province map, the nation's, a district's. */
export type UnitTile = {
  __typename?: 'UnitTile';
  /** Polling areas not opened (PREPARING or READY): a problem once the polls should be open. */
  areasNotOpened: Scalars['Int']['output'];
  /** Polling areas that have reported turnout. */
  areasReported: Scalars['Int']['output'];
  /** Its polling areas. */
  areasTotal: Scalars['Int']['output'];
  /** Polling areas with a flagged turnout figure not yet verified. */
  flaggedAreas: Scalars['Int']['output'];
  /** Polling areas late for the latest checkpoint whose grace period has passed (marked late, no report since its window opened). */
  lateAreas: Scalars['Int']['output'];
  /** What needs someone now, each once under its most pressing kind, as the district wall counts it: a polling area suspended, not opened once the polls should be open, with an open finding, late or flagged (one however many of these it is); a ward with an open finding as a whole; each open incident, overdue task, overdue complaint and overdue visit. */
  needingAttention: Scalars['Int']['output'];
  /** Places (an area, or a ward as a whole) with an open ISSUE finding of a supervision team. */
  openFindings: Scalars['Int']['output'];
  /** Incidents not resolved. */
  openIncidents: Scalars['Int']['output'];
  /** Complaints past their deadline without an answer: its wards', and the district's own (of no ward) in the tile of their district or province and in the unit's total, not in a ward's tile. */
  overdueComplaints: Scalars['Int']['output'];
  /** Tasks still OPEN past their acknowledgement deadline, by their incident's ward. */
  overdueTasks: Scalars['Int']['output'];
  /** Auxiliary ballot-box visits scheduled more than an hour ago and not recorded. */
  overdueVisits: Scalars['Int']['output'];
  /** voted / registered × 100, two decimals. */
  percent: Scalars['Float']['output'];
  /** Checklist items ticked over its areas. */
  readinessDone: Scalars['Int']['output'];
  /** Checklist items required over its areas. */
  readinessRequired: Scalars['Int']['output'];
  /** Registered voters of its polling areas. */
  registered: Scalars['Int']['output'];
  /** Polling areas SUSPENDED: voting interrupted. */
  suspendedAreas: Scalars['Int']['output'];
  /** The unit. */
  unit: Unit;
  /** Voted, by each area's latest report. */
  voted: Scalars['Int']['output'];
};

/** A home unit's totals and its units' tiles, as of a position in the log. */
export type UnitTotals = {
  __typename?: 'UnitTotals';
  /** When they were computed (election clock). */
  at: Scalars['DateTimeISO']['output'];
  /** Each unit in it that the caller may see: provinces, districts or wards. */
  children: Array<UnitTile>;
  /** Every event up to this seq is in these figures. */
  seq: Scalars['Int']['output'];
  /** The unit as a whole. */
  total: UnitTile;
  /** The unit the screen follows: the caller's home unit. */
  unit: Unit;
};

/** A person (or screen) signed in to the system. */
export type User = {
  __typename?: 'User';
  /** Name shown on screens. */
  displayName: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** An observer's wards; null means all wards. */
  observerWardIds: Maybe<Array<Scalars['ID']['output']>>;
  /** Role, which decides what the user may read and change. */
  role: Role;
  /** A supervisor's team. */
  teamId: Maybe<Scalars['ID']['output']>;
  /** The administrative unit it works in: what its screens draw and its scope. */
  unit: Unit;
  /** Login name. */
  username: Scalars['String']['output'];
  /** The ward of a ward officer. */
  wardId: Maybe<Scalars['ID']['output']>;
};

/** Why the voters cannot come to the polling station (Law 85/2015/QH13, art. 69). */
export type VisitReason =
  /** Tạm giam, tạm giữ, cơ sở giáo dục bắt buộc, cai nghiện. */
  | 'DETENTION'
  /** Khuyết tật. */
  | 'DISABLED'
  /** Đang điều trị tại cơ sở y tế. */
  | 'HOSPITAL'
  /** Ốm đau, già yếu. */
  | 'ILL_ELDERLY'
  /** Cách ly y tế (needs the area’s epidemic kit). */
  | 'QUARANTINE';

/** REQUESTED → SCHEDULED → VISITED, or CANCELLED with a reason. */
export type VisitStatus =
  /** Not going, with the reason. */
  | 'CANCELLED'
  /** Asked for; not yet planned. */
  | 'REQUESTED'
  /** The auxiliary box has a time to go. */
  | 'SCHEDULED'
  /** The box went; the ballots were collected. */
  | 'VISITED';

/** One change to a polling area's voter list (SPEC 8.5): its registered voters move by `count` (up for ADDED_*, down for REMOVED_*). */
export type VoterListChange = {
  __typename?: 'VoterListChange';
  /** When it was recorded (election clock). */
  at: Scalars['DateTimeISO']['output'];
  /** How many voters (always positive; the kind says which way). */
  count: Scalars['Int']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Added or struck off, and why. */
  kind: VoterListChangeKind;
  /** What the officer noted (certificates received, a name). */
  note: Maybe<Scalars['String']['output']>;
  /** The polling area whose list changed. */
  pollingArea: PollingArea;
  /** Display name of who recorded it. */
  recordedBy: Maybe<Scalars['String']['output']>;
  /** The area's registered voters right after this change. */
  registeredAfter: Scalars['Int']['output'];
};

/** Which voter list changes to list. */
export type VoterListChangeFilter = {
  /** Only this polling area. */
  pollingAreaId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this ward. */
  wardId?: InputMaybe<Scalars['ID']['input']>;
};

/** A change to one polling area's voter list. */
export type VoterListChangeInput = {
  /** Makes a retried change idempotent for this user. */
  clientRequestId?: InputMaybe<Scalars['String']['input']>;
  /** How many voters (1-4,000; the kind says which way). */
  count: Scalars['Int']['input'];
  /** Added or struck off, and why. */
  kind: VoterListChangeKind;
  /** What to keep on record (certificates received, a name). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The polling area. */
  pollingAreaId: Scalars['ID']['input'];
};

/** Why an area's voter list changed: voters added (ADDED_*) or struck off (REMOVED_*). */
export type VoterListChangeKind =
  /** Voters added for another reason (left out by mistake, came of age, back from abroad). */
  | 'ADDED_OTHER'
  /** Transient voters (cử tri vãng lai) who vote here with a certificate from where they are registered. */
  | 'ADDED_TRANSIENT'
  /** Struck off: deceased. */
  | 'REMOVED_DECEASED'
  /** Struck off: lost the right to vote (a court sentence, detention) or listed by mistake. */
  | 'REMOVED_INELIGIBLE'
  /** Struck off: moved away (they vote elsewhere). */
  | 'REMOVED_MOVED';

/** A ward (phường / xã) of a district: the scope of a ward officer. */
export type Ward = {
  __typename?: 'Ward';
  /** ASCII slug of the name (e.g. `dong-tam`). */
  code: Scalars['String']['output'];
  /** The district it belongs to. */
  district: District;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Name in Vietnamese (e.g. Đồng Tâm). */
  name: Scalars['String']['output'];
  /** Its polling areas (only for those who may read the ward in full). */
  pollingAreas: Array<PollingArea>;
  /** Readiness summed over its polling areas. */
  readiness: Readiness;
  /** Registered voters of all its polling areas. */
  registeredVoters: Scalars['Int']['output'];
  /** Turnout summed over its polling areas. */
  turnout: Turnout;
};

/** Turnout of one ward. */
export type WardTurnout = {
  __typename?: 'WardTurnout';
  /** Polling areas that have reported at least once. */
  areasReported: Scalars['Int']['output'];
  /** Polling areas counted. */
  areasTotal: Scalars['Int']['output'];
  /** Time of the most recent report. */
  lastReportAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** voted / registered × 100, two decimals. */
  percent: Scalars['Float']['output'];
  /** Registered voters. */
  registered: Scalars['Int']['output'];
  /** Voters who have voted, by the latest reports. */
  voted: Scalars['Int']['output'];
  /** The ward. */
  ward: Ward;
  /** The ward. */
  wardId: Scalars['ID']['output'];
};

export type AcknowledgeIncidentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcknowledgeIncidentMutation = { __typename?: 'Mutation', acknowledgeIncident: { __typename?: 'Incident', id: string, code: string, category: IncidentCategory, severity: Severity, status: IncidentStatus, title: string, description: string | null, affectsVoting: boolean, reportedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, note: string | null, reporter: string | null, ward: { __typename?: 'Ward', id: string, name: string, district: { __typename?: 'District', id: string, name: string, province: { __typename?: 'Province', id: string, name: string } } }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string } | null, wards: Array<{ __typename?: 'Ward', id: string, name: string }>, pollingAreas: Array<{ __typename?: 'PollingArea', id: string, code: string, number: number, name: string }> } };

export type AcknowledgeTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcknowledgeTaskMutation = { __typename?: 'Mutation', acknowledgeTask: { __typename?: 'Task', id: string, status: TaskStatus, note: string | null, declineReason: string | null, cancelReason: string | null, cancelledAt: string | null, createdAt: string, ackDueAt: string, acknowledgedAt: string | null, startedAt: string | null, doneAt: string | null, declinedAt: string | null, escalatedAt: string | null, overdue: boolean, agency: { __typename?: 'Agency', id: string, code: AgencyCode, name: string }, incident: { __typename?: 'Incident', id: string, code: string, category: IncidentCategory, severity: Severity, status: IncidentStatus, title: string, description: string | null, affectsVoting: boolean, reportedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, note: string | null, reporter: string | null, ward: { __typename?: 'Ward', id: string, name: string, district: { __typename?: 'District', id: string, name: string, province: { __typename?: 'Province', id: string, name: string } } }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string } | null, wards: Array<{ __typename?: 'Ward', id: string, name: string }>, pollingAreas: Array<{ __typename?: 'PollingArea', id: string, code: string, number: number, name: string }> } } };

export type AddIncidentNoteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
  clientRequestId?: InputMaybe<Scalars['String']['input']>;
}>;


export type AddIncidentNoteMutation = { __typename?: 'Mutation', addIncidentNote: { __typename?: 'Incident', id: string, code: string, category: IncidentCategory, severity: Severity, status: IncidentStatus, title: string, description: string | null, affectsVoting: boolean, reportedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, note: string | null, reporter: string | null, ward: { __typename?: 'Ward', id: string, name: string, district: { __typename?: 'District', id: string, name: string, province: { __typename?: 'Province', id: string, name: string } } }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string } | null, wards: Array<{ __typename?: 'Ward', id: string, name: string }>, pollingAreas: Array<{ __typename?: 'PollingArea', id: string, code: string, number: number, name: string }> } };

export type AddressFindingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type AddressFindingMutation = { __typename?: 'Mutation', addressFinding: { __typename?: 'Finding', id: string, code: string, kind: FindingKind, status: FindingStatus, text: string, at: string, author: string, addressedNote: string | null, addressedAt: string | null, team: { __typename?: 'SupervisionTeam', id: string, name: string }, ward: { __typename?: 'Ward', id: string, name: string }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string } | null, incident: { __typename?: 'Incident', id: string, code: string, status: IncidentStatus } | null } };

export type AnswerComplaintMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  answer: Scalars['String']['input'];
}>;


export type AnswerComplaintMutation = { __typename?: 'Mutation', answerComplaint: { __typename?: 'Complaint', id: string, code: string, kind: ComplaintKind, subject: ComplaintSubject, channel: ComplaintChannel, summary: string, receivedAt: string, dueAt: string, overdue: boolean, status: ComplaintStatus, assignee: string | null, answer: string | null, answeredAt: string | null, transferredTo: string | null, transferredAt: string | null, transferNote: string | null, receivedBy: string, ward: { __typename?: 'Ward', id: string, name: string } | null, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string } | null } };

export type AreaDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AreaDetailQuery = { __typename?: 'Query', pollingArea: { __typename?: 'PollingArea', statusChangedAt: string, id: string, code: string, number: number, name: string, address: string, status: PollingAreaStatus, statusReason: string | null, registeredVoters: number, seededVoters: number, transientVoters: number, votersRemoved: number, relocatedAt: string | null, checklist: Array<{ __typename?: 'ChecklistEntry', item: ChecklistItem, done: boolean }>, turnoutReports: Array<{ __typename?: 'TurnoutReport', id: string, voted: number, at: string, correctionReason: string | null, reportedBy: string | null, flags: Array<TurnoutFlag>, verified: boolean, verifiedAt: string | null, verifyNote: string | null }>, relocations: Array<{ __typename?: 'PollingAreaRelocation', actorName: string | null, fromName: string, fromAddress: string, toName: string, toAddress: string, reason: string, movedAt: string }>, statusHistory: Array<{ __typename?: 'PollingAreaStatusChange', status: PollingAreaStatus, reason: string | null, at: string, actorName: string | null }>, wardId: { __typename?: 'Ward', id: string }, latestTurnout: { __typename?: 'TurnoutReport', id: string, voted: number, at: string, flags: Array<TurnoutFlag>, verified: boolean } | null } | null };

export type AssignComplaintMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  assignee: Scalars['String']['input'];
}>;


export type AssignComplaintMutation = { __typename?: 'Mutation', assignComplaint: { __typename?: 'Complaint', id: string, code: string, kind: ComplaintKind, subject: ComplaintSubject, channel: ComplaintChannel, summary: string, receivedAt: string, dueAt: string, overdue: boolean, status: ComplaintStatus, assignee: string | null, answer: string | null, answeredAt: string | null, transferredTo: string | null, transferredAt: string | null, transferNote: string | null, receivedBy: string, ward: { __typename?: 'Ward', id: string, name: string } | null, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string } | null } };

export type BallotBoxVisitsQueryVariables = Exact<{
  filter?: InputMaybe<BallotBoxVisitFilter>;
}>;


export type BallotBoxVisitsQuery = { __typename?: 'Query', ballotBoxVisits: Array<{ __typename?: 'BallotBoxVisit', id: string, code: string, voters: number, reason: VisitReason, address: string, note: string | null, status: VisitStatus, requestedAt: string, requestedBy: string, scheduledFor: string | null, visitedAt: string | null, ballotsCollected: number | null, cancelReason: string | null, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, ward: { __typename?: 'Ward', id: string, name: string } } }> };

export type CancelBallotBoxVisitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type CancelBallotBoxVisitMutation = { __typename?: 'Mutation', cancelBallotBoxVisit: { __typename?: 'BallotBoxVisit', id: string, code: string, voters: number, reason: VisitReason, address: string, note: string | null, status: VisitStatus, requestedAt: string, requestedBy: string, scheduledFor: string | null, visitedAt: string | null, ballotsCollected: number | null, cancelReason: string | null, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, ward: { __typename?: 'Ward', id: string, name: string } } } };

export type CloseComplaintMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloseComplaintMutation = { __typename?: 'Mutation', closeComplaint: { __typename?: 'Complaint', id: string, code: string, kind: ComplaintKind, subject: ComplaintSubject, channel: ComplaintChannel, summary: string, receivedAt: string, dueAt: string, overdue: boolean, status: ComplaintStatus, assignee: string | null, answer: string | null, answeredAt: string | null, transferredTo: string | null, transferredAt: string | null, transferNote: string | null, receivedBy: string, ward: { __typename?: 'Ward', id: string, name: string } | null, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string } | null } };

export type ComplaintDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ComplaintDetailQuery = { __typename?: 'Query', complaint: { __typename?: 'Complaint', id: string, code: string, kind: ComplaintKind, subject: ComplaintSubject, channel: ComplaintChannel, summary: string, receivedAt: string, dueAt: string, overdue: boolean, status: ComplaintStatus, assignee: string | null, answer: string | null, answeredAt: string | null, transferredTo: string | null, transferredAt: string | null, transferNote: string | null, receivedBy: string, complainant: { __typename?: 'Complainant', name: string, contact: string | null } | null, ward: { __typename?: 'Ward', id: string, name: string } | null, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string } | null } | null };

export type ComplaintEventsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ComplaintEventsQuery = { __typename?: 'Query', events: Array<{ __typename?: 'Event', seq: number, type: EventType, at: string, actorName: string | null, complaint: { __typename?: 'Complaint', id: string, status: ComplaintStatus, assignee: string | null, answer: string | null, transferredTo: string | null, transferNote: string | null } | null }> };

export type ComplaintsQueryVariables = Exact<{
  filter?: InputMaybe<ComplaintFilter>;
}>;


export type ComplaintsQuery = { __typename?: 'Query', complaints: Array<{ __typename?: 'Complaint', id: string, code: string, kind: ComplaintKind, subject: ComplaintSubject, channel: ComplaintChannel, summary: string, receivedAt: string, dueAt: string, overdue: boolean, status: ComplaintStatus, assignee: string | null, answer: string | null, answeredAt: string | null, transferredTo: string | null, transferredAt: string | null, transferNote: string | null, receivedBy: string, ward: { __typename?: 'Ward', id: string, name: string } | null, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string } | null }> };

export type CompleteTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type CompleteTaskMutation = { __typename?: 'Mutation', completeTask: { __typename?: 'Task', id: string, status: TaskStatus, note: string | null, declineReason: string | null, cancelReason: string | null, cancelledAt: string | null, createdAt: string, ackDueAt: string, acknowledgedAt: string | null, startedAt: string | null, doneAt: string | null, declinedAt: string | null, escalatedAt: string | null, overdue: boolean, agency: { __typename?: 'Agency', id: string, code: AgencyCode, name: string }, incident: { __typename?: 'Incident', id: string, code: string, category: IncidentCategory, severity: Severity, status: IncidentStatus, title: string, description: string | null, affectsVoting: boolean, reportedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, note: string | null, reporter: string | null, ward: { __typename?: 'Ward', id: string, name: string, district: { __typename?: 'District', id: string, name: string, province: { __typename?: 'Province', id: string, name: string } } }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string } | null, wards: Array<{ __typename?: 'Ward', id: string, name: string }>, pollingAreas: Array<{ __typename?: 'PollingArea', id: string, code: string, number: number, name: string }> } } };

export type DeclineTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type DeclineTaskMutation = { __typename?: 'Mutation', declineTask: { __typename?: 'Task', id: string, status: TaskStatus, note: string | null, declineReason: string | null, cancelReason: string | null, cancelledAt: string | null, createdAt: string, ackDueAt: string, acknowledgedAt: string | null, startedAt: string | null, doneAt: string | null, declinedAt: string | null, escalatedAt: string | null, overdue: boolean, agency: { __typename?: 'Agency', id: string, code: AgencyCode, name: string }, incident: { __typename?: 'Incident', id: string, code: string, category: IncidentCategory, severity: Severity, status: IncidentStatus, title: string, description: string | null, affectsVoting: boolean, reportedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, note: string | null, reporter: string | null, ward: { __typename?: 'Ward', id: string, name: string, district: { __typename?: 'District', id: string, name: string, province: { __typename?: 'Province', id: string, name: string } } }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string } | null, wards: Array<{ __typename?: 'Ward', id: string, name: string }>, pollingAreas: Array<{ __typename?: 'PollingArea', id: string, code: string, number: number, name: string }> } } };

export type DispatchTaskMutationVariables = Exact<{
  input: DispatchTaskInput;
}>;


export type DispatchTaskMutation = { __typename?: 'Mutation', dispatchTask: { __typename?: 'Task', id: string, status: TaskStatus, note: string | null, declineReason: string | null, cancelReason: string | null, cancelledAt: string | null, createdAt: string, ackDueAt: string, acknowledgedAt: string | null, startedAt: string | null, doneAt: string | null, declinedAt: string | null, escalatedAt: string | null, overdue: boolean, agency: { __typename?: 'Agency', id: string, code: AgencyCode, name: string }, incident: { __typename?: 'Incident', id: string, code: string, category: IncidentCategory, severity: Severity, status: IncidentStatus, title: string, description: string | null, affectsVoting: boolean, reportedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, note: string | null, reporter: string | null, ward: { __typename?: 'Ward', id: string, name: string, district: { __typename?: 'District', id: string, name: string, province: { __typename?: 'Province', id: string, name: string } } }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string } | null, wards: Array<{ __typename?: 'Ward', id: string, name: string }>, pollingAreas: Array<{ __typename?: 'PollingArea', id: string, code: string, number: number, name: string }> } } };

export type ElectionNowQueryVariables = Exact<{ [key: string]: never; }>;


export type ElectionNowQuery = { __typename?: 'Query', election: { __typename?: 'Election', now: string, drill: { __typename?: 'DrillInfo', active: boolean, speed: number } } };

export type EscalateFindingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  category: IncidentCategory;
  severity: Severity;
}>;


export type EscalateFindingMutation = { __typename?: 'Mutation', escalateFinding: { __typename?: 'Incident', id: string, code: string, category: IncidentCategory, severity: Severity, status: IncidentStatus, title: string, description: string | null, affectsVoting: boolean, reportedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, note: string | null, reporter: string | null, ward: { __typename?: 'Ward', id: string, name: string, district: { __typename?: 'District', id: string, name: string, province: { __typename?: 'Province', id: string, name: string } } }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string } | null, wards: Array<{ __typename?: 'Ward', id: string, name: string }>, pollingAreas: Array<{ __typename?: 'PollingArea', id: string, code: string, number: number, name: string }> } };

export type EventLogQueryVariables = Exact<{
  after?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type EventLogQuery = { __typename?: 'Query', events: Array<{ __typename?: 'Event', seq: number, type: EventType, at: string, actorName: string | null, wardId: string | null, checkpoint: string | null, checklistItem: ChecklistItem | null, checklistDone: boolean | null, incident: { __typename?: 'Incident', id: string, code: string, category: IncidentCategory, description: string | null } | null, task: { __typename?: 'Task', id: string, status: TaskStatus, agency: { __typename?: 'Agency', code: AgencyCode } } | null, turnoutReport: { __typename?: 'TurnoutReport', id: string, voted: number, correctionReason: string | null } | null, pollingArea: { __typename?: 'PollingArea', id: string, code: string, name: string, address: string, registeredVoters: number } | null, voterListChange: { __typename?: 'VoterListChange', id: string, kind: VoterListChangeKind, count: number, note: string | null, at: string, registeredAfter: number } | null, relocation: { __typename?: 'PollingAreaRelocation', fromName: string, fromAddress: string, toName: string, toAddress: string, reason: string, movedAt: string } | null }> };

export type EventSeqsQueryVariables = Exact<{
  after?: InputMaybe<Scalars['Int']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type EventSeqsQuery = { __typename?: 'Query', events: Array<{ __typename?: 'Event', seq: number, wardId: string | null }> };

export type EventStreamSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['Int']['input']>;
  wardId?: InputMaybe<Scalars['ID']['input']>;
  figures?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type EventStreamSubscription = { __typename?: 'Subscription', events: { __typename?: 'Event', seq: number, type: EventType, wardId: string | null, actor: string | null, checkpoint: string | null, incident: { __typename?: 'Incident', id: string, code: string, category: IncidentCategory } | null, task: { __typename?: 'Task', id: string, status: TaskStatus, agency: { __typename?: 'Agency', code: AgencyCode } } | null, turnoutReport: { __typename?: 'TurnoutReport', id: string, voted: number } | null, pollingArea: { __typename?: 'PollingArea', id: string, code: string, name: string, registeredVoters: number } | null } };

export type EventsSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['Int']['input']>;
  figures?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type EventsSubscription = { __typename?: 'Subscription', events: { __typename?: 'Event', seq: number, type: EventType, at: string, actor: string | null, wardId: string | null, checklistItem: ChecklistItem | null, checklistDone: boolean | null, checkpoint: string | null, incident: { __typename?: 'Incident', id: string, code: string, category: IncidentCategory, severity: Severity, status: IncidentStatus, title: string, description: string | null, affectsVoting: boolean, reportedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, note: string | null, reporter: string | null, ward: { __typename?: 'Ward', id: string, name: string, district: { __typename?: 'District', id: string, name: string, province: { __typename?: 'Province', id: string, name: string } } }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string } | null, wards: Array<{ __typename?: 'Ward', id: string, name: string }>, pollingAreas: Array<{ __typename?: 'PollingArea', id: string, code: string, number: number, name: string }> } | null, task: { __typename?: 'Task', id: string, status: TaskStatus, note: string | null, declineReason: string | null, cancelReason: string | null, cancelledAt: string | null, createdAt: string, ackDueAt: string, acknowledgedAt: string | null, startedAt: string | null, doneAt: string | null, declinedAt: string | null, escalatedAt: string | null, overdue: boolean, agency: { __typename?: 'Agency', id: string, code: AgencyCode, name: string }, incident: { __typename?: 'Incident', id: string, code: string, category: IncidentCategory, severity: Severity, status: IncidentStatus, title: string, description: string | null, affectsVoting: boolean, reportedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, note: string | null, reporter: string | null, ward: { __typename?: 'Ward', id: string, name: string, district: { __typename?: 'District', id: string, name: string, province: { __typename?: 'Province', id: string, name: string } } }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string } | null, wards: Array<{ __typename?: 'Ward', id: string, name: string }>, pollingAreas: Array<{ __typename?: 'PollingArea', id: string, code: string, number: number, name: string }> } } | null, turnoutReport: { __typename?: 'TurnoutReport', id: string, voted: number, at: string, flags: Array<TurnoutFlag>, verified: boolean } | null, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string, status: PollingAreaStatus, statusReason: string | null, statusChangedAt: string, registeredVoters: number, seededVoters: number, transientVoters: number, votersRemoved: number, relocatedAt: string | null, wardId: { __typename?: 'Ward', id: string }, latestTurnout: { __typename?: 'TurnoutReport', id: string, voted: number, at: string, flags: Array<TurnoutFlag>, verified: boolean } | null } | null, finding: { __typename?: 'Finding', id: string, code: string, kind: FindingKind, status: FindingStatus, text: string, at: string, author: string, addressedNote: string | null, addressedAt: string | null, team: { __typename?: 'SupervisionTeam', id: string, name: string }, ward: { __typename?: 'Ward', id: string, name: string }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string } | null, incident: { __typename?: 'Incident', id: string, code: string, status: IncidentStatus } | null } | null, complaint: { __typename?: 'Complaint', id: string, code: string, kind: ComplaintKind, subject: ComplaintSubject, channel: ComplaintChannel, summary: string, receivedAt: string, dueAt: string, overdue: boolean, status: ComplaintStatus, assignee: string | null, answer: string | null, answeredAt: string | null, transferredTo: string | null, transferredAt: string | null, transferNote: string | null, receivedBy: string, ward: { __typename?: 'Ward', id: string, name: string } | null, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string } | null } | null, ballotBoxVisit: { __typename?: 'BallotBoxVisit', id: string, code: string, voters: number, reason: VisitReason, address: string, note: string | null, status: VisitStatus, requestedAt: string, requestedBy: string, scheduledFor: string | null, visitedAt: string | null, ballotsCollected: number | null, cancelReason: string | null, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, ward: { __typename?: 'Ward', id: string, name: string } } } | null, situationReport: { __typename?: 'SituationReport', id: string, checkpoint: string, checkpointAt: string, compiledAt: string, level: UnitLevel, status: SituationReportStatus, note: string | null, sentAt: string | null, sentBy: string | null, ward: { __typename?: 'Ward', id: string, code: string, name: string } | null } | null, voterListChange: { __typename?: 'VoterListChange', id: string, kind: VoterListChangeKind, count: number, note: string | null, at: string, registeredAfter: number } | null, relocation: { __typename?: 'PollingAreaRelocation', fromName: string, fromAddress: string, toName: string, toAddress: string, reason: string, movedAt: string } | null } };

export type FindingsQueryVariables = Exact<{
  filter?: InputMaybe<FindingFilter>;
}>;


export type FindingsQuery = { __typename?: 'Query', findings: Array<{ __typename?: 'Finding', id: string, code: string, kind: FindingKind, status: FindingStatus, text: string, at: string, author: string, addressedNote: string | null, addressedAt: string | null, team: { __typename?: 'SupervisionTeam', id: string, name: string }, ward: { __typename?: 'Ward', id: string, name: string }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string } | null, incident: { __typename?: 'Incident', id: string, code: string, status: IncidentStatus } | null }> };

export type FlaggedTurnoutReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type FlaggedTurnoutReportsQuery = { __typename?: 'Query', flaggedTurnoutReports: Array<{ __typename?: 'TurnoutReport', id: string, voted: number, at: string, flags: Array<TurnoutFlag>, verified: boolean, pollingArea: { __typename?: 'PollingArea', id: string, wardId: { __typename?: 'Ward', id: string } } }> };

export type IncidentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IncidentQuery = { __typename?: 'Query', incident: { __typename?: 'Incident', id: string, code: string, category: IncidentCategory, severity: Severity, status: IncidentStatus, title: string, description: string | null, affectsVoting: boolean, reportedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, note: string | null, reporter: string | null, ward: { __typename?: 'Ward', id: string, name: string, district: { __typename?: 'District', id: string, name: string, province: { __typename?: 'Province', id: string, name: string } } }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string } | null, wards: Array<{ __typename?: 'Ward', id: string, name: string }>, pollingAreas: Array<{ __typename?: 'PollingArea', id: string, code: string, number: number, name: string }> } | null };

export type IncidentTimelineQueryVariables = Exact<{
  incidentId: Scalars['ID']['input'];
}>;


export type IncidentTimelineQuery = { __typename?: 'Query', incidentTimeline: Array<{ __typename?: 'Event', seq: number, type: EventType, at: string, actorName: string | null, note: { __typename?: 'IncidentNote', id: string, text: string, author: string } | null, task: { __typename?: 'Task', id: string, status: TaskStatus, declineReason: string | null, cancelReason: string | null, note: string | null, agency: { __typename?: 'Agency', code: AgencyCode } } | null, incident: { __typename?: 'Incident', status: IncidentStatus, note: string | null } | null }> };

export type IncidentsQueryVariables = Exact<{
  filter?: InputMaybe<IncidentFilter>;
}>;


export type IncidentsQuery = { __typename?: 'Query', incidents: Array<{ __typename?: 'Incident', id: string, code: string, category: IncidentCategory, severity: Severity, status: IncidentStatus, title: string, description: string | null, affectsVoting: boolean, reportedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, note: string | null, reporter: string | null, ward: { __typename?: 'Ward', id: string, name: string, district: { __typename?: 'District', id: string, name: string, province: { __typename?: 'Province', id: string, name: string } } }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string } | null, wards: Array<{ __typename?: 'Ward', id: string, name: string }>, pollingAreas: Array<{ __typename?: 'PollingArea', id: string, code: string, number: number, name: string }> }> };

export type LoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', token: string, expiresAt: string, user: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, wardId: string | null, teamId: string | null, unit: { __typename?: 'Unit', level: UnitLevel, id: string | null, code: string, name: string } } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, wardId: string | null } | null };

export type PollingAreasQueryVariables = Exact<{
  wardId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type PollingAreasQuery = { __typename?: 'Query', pollingAreas: Array<{ __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string, status: PollingAreaStatus, statusReason: string | null, statusChangedAt: string, registeredVoters: number, seededVoters: number, transientVoters: number, votersRemoved: number, relocatedAt: string | null, wardId: { __typename?: 'Ward', id: string }, latestTurnout: { __typename?: 'TurnoutReport', id: string, voted: number, at: string, flags: Array<TurnoutFlag>, verified: boolean } | null }> };

export type ReceiveComplaintMutationVariables = Exact<{
  input: ReceiveComplaintInput;
}>;


export type ReceiveComplaintMutation = { __typename?: 'Mutation', receiveComplaint: { __typename?: 'Complaint', id: string, code: string, kind: ComplaintKind, subject: ComplaintSubject, channel: ComplaintChannel, summary: string, receivedAt: string, dueAt: string, overdue: boolean, status: ComplaintStatus, assignee: string | null, answer: string | null, answeredAt: string | null, transferredTo: string | null, transferredAt: string | null, transferNote: string | null, receivedBy: string, ward: { __typename?: 'Ward', id: string, name: string } | null, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string } | null } };

export type RecordBallotBoxVisitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  ballotsCollected: Scalars['Int']['input'];
}>;


export type RecordBallotBoxVisitMutation = { __typename?: 'Mutation', recordBallotBoxVisit: { __typename?: 'BallotBoxVisit', id: string, code: string, voters: number, reason: VisitReason, address: string, note: string | null, status: VisitStatus, requestedAt: string, requestedBy: string, scheduledFor: string | null, visitedAt: string | null, ballotsCollected: number | null, cancelReason: string | null, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, ward: { __typename?: 'Ward', id: string, name: string } } } };

export type RecordVoterListChangeMutationVariables = Exact<{
  input: VoterListChangeInput;
}>;


export type RecordVoterListChangeMutation = { __typename?: 'Mutation', recordVoterListChange: { __typename?: 'VoterListChange', id: string, kind: VoterListChangeKind, count: number, note: string | null, at: string, registeredAfter: number, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string, status: PollingAreaStatus, statusReason: string | null, statusChangedAt: string, registeredVoters: number, seededVoters: number, transientVoters: number, votersRemoved: number, relocatedAt: string | null, wardId: { __typename?: 'Ward', id: string }, latestTurnout: { __typename?: 'TurnoutReport', id: string, voted: number, at: string, flags: Array<TurnoutFlag>, verified: boolean } | null } } };

export type RelocatePollingAreaMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  address: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  clientRequestId?: InputMaybe<Scalars['String']['input']>;
}>;


export type RelocatePollingAreaMutation = { __typename?: 'Mutation', relocatePollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string, status: PollingAreaStatus, statusReason: string | null, statusChangedAt: string, registeredVoters: number, seededVoters: number, transientVoters: number, votersRemoved: number, relocatedAt: string | null, wardId: { __typename?: 'Ward', id: string }, latestTurnout: { __typename?: 'TurnoutReport', id: string, voted: number, at: string, flags: Array<TurnoutFlag>, verified: boolean } | null } };

export type RenewTokenMutationVariables = Exact<{ [key: string]: never; }>;


export type RenewTokenMutation = { __typename?: 'Mutation', renewToken: { __typename?: 'AuthPayload', token: string, expiresAt: string, user: { __typename?: 'User', id: string, username: string, displayName: string, role: Role, wardId: string | null, teamId: string | null, unit: { __typename?: 'Unit', level: UnitLevel, id: string | null, code: string, name: string } } } };

export type ReopenIncidentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ReopenIncidentMutation = { __typename?: 'Mutation', reopenIncident: { __typename?: 'Incident', id: string, code: string, category: IncidentCategory, severity: Severity, status: IncidentStatus, title: string, description: string | null, affectsVoting: boolean, reportedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, note: string | null, reporter: string | null, ward: { __typename?: 'Ward', id: string, name: string, district: { __typename?: 'District', id: string, name: string, province: { __typename?: 'Province', id: string, name: string } } }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string } | null, wards: Array<{ __typename?: 'Ward', id: string, name: string }>, pollingAreas: Array<{ __typename?: 'PollingArea', id: string, code: string, number: number, name: string }> } };

export type ReportFindingMutationVariables = Exact<{
  input: ReportFindingInput;
}>;


export type ReportFindingMutation = { __typename?: 'Mutation', reportFinding: { __typename?: 'Finding', id: string, code: string, kind: FindingKind, status: FindingStatus, text: string, at: string, author: string, addressedNote: string | null, addressedAt: string | null, team: { __typename?: 'SupervisionTeam', id: string, name: string }, ward: { __typename?: 'Ward', id: string, name: string }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string } | null, incident: { __typename?: 'Incident', id: string, code: string, status: IncidentStatus } | null } };

export type ReportIncidentMutationVariables = Exact<{
  input: ReportIncidentInput;
}>;


export type ReportIncidentMutation = { __typename?: 'Mutation', reportIncident: { __typename?: 'Incident', id: string, code: string, category: IncidentCategory, severity: Severity, status: IncidentStatus, title: string, description: string | null, affectsVoting: boolean, reportedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, note: string | null, reporter: string | null, ward: { __typename?: 'Ward', id: string, name: string, district: { __typename?: 'District', id: string, name: string, province: { __typename?: 'Province', id: string, name: string } } }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string } | null, wards: Array<{ __typename?: 'Ward', id: string, name: string }>, pollingAreas: Array<{ __typename?: 'PollingArea', id: string, code: string, number: number, name: string }> } };

export type ReportIncidentWithTasksMutationVariables = Exact<{
  input: ReportIncidentInput;
}>;


export type ReportIncidentWithTasksMutation = { __typename?: 'Mutation', reportIncident: { __typename?: 'Incident', id: string, code: string, category: IncidentCategory, severity: Severity, status: IncidentStatus, title: string, description: string | null, affectsVoting: boolean, reportedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, note: string | null, reporter: string | null, tasks: Array<{ __typename?: 'Task', id: string, status: TaskStatus, ackDueAt: string, agency: { __typename?: 'Agency', code: AgencyCode } }>, ward: { __typename?: 'Ward', id: string, name: string, district: { __typename?: 'District', id: string, name: string, province: { __typename?: 'Province', id: string, name: string } } }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string } | null, wards: Array<{ __typename?: 'Ward', id: string, name: string }>, pollingAreas: Array<{ __typename?: 'PollingArea', id: string, code: string, number: number, name: string }> } };

export type ReportTurnoutMutationVariables = Exact<{
  input: ReportTurnoutInput;
}>;


export type ReportTurnoutMutation = { __typename?: 'Mutation', reportTurnout: { __typename?: 'TurnoutReport', id: string, voted: number, at: string, correctionReason: string | null, flags: Array<TurnoutFlag>, verified: boolean } };

export type RequestBallotBoxVisitMutationVariables = Exact<{
  input: RequestBallotBoxVisitInput;
}>;


export type RequestBallotBoxVisitMutation = { __typename?: 'Mutation', requestBallotBoxVisit: { __typename?: 'BallotBoxVisit', id: string, code: string, voters: number, reason: VisitReason, address: string, note: string | null, status: VisitStatus, requestedAt: string, requestedBy: string, scheduledFor: string | null, visitedAt: string | null, ballotsCollected: number | null, cancelReason: string | null, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, ward: { __typename?: 'Ward', id: string, name: string } } } };

export type ResolveIncidentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type ResolveIncidentMutation = { __typename?: 'Mutation', resolveIncident: { __typename?: 'Incident', id: string, code: string, category: IncidentCategory, severity: Severity, status: IncidentStatus, title: string, description: string | null, affectsVoting: boolean, reportedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, note: string | null, reporter: string | null, ward: { __typename?: 'Ward', id: string, name: string, district: { __typename?: 'District', id: string, name: string, province: { __typename?: 'Province', id: string, name: string } } }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string } | null, wards: Array<{ __typename?: 'Ward', id: string, name: string }>, pollingAreas: Array<{ __typename?: 'PollingArea', id: string, code: string, number: number, name: string }> } };

export type RevokeSessionsMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type RevokeSessionsMutation = { __typename?: 'Mutation', revokeSessions: { __typename?: 'User', id: string, displayName: string } };

export type ScheduleBallotBoxVisitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  at: Scalars['DateTimeISO']['input'];
}>;


export type ScheduleBallotBoxVisitMutation = { __typename?: 'Mutation', scheduleBallotBoxVisit: { __typename?: 'BallotBoxVisit', id: string, code: string, voters: number, reason: VisitReason, address: string, note: string | null, status: VisitStatus, requestedAt: string, requestedBy: string, scheduledFor: string | null, visitedAt: string | null, ballotsCollected: number | null, cancelReason: string | null, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, ward: { __typename?: 'Ward', id: string, name: string } } } };

export type SendSituationReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type SendSituationReportMutation = { __typename?: 'Mutation', sendSituationReport: { __typename?: 'SituationReport', figures: Record<string, unknown>, id: string, checkpoint: string, checkpointAt: string, compiledAt: string, level: UnitLevel, status: SituationReportStatus, note: string | null, sentAt: string | null, sentBy: string | null, ward: { __typename?: 'Ward', id: string, code: string, name: string } | null } };

export type SetChecklistItemMutationVariables = Exact<{
  pollingAreaId: Scalars['ID']['input'];
  item: ChecklistItem;
  done: Scalars['Boolean']['input'];
  clientRequestId?: InputMaybe<Scalars['String']['input']>;
}>;


export type SetChecklistItemMutation = { __typename?: 'Mutation', setChecklistItem: { __typename?: 'PollingArea', id: string, checklist: Array<{ __typename?: 'ChecklistEntry', item: ChecklistItem, done: boolean }> } };

export type SetPollingAreaStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: PollingAreaStatus;
  reason?: InputMaybe<Scalars['String']['input']>;
  clientRequestId?: InputMaybe<Scalars['String']['input']>;
}>;


export type SetPollingAreaStatusMutation = { __typename?: 'Mutation', setPollingAreaStatus: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string, status: PollingAreaStatus, statusReason: string | null, statusChangedAt: string, registeredVoters: number, seededVoters: number, transientVoters: number, votersRemoved: number, relocatedAt: string | null, wardId: { __typename?: 'Ward', id: string }, latestTurnout: { __typename?: 'TurnoutReport', id: string, voted: number, at: string, flags: Array<TurnoutFlag>, verified: boolean } | null } };

export type SituationReportsQueryVariables = Exact<{
  checkpoint?: InputMaybe<Scalars['String']['input']>;
  wardId?: InputMaybe<Scalars['ID']['input']>;
  levels?: InputMaybe<Array<UnitLevel> | UnitLevel>;
}>;


export type SituationReportsQuery = { __typename?: 'Query', situationReports: Array<{ __typename?: 'SituationReport', figures: Record<string, unknown>, id: string, checkpoint: string, checkpointAt: string, compiledAt: string, level: UnitLevel, status: SituationReportStatus, note: string | null, sentAt: string | null, sentBy: string | null, ward: { __typename?: 'Ward', id: string, code: string, name: string } | null }> };

export type SnapshotQueryVariables = Exact<{ [key: string]: never; }>;


export type SnapshotQuery = { __typename?: 'Query', snapshot: { __typename?: 'Snapshot', seq: number, election: { __typename?: 'Election', name: string, date: string, pollsOpenAt: string, pollsCloseAt: string, now: string, drill: { __typename?: 'DrillInfo', active: boolean, speed: number }, checkpoints: Array<{ __typename?: 'Checkpoint', label: string, at: string, lateAt: string }> }, wards: Array<{ __typename?: 'Ward', id: string, code: string, name: string, readiness: { __typename?: 'Readiness', done: number, required: number, percent: number } }>, pollingAreas: Array<{ __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string, status: PollingAreaStatus, statusReason: string | null, statusChangedAt: string, registeredVoters: number, seededVoters: number, transientVoters: number, votersRemoved: number, relocatedAt: string | null, checklist: Array<{ __typename?: 'ChecklistEntry', item: ChecklistItem, done: boolean }>, wardId: { __typename?: 'Ward', id: string }, latestTurnout: { __typename?: 'TurnoutReport', id: string, voted: number, at: string, flags: Array<TurnoutFlag>, verified: boolean } | null }>, incidents: Array<{ __typename?: 'Incident', id: string, code: string, category: IncidentCategory, severity: Severity, status: IncidentStatus, title: string, description: string | null, affectsVoting: boolean, reportedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, note: string | null, reporter: string | null, ward: { __typename?: 'Ward', id: string, name: string, district: { __typename?: 'District', id: string, name: string, province: { __typename?: 'Province', id: string, name: string } } }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string } | null, wards: Array<{ __typename?: 'Ward', id: string, name: string }>, pollingAreas: Array<{ __typename?: 'PollingArea', id: string, code: string, number: number, name: string }> }>, tasks: Array<{ __typename?: 'Task', id: string, status: TaskStatus, note: string | null, declineReason: string | null, cancelReason: string | null, cancelledAt: string | null, createdAt: string, ackDueAt: string, acknowledgedAt: string | null, startedAt: string | null, doneAt: string | null, declinedAt: string | null, escalatedAt: string | null, overdue: boolean, agency: { __typename?: 'Agency', id: string, code: AgencyCode, name: string }, incident: { __typename?: 'Incident', id: string, code: string, category: IncidentCategory, severity: Severity, status: IncidentStatus, title: string, description: string | null, affectsVoting: boolean, reportedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, note: string | null, reporter: string | null, ward: { __typename?: 'Ward', id: string, name: string, district: { __typename?: 'District', id: string, name: string, province: { __typename?: 'Province', id: string, name: string } } }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string } | null, wards: Array<{ __typename?: 'Ward', id: string, name: string }>, pollingAreas: Array<{ __typename?: 'PollingArea', id: string, code: string, number: number, name: string }> } }>, turnout: { __typename?: 'TurnoutSummary', registered: number, voted: number, percent: number, areasReported: number, areasTotal: number, byWard: Array<{ __typename?: 'WardTurnout', wardId: string, registered: number, voted: number, percent: number }>, series: Array<{ __typename?: 'TurnoutPoint', at: string, checkpoint: string | null, voted: number, percent: number }> }, lateAreas: Array<{ __typename?: 'LateMark', checkpoint: string, pollingArea: { __typename?: 'PollingArea', id: string, code: string, name: string, wardId: { __typename?: 'Ward', id: string } } }> } };

export type StartDrillMutationVariables = Exact<{
  speed: Scalars['Float']['input'];
  seed?: InputMaybe<Scalars['Int']['input']>;
}>;


export type StartDrillMutation = { __typename?: 'Mutation', startDrill: { __typename?: 'DrillInfo', active: boolean, speed: number } };

export type StartIncidentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StartIncidentMutation = { __typename?: 'Mutation', startIncident: { __typename?: 'Incident', id: string, code: string, category: IncidentCategory, severity: Severity, status: IncidentStatus, title: string, description: string | null, affectsVoting: boolean, reportedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, note: string | null, reporter: string | null, ward: { __typename?: 'Ward', id: string, name: string, district: { __typename?: 'District', id: string, name: string, province: { __typename?: 'Province', id: string, name: string } } }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string } | null, wards: Array<{ __typename?: 'Ward', id: string, name: string }>, pollingAreas: Array<{ __typename?: 'PollingArea', id: string, code: string, number: number, name: string }> } };

export type StartTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StartTaskMutation = { __typename?: 'Mutation', startTask: { __typename?: 'Task', id: string, status: TaskStatus, note: string | null, declineReason: string | null, cancelReason: string | null, cancelledAt: string | null, createdAt: string, ackDueAt: string, acknowledgedAt: string | null, startedAt: string | null, doneAt: string | null, declinedAt: string | null, escalatedAt: string | null, overdue: boolean, agency: { __typename?: 'Agency', id: string, code: AgencyCode, name: string }, incident: { __typename?: 'Incident', id: string, code: string, category: IncidentCategory, severity: Severity, status: IncidentStatus, title: string, description: string | null, affectsVoting: boolean, reportedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, note: string | null, reporter: string | null, ward: { __typename?: 'Ward', id: string, name: string, district: { __typename?: 'District', id: string, name: string, province: { __typename?: 'Province', id: string, name: string } } }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string } | null, wards: Array<{ __typename?: 'Ward', id: string, name: string }>, pollingAreas: Array<{ __typename?: 'PollingArea', id: string, code: string, number: number, name: string }> } } };

export type StopDrillMutationVariables = Exact<{ [key: string]: never; }>;


export type StopDrillMutation = { __typename?: 'Mutation', stopDrill: { __typename?: 'DrillInfo', active: boolean } };

export type SupervisionTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisionTeamsQuery = { __typename?: 'Query', supervisionTeams: Array<{ __typename?: 'SupervisionTeam', id: string, code: string, name: string, members: Array<string>, wards: Array<{ __typename?: 'Ward', id: string, code: string, name: string }> }> };

export type TaskQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TaskQuery = { __typename?: 'Query', task: { __typename?: 'Task', id: string, status: TaskStatus, note: string | null, declineReason: string | null, cancelReason: string | null, cancelledAt: string | null, createdAt: string, ackDueAt: string, acknowledgedAt: string | null, startedAt: string | null, doneAt: string | null, declinedAt: string | null, escalatedAt: string | null, overdue: boolean, agency: { __typename?: 'Agency', id: string, code: AgencyCode, name: string }, incident: { __typename?: 'Incident', id: string, code: string, category: IncidentCategory, severity: Severity, status: IncidentStatus, title: string, description: string | null, affectsVoting: boolean, reportedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, note: string | null, reporter: string | null, ward: { __typename?: 'Ward', id: string, name: string, district: { __typename?: 'District', id: string, name: string, province: { __typename?: 'Province', id: string, name: string } } }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string } | null, wards: Array<{ __typename?: 'Ward', id: string, name: string }>, pollingAreas: Array<{ __typename?: 'PollingArea', id: string, code: string, number: number, name: string }> } } | null };

export type TasksQueryVariables = Exact<{
  filter?: InputMaybe<TaskFilter>;
}>;


export type TasksQuery = { __typename?: 'Query', tasks: Array<{ __typename?: 'Task', id: string, status: TaskStatus, note: string | null, declineReason: string | null, cancelReason: string | null, cancelledAt: string | null, createdAt: string, ackDueAt: string, acknowledgedAt: string | null, startedAt: string | null, doneAt: string | null, declinedAt: string | null, escalatedAt: string | null, overdue: boolean, agency: { __typename?: 'Agency', id: string, code: AgencyCode, name: string }, incident: { __typename?: 'Incident', id: string, code: string, category: IncidentCategory, severity: Severity, status: IncidentStatus, title: string, description: string | null, affectsVoting: boolean, reportedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, note: string | null, reporter: string | null, ward: { __typename?: 'Ward', id: string, name: string, district: { __typename?: 'District', id: string, name: string, province: { __typename?: 'Province', id: string, name: string } } }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string } | null, wards: Array<{ __typename?: 'Ward', id: string, name: string }>, pollingAreas: Array<{ __typename?: 'PollingArea', id: string, code: string, number: number, name: string }> } }> };

export type TransferComplaintMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  to: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type TransferComplaintMutation = { __typename?: 'Mutation', transferComplaint: { __typename?: 'Complaint', id: string, code: string, kind: ComplaintKind, subject: ComplaintSubject, channel: ComplaintChannel, summary: string, receivedAt: string, dueAt: string, overdue: boolean, status: ComplaintStatus, assignee: string | null, answer: string | null, answeredAt: string | null, transferredTo: string | null, transferredAt: string | null, transferNote: string | null, receivedBy: string, ward: { __typename?: 'Ward', id: string, name: string } | null, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string } | null } };

export type TurnoutQueryVariables = Exact<{ [key: string]: never; }>;


export type TurnoutQuery = { __typename?: 'Query', turnout: { __typename?: 'TurnoutSummary', registered: number, voted: number, percent: number, areasReported: number, areasTotal: number, byWard: Array<{ __typename?: 'WardTurnout', wardId: string, registered: number, voted: number, percent: number }>, series: Array<{ __typename?: 'TurnoutPoint', at: string, checkpoint: string | null, voted: number, percent: number }> }, readiness: { __typename?: 'Readiness', done: number, required: number, percent: number, areasComplete: number, areasTotal: number, secondsToOpening: number, opensAt: string } };

export type UnitDistrictsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnitDistrictsQuery = { __typename?: 'Query', provinces: Array<{ __typename?: 'Province', id: string, districts: Array<{ __typename?: 'District', id: string }> }> };

export type UnitSnapshotQueryVariables = Exact<{ [key: string]: never; }>;


export type UnitSnapshotQuery = { __typename?: 'Query', snapshot: { __typename?: 'Snapshot', seq: number, election: { __typename?: 'Election', name: string, date: string, pollsOpenAt: string, pollsCloseAt: string, now: string, drill: { __typename?: 'DrillInfo', active: boolean, speed: number }, checkpoints: Array<{ __typename?: 'Checkpoint', label: string, at: string, lateAt: string }> }, incidents: Array<{ __typename?: 'Incident', id: string, code: string, category: IncidentCategory, severity: Severity, status: IncidentStatus, title: string, description: string | null, affectsVoting: boolean, reportedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, note: string | null, reporter: string | null, ward: { __typename?: 'Ward', id: string, name: string, district: { __typename?: 'District', id: string, name: string, province: { __typename?: 'Province', id: string, name: string } } }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string } | null, wards: Array<{ __typename?: 'Ward', id: string, name: string }>, pollingAreas: Array<{ __typename?: 'PollingArea', id: string, code: string, number: number, name: string }> }>, tasks: Array<{ __typename?: 'Task', id: string, status: TaskStatus, note: string | null, declineReason: string | null, cancelReason: string | null, cancelledAt: string | null, createdAt: string, ackDueAt: string, acknowledgedAt: string | null, startedAt: string | null, doneAt: string | null, declinedAt: string | null, escalatedAt: string | null, overdue: boolean, agency: { __typename?: 'Agency', id: string, code: AgencyCode, name: string }, incident: { __typename?: 'Incident', id: string, code: string, category: IncidentCategory, severity: Severity, status: IncidentStatus, title: string, description: string | null, affectsVoting: boolean, reportedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, note: string | null, reporter: string | null, ward: { __typename?: 'Ward', id: string, name: string, district: { __typename?: 'District', id: string, name: string, province: { __typename?: 'Province', id: string, name: string } } }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string } | null, wards: Array<{ __typename?: 'Ward', id: string, name: string }>, pollingAreas: Array<{ __typename?: 'PollingArea', id: string, code: string, number: number, name: string }> } }>, turnout: { __typename?: 'TurnoutSummary', registered: number, voted: number, percent: number, areasReported: number, areasTotal: number, series: Array<{ __typename?: 'TurnoutPoint', at: string, checkpoint: string | null, voted: number, percent: number }> } } };

export type UnitTurnoutFieldsFragment = { __typename?: 'TurnoutSummary', registered: number, voted: number, percent: number, areasReported: number, areasTotal: number, series: Array<{ __typename?: 'TurnoutPoint', at: string, checkpoint: string | null, voted: number, percent: number }> };

export type UnitTotalsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type UnitTotalsSubscription = { __typename?: 'Subscription', unitTotals: { __typename?: 'UnitTotals', seq: number, at: string, unit: { __typename?: 'Unit', level: UnitLevel, id: string | null, code: string, name: string }, total: { __typename?: 'UnitTile', registered: number, voted: number, percent: number, areasReported: number, areasTotal: number, readinessDone: number, readinessRequired: number, openIncidents: number, suspendedAreas: number, areasNotOpened: number, lateAreas: number, flaggedAreas: number, openFindings: number, overdueTasks: number, overdueComplaints: number, overdueVisits: number, needingAttention: number, unit: { __typename?: 'Unit', level: UnitLevel, id: string | null, code: string, name: string } }, children: Array<{ __typename?: 'UnitTile', registered: number, voted: number, percent: number, areasReported: number, areasTotal: number, readinessDone: number, readinessRequired: number, openIncidents: number, suspendedAreas: number, areasNotOpened: number, lateAreas: number, flaggedAreas: number, openFindings: number, overdueTasks: number, overdueComplaints: number, overdueVisits: number, needingAttention: number, unit: { __typename?: 'Unit', level: UnitLevel, id: string | null, code: string, name: string } }> } };

export type UnitTileFieldsFragment = { __typename?: 'UnitTile', registered: number, voted: number, percent: number, areasReported: number, areasTotal: number, readinessDone: number, readinessRequired: number, openIncidents: number, suspendedAreas: number, areasNotOpened: number, lateAreas: number, flaggedAreas: number, openFindings: number, overdueTasks: number, overdueComplaints: number, overdueVisits: number, needingAttention: number, unit: { __typename?: 'Unit', level: UnitLevel, id: string | null, code: string, name: string } };

export type UnitTurnoutQueryVariables = Exact<{ [key: string]: never; }>;


export type UnitTurnoutQuery = { __typename?: 'Query', turnout: { __typename?: 'TurnoutSummary', registered: number, voted: number, percent: number, areasReported: number, areasTotal: number, series: Array<{ __typename?: 'TurnoutPoint', at: string, checkpoint: string | null, voted: number, percent: number }> } };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, username: string, displayName: string, role: Role }> };

export type VerifyTurnoutMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type VerifyTurnoutMutation = { __typename?: 'Mutation', verifyTurnout: { __typename?: 'TurnoutReport', verifiedAt: string | null, verifyNote: string | null, id: string, voted: number, at: string, flags: Array<TurnoutFlag>, verified: boolean, pollingArea: { __typename?: 'PollingArea', id: string, wardId: { __typename?: 'Ward', id: string } } } };

export type VoterListChangesQueryVariables = Exact<{
  filter?: InputMaybe<VoterListChangeFilter>;
}>;


export type VoterListChangesQuery = { __typename?: 'Query', voterListChanges: Array<{ __typename?: 'VoterListChange', recordedBy: string | null, id: string, kind: VoterListChangeKind, count: number, note: string | null, at: string, registeredAfter: number, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string } }> };

export type WardsQueryVariables = Exact<{ [key: string]: never; }>;


export type WardsQuery = { __typename?: 'Query', wards: Array<{ __typename?: 'Ward', id: string, code: string, name: string, pollingAreas: Array<{ __typename?: 'PollingArea', id: string, code: string, number: number, name: string, registeredVoters: number }> }> };

export type AreaFieldsFragment = { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string, status: PollingAreaStatus, statusReason: string | null, statusChangedAt: string, registeredVoters: number, seededVoters: number, transientVoters: number, votersRemoved: number, relocatedAt: string | null, wardId: { __typename?: 'Ward', id: string }, latestTurnout: { __typename?: 'TurnoutReport', id: string, voted: number, at: string, flags: Array<TurnoutFlag>, verified: boolean } | null };

export type IncidentFieldsFragment = { __typename?: 'Incident', id: string, code: string, category: IncidentCategory, severity: Severity, status: IncidentStatus, title: string, description: string | null, affectsVoting: boolean, reportedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, note: string | null, reporter: string | null, ward: { __typename?: 'Ward', id: string, name: string, district: { __typename?: 'District', id: string, name: string, province: { __typename?: 'Province', id: string, name: string } } }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string } | null, wards: Array<{ __typename?: 'Ward', id: string, name: string }>, pollingAreas: Array<{ __typename?: 'PollingArea', id: string, code: string, number: number, name: string }> };

export type TaskFieldsFragment = { __typename?: 'Task', id: string, status: TaskStatus, note: string | null, declineReason: string | null, cancelReason: string | null, cancelledAt: string | null, createdAt: string, ackDueAt: string, acknowledgedAt: string | null, startedAt: string | null, doneAt: string | null, declinedAt: string | null, escalatedAt: string | null, overdue: boolean, agency: { __typename?: 'Agency', id: string, code: AgencyCode, name: string }, incident: { __typename?: 'Incident', id: string, code: string, category: IncidentCategory, severity: Severity, status: IncidentStatus, title: string, description: string | null, affectsVoting: boolean, reportedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, note: string | null, reporter: string | null, ward: { __typename?: 'Ward', id: string, name: string, district: { __typename?: 'District', id: string, name: string, province: { __typename?: 'Province', id: string, name: string } } }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, address: string } | null, wards: Array<{ __typename?: 'Ward', id: string, name: string }>, pollingAreas: Array<{ __typename?: 'PollingArea', id: string, code: string, number: number, name: string }> } };

export type TurnoutFieldsFragment = { __typename?: 'TurnoutSummary', registered: number, voted: number, percent: number, areasReported: number, areasTotal: number, byWard: Array<{ __typename?: 'WardTurnout', wardId: string, registered: number, voted: number, percent: number }>, series: Array<{ __typename?: 'TurnoutPoint', at: string, checkpoint: string | null, voted: number, percent: number }> };

export type FindingFieldsFragment = { __typename?: 'Finding', id: string, code: string, kind: FindingKind, status: FindingStatus, text: string, at: string, author: string, addressedNote: string | null, addressedAt: string | null, team: { __typename?: 'SupervisionTeam', id: string, name: string }, ward: { __typename?: 'Ward', id: string, name: string }, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string } | null, incident: { __typename?: 'Incident', id: string, code: string, status: IncidentStatus } | null };

export type FlaggedReportFieldsFragment = { __typename?: 'TurnoutReport', id: string, voted: number, at: string, flags: Array<TurnoutFlag>, verified: boolean, pollingArea: { __typename?: 'PollingArea', id: string, wardId: { __typename?: 'Ward', id: string } } };

export type SituationReportHeadingFragment = { __typename?: 'SituationReport', id: string, checkpoint: string, checkpointAt: string, compiledAt: string, level: UnitLevel, status: SituationReportStatus, note: string | null, sentAt: string | null, sentBy: string | null, ward: { __typename?: 'Ward', id: string, code: string, name: string } | null };

export type SituationReportFieldsFragment = { __typename?: 'SituationReport', figures: Record<string, unknown>, id: string, checkpoint: string, checkpointAt: string, compiledAt: string, level: UnitLevel, status: SituationReportStatus, note: string | null, sentAt: string | null, sentBy: string | null, ward: { __typename?: 'Ward', id: string, code: string, name: string } | null };

export type ComplaintFieldsFragment = { __typename?: 'Complaint', id: string, code: string, kind: ComplaintKind, subject: ComplaintSubject, channel: ComplaintChannel, summary: string, receivedAt: string, dueAt: string, overdue: boolean, status: ComplaintStatus, assignee: string | null, answer: string | null, answeredAt: string | null, transferredTo: string | null, transferredAt: string | null, transferNote: string | null, receivedBy: string, ward: { __typename?: 'Ward', id: string, name: string } | null, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string } | null };

export type BallotBoxVisitFieldsFragment = { __typename?: 'BallotBoxVisit', id: string, code: string, voters: number, reason: VisitReason, address: string, note: string | null, status: VisitStatus, requestedAt: string, requestedBy: string, scheduledFor: string | null, visitedAt: string | null, ballotsCollected: number | null, cancelReason: string | null, pollingArea: { __typename?: 'PollingArea', id: string, code: string, number: number, name: string, ward: { __typename?: 'Ward', id: string, name: string } } };

export type VoterListChangeFieldsFragment = { __typename?: 'VoterListChange', id: string, kind: VoterListChangeKind, count: number, note: string | null, at: string, registeredAfter: number };

export type RelocationFieldsFragment = { __typename?: 'PollingAreaRelocation', fromName: string, fromAddress: string, toName: string, toAddress: string, reason: string, movedAt: string };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const UnitTurnoutFieldsFragmentDoc = new TypedDocumentString(`
    fragment UnitTurnoutFields on TurnoutSummary {
  registered
  voted
  percent
  areasReported
  areasTotal
  series {
    at
    checkpoint
    voted
    percent
  }
}
    `, {"fragmentName":"UnitTurnoutFields"}) as unknown as TypedDocumentString<UnitTurnoutFieldsFragment, unknown>;
export const UnitTileFieldsFragmentDoc = new TypedDocumentString(`
    fragment UnitTileFields on UnitTile {
  unit {
    level
    id
    code
    name
  }
  registered
  voted
  percent
  areasReported
  areasTotal
  readinessDone
  readinessRequired
  openIncidents
  suspendedAreas
  areasNotOpened
  lateAreas
  flaggedAreas
  openFindings
  overdueTasks
  overdueComplaints
  overdueVisits
  needingAttention
}
    `, {"fragmentName":"UnitTileFields"}) as unknown as TypedDocumentString<UnitTileFieldsFragment, unknown>;
export const AreaFieldsFragmentDoc = new TypedDocumentString(`
    fragment AreaFields on PollingArea {
  id
  code
  number
  name
  address
  status
  statusReason
  statusChangedAt
  registeredVoters
  seededVoters
  transientVoters
  votersRemoved
  relocatedAt
  wardId: ward {
    id
  }
  latestTurnout {
    id
    voted
    at
    flags
    verified
  }
}
    `, {"fragmentName":"AreaFields"}) as unknown as TypedDocumentString<AreaFieldsFragment, unknown>;
export const IncidentFieldsFragmentDoc = new TypedDocumentString(`
    fragment IncidentFields on Incident {
  id
  code
  category
  severity
  status
  title
  description
  affectsVoting
  reportedAt
  acknowledgedAt
  resolvedAt
  note
  reporter
  ward {
    id
    name
    district {
      id
      name
      province {
        id
        name
      }
    }
  }
  pollingArea {
    id
    code
    number
    name
    address
  }
  wards {
    id
    name
  }
  pollingAreas {
    id
    code
    number
    name
  }
}
    `, {"fragmentName":"IncidentFields"}) as unknown as TypedDocumentString<IncidentFieldsFragment, unknown>;
export const TaskFieldsFragmentDoc = new TypedDocumentString(`
    fragment TaskFields on Task {
  id
  status
  note
  declineReason
  cancelReason
  cancelledAt
  createdAt
  ackDueAt
  acknowledgedAt
  startedAt
  doneAt
  declinedAt
  escalatedAt
  overdue
  agency {
    id
    code
    name
  }
  incident {
    ...IncidentFields
  }
}
    fragment IncidentFields on Incident {
  id
  code
  category
  severity
  status
  title
  description
  affectsVoting
  reportedAt
  acknowledgedAt
  resolvedAt
  note
  reporter
  ward {
    id
    name
    district {
      id
      name
      province {
        id
        name
      }
    }
  }
  pollingArea {
    id
    code
    number
    name
    address
  }
  wards {
    id
    name
  }
  pollingAreas {
    id
    code
    number
    name
  }
}`, {"fragmentName":"TaskFields"}) as unknown as TypedDocumentString<TaskFieldsFragment, unknown>;
export const TurnoutFieldsFragmentDoc = new TypedDocumentString(`
    fragment TurnoutFields on TurnoutSummary {
  registered
  voted
  percent
  areasReported
  areasTotal
  byWard {
    wardId
    registered
    voted
    percent
  }
  series {
    at
    checkpoint
    voted
    percent
  }
}
    `, {"fragmentName":"TurnoutFields"}) as unknown as TypedDocumentString<TurnoutFieldsFragment, unknown>;
export const FindingFieldsFragmentDoc = new TypedDocumentString(`
    fragment FindingFields on Finding {
  id
  code
  kind
  status
  text
  at
  author
  addressedNote
  addressedAt
  team {
    id
    name
  }
  ward {
    id
    name
  }
  pollingArea {
    id
    code
    number
    name
  }
  incident {
    id
    code
    status
  }
}
    `, {"fragmentName":"FindingFields"}) as unknown as TypedDocumentString<FindingFieldsFragment, unknown>;
export const FlaggedReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment FlaggedReportFields on TurnoutReport {
  id
  voted
  at
  flags
  verified
  pollingArea {
    id
    wardId: ward {
      id
    }
  }
}
    `, {"fragmentName":"FlaggedReportFields"}) as unknown as TypedDocumentString<FlaggedReportFieldsFragment, unknown>;
export const SituationReportHeadingFragmentDoc = new TypedDocumentString(`
    fragment SituationReportHeading on SituationReport {
  id
  checkpoint
  checkpointAt
  compiledAt
  level
  ward {
    id
    code
    name
  }
  status
  note
  sentAt
  sentBy
}
    `, {"fragmentName":"SituationReportHeading"}) as unknown as TypedDocumentString<SituationReportHeadingFragment, unknown>;
export const SituationReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment SituationReportFields on SituationReport {
  ...SituationReportHeading
  figures
}
    fragment SituationReportHeading on SituationReport {
  id
  checkpoint
  checkpointAt
  compiledAt
  level
  ward {
    id
    code
    name
  }
  status
  note
  sentAt
  sentBy
}`, {"fragmentName":"SituationReportFields"}) as unknown as TypedDocumentString<SituationReportFieldsFragment, unknown>;
export const ComplaintFieldsFragmentDoc = new TypedDocumentString(`
    fragment ComplaintFields on Complaint {
  id
  code
  kind
  subject
  channel
  summary
  receivedAt
  dueAt
  overdue
  status
  assignee
  answer
  answeredAt
  transferredTo
  transferredAt
  transferNote
  receivedBy
  ward {
    id
    name
  }
  pollingArea {
    id
    code
    number
    name
  }
}
    `, {"fragmentName":"ComplaintFields"}) as unknown as TypedDocumentString<ComplaintFieldsFragment, unknown>;
export const BallotBoxVisitFieldsFragmentDoc = new TypedDocumentString(`
    fragment BallotBoxVisitFields on BallotBoxVisit {
  id
  code
  voters
  reason
  address
  note
  status
  requestedAt
  requestedBy
  scheduledFor
  visitedAt
  ballotsCollected
  cancelReason
  pollingArea {
    id
    code
    number
    name
    ward {
      id
      name
    }
  }
}
    `, {"fragmentName":"BallotBoxVisitFields"}) as unknown as TypedDocumentString<BallotBoxVisitFieldsFragment, unknown>;
export const VoterListChangeFieldsFragmentDoc = new TypedDocumentString(`
    fragment VoterListChangeFields on VoterListChange {
  id
  kind
  count
  note
  at
  registeredAfter
}
    `, {"fragmentName":"VoterListChangeFields"}) as unknown as TypedDocumentString<VoterListChangeFieldsFragment, unknown>;
export const RelocationFieldsFragmentDoc = new TypedDocumentString(`
    fragment RelocationFields on PollingAreaRelocation {
  fromName
  fromAddress
  toName
  toAddress
  reason
  movedAt
}
    `, {"fragmentName":"RelocationFields"}) as unknown as TypedDocumentString<RelocationFieldsFragment, unknown>;
export const AcknowledgeIncidentDocument = new TypedDocumentString(`
    mutation AcknowledgeIncident($id: ID!) {
  acknowledgeIncident(id: $id) {
    ...IncidentFields
  }
}
    fragment IncidentFields on Incident {
  id
  code
  category
  severity
  status
  title
  description
  affectsVoting
  reportedAt
  acknowledgedAt
  resolvedAt
  note
  reporter
  ward {
    id
    name
    district {
      id
      name
      province {
        id
        name
      }
    }
  }
  pollingArea {
    id
    code
    number
    name
    address
  }
  wards {
    id
    name
  }
  pollingAreas {
    id
    code
    number
    name
  }
}`) as unknown as TypedDocumentString<AcknowledgeIncidentMutation, AcknowledgeIncidentMutationVariables>;
export const AcknowledgeTaskDocument = new TypedDocumentString(`
    mutation AcknowledgeTask($id: ID!) {
  acknowledgeTask(id: $id) {
    ...TaskFields
  }
}
    fragment IncidentFields on Incident {
  id
  code
  category
  severity
  status
  title
  description
  affectsVoting
  reportedAt
  acknowledgedAt
  resolvedAt
  note
  reporter
  ward {
    id
    name
    district {
      id
      name
      province {
        id
        name
      }
    }
  }
  pollingArea {
    id
    code
    number
    name
    address
  }
  wards {
    id
    name
  }
  pollingAreas {
    id
    code
    number
    name
  }
}
fragment TaskFields on Task {
  id
  status
  note
  declineReason
  cancelReason
  cancelledAt
  createdAt
  ackDueAt
  acknowledgedAt
  startedAt
  doneAt
  declinedAt
  escalatedAt
  overdue
  agency {
    id
    code
    name
  }
  incident {
    ...IncidentFields
  }
}`) as unknown as TypedDocumentString<AcknowledgeTaskMutation, AcknowledgeTaskMutationVariables>;
export const AddIncidentNoteDocument = new TypedDocumentString(`
    mutation AddIncidentNote($id: ID!, $text: String!, $clientRequestId: String) {
  addIncidentNote(id: $id, text: $text, clientRequestId: $clientRequestId) {
    ...IncidentFields
  }
}
    fragment IncidentFields on Incident {
  id
  code
  category
  severity
  status
  title
  description
  affectsVoting
  reportedAt
  acknowledgedAt
  resolvedAt
  note
  reporter
  ward {
    id
    name
    district {
      id
      name
      province {
        id
        name
      }
    }
  }
  pollingArea {
    id
    code
    number
    name
    address
  }
  wards {
    id
    name
  }
  pollingAreas {
    id
    code
    number
    name
  }
}`) as unknown as TypedDocumentString<AddIncidentNoteMutation, AddIncidentNoteMutationVariables>;
export const AddressFindingDocument = new TypedDocumentString(`
    mutation AddressFinding($id: ID!, $note: String!) {
  addressFinding(id: $id, note: $note) {
    ...FindingFields
  }
}
    fragment FindingFields on Finding {
  id
  code
  kind
  status
  text
  at
  author
  addressedNote
  addressedAt
  team {
    id
    name
  }
  ward {
    id
    name
  }
  pollingArea {
    id
    code
    number
    name
  }
  incident {
    id
    code
    status
  }
}`) as unknown as TypedDocumentString<AddressFindingMutation, AddressFindingMutationVariables>;
export const AnswerComplaintDocument = new TypedDocumentString(`
    mutation AnswerComplaint($id: ID!, $answer: String!) {
  answerComplaint(id: $id, answer: $answer) {
    ...ComplaintFields
  }
}
    fragment ComplaintFields on Complaint {
  id
  code
  kind
  subject
  channel
  summary
  receivedAt
  dueAt
  overdue
  status
  assignee
  answer
  answeredAt
  transferredTo
  transferredAt
  transferNote
  receivedBy
  ward {
    id
    name
  }
  pollingArea {
    id
    code
    number
    name
  }
}`) as unknown as TypedDocumentString<AnswerComplaintMutation, AnswerComplaintMutationVariables>;
export const AreaDetailDocument = new TypedDocumentString(`
    query AreaDetail($id: ID!) {
  pollingArea(id: $id) {
    ...AreaFields
    statusChangedAt
    checklist {
      item
      done
    }
    turnoutReports {
      id
      voted
      at
      correctionReason
      reportedBy
      flags
      verified
      verifiedAt
      verifyNote
    }
    relocations {
      ...RelocationFields
      actorName
    }
    statusHistory {
      status
      reason
      at
      actorName
    }
  }
}
    fragment AreaFields on PollingArea {
  id
  code
  number
  name
  address
  status
  statusReason
  statusChangedAt
  registeredVoters
  seededVoters
  transientVoters
  votersRemoved
  relocatedAt
  wardId: ward {
    id
  }
  latestTurnout {
    id
    voted
    at
    flags
    verified
  }
}
fragment RelocationFields on PollingAreaRelocation {
  fromName
  fromAddress
  toName
  toAddress
  reason
  movedAt
}`) as unknown as TypedDocumentString<AreaDetailQuery, AreaDetailQueryVariables>;
export const AssignComplaintDocument = new TypedDocumentString(`
    mutation AssignComplaint($id: ID!, $assignee: String!) {
  assignComplaint(id: $id, assignee: $assignee) {
    ...ComplaintFields
  }
}
    fragment ComplaintFields on Complaint {
  id
  code
  kind
  subject
  channel
  summary
  receivedAt
  dueAt
  overdue
  status
  assignee
  answer
  answeredAt
  transferredTo
  transferredAt
  transferNote
  receivedBy
  ward {
    id
    name
  }
  pollingArea {
    id
    code
    number
    name
  }
}`) as unknown as TypedDocumentString<AssignComplaintMutation, AssignComplaintMutationVariables>;
export const BallotBoxVisitsDocument = new TypedDocumentString(`
    query BallotBoxVisits($filter: BallotBoxVisitFilter) {
  ballotBoxVisits(filter: $filter) {
    ...BallotBoxVisitFields
  }
}
    fragment BallotBoxVisitFields on BallotBoxVisit {
  id
  code
  voters
  reason
  address
  note
  status
  requestedAt
  requestedBy
  scheduledFor
  visitedAt
  ballotsCollected
  cancelReason
  pollingArea {
    id
    code
    number
    name
    ward {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<BallotBoxVisitsQuery, BallotBoxVisitsQueryVariables>;
export const CancelBallotBoxVisitDocument = new TypedDocumentString(`
    mutation CancelBallotBoxVisit($id: ID!, $reason: String!) {
  cancelBallotBoxVisit(id: $id, reason: $reason) {
    ...BallotBoxVisitFields
  }
}
    fragment BallotBoxVisitFields on BallotBoxVisit {
  id
  code
  voters
  reason
  address
  note
  status
  requestedAt
  requestedBy
  scheduledFor
  visitedAt
  ballotsCollected
  cancelReason
  pollingArea {
    id
    code
    number
    name
    ward {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<CancelBallotBoxVisitMutation, CancelBallotBoxVisitMutationVariables>;
export const CloseComplaintDocument = new TypedDocumentString(`
    mutation CloseComplaint($id: ID!) {
  closeComplaint(id: $id) {
    ...ComplaintFields
  }
}
    fragment ComplaintFields on Complaint {
  id
  code
  kind
  subject
  channel
  summary
  receivedAt
  dueAt
  overdue
  status
  assignee
  answer
  answeredAt
  transferredTo
  transferredAt
  transferNote
  receivedBy
  ward {
    id
    name
  }
  pollingArea {
    id
    code
    number
    name
  }
}`) as unknown as TypedDocumentString<CloseComplaintMutation, CloseComplaintMutationVariables>;
export const ComplaintDetailDocument = new TypedDocumentString(`
    query ComplaintDetail($id: ID!) {
  complaint(id: $id) {
    ...ComplaintFields
    complainant {
      name
      contact
    }
  }
}
    fragment ComplaintFields on Complaint {
  id
  code
  kind
  subject
  channel
  summary
  receivedAt
  dueAt
  overdue
  status
  assignee
  answer
  answeredAt
  transferredTo
  transferredAt
  transferNote
  receivedBy
  ward {
    id
    name
  }
  pollingArea {
    id
    code
    number
    name
  }
}`) as unknown as TypedDocumentString<ComplaintDetailQuery, ComplaintDetailQueryVariables>;
export const ComplaintEventsDocument = new TypedDocumentString(`
    query ComplaintEvents($after: Int, $limit: Int) {
  events(after: $after, limit: $limit) {
    seq
    type
    at
    actorName
    complaint {
      id
      status
      assignee
      answer
      transferredTo
      transferNote
    }
  }
}
    `) as unknown as TypedDocumentString<ComplaintEventsQuery, ComplaintEventsQueryVariables>;
export const ComplaintsDocument = new TypedDocumentString(`
    query Complaints($filter: ComplaintFilter) {
  complaints(filter: $filter) {
    ...ComplaintFields
  }
}
    fragment ComplaintFields on Complaint {
  id
  code
  kind
  subject
  channel
  summary
  receivedAt
  dueAt
  overdue
  status
  assignee
  answer
  answeredAt
  transferredTo
  transferredAt
  transferNote
  receivedBy
  ward {
    id
    name
  }
  pollingArea {
    id
    code
    number
    name
  }
}`) as unknown as TypedDocumentString<ComplaintsQuery, ComplaintsQueryVariables>;
export const CompleteTaskDocument = new TypedDocumentString(`
    mutation CompleteTask($id: ID!, $note: String) {
  completeTask(id: $id, note: $note) {
    ...TaskFields
  }
}
    fragment IncidentFields on Incident {
  id
  code
  category
  severity
  status
  title
  description
  affectsVoting
  reportedAt
  acknowledgedAt
  resolvedAt
  note
  reporter
  ward {
    id
    name
    district {
      id
      name
      province {
        id
        name
      }
    }
  }
  pollingArea {
    id
    code
    number
    name
    address
  }
  wards {
    id
    name
  }
  pollingAreas {
    id
    code
    number
    name
  }
}
fragment TaskFields on Task {
  id
  status
  note
  declineReason
  cancelReason
  cancelledAt
  createdAt
  ackDueAt
  acknowledgedAt
  startedAt
  doneAt
  declinedAt
  escalatedAt
  overdue
  agency {
    id
    code
    name
  }
  incident {
    ...IncidentFields
  }
}`) as unknown as TypedDocumentString<CompleteTaskMutation, CompleteTaskMutationVariables>;
export const DeclineTaskDocument = new TypedDocumentString(`
    mutation DeclineTask($id: ID!, $reason: String!) {
  declineTask(id: $id, reason: $reason) {
    ...TaskFields
  }
}
    fragment IncidentFields on Incident {
  id
  code
  category
  severity
  status
  title
  description
  affectsVoting
  reportedAt
  acknowledgedAt
  resolvedAt
  note
  reporter
  ward {
    id
    name
    district {
      id
      name
      province {
        id
        name
      }
    }
  }
  pollingArea {
    id
    code
    number
    name
    address
  }
  wards {
    id
    name
  }
  pollingAreas {
    id
    code
    number
    name
  }
}
fragment TaskFields on Task {
  id
  status
  note
  declineReason
  cancelReason
  cancelledAt
  createdAt
  ackDueAt
  acknowledgedAt
  startedAt
  doneAt
  declinedAt
  escalatedAt
  overdue
  agency {
    id
    code
    name
  }
  incident {
    ...IncidentFields
  }
}`) as unknown as TypedDocumentString<DeclineTaskMutation, DeclineTaskMutationVariables>;
export const DispatchTaskDocument = new TypedDocumentString(`
    mutation DispatchTask($input: DispatchTaskInput!) {
  dispatchTask(input: $input) {
    ...TaskFields
  }
}
    fragment IncidentFields on Incident {
  id
  code
  category
  severity
  status
  title
  description
  affectsVoting
  reportedAt
  acknowledgedAt
  resolvedAt
  note
  reporter
  ward {
    id
    name
    district {
      id
      name
      province {
        id
        name
      }
    }
  }
  pollingArea {
    id
    code
    number
    name
    address
  }
  wards {
    id
    name
  }
  pollingAreas {
    id
    code
    number
    name
  }
}
fragment TaskFields on Task {
  id
  status
  note
  declineReason
  cancelReason
  cancelledAt
  createdAt
  ackDueAt
  acknowledgedAt
  startedAt
  doneAt
  declinedAt
  escalatedAt
  overdue
  agency {
    id
    code
    name
  }
  incident {
    ...IncidentFields
  }
}`) as unknown as TypedDocumentString<DispatchTaskMutation, DispatchTaskMutationVariables>;
export const ElectionNowDocument = new TypedDocumentString(`
    query ElectionNow {
  election {
    now
    drill {
      active
      speed
    }
  }
}
    `) as unknown as TypedDocumentString<ElectionNowQuery, ElectionNowQueryVariables>;
export const EscalateFindingDocument = new TypedDocumentString(`
    mutation EscalateFinding($id: ID!, $category: IncidentCategory!, $severity: Severity!) {
  escalateFinding(id: $id, category: $category, severity: $severity) {
    ...IncidentFields
  }
}
    fragment IncidentFields on Incident {
  id
  code
  category
  severity
  status
  title
  description
  affectsVoting
  reportedAt
  acknowledgedAt
  resolvedAt
  note
  reporter
  ward {
    id
    name
    district {
      id
      name
      province {
        id
        name
      }
    }
  }
  pollingArea {
    id
    code
    number
    name
    address
  }
  wards {
    id
    name
  }
  pollingAreas {
    id
    code
    number
    name
  }
}`) as unknown as TypedDocumentString<EscalateFindingMutation, EscalateFindingMutationVariables>;
export const EventLogDocument = new TypedDocumentString(`
    query EventLog($after: Int, $limit: Int) {
  events(after: $after, limit: $limit) {
    seq
    type
    at
    actorName
    wardId
    checkpoint
    checklistItem
    checklistDone
    incident {
      id
      code
      category
      description
    }
    task {
      id
      status
      agency {
        code
      }
    }
    turnoutReport {
      id
      voted
      correctionReason
    }
    pollingArea {
      id
      code
      name
      address
      registeredVoters
    }
    voterListChange {
      ...VoterListChangeFields
    }
    relocation {
      ...RelocationFields
    }
  }
}
    fragment VoterListChangeFields on VoterListChange {
  id
  kind
  count
  note
  at
  registeredAfter
}
fragment RelocationFields on PollingAreaRelocation {
  fromName
  fromAddress
  toName
  toAddress
  reason
  movedAt
}`) as unknown as TypedDocumentString<EventLogQuery, EventLogQueryVariables>;
export const EventSeqsDocument = new TypedDocumentString(`
    query EventSeqs($after: Int, $limit: Int) {
  events(after: $after, limit: $limit) {
    seq
    wardId
  }
}
    `) as unknown as TypedDocumentString<EventSeqsQuery, EventSeqsQueryVariables>;
export const EventStreamDocument = new TypedDocumentString(`
    subscription EventStream($after: Int, $wardId: ID, $figures: Boolean) {
  events(after: $after, wardId: $wardId, figures: $figures) {
    seq
    type
    wardId
    actor
    checkpoint
    incident {
      id
      code
      category
    }
    task {
      id
      status
      agency {
        code
      }
    }
    turnoutReport {
      id
      voted
    }
    pollingArea {
      id
      code
      name
      registeredVoters
    }
  }
}
    `) as unknown as TypedDocumentString<EventStreamSubscription, EventStreamSubscriptionVariables>;
export const EventsDocument = new TypedDocumentString(`
    subscription Events($after: Int, $figures: Boolean) {
  events(after: $after, figures: $figures) {
    seq
    type
    at
    actor
    wardId
    checklistItem
    checklistDone
    checkpoint
    incident {
      ...IncidentFields
    }
    task {
      ...TaskFields
    }
    turnoutReport {
      id
      voted
      at
      flags
      verified
    }
    pollingArea {
      ...AreaFields
    }
    finding {
      ...FindingFields
    }
    complaint {
      ...ComplaintFields
    }
    ballotBoxVisit {
      ...BallotBoxVisitFields
    }
    situationReport {
      ...SituationReportHeading
    }
    voterListChange {
      ...VoterListChangeFields
    }
    relocation {
      ...RelocationFields
    }
  }
}
    fragment AreaFields on PollingArea {
  id
  code
  number
  name
  address
  status
  statusReason
  statusChangedAt
  registeredVoters
  seededVoters
  transientVoters
  votersRemoved
  relocatedAt
  wardId: ward {
    id
  }
  latestTurnout {
    id
    voted
    at
    flags
    verified
  }
}
fragment IncidentFields on Incident {
  id
  code
  category
  severity
  status
  title
  description
  affectsVoting
  reportedAt
  acknowledgedAt
  resolvedAt
  note
  reporter
  ward {
    id
    name
    district {
      id
      name
      province {
        id
        name
      }
    }
  }
  pollingArea {
    id
    code
    number
    name
    address
  }
  wards {
    id
    name
  }
  pollingAreas {
    id
    code
    number
    name
  }
}
fragment TaskFields on Task {
  id
  status
  note
  declineReason
  cancelReason
  cancelledAt
  createdAt
  ackDueAt
  acknowledgedAt
  startedAt
  doneAt
  declinedAt
  escalatedAt
  overdue
  agency {
    id
    code
    name
  }
  incident {
    ...IncidentFields
  }
}
fragment FindingFields on Finding {
  id
  code
  kind
  status
  text
  at
  author
  addressedNote
  addressedAt
  team {
    id
    name
  }
  ward {
    id
    name
  }
  pollingArea {
    id
    code
    number
    name
  }
  incident {
    id
    code
    status
  }
}
fragment SituationReportHeading on SituationReport {
  id
  checkpoint
  checkpointAt
  compiledAt
  level
  ward {
    id
    code
    name
  }
  status
  note
  sentAt
  sentBy
}
fragment ComplaintFields on Complaint {
  id
  code
  kind
  subject
  channel
  summary
  receivedAt
  dueAt
  overdue
  status
  assignee
  answer
  answeredAt
  transferredTo
  transferredAt
  transferNote
  receivedBy
  ward {
    id
    name
  }
  pollingArea {
    id
    code
    number
    name
  }
}
fragment BallotBoxVisitFields on BallotBoxVisit {
  id
  code
  voters
  reason
  address
  note
  status
  requestedAt
  requestedBy
  scheduledFor
  visitedAt
  ballotsCollected
  cancelReason
  pollingArea {
    id
    code
    number
    name
    ward {
      id
      name
    }
  }
}
fragment VoterListChangeFields on VoterListChange {
  id
  kind
  count
  note
  at
  registeredAfter
}
fragment RelocationFields on PollingAreaRelocation {
  fromName
  fromAddress
  toName
  toAddress
  reason
  movedAt
}`) as unknown as TypedDocumentString<EventsSubscription, EventsSubscriptionVariables>;
export const FindingsDocument = new TypedDocumentString(`
    query Findings($filter: FindingFilter) {
  findings(filter: $filter) {
    ...FindingFields
  }
}
    fragment FindingFields on Finding {
  id
  code
  kind
  status
  text
  at
  author
  addressedNote
  addressedAt
  team {
    id
    name
  }
  ward {
    id
    name
  }
  pollingArea {
    id
    code
    number
    name
  }
  incident {
    id
    code
    status
  }
}`) as unknown as TypedDocumentString<FindingsQuery, FindingsQueryVariables>;
export const FlaggedTurnoutReportsDocument = new TypedDocumentString(`
    query FlaggedTurnoutReports {
  flaggedTurnoutReports {
    ...FlaggedReportFields
  }
}
    fragment FlaggedReportFields on TurnoutReport {
  id
  voted
  at
  flags
  verified
  pollingArea {
    id
    wardId: ward {
      id
    }
  }
}`) as unknown as TypedDocumentString<FlaggedTurnoutReportsQuery, FlaggedTurnoutReportsQueryVariables>;
export const IncidentDocument = new TypedDocumentString(`
    query Incident($id: ID!) {
  incident(id: $id) {
    ...IncidentFields
  }
}
    fragment IncidentFields on Incident {
  id
  code
  category
  severity
  status
  title
  description
  affectsVoting
  reportedAt
  acknowledgedAt
  resolvedAt
  note
  reporter
  ward {
    id
    name
    district {
      id
      name
      province {
        id
        name
      }
    }
  }
  pollingArea {
    id
    code
    number
    name
    address
  }
  wards {
    id
    name
  }
  pollingAreas {
    id
    code
    number
    name
  }
}`) as unknown as TypedDocumentString<IncidentQuery, IncidentQueryVariables>;
export const IncidentTimelineDocument = new TypedDocumentString(`
    query IncidentTimeline($incidentId: ID!) {
  incidentTimeline(incidentId: $incidentId) {
    seq
    type
    at
    actorName
    note {
      id
      text
      author
    }
    task {
      id
      status
      agency {
        code
      }
      declineReason
      cancelReason
      note
    }
    incident {
      status
      note
    }
  }
}
    `) as unknown as TypedDocumentString<IncidentTimelineQuery, IncidentTimelineQueryVariables>;
export const IncidentsDocument = new TypedDocumentString(`
    query Incidents($filter: IncidentFilter) {
  incidents(filter: $filter) {
    ...IncidentFields
  }
}
    fragment IncidentFields on Incident {
  id
  code
  category
  severity
  status
  title
  description
  affectsVoting
  reportedAt
  acknowledgedAt
  resolvedAt
  note
  reporter
  ward {
    id
    name
    district {
      id
      name
      province {
        id
        name
      }
    }
  }
  pollingArea {
    id
    code
    number
    name
    address
  }
  wards {
    id
    name
  }
  pollingAreas {
    id
    code
    number
    name
  }
}`) as unknown as TypedDocumentString<IncidentsQuery, IncidentsQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    token
    expiresAt
    user {
      id
      username
      displayName
      role
      wardId
      teamId
      unit {
        level
        id
        code
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    username
    displayName
    role
    wardId
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const PollingAreasDocument = new TypedDocumentString(`
    query PollingAreas($wardId: ID) {
  pollingAreas(wardId: $wardId) {
    ...AreaFields
  }
}
    fragment AreaFields on PollingArea {
  id
  code
  number
  name
  address
  status
  statusReason
  statusChangedAt
  registeredVoters
  seededVoters
  transientVoters
  votersRemoved
  relocatedAt
  wardId: ward {
    id
  }
  latestTurnout {
    id
    voted
    at
    flags
    verified
  }
}`) as unknown as TypedDocumentString<PollingAreasQuery, PollingAreasQueryVariables>;
export const ReceiveComplaintDocument = new TypedDocumentString(`
    mutation ReceiveComplaint($input: ReceiveComplaintInput!) {
  receiveComplaint(input: $input) {
    ...ComplaintFields
  }
}
    fragment ComplaintFields on Complaint {
  id
  code
  kind
  subject
  channel
  summary
  receivedAt
  dueAt
  overdue
  status
  assignee
  answer
  answeredAt
  transferredTo
  transferredAt
  transferNote
  receivedBy
  ward {
    id
    name
  }
  pollingArea {
    id
    code
    number
    name
  }
}`) as unknown as TypedDocumentString<ReceiveComplaintMutation, ReceiveComplaintMutationVariables>;
export const RecordBallotBoxVisitDocument = new TypedDocumentString(`
    mutation RecordBallotBoxVisit($id: ID!, $ballotsCollected: Int!) {
  recordBallotBoxVisit(id: $id, ballotsCollected: $ballotsCollected) {
    ...BallotBoxVisitFields
  }
}
    fragment BallotBoxVisitFields on BallotBoxVisit {
  id
  code
  voters
  reason
  address
  note
  status
  requestedAt
  requestedBy
  scheduledFor
  visitedAt
  ballotsCollected
  cancelReason
  pollingArea {
    id
    code
    number
    name
    ward {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<RecordBallotBoxVisitMutation, RecordBallotBoxVisitMutationVariables>;
export const RecordVoterListChangeDocument = new TypedDocumentString(`
    mutation RecordVoterListChange($input: VoterListChangeInput!) {
  recordVoterListChange(input: $input) {
    ...VoterListChangeFields
    pollingArea {
      ...AreaFields
    }
  }
}
    fragment AreaFields on PollingArea {
  id
  code
  number
  name
  address
  status
  statusReason
  statusChangedAt
  registeredVoters
  seededVoters
  transientVoters
  votersRemoved
  relocatedAt
  wardId: ward {
    id
  }
  latestTurnout {
    id
    voted
    at
    flags
    verified
  }
}
fragment VoterListChangeFields on VoterListChange {
  id
  kind
  count
  note
  at
  registeredAfter
}`) as unknown as TypedDocumentString<RecordVoterListChangeMutation, RecordVoterListChangeMutationVariables>;
export const RelocatePollingAreaDocument = new TypedDocumentString(`
    mutation RelocatePollingArea($id: ID!, $name: String!, $address: String!, $reason: String!, $clientRequestId: String) {
  relocatePollingArea(
    id: $id
    name: $name
    address: $address
    reason: $reason
    clientRequestId: $clientRequestId
  ) {
    ...AreaFields
  }
}
    fragment AreaFields on PollingArea {
  id
  code
  number
  name
  address
  status
  statusReason
  statusChangedAt
  registeredVoters
  seededVoters
  transientVoters
  votersRemoved
  relocatedAt
  wardId: ward {
    id
  }
  latestTurnout {
    id
    voted
    at
    flags
    verified
  }
}`) as unknown as TypedDocumentString<RelocatePollingAreaMutation, RelocatePollingAreaMutationVariables>;
export const RenewTokenDocument = new TypedDocumentString(`
    mutation RenewToken {
  renewToken {
    token
    expiresAt
    user {
      id
      username
      displayName
      role
      wardId
      teamId
      unit {
        level
        id
        code
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RenewTokenMutation, RenewTokenMutationVariables>;
export const ReopenIncidentDocument = new TypedDocumentString(`
    mutation ReopenIncident($id: ID!, $reason: String!) {
  reopenIncident(id: $id, reason: $reason) {
    ...IncidentFields
  }
}
    fragment IncidentFields on Incident {
  id
  code
  category
  severity
  status
  title
  description
  affectsVoting
  reportedAt
  acknowledgedAt
  resolvedAt
  note
  reporter
  ward {
    id
    name
    district {
      id
      name
      province {
        id
        name
      }
    }
  }
  pollingArea {
    id
    code
    number
    name
    address
  }
  wards {
    id
    name
  }
  pollingAreas {
    id
    code
    number
    name
  }
}`) as unknown as TypedDocumentString<ReopenIncidentMutation, ReopenIncidentMutationVariables>;
export const ReportFindingDocument = new TypedDocumentString(`
    mutation ReportFinding($input: ReportFindingInput!) {
  reportFinding(input: $input) {
    ...FindingFields
  }
}
    fragment FindingFields on Finding {
  id
  code
  kind
  status
  text
  at
  author
  addressedNote
  addressedAt
  team {
    id
    name
  }
  ward {
    id
    name
  }
  pollingArea {
    id
    code
    number
    name
  }
  incident {
    id
    code
    status
  }
}`) as unknown as TypedDocumentString<ReportFindingMutation, ReportFindingMutationVariables>;
export const ReportIncidentDocument = new TypedDocumentString(`
    mutation ReportIncident($input: ReportIncidentInput!) {
  reportIncident(input: $input) {
    ...IncidentFields
  }
}
    fragment IncidentFields on Incident {
  id
  code
  category
  severity
  status
  title
  description
  affectsVoting
  reportedAt
  acknowledgedAt
  resolvedAt
  note
  reporter
  ward {
    id
    name
    district {
      id
      name
      province {
        id
        name
      }
    }
  }
  pollingArea {
    id
    code
    number
    name
    address
  }
  wards {
    id
    name
  }
  pollingAreas {
    id
    code
    number
    name
  }
}`) as unknown as TypedDocumentString<ReportIncidentMutation, ReportIncidentMutationVariables>;
export const ReportIncidentWithTasksDocument = new TypedDocumentString(`
    mutation ReportIncidentWithTasks($input: ReportIncidentInput!) {
  reportIncident(input: $input) {
    ...IncidentFields
    tasks {
      id
      status
      ackDueAt
      agency {
        code
      }
    }
  }
}
    fragment IncidentFields on Incident {
  id
  code
  category
  severity
  status
  title
  description
  affectsVoting
  reportedAt
  acknowledgedAt
  resolvedAt
  note
  reporter
  ward {
    id
    name
    district {
      id
      name
      province {
        id
        name
      }
    }
  }
  pollingArea {
    id
    code
    number
    name
    address
  }
  wards {
    id
    name
  }
  pollingAreas {
    id
    code
    number
    name
  }
}`) as unknown as TypedDocumentString<ReportIncidentWithTasksMutation, ReportIncidentWithTasksMutationVariables>;
export const ReportTurnoutDocument = new TypedDocumentString(`
    mutation ReportTurnout($input: ReportTurnoutInput!) {
  reportTurnout(input: $input) {
    id
    voted
    at
    correctionReason
    flags
    verified
  }
}
    `) as unknown as TypedDocumentString<ReportTurnoutMutation, ReportTurnoutMutationVariables>;
export const RequestBallotBoxVisitDocument = new TypedDocumentString(`
    mutation RequestBallotBoxVisit($input: RequestBallotBoxVisitInput!) {
  requestBallotBoxVisit(input: $input) {
    ...BallotBoxVisitFields
  }
}
    fragment BallotBoxVisitFields on BallotBoxVisit {
  id
  code
  voters
  reason
  address
  note
  status
  requestedAt
  requestedBy
  scheduledFor
  visitedAt
  ballotsCollected
  cancelReason
  pollingArea {
    id
    code
    number
    name
    ward {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<RequestBallotBoxVisitMutation, RequestBallotBoxVisitMutationVariables>;
export const ResolveIncidentDocument = new TypedDocumentString(`
    mutation ResolveIncident($id: ID!, $note: String) {
  resolveIncident(id: $id, note: $note) {
    ...IncidentFields
  }
}
    fragment IncidentFields on Incident {
  id
  code
  category
  severity
  status
  title
  description
  affectsVoting
  reportedAt
  acknowledgedAt
  resolvedAt
  note
  reporter
  ward {
    id
    name
    district {
      id
      name
      province {
        id
        name
      }
    }
  }
  pollingArea {
    id
    code
    number
    name
    address
  }
  wards {
    id
    name
  }
  pollingAreas {
    id
    code
    number
    name
  }
}`) as unknown as TypedDocumentString<ResolveIncidentMutation, ResolveIncidentMutationVariables>;
export const RevokeSessionsDocument = new TypedDocumentString(`
    mutation RevokeSessions($userId: ID!) {
  revokeSessions(userId: $userId) {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<RevokeSessionsMutation, RevokeSessionsMutationVariables>;
export const ScheduleBallotBoxVisitDocument = new TypedDocumentString(`
    mutation ScheduleBallotBoxVisit($id: ID!, $at: DateTimeISO!) {
  scheduleBallotBoxVisit(id: $id, at: $at) {
    ...BallotBoxVisitFields
  }
}
    fragment BallotBoxVisitFields on BallotBoxVisit {
  id
  code
  voters
  reason
  address
  note
  status
  requestedAt
  requestedBy
  scheduledFor
  visitedAt
  ballotsCollected
  cancelReason
  pollingArea {
    id
    code
    number
    name
    ward {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ScheduleBallotBoxVisitMutation, ScheduleBallotBoxVisitMutationVariables>;
export const SendSituationReportDocument = new TypedDocumentString(`
    mutation SendSituationReport($id: ID!, $note: String) {
  sendSituationReport(id: $id, note: $note) {
    ...SituationReportFields
  }
}
    fragment SituationReportHeading on SituationReport {
  id
  checkpoint
  checkpointAt
  compiledAt
  level
  ward {
    id
    code
    name
  }
  status
  note
  sentAt
  sentBy
}
fragment SituationReportFields on SituationReport {
  ...SituationReportHeading
  figures
}`) as unknown as TypedDocumentString<SendSituationReportMutation, SendSituationReportMutationVariables>;
export const SetChecklistItemDocument = new TypedDocumentString(`
    mutation SetChecklistItem($pollingAreaId: ID!, $item: ChecklistItem!, $done: Boolean!, $clientRequestId: String) {
  setChecklistItem(
    pollingAreaId: $pollingAreaId
    item: $item
    done: $done
    clientRequestId: $clientRequestId
  ) {
    id
    checklist {
      item
      done
    }
  }
}
    `) as unknown as TypedDocumentString<SetChecklistItemMutation, SetChecklistItemMutationVariables>;
export const SetPollingAreaStatusDocument = new TypedDocumentString(`
    mutation SetPollingAreaStatus($id: ID!, $status: PollingAreaStatus!, $reason: String, $clientRequestId: String) {
  setPollingAreaStatus(
    id: $id
    status: $status
    reason: $reason
    clientRequestId: $clientRequestId
  ) {
    ...AreaFields
  }
}
    fragment AreaFields on PollingArea {
  id
  code
  number
  name
  address
  status
  statusReason
  statusChangedAt
  registeredVoters
  seededVoters
  transientVoters
  votersRemoved
  relocatedAt
  wardId: ward {
    id
  }
  latestTurnout {
    id
    voted
    at
    flags
    verified
  }
}`) as unknown as TypedDocumentString<SetPollingAreaStatusMutation, SetPollingAreaStatusMutationVariables>;
export const SituationReportsDocument = new TypedDocumentString(`
    query SituationReports($checkpoint: String, $wardId: ID, $levels: [UnitLevel!]) {
  situationReports(checkpoint: $checkpoint, wardId: $wardId, levels: $levels) {
    ...SituationReportFields
  }
}
    fragment SituationReportHeading on SituationReport {
  id
  checkpoint
  checkpointAt
  compiledAt
  level
  ward {
    id
    code
    name
  }
  status
  note
  sentAt
  sentBy
}
fragment SituationReportFields on SituationReport {
  ...SituationReportHeading
  figures
}`) as unknown as TypedDocumentString<SituationReportsQuery, SituationReportsQueryVariables>;
export const SnapshotDocument = new TypedDocumentString(`
    query Snapshot {
  snapshot {
    seq
    election {
      name
      date
      pollsOpenAt
      pollsCloseAt
      now
      drill {
        active
        speed
      }
      checkpoints {
        label
        at
        lateAt
      }
    }
    wards {
      id
      code
      name
      readiness {
        done
        required
        percent
      }
    }
    pollingAreas {
      ...AreaFields
      checklist {
        item
        done
      }
    }
    incidents {
      ...IncidentFields
    }
    tasks {
      ...TaskFields
    }
    turnout {
      ...TurnoutFields
    }
    lateAreas {
      checkpoint
      pollingArea {
        id
        code
        name
        wardId: ward {
          id
        }
      }
    }
  }
}
    fragment AreaFields on PollingArea {
  id
  code
  number
  name
  address
  status
  statusReason
  statusChangedAt
  registeredVoters
  seededVoters
  transientVoters
  votersRemoved
  relocatedAt
  wardId: ward {
    id
  }
  latestTurnout {
    id
    voted
    at
    flags
    verified
  }
}
fragment IncidentFields on Incident {
  id
  code
  category
  severity
  status
  title
  description
  affectsVoting
  reportedAt
  acknowledgedAt
  resolvedAt
  note
  reporter
  ward {
    id
    name
    district {
      id
      name
      province {
        id
        name
      }
    }
  }
  pollingArea {
    id
    code
    number
    name
    address
  }
  wards {
    id
    name
  }
  pollingAreas {
    id
    code
    number
    name
  }
}
fragment TaskFields on Task {
  id
  status
  note
  declineReason
  cancelReason
  cancelledAt
  createdAt
  ackDueAt
  acknowledgedAt
  startedAt
  doneAt
  declinedAt
  escalatedAt
  overdue
  agency {
    id
    code
    name
  }
  incident {
    ...IncidentFields
  }
}
fragment TurnoutFields on TurnoutSummary {
  registered
  voted
  percent
  areasReported
  areasTotal
  byWard {
    wardId
    registered
    voted
    percent
  }
  series {
    at
    checkpoint
    voted
    percent
  }
}`) as unknown as TypedDocumentString<SnapshotQuery, SnapshotQueryVariables>;
export const StartDrillDocument = new TypedDocumentString(`
    mutation StartDrill($speed: Float!, $seed: Int) {
  startDrill(speed: $speed, seed: $seed) {
    active
    speed
  }
}
    `) as unknown as TypedDocumentString<StartDrillMutation, StartDrillMutationVariables>;
export const StartIncidentDocument = new TypedDocumentString(`
    mutation StartIncident($id: ID!) {
  startIncident(id: $id) {
    ...IncidentFields
  }
}
    fragment IncidentFields on Incident {
  id
  code
  category
  severity
  status
  title
  description
  affectsVoting
  reportedAt
  acknowledgedAt
  resolvedAt
  note
  reporter
  ward {
    id
    name
    district {
      id
      name
      province {
        id
        name
      }
    }
  }
  pollingArea {
    id
    code
    number
    name
    address
  }
  wards {
    id
    name
  }
  pollingAreas {
    id
    code
    number
    name
  }
}`) as unknown as TypedDocumentString<StartIncidentMutation, StartIncidentMutationVariables>;
export const StartTaskDocument = new TypedDocumentString(`
    mutation StartTask($id: ID!) {
  startTask(id: $id) {
    ...TaskFields
  }
}
    fragment IncidentFields on Incident {
  id
  code
  category
  severity
  status
  title
  description
  affectsVoting
  reportedAt
  acknowledgedAt
  resolvedAt
  note
  reporter
  ward {
    id
    name
    district {
      id
      name
      province {
        id
        name
      }
    }
  }
  pollingArea {
    id
    code
    number
    name
    address
  }
  wards {
    id
    name
  }
  pollingAreas {
    id
    code
    number
    name
  }
}
fragment TaskFields on Task {
  id
  status
  note
  declineReason
  cancelReason
  cancelledAt
  createdAt
  ackDueAt
  acknowledgedAt
  startedAt
  doneAt
  declinedAt
  escalatedAt
  overdue
  agency {
    id
    code
    name
  }
  incident {
    ...IncidentFields
  }
}`) as unknown as TypedDocumentString<StartTaskMutation, StartTaskMutationVariables>;
export const StopDrillDocument = new TypedDocumentString(`
    mutation StopDrill {
  stopDrill {
    active
  }
}
    `) as unknown as TypedDocumentString<StopDrillMutation, StopDrillMutationVariables>;
export const SupervisionTeamsDocument = new TypedDocumentString(`
    query SupervisionTeams {
  supervisionTeams {
    id
    code
    name
    wards {
      id
      code
      name
    }
    members
  }
}
    `) as unknown as TypedDocumentString<SupervisionTeamsQuery, SupervisionTeamsQueryVariables>;
export const TaskDocument = new TypedDocumentString(`
    query Task($id: ID!) {
  task(id: $id) {
    ...TaskFields
  }
}
    fragment IncidentFields on Incident {
  id
  code
  category
  severity
  status
  title
  description
  affectsVoting
  reportedAt
  acknowledgedAt
  resolvedAt
  note
  reporter
  ward {
    id
    name
    district {
      id
      name
      province {
        id
        name
      }
    }
  }
  pollingArea {
    id
    code
    number
    name
    address
  }
  wards {
    id
    name
  }
  pollingAreas {
    id
    code
    number
    name
  }
}
fragment TaskFields on Task {
  id
  status
  note
  declineReason
  cancelReason
  cancelledAt
  createdAt
  ackDueAt
  acknowledgedAt
  startedAt
  doneAt
  declinedAt
  escalatedAt
  overdue
  agency {
    id
    code
    name
  }
  incident {
    ...IncidentFields
  }
}`) as unknown as TypedDocumentString<TaskQuery, TaskQueryVariables>;
export const TasksDocument = new TypedDocumentString(`
    query Tasks($filter: TaskFilter) {
  tasks(filter: $filter) {
    ...TaskFields
  }
}
    fragment IncidentFields on Incident {
  id
  code
  category
  severity
  status
  title
  description
  affectsVoting
  reportedAt
  acknowledgedAt
  resolvedAt
  note
  reporter
  ward {
    id
    name
    district {
      id
      name
      province {
        id
        name
      }
    }
  }
  pollingArea {
    id
    code
    number
    name
    address
  }
  wards {
    id
    name
  }
  pollingAreas {
    id
    code
    number
    name
  }
}
fragment TaskFields on Task {
  id
  status
  note
  declineReason
  cancelReason
  cancelledAt
  createdAt
  ackDueAt
  acknowledgedAt
  startedAt
  doneAt
  declinedAt
  escalatedAt
  overdue
  agency {
    id
    code
    name
  }
  incident {
    ...IncidentFields
  }
}`) as unknown as TypedDocumentString<TasksQuery, TasksQueryVariables>;
export const TransferComplaintDocument = new TypedDocumentString(`
    mutation TransferComplaint($id: ID!, $to: String!, $note: String) {
  transferComplaint(id: $id, to: $to, note: $note) {
    ...ComplaintFields
  }
}
    fragment ComplaintFields on Complaint {
  id
  code
  kind
  subject
  channel
  summary
  receivedAt
  dueAt
  overdue
  status
  assignee
  answer
  answeredAt
  transferredTo
  transferredAt
  transferNote
  receivedBy
  ward {
    id
    name
  }
  pollingArea {
    id
    code
    number
    name
  }
}`) as unknown as TypedDocumentString<TransferComplaintMutation, TransferComplaintMutationVariables>;
export const TurnoutDocument = new TypedDocumentString(`
    query Turnout {
  turnout {
    ...TurnoutFields
  }
  readiness {
    done
    required
    percent
    areasComplete
    areasTotal
    secondsToOpening
    opensAt
  }
}
    fragment TurnoutFields on TurnoutSummary {
  registered
  voted
  percent
  areasReported
  areasTotal
  byWard {
    wardId
    registered
    voted
    percent
  }
  series {
    at
    checkpoint
    voted
    percent
  }
}`) as unknown as TypedDocumentString<TurnoutQuery, TurnoutQueryVariables>;
export const UnitDistrictsDocument = new TypedDocumentString(`
    query UnitDistricts {
  provinces {
    id
    districts {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UnitDistrictsQuery, UnitDistrictsQueryVariables>;
export const UnitSnapshotDocument = new TypedDocumentString(`
    query UnitSnapshot {
  snapshot {
    seq
    election {
      name
      date
      pollsOpenAt
      pollsCloseAt
      now
      drill {
        active
        speed
      }
      checkpoints {
        label
        at
        lateAt
      }
    }
    incidents {
      ...IncidentFields
    }
    tasks {
      ...TaskFields
    }
    turnout {
      ...UnitTurnoutFields
    }
  }
}
    fragment UnitTurnoutFields on TurnoutSummary {
  registered
  voted
  percent
  areasReported
  areasTotal
  series {
    at
    checkpoint
    voted
    percent
  }
}
fragment IncidentFields on Incident {
  id
  code
  category
  severity
  status
  title
  description
  affectsVoting
  reportedAt
  acknowledgedAt
  resolvedAt
  note
  reporter
  ward {
    id
    name
    district {
      id
      name
      province {
        id
        name
      }
    }
  }
  pollingArea {
    id
    code
    number
    name
    address
  }
  wards {
    id
    name
  }
  pollingAreas {
    id
    code
    number
    name
  }
}
fragment TaskFields on Task {
  id
  status
  note
  declineReason
  cancelReason
  cancelledAt
  createdAt
  ackDueAt
  acknowledgedAt
  startedAt
  doneAt
  declinedAt
  escalatedAt
  overdue
  agency {
    id
    code
    name
  }
  incident {
    ...IncidentFields
  }
}`) as unknown as TypedDocumentString<UnitSnapshotQuery, UnitSnapshotQueryVariables>;
export const UnitTotalsDocument = new TypedDocumentString(`
    subscription UnitTotals {
  unitTotals {
    seq
    at
    unit {
      level
      id
      code
      name
    }
    total {
      ...UnitTileFields
    }
    children {
      ...UnitTileFields
    }
  }
}
    fragment UnitTileFields on UnitTile {
  unit {
    level
    id
    code
    name
  }
  registered
  voted
  percent
  areasReported
  areasTotal
  readinessDone
  readinessRequired
  openIncidents
  suspendedAreas
  areasNotOpened
  lateAreas
  flaggedAreas
  openFindings
  overdueTasks
  overdueComplaints
  overdueVisits
  needingAttention
}`) as unknown as TypedDocumentString<UnitTotalsSubscription, UnitTotalsSubscriptionVariables>;
export const UnitTurnoutDocument = new TypedDocumentString(`
    query UnitTurnout {
  turnout {
    ...UnitTurnoutFields
  }
}
    fragment UnitTurnoutFields on TurnoutSummary {
  registered
  voted
  percent
  areasReported
  areasTotal
  series {
    at
    checkpoint
    voted
    percent
  }
}`) as unknown as TypedDocumentString<UnitTurnoutQuery, UnitTurnoutQueryVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users {
  users {
    id
    username
    displayName
    role
  }
}
    `) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const VerifyTurnoutDocument = new TypedDocumentString(`
    mutation VerifyTurnout($id: ID!, $note: String) {
  verifyTurnout(id: $id, note: $note) {
    ...FlaggedReportFields
    verifiedAt
    verifyNote
  }
}
    fragment FlaggedReportFields on TurnoutReport {
  id
  voted
  at
  flags
  verified
  pollingArea {
    id
    wardId: ward {
      id
    }
  }
}`) as unknown as TypedDocumentString<VerifyTurnoutMutation, VerifyTurnoutMutationVariables>;
export const VoterListChangesDocument = new TypedDocumentString(`
    query VoterListChanges($filter: VoterListChangeFilter) {
  voterListChanges(filter: $filter) {
    ...VoterListChangeFields
    recordedBy
    pollingArea {
      id
      code
      number
      name
    }
  }
}
    fragment VoterListChangeFields on VoterListChange {
  id
  kind
  count
  note
  at
  registeredAfter
}`) as unknown as TypedDocumentString<VoterListChangesQuery, VoterListChangesQueryVariables>;
export const WardsDocument = new TypedDocumentString(`
    query Wards {
  wards {
    id
    code
    name
    pollingAreas {
      id
      code
      number
      name
      registeredVoters
    }
  }
}
    `) as unknown as TypedDocumentString<WardsQuery, WardsQueryVariables>;