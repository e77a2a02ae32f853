/** Structured JSON logs (pino); one logger, children carry request ids. */
import pino, { type Logger } from 'pino';
import type { Config } from '../config/config';

export type { Logger };

export function createLogger(config: Config['log']): Logger {
  return pino({ level: config.level, base: { service: 'ecograph' } });
}
