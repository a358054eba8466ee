import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Kind,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  specifiedRules,
  typeFromAST,
  validate,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type NamedTypeNode,
  type OperationDefinitionNode,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../schema.js';
import { OPERATION_LIMITS, checkOperation, operationCost, operationShapeRule } from './operation-limits.js';

const OPERATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../schema/operations');

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

const codes = (query: string, variables?: Record<string, unknown>) => {
  const document = parse(query);
  const errors = [...validate(schema, document, [...specifiedRules, operationShapeRule]), ...checkOperation(schema, document, variables)];
  return errors.map((e) => e.extensions.reason ?? e.message);
};

/** A value of the type, filling required fields: enough for the cost to be counted. */
function sample(type: GraphQLInputType): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return [sample(t.ofType)];
  if (isEnumType(t)) return t.getValues()[0].value;
  if (isInputObjectType(t)) {
    return Object.fromEntries(
      Object.values(t.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  return { ID: '1', String: 'x', Int: 1, Float: 1, Boolean: true, DateTimeISO: '2021-05-23T10:00:00+07:00' }[t.name] ?? 'x';
}

describe('operation limits', () => {
  it('let every operation the dashboard sends through, with room to spare', () => {
    const files = readdirSync(OPERATIONS).filter((f) => f.endsWith('.graphql'));
    const fragments = readFileSync(join(OPERATIONS, 'fragments.graphql'), 'utf8');
    const ops = files.filter((f) => f !== 'fragments.graphql');
    expect(ops.length).toBeGreaterThan(10);
    for (const file of ops) {
      const source = readFileSync(join(OPERATIONS, file), 'utf8');
      const document = parse(`${source}\n${fragments}`);
      // Only the fragments an operation uses are valid next to it; the shape rule does not care.
      const shape = validate(schema, document, [operationShapeRule]);
      expect(shape, file).toEqual([]);
      const op = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
      const variables = Object.fromEntries(
        (op.variableDefinitions ?? []).map((v) => [v.variable.name.value, sample(typeFromAST(schema, v.type as NamedTypeNode) as GraphQLInputType)]),
      );
      const cost = operationCost(schema, document, variables, op.name?.value);
      expect(cost, file).toBeLessThan(OPERATION_LIMITS.maxCost / 4);
    }
  });

  it('refuses an operation nested deeper than the limit', () => {
    const deep = '{ tasks { incident { tasks { incident { tasks { incident { tasks { incident { tasks { incident { id } } } } } } } } } } }';
    expect(codes(deep)).toContain('queryTooDeep');
    expect(codes('{ tasks { incident { tasks { incident { id } } } } }')).toEqual([]);
  });

  it('refuses aliases that multiply the work past the cost limit', () => {
    const one = 'incidents { tasks { incident { tasks { id } } } }';
    const many = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: ${one}`).join(' ')} }`;
    expect(codes(many)).toContain('queryTooCostly');
    expect(codes(`{ ${one} }`)).toEqual([]);
  });

  it('counts the events limit argument, literal or variable', () => {
    const q = 'query($n: Int) { events(limit: $n) { seq incident { tasks { agency { code } } } } }';
    expect(codes(q, { n: 10 })).toEqual([]);
    expect(codes(q, { n: 1000 })).toContain('queryTooCostly');
  });

  it('counts again, for each request of one document, a cost its variables move', () => {
    const one = 'incidents { tasks { incident { tasks { id } } } }';
    const byLimit = parse('query($n: Int) { events(limit: $n) { seq incident { tasks { agency { code } } } } }');
    const byDirective = parse(
      `query($all: Boolean!) { incidents { id } ... @include(if: $all) { ${Array.from({ length: 30 }, (_, i) => `a${i}: ${one}`).join(' ')} } }`,
    );
    const fixed = parse(`{ ${one} }`);
    const check = (document: DocumentNode, variables?: Record<string, unknown>) => checkOperation(schema, document, variables).map((e) => e.extensions.reason);
    expect(check(byLimit, { n: 10 })).toEqual([]);
    expect(check(byLimit, { n: 1000 })).toEqual(['queryTooCostly']);
    expect(check(byDirective, { all: false })).toEqual([]);
    expect(check(byDirective, { all: true })).toEqual(['queryTooCostly']);
    expect(check(fixed)).toEqual([]);
    expect(check(fixed)).toEqual([]);
  });

  it('takes a full audit page: 1,000 events with every field an audit view shows', () => {
    const audit = `query($n: Int) { events(after: 0, limit: $n) {
      seq type at actor actorName wardId checkpoint checklistItem checklistDone
      incident { id code category severity status title affectsVoting }
      task { id status ackDueAt overdue note agency { code name } }
      turnoutReport { id voted at correctionReason }
      pollingArea { id code number name status statusReason }
      note { id text at author } } }`;
    expect(codes(audit, { n: 1000 })).toEqual([]);
  });

  it('refuses lists longer than the cap, literal or variable', () => {
    const statuses = Array.from({ length: OPERATION_LIMITS.maxListItems + 1 }, () => 'REPORTED');
    expect(codes(`{ incidents(filter: { status: [${statuses.join(',')}] }) { id } }`)).toContain('listTooLong');
    expect(codes('query($s: [IncidentStatus!]) { incidents(filter: { status: $s }) { id } }', { s: statuses })).toContain('listTooLong');
    expect(codes('query($s: [IncidentStatus!]) { incidents(filter: { status: $s }) { id } }', { s: statuses.slice(1) })).toEqual([]);
  });
});
