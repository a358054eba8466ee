// The committed SDL is the contract: it must parse, carry the names SPEC section 4 promises,
// and describe every type and field a client sees.
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSchema, isObjectType, isInputObjectType, isEnumType } from 'graphql';

const schema = buildSchema(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));
const own = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name));

test('every type and field has a description', () => {
  const missing = [];
  for (const type of own) {
    if (!type.description && !['Query', 'Mutation', 'Subscription'].includes(type.name)) missing.push(type.name);
    if (isObjectType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('the operations of SPEC sections 4 and 8 are there under their names', () => {
  const query = Object.keys(schema.getQueryType().getFields());
  for (const name of [
    'me',
    'election',
    'agencies',
    'wards',
    'ward',
    'pollingAreas',
    'pollingArea',
    'incidents',
    'incident',
    'tasks',
    'turnout',
    'events',
    'supervisionTeams',
    'findings',
    'situationReports',
    'complaints',
    'ballotBoxVisits',
    'voterListChanges',
  ]) {
    assert.ok(query.includes(name), `Query.${name}`);
  }
  const mutation = Object.keys(schema.getMutationType().getFields());
  for (const name of [
    'login',
    'reportIncident',
    'acknowledgeIncident',
    'resolveIncident',
    'reopenIncident',
    'dispatchTask',
    'acknowledgeTask',
    'startTask',
    'completeTask',
    'declineTask',
    'reportTurnout',
    'setPollingAreaStatus',
    'setChecklistItem',
    // SPEC section 8
    'addIncidentNote',
    'renewToken',
    'revokeSessions',
    'reportFinding',
    'addressFinding',
    'escalateFinding',
    'verifyTurnout',
    'sendSituationReport',
    'receiveComplaint',
    'assignComplaint',
    'answerComplaint',
    'closeComplaint',
    'transferComplaint',
    'requestBallotBoxVisit',
    'scheduleBallotBoxVisit',
    'recordBallotBoxVisit',
    'cancelBallotBoxVisit',
    'recordVoterListChange',
    'relocatePollingArea',
  ]) {
    assert.ok(mutation.includes(name), `Mutation.${name}`);
  }
  const role = schema.getType('Role');
  assert.ok(isEnumType(role));
  assert.deepEqual(
    role
      .getValues()
      .map((v) => v.name)
      .sort(),
    ['DISTRICT_OPERATOR', 'LIAISON', 'OBSERVER', 'SUPERVISOR', 'WARD_OFFICER'],
  );
});

test('every operation the clients send is valid against the schema', async () => {
  const { readdirSync } = await import('node:fs');
  const { parse, validate } = await import('graphql');
  const dir = new URL('./operations/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.graphql'));
  const source = files.map((f) => readFileSync(new URL(f, dir), 'utf8')).join('\n');
  const errors = validate(schema, parse(source)).map((e) => e.message);
  assert.deepEqual(errors, []);
  assert.ok(files.length >= 15);
});
