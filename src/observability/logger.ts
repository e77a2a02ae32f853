/** Structured JSON logs (pino); one logger, children carry request ids. */
import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config/config';

export type { DestinationStream, Logger };

/**
 * Credentials never reach a log line on purpose (no code logs headers or connection params);
 * this is the safety net should an object carrying them be logged anyway.
 */
const REDACTED_PATHS = [
  'authorization',
  '*.authorization',
  '*.headers.authorization',
  'token',
  '*.token',
  'connectionParams',
  '*.connectionParams',
];

/** `destination` defaults to stdout; tests pass a stream to read what was logged. */
export function createLogger(config: Config['log'], destination?: DestinationStream): Logger {
  const options = { level: config.level, base: { service: 'ecograph' }, redact: REDACTED_PATHS };
  return destination ? pino(options, destination) : pino(options);
}
