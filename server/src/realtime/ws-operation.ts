import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import { OPERATION_LIMITS, checkOperation, operationShapeRule } from '../limits/operation-limits.js';

/** What a graphql-ws client sends in a `subscribe` message (queries and mutations too). */
export interface OperationPayload {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * Parse, validate and check limits of an operation sent over the WebSocket, exactly as Apollo does over
 * HTTP (same token cap, same rules, same cost), so both doors refuse the same things with the same codes.
 * A syntax error becomes an error message for that operation instead of graphql-ws closing the socket.
 */
export function prepareOperation(schema: GraphQLSchema, payload: OperationPayload, opts: { introspection: boolean }): ExecutionArgs | GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(payload.query, { maxTokens: OPERATION_LIMITS.maxTokens });
  } catch (err) {
    if (err instanceof GraphQLError) return [coded(err, 'GRAPHQL_PARSE_FAILED')];
    throw err;
  }
  const rules = [...specifiedRules, operationShapeRule, ...(opts.introspection ? [] : [NoSchemaIntrospectionCustomRule])];
  const invalid = validate(schema, document, rules);
  if (invalid.length > 0) return invalid.map((e) => coded(e, 'GRAPHQL_VALIDATION_FAILED'));
  const refused = checkOperation(schema, document, payload.variables, payload.operationName);
  if (refused.length > 0) return refused;
  return { schema, document, variableValues: payload.variables ?? undefined, operationName: payload.operationName ?? undefined };
}

/** The code Apollo would give the same error, unless it already has one of ours. */
function coded(err: GraphQLError, code: string): GraphQLError {
  if (err.extensions.code) return err;
  return new GraphQLError(err.message, { nodes: err.nodes, source: err.source, positions: err.positions, extensions: { ...err.extensions, code } });
}
