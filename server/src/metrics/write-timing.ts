import type { ApolloServerPlugin } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import type { Histogram } from 'prom-client';

/** The formatted error codes of a write that was refused by a rule or bad input; anything else failed. */
const REFUSED = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED', 'BAD_USER_INPUT']);

/**
 * Time every GraphQL mutation Apollo runs, from the request's arrival to its answer, labelled with its
 * mutation field and outcome. Only operations that passed validation are timed, so the label is always
 * one of the schema's mutations (or `other`): a client cannot mint label values.
 */
export function writeTimingPlugin<T extends object>(duration: Histogram<'operation' | 'outcome'>): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      const started = performance.now();
      let operation: string | null = null;
      return {
        async didResolveOperation({ operation: op }) {
          if (op?.operation === 'mutation') operation = mutationName(op);
        },
        async willSendResponse({ response }) {
          if (operation === null) return;
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const outcome = errors.length === 0 ? 'ok' : errors.every((e) => REFUSED.has(String(e.extensions?.code))) ? 'refused' : 'failed';
          duration.observe({ operation, outcome }, (performance.now() - started) / 1000);
        },
      };
    },
  };
}

/** The mutation's field (`reportTurnout`), whatever its alias; `other` for several at once, a fragment, or none. */
function mutationName(op: OperationDefinitionNode): string {
  const fields = op.selectionSet.selections.filter((s) => s.kind !== 'Field' || s.name.value !== '__typename');
  const [only] = fields;
  return fields.length === 1 && only.kind === 'Field' ? only.name.value : 'other';
}
