import type { Api } from './api.js';
import type { Action, Actor } from './plan.types.js';

/** The drill's handle on the district: ids by code, learnt from the API as the operator. */
export interface District {
  areaId: Map<string, string>;
  wardId: Map<string, string>;
}

const M = {
  checklist: 'mutation($a:ID!,$i:ChecklistItem!){ setChecklistItem(pollingAreaId:$a,item:$i,done:true){ id } }',
  status: 'mutation($id:ID!,$s:PollingAreaStatus!,$r:String){ setPollingAreaStatus(id:$id,status:$s,reason:$r){ id } }',
  turnout: 'mutation($i:ReportTurnoutInput!){ reportTurnout(input:$i){ id } }',
  incident: 'mutation($i:ReportIncidentInput!){ reportIncident(input:$i){ id tasks { id agency { code } } } }',
  ackIncident: 'mutation($id:ID!){ acknowledgeIncident(id:$id){ id } }',
  dispatch: 'mutation($i:DispatchTaskInput!){ dispatchTask(input:$i){ id } }',
  resolve: 'mutation($id:ID!,$n:String){ resolveIncident(id:$id,note:$n){ id } }',
  acknowledge: 'mutation($id:ID!){ acknowledgeTask(id:$id){ id } }',
  start: 'mutation($id:ID!){ startTask(id:$id){ id } }',
  complete: 'mutation($id:ID!,$n:String){ completeTask(id:$id,note:$n){ id } }',
  decline: 'mutation($id:ID!,$n:String!){ declineTask(id:$id,reason:$n){ id } }',
  finding: 'mutation($i:ReportFindingInput!){ reportFinding(input:$i){ id } }',
  flagged: '{ flaggedTurnoutReports { id } }',
  verify: 'mutation($id:ID!,$n:String){ verifyTurnout(id:$id,note:$n){ id } }',
  reports: 'query($c:String){ situationReports(checkpoint:$c){ id status } }',
  send: 'mutation($id:ID!,$n:String){ sendSituationReport(id:$id,note:$n){ id } }',
  complaint: 'mutation($i:ReceiveComplaintInput!){ receiveComplaint(input:$i){ id } }',
  assign: 'mutation($id:ID!,$t:String!){ assignComplaint(id:$id,assignee:$t){ id } }',
  answer: 'mutation($id:ID!,$t:String!){ answerComplaint(id:$id,answer:$t){ id } }',
  close: 'mutation($id:ID!){ closeComplaint(id:$id){ id } }',
  transfer: 'mutation($id:ID!,$t:String!){ transferComplaint(id:$id,to:$t){ id } }',
  visit: 'mutation($i:RequestBallotBoxVisitInput!){ requestBallotBoxVisit(input:$i){ id } }',
  schedule: 'mutation($id:ID!,$at:DateTimeISO!){ scheduleBallotBoxVisit(id:$id,at:$at){ id } }',
  record: 'mutation($id:ID!,$n:Int!){ recordBallotBoxVisit(id:$id,ballotsCollected:$n){ id } }',
  cancel: 'mutation($id:ID!,$r:String!){ cancelBallotBoxVisit(id:$id,reason:$r){ id } }',
  voterList: 'mutation($i:VoterListChangeInput!){ recordVoterListChange(input:$i){ id } }',
  relocate: 'mutation($id:ID!,$n:String!,$a:String!,$r:String!,$c:String){ relocatePollingArea(id:$id,name:$n,address:$a,reason:$r,clientRequestId:$c){ id } }',
};

/**
 * The demo users acting: each action is sent with its actor's own login, exactly as their screens would
 * send it, so every rule (scope, transitions, deadlines) is the server's own.
 */
export class Actors {
  private tokens = new Map<string, Promise<string>>();
  private incidents = new Map<string, string>();
  private tasks = new Map<string, string>();
  private complaints = new Map<string, string>();
  private visits = new Map<string, string>();

  constructor(
    private readonly api: Api,
    private readonly district: District,
    private readonly password: string,
    /** Prefix of every clientRequestId, unique per run, so a retried write is applied once. */
    private readonly requestPrefix: string,
    /** Local midnight of the election day: plan minutes count from it. */
    private readonly dayStart: Date,
  ) {}

  private token(actor: Actor): Promise<string> {
    const username =
      actor.role === 'operator'
        ? 'operator'
        : actor.role === 'ward'
          ? `ward.${actor.ward}`
          : actor.role === 'supervisor'
            ? `team.${actor.team}`
            : `liaison.${actor.agency.toLowerCase()}`;
    let t = this.tokens.get(username);
    if (!t) {
      t = this.api.login(username, this.password);
      this.tokens.set(username, t);
    }
    return t;
  }

  private area(code: string): string {
    const id = this.district.areaId.get(code);
    if (!id) throw new Error(`no polling area ${code} on this server`);
    return id;
  }

  private incident(ref: string): string {
    const id = this.incidents.get(ref);
    if (!id) throw new Error(`incident ${ref} was never created`);
    return id;
  }

