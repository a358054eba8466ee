import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { DomainError } from '../errors.js';
import { checkOperation } from './operation-limits.js';

/**
 * The limits that need the variables (cost, list lengths), checked once Apollo knows which operation
 * runs and before any resolver does; and subscriptions, which only the WebSocket serves. The static ones (depth, literal lists, tokens) are a validation
 * rule and a parse option on the server itself.
 */
export function operationLimitsPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName, operation }) {
          const [refused] =
            operation?.operation === 'subscription'
              ? [new DomainError('subscriptionOverHttp')]
              : checkOperation(schema, document, request.variables, operationName);
          // 400 like any other malformed request; Apollo strips `http` from the extensions it sends.
          if (refused) throw new GraphQLError(refused.message, { extensions: { ...refused.extensions, http: { status: 400 } } });
        },
      };
    },
  };
}
