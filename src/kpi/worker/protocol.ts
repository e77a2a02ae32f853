/**
 * Messages between the API thread and the analytics worker, and how an engine error crosses
 * the boundary: it is rebuilt on the API thread as the same class (built-in errors and the
 * app's error hierarchy, src/core/errors.ts) with the same message and the worker's stack.
 */
import {
  AnalyticsWorkerCrashError,
  BadRequestError,
  DeadlineExceededError,
  InternalError,
  ServiceUnavailableError,
} from '../../core/errors';
import type { GraphologyEngineOptions } from '../graphology-engine';
import type { WireAnalytics, WireGraph } from './wire';

export interface ComputeRequest {
  id: number;
  options: GraphologyEngineOptions;
  graph: WireGraph;
}

export type ComputeReply = { id: number; analytics: WireAnalytics } | { id: number; error: WireError };

export interface WireError {
  name: string;
  message: string;
  stack?: string;
}

/** Errors whose constructor takes (message): rebuilt as themselves. */
const REBUILDABLE: Record<string, new (message: string) => Error> = {
  Error,
  EvalError,
  RangeError,
  ReferenceError,
  SyntaxError,
  TypeError,
  URIError,
  ServiceUnavailableError,
  DeadlineExceededError,
  BadRequestError,
  InternalError,
  AnalyticsWorkerCrashError,
};

export function toWireError(error: unknown): WireError {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: 'Error', message: `non-error thrown: ${String(error)}` };
}

export function fromWireError(wire: WireError): Error {
  const Rebuilt = Object.hasOwn(REBUILDABLE, wire.name) ? REBUILDABLE[wire.name] : Error;
  const error = new Rebuilt(wire.message);
  // Another class keeps its name, so the message still says what was thrown.
  if (error.name !== wire.name) error.name = wire.name;
  if (wire.stack) error.stack = `${wire.stack}\n    (rethrown from the analytics worker thread)`;
  return error;
}
