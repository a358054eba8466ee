import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import type { Logger } from '../logger.js';

const INPUT_CODES = new Set(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST']);
const DOMAIN_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED']);

/** A scalar's or enum's reason for refusing a value ends with the value: keep the reason. */
const leafReason = (reason: string) =>
  reason
    .replace(/^(.*? cannot represent [^:]*?)(?: value)?: .*$/s, '$1 value.')
    .replace(/^Value .* does not exist in (".*" enum\.).*$/s, 'Value does not exist in $1');

/**
 * graphql-js names a value it could not coerce by printing it: a variable's whole input object when
 * one field is missing or unknown (complainant and all), a wrong leaf in the reason, a literal in the
 * document. Those words would reach the answer and the log. Keep the variable's name, the path and
 * the reason; drop the value.
 */
export function withoutEchoedValue(message: string, error: unknown): string {
  const literal = /^(Expected value of type "[^"]+"), found /.exec(message);
  if (literal) return `${literal[1]}.`;
  const reason = (error as { originalError?: { message?: unknown } } | null)?.originalError?.message;
  const m = /^(Variable "\$[^"]+") got invalid value /.exec(message);
  if (!m || typeof reason !== 'string' || !message.endsWith(`; ${reason}`)) return message;
  const prefix = message.slice(0, message.length - reason.length - 2);
  const at = / at "[^"]*"$/.exec(prefix)?.[0] ?? '';
  return `${m[1]} has an invalid value${at}; ${leafReason(reason)}`;
}

/**
 * Map every error to the stable codes of SPEC section 4. Malformed operations and values become
 * BAD_USER_INPUT; anything unexpected is logged in full and reaches the client only as a short
 * Vietnamese message with INTERNAL_SERVER_ERROR.
 */
export function formatError(logger: Logger) {
  return (given: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const formatted = { ...given, message: withoutEchoedValue(given.message, error) };
    const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    if (DOMAIN_CODES.has(code) || INPUT_CODES.has(code)) {
      // Users read Vietnamese; the log gets the English reason.
      logger.info(
        { code, reason: formatted.extensions?.reason, path: formatted.path, message: formatted.extensions?.message_en ?? formatted.message },
        'request refused',
      );
    }
    if (DOMAIN_CODES.has(code)) return { ...formatted, extensions: { ...formatted.extensions, stacktrace: undefined } };
    if (INPUT_CODES.has(code)) {
      return {
        message: formatted.extensions?.reason ? formatted.message : `Dữ liệu gửi lên không hợp lệ: ${formatted.message}`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', reason: formatted.extensions?.reason ?? code, message_en: formatted.extensions?.message_en ?? formatted.message },
      };
    }
    if (isDatabaseUnavailable(error)) {
      logger.warn({ err: error, path: formatted.path }, 'database unavailable during a GraphQL operation');
      // Not "nothing was written": a connection cut during COMMIT leaves that unknown. The same clientRequestId makes the retry safe.
      return {
        message: 'Mất kết nối tới cơ sở dữ liệu; thao tác có thể chưa được ghi nhận. Vui lòng gửi lại sau giây lát.',
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'databaseUnavailable', message_en: 'Database unavailable; retry with the same clientRequestId' },
      };
    }
    logger.error({ err: error, path: formatted.path }, 'unexpected error in a GraphQL operation');
    return {
      message: 'Lỗi hệ thống, vui lòng thử lại. Dữ liệu chưa được ghi nhận.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', message_en: 'Internal error; nothing was written' },
    };
  };
}

/** The same mapping for errors that do not pass through Apollo (graphql-ws results and refusals). */
export function formatErrors(logger: Logger) {
  const format = formatError(logger);
  return (errors: readonly GraphQLError[]): GraphQLFormattedError[] => errors.map((e) => format(e.toJSON(), e));
}