  async perform(a: Action, index: number): Promise<void> {
    const token = await this.token(a.actor);
    const send = <T>(query: string, variables: Record<string, unknown>) => this.api.gql<T>(query, variables, token);
    const requestId = `${this.requestPrefix}:${index}`;
    const s = a.step;
    switch (s.kind) {
      case 'checklist':
        await send(M.checklist, { a: this.area(s.area), i: s.item });
        return;
      case 'status':
        await send(M.status, { id: this.area(s.area), s: s.status, r: s.reason ?? null });
        return;
      case 'turnout':
        await send(M.turnout, { i: { pollingAreaId: this.area(s.area), voted: s.voted, clientRequestId: requestId } });
        return;
      case 'incident': {
        const input = {
          wardId: this.district.wardId.get(s.ward),
          ...(s.areas ? { pollingAreaIds: s.areas.map((code) => this.area(code)) } : { pollingAreaId: s.area ? this.area(s.area) : null }),
          category: s.category,
          severity: s.severity,
          title: s.title,
          description: s.description,
          affectsVoting: s.affectsVoting,
          clientRequestId: requestId,
        };
        const r = await send<{ reportIncident: { id: string; tasks: { id: string; agency: { code: string } }[] } }>(M.incident, { i: input });
        this.incidents.set(s.ref, r.reportIncident.id);
        for (const t of r.reportIncident.tasks) this.tasks.set(`${s.ref}:${t.agency.code}`, t.id);
        return;
      }
      case 'ackIncident':
        await send(M.ackIncident, { id: this.incident(s.ref) });
        return;
      case 'dispatch': {
        const input = { incidentId: this.incident(s.ref), agency: s.agency, note: s.note, clientRequestId: requestId };
        const r = await send<{ dispatchTask: { id: string } }>(M.dispatch, { i: input });
        this.tasks.set(`${s.ref}:${s.agency}`, r.dispatchTask.id);
        return;
      }
      case 'task': {
        const id = this.tasks.get(`${s.ref}:${s.agency}`);
        if (!id) throw new Error(`no ${s.agency} task on incident ${s.ref}`);
        await send(M[s.move], { id, n: s.note ?? null });
        return;
      }
      case 'resolve':
        await send(M.resolve, { id: this.incident(s.ref), n: s.note });
        return;
      case 'finding': {
        const place = s.area ? { pollingAreaId: this.area(s.area) } : { wardId: this.district.wardId.get(s.ward) };
        await send(M.finding, { i: { ...place, kind: s.findingKind, text: s.text, clientRequestId: requestId } });
        return;
      }
      case 'verifyFlagged': {
        const r = await send<{ flaggedTurnoutReports: { id: string }[] }>(M.flagged, {});
        for (const f of r.flaggedTurnoutReports) await send(M.verify, { id: f.id, n: s.note });
        return;
      }
      case 'voterList':
        await send(M.voterList, { i: { pollingAreaId: this.area(s.area), kind: s.listKind, count: s.count, note: s.note, clientRequestId: requestId } });
        return;
      case 'relocate':
        await send(M.relocate, { id: this.area(s.area), n: s.name, a: s.address, r: s.reason, c: requestId });
        return;
      case 'sendReports': {
        // The leader compiles them once the checkpoint has passed: at a high speed that may be a moment behind.
        let reports: { id: string; status: string }[] = [];
        for (let attempt = 0; reports.length === 0; attempt += 1) {
          if (attempt === 20) throw new Error(`no situation report compiled for ${s.checkpoint}`);
          if (attempt > 0) await new Promise((ok) => setTimeout(ok, 250));
          reports = (await send<{ situationReports: { id: string; status: string }[] }>(M.reports, { c: s.checkpoint })).situationReports;
        }
        for (const rep of reports.filter((x) => x.status === 'DRAFT')) await send(M.send, { id: rep.id, n: s.note });
        return;
      }
      case 'complaint': {
        const input = {
          kind: s.complaintKind,
          subject: s.subject,
          channel: s.channel,
          summary: s.summary,
          ...(s.area ? { pollingAreaId: this.area(s.area) } : { wardId: this.district.wardId.get(s.ward) }),
          receivedAt: s.receivedAt === null ? null : new Date(this.dayStart.getTime() + s.receivedAt * 60_000).toISOString(),
          complainant: { name: s.complainant },
          clientRequestId: requestId,
        };
        const r = await send<{ receiveComplaint: { id: string } }>(M.complaint, { i: input });
        this.complaints.set(s.ref, r.receiveComplaint.id);
        return;
      }
      case 'complaintMove': {
        const id = this.complaints.get(s.ref);
        if (!id) throw new Error(`complaint ${s.ref} was never registered`);
        await send(M[s.move], { id, t: s.text });
        return;
      }
      case 'visit': {
        const input = { pollingAreaId: this.area(s.area), voters: s.voters, reason: s.reason, address: s.address, clientRequestId: requestId };
        const r = await send<{ requestBallotBoxVisit: { id: string } }>(M.visit, { i: input });
        this.visits.set(s.ref, r.requestBallotBoxVisit.id);
        return;
      }
      case 'visitMove': {
        const id = this.visits.get(s.ref);
        if (!id) throw new Error(`ballot-box visit ${s.ref} was never requested`);
        if (s.move === 'schedule') await send(M.schedule, { id, at: new Date(this.dayStart.getTime() + s.at * 60_000).toISOString() });
        else if (s.move === 'record') await send(M.record, { id, n: s.ballots });
        else await send(M.cancel, { id, r: s.reason });
        return;
      }
    }
  }
}
