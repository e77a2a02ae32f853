/**
 * graphql-ws has no per-operation object to hang timing on: this follows each subscribe
 * message from onSubscribe to its end (complete, error, or the socket closing) and records it
 * once. A subscription's duration is its lifetime. Connections are keyed by graphql-ws's
 * per-socket context object, operations by their message id.
 */
import crypto from 'node:crypto';
import { getOperationAST, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import type { Viewer } from '../auth/viewer';
import { errorCodesOf, type OperationRecorder } from './operation-recorder';

interface OpenOperation {
  requestId: string;
  started: number;
  caller: Viewer;
  operationName?: string;
  operationType?: string;
  errorCodes: Set<string>;
}

export class WebSocketOperations {
  private readonly open = new WeakMap<object, Map<string, OpenOperation>>();

  /** Without a recorder nothing is recorded; request ids are still handed out. */
  constructor(private readonly recorder?: OperationRecorder) {}

  /** A subscribe message arrived (before any limit is checked, so refusals are recorded too). */
  started(connection: object, id: string, payload: { operationName?: string | null }, caller: Viewer): void {
    let operations = this.open.get(connection);
    if (!operations) this.open.set(connection, (operations = new Map()));
    operations.set(id, {
      requestId: crypto.randomUUID(),
      started: performance.now(),
      caller,
      operationName: payload.operationName ?? undefined,
      errorCodes: new Set(),
    });
  }

  /** The document parsed: takes the operation's own name and type; returns its request id. */
  identify(connection: object, id: string, document: DocumentNode): string {
    const operation = this.open.get(connection)?.get(id);
    if (!operation) return crypto.randomUUID();
    const ast = getOperationAST(document, operation.operationName);
    operation.operationName = ast?.name?.value;
    operation.operationType = ast?.operation;
    return operation.requestId;
  }

  /** A result goes out (already formatted when it has errors); passes it through. */
  sent<T extends { errors?: readonly GraphQLFormattedError[] } | undefined>(
    connection: object,
    id: string,
    result: T,
  ): T {
    this.noteErrors(connection, id, result?.errors);
    return result;
  }

  /** An error message ends the operation; passes the formatted errors through. */
  failed<T extends readonly GraphQLFormattedError[]>(connection: object, id: string, errors: T): T {
    this.noteErrors(connection, id, errors);
    this.finish(connection, id);
    return errors;
  }

  completed(connection: object, id: string): void {
    this.finish(connection, id);
  }

  /** The socket closed: what was still open ends now. */
  closed(connection: object): void {
    for (const id of [...(this.open.get(connection)?.keys() ?? [])]) this.finish(connection, id);
    this.open.delete(connection);
  }

  private noteErrors(connection: object, id: string, errors: readonly GraphQLFormattedError[] | undefined): void {
    const operation = this.open.get(connection)?.get(id);
    for (const code of errorCodesOf(errors)) operation?.errorCodes.add(code);
  }

  private finish(connection: object, id: string): void {
    const operations = this.open.get(connection);
    const operation = operations?.get(id);
    if (!operation) return;
    operations?.delete(id);
    this.recorder?.record({
      transport: 'ws',
      requestId: operation.requestId,
      operationName: operation.operationName,
      operationType: operation.operationType,
      durationMs: performance.now() - operation.started,
      caller: operation.caller,
      errorCodes: [...operation.errorCodes],
    });
  }
}
