import { pino, type Logger } from 'pino';

/** Structured JSON logs; messages in English (users get Vietnamese through GraphQL errors). */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'election-ops' } });
}
export type { Logger };
