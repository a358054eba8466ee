import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  type ASTNode,
  type DocumentNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
  visit,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DomainError } from '../errors.js';

/**
 * Limits on the shape of one operation, the same over HTTP and WebSocket. The dashboard's operations
 * stay under a quarter of the cost limit (operation-limits.test.ts), and a full audit page of 1,000
 * events with the fields an audit view shows fits under it.
 */
export const OPERATION_LIMITS = {
  /** Parser tokens: stops a huge document before any work is done on it. */
  maxTokens: 5_000,
  /** Nested selection sets (introspection fields not counted). */
  maxDepth: 10,
  /** Estimated cost: every object 1 plus its children, a list's × its `limit` argument or LIST_FACTOR; scalars 0. */
  maxCost: 10_000,
  /** Items of any one list argument or list variable. */
  maxListItems: 100,
} as const;

/** How many items a list field is assumed to return when it takes no `limit`. */
const LIST_FACTOR = 10;

/** Field depth, following fragments; `seen` guards against fragment cycles (reported by another rule). */
function depthOf(context: ValidationContext, set: SelectionSetNode | undefined, seen: Set<string>): number {
  if (!set) return 0;
  let max = 0;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) {
      if (s.name.value.startsWith('__')) continue;
      max = Math.max(max, s.selectionSet ? 1 + depthOf(context, s.selectionSet, seen) : 1);
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(context, s.selectionSet, seen));
    } else if (!seen.has(s.name.value)) {
      const fragment = context.getFragment(s.name.value);
      max = Math.max(max, depthOf(context, fragment?.selectionSet, new Set([...seen, s.name.value])));
    }
  }
  return max;
}

/** Validation rule: no operation nested deeper than maxDepth, no literal list longer than maxListItems. */
export const operationShapeRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const depth = depthOf(context, node.selectionSet, new Set());
    if (depth > OPERATION_LIMITS.maxDepth) context.reportError(located(new DomainError('queryTooDeep', `${depth} > ${OPERATION_LIMITS.maxDepth}`), node));
  },
  ListValue(node) {
    if (node.values.length > OPERATION_LIMITS.maxListItems) {
      context.reportError(located(new DomainError('listTooLong', `${node.values.length} > ${OPERATION_LIMITS.maxListItems}`), node));
    }
  },
});

function located(err: DomainError, node: ASTNode): GraphQLError {
  return new GraphQLError(err.message, { nodes: [node], extensions: err.extensions });
}

/**
 * Each object a field returns costs 1 plus its children, times the expected length when it is a list;
 * scalar fields cost nothing more than the object that carries them (they are read with it), so an
 * audit page of 1,000 events with every field it shows costs what its objects cost.
 */
const listEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
  if (isLeafType(getNamedType(field.type))) return 0;
  const list = isListType(getNullableType(field.type));
  const limit = typeof args.limit === 'number' && args.limit > 0 ? args.limit : LIST_FACTOR;
  return (1 + childComplexity) * (list ? limit : 1);
};

/** Estimated cost of the operation that will run (variables applied). */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): number {
  return getComplexity({ schema, query: document, variables: variables ?? {}, operationName: operationName ?? undefined, estimators: [listEstimator] });
}

/**
 * Operations found within the cost limit that no variable can change the cost of, by document: Apollo parses
 * a query text once and hands every request of it the same document, and counting the cost again was
 * ~3 % of a closing-spike write's server CPU. Only a variable in a `limit` or in a directive
 * (`@include(if: $x)`) moves a cost (listEstimator).
 */
const withinCost = new WeakMap<DocumentNode, Set<string>>();
const variablesMoveCost = new WeakMap<DocumentNode, boolean>();

function costReadsVariables(document: DocumentNode): boolean {
  let reads = variablesMoveCost.get(document);
  if (reads === undefined) {
    reads = false;
    const found = () => {
      reads = true;
    };
    visit(document, {
      Directive: (node) => (node.arguments ?? []).some((a) => holdsVariable(a.value)) && found(),
      Field: (node) => (node.arguments ?? []).some((a) => a.name.value === 'limit' && holdsVariable(a.value)) && found(),
    });
    variablesMoveCost.set(document, reads);
  }
  return reads;
}

function holdsVariable(value: ValueNode): boolean {
  if (value.kind === Kind.VARIABLE) return true;
  if (value.kind === Kind.LIST) return value.values.some(holdsVariable);
  if (value.kind === Kind.OBJECT) return value.fields.some((f) => holdsVariable(f.value));
  return false;
}

/**
 * The checks that need the variables: list lengths and cost. Returns the refusals (empty when fine).
 * Variable values that fail coercion are left to execution, which reports them as BAD_USER_INPUT.
 */
export function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
  operationName?: string | null,
): GraphQLError[] {
  const longest = longestList(variables);
  if (longest > OPERATION_LIMITS.maxListItems) return [new DomainError('listTooLong', `${longest} > ${OPERATION_LIMITS.maxListItems}`)];
  const fixed = costReadsVariables(document) ? null : (withinCost.get(document) ?? new Set<string>());
  if (fixed?.has(operationName ?? '')) return [];
  let cost: number;
  try {
    cost = operationCost(schema, document, variables ?? undefined, operationName);
  } catch (err) {
    if (!(err instanceof GraphQLError)) throw err;
    // Too many nodes to even count, or variables that do not coerce (execution will say which).
    if (/maximum allowed number of nodes/.test(err.message)) return [new DomainError('queryTooCostly', err.message)];
    return [];
  }
  if (cost > OPERATION_LIMITS.maxCost) return [new DomainError('queryTooCostly', `${Math.round(cost)} > ${OPERATION_LIMITS.maxCost}`)];
  if (fixed) withinCost.set(document, fixed.add(operationName ?? ''));
  return [];
}

/** Length of the longest array anywhere in a JSON value. */
function longestList(value: unknown, depth = 0): number {
  if (depth > 32 || value === null || typeof value !== 'object') return 0;
  const items = Array.isArray(value) ? value : Object.values(value);
  let max = Array.isArray(value) ? value.length : 0;
  for (const item of items) max = Math.max(max, longestList(item, depth + 1));
  return max;
}
