/**
 * One place that turns a finished GraphQL operation, over HTTP or WebSocket, into one log line
 * and its metrics, so both transports report the same fields.
 */
import type { Viewer } from '../auth/viewer';
import type { Logger } from './logger';
import type { Metrics, OperationSample } from './metrics';

export interface OperationRecord extends OperationSample {
  /** Absent only when the request was refused before it had a context (authentication). */
  requestId?: string;
  caller?: Viewer;
  /** Neo4j statements the operation ran, when the request asked for them to be counted. */
  roundTrips?: number;
  /** HTTP status sent (HTTP only). */
  status?: number;
}

/** Codes that mean the server failed, not the client: logged at error level. */
const SERVER_FAULTS = new Set(['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE']);

/** Names come from clients: a bound keeps a log line small whatever is sent. */
const MAX_NAME_LENGTH = 100;

export class OperationRecorder {
  constructor(
    private readonly logger: Logger,
    private readonly metrics: Metrics,
  ) {}

  record(operation: OperationRecord): void {
    this.metrics.operationFinished(operation);
    const { errorCodes, caller } = operation;
    // Only what identifies and measures the operation: never variables, query text or credentials.
    const line = {
      requestId: operation.requestId,
      transport: operation.transport,
      operationName: operation.operationName?.slice(0, MAX_NAME_LENGTH),
      operationType: operation.operationType,
      durationMs: operation.durationMs === undefined ? undefined : Math.round(operation.durationMs * 100) / 100,
      caller: caller ? { kind: caller.kind, id: caller.id, role: caller.role } : undefined,
      outcome: errorCodes.length > 0 ? 'error' : 'ok',
      errorCodes: errorCodes.length > 0 ? [...new Set(errorCodes)] : undefined,
      status: operation.status,
      roundTrips: operation.roundTrips,
    };
    // One message for every outcome, so a log query finds them all; the level tells them apart.
    const level =
      errorCodes.length === 0 ? 'info' : errorCodes.some((code) => SERVER_FAULTS.has(code)) ? 'error' : 'warn';
    this.logger[level](line, 'graphql operation');
  }
}

/** `extensions.code` of formatted errors; an error without one counts as an internal fault. */
export function errorCodesOf(errors: readonly { extensions?: Record<string, unknown> }[] | undefined): string[] {
  return (errors ?? []).map((error) => {
    const code = error.extensions?.code;
    return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
  });
}
