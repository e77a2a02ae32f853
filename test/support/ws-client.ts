/**
 * Real graphql-ws clients for tests: typed subscriptions collected into arrays, waiting for
 * the n-th message, and the close code when the server hangs up.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';
import { createClient, type Client, type ClientOptions } from 'graphql-ws';
import WebSocket from 'ws';
import { authHeader } from './auth';

export interface Collected<T> {
  values: T[];
  errors: GraphQLFormattedError[][];
  /** Resolves once `count` values arrived (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<T[]>;
  /** Resolves on the first error message. */
  firstError(timeoutMs?: number): Promise<readonly GraphQLFormattedError[]>;
  unsubscribe(): void;
}

export interface TestWsClient {
  client: Client;
  /** Resolves with the close event's code and reason once the socket closes. */
  closed: Promise<{ code: number; reason: string }>;
  /** Resolves when the server acknowledged the connection. */
  connected: Promise<void>;
  subscribe<T, V extends Record<string, unknown>>(document: TypedDocumentNode<T, V>, variables?: V): Collected<T>;
  /**
   * The resume pattern of docs/subscriptions.md: the variables object is updated with the
   * last received `sequence` as `after`, and graphql-ws sends that same object again when it
   * resubscribes after a reconnect, so the server replays what was missed.
   */
  subscribeResuming<T, V extends { after?: number | null }>(
    document: TypedDocumentNode<T, V>,
    variables: V,
    sequenceOf: (data: T) => number,
  ): Collected<T>;
  dispose(): Promise<void>;
}

function poll<T>(what: string, check: () => T | undefined, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      const value = check();
      if (value !== undefined) return resolve(value);
      if (Date.now() - started > timeoutMs)
        return reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      setTimeout(tick, 20);
    };
    tick();
  });
}

export function wsClient(
  httpUrl: string,
  options: Partial<ClientOptions> & { connectionParams?: ClientOptions['connectionParams'] } = {},
): TestWsClient {
  let resolveClosed: (event: { code: number; reason: string }) => void = () => undefined;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (resolveClosed = resolve));
  let resolveConnected: () => void = () => undefined;
  const connected = new Promise<void>((resolve) => (resolveConnected = resolve));
  const client = createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    // The close code is what tests look at (`closed`); the default handler would console.error it.
    onNonLazyError: () => undefined,
    connectionParams: async () => authHeader(),
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        resolveClosed({ code, reason });
      },
      connected: () => resolveConnected(),
    },
    ...options,
  });
  return {
    client,
    closed,
    connected,
    subscribe: (document, variables) => collect(client, document, variables),
    subscribeResuming: (document, variables, sequenceOf) =>
      collect(client, document, variables, (data) => (variables.after = sequenceOf(data))),
    dispose: () => Promise.resolve(client.dispose()),
  };
}

function collect<T, V>(
  client: Client,
  document: TypedDocumentNode<T, V>,
  variables?: V,
  onValue: (data: T) => void = () => undefined,
): Collected<T> {
  const values: T[] = [];
  const errors: GraphQLFormattedError[][] = [];
  const unsubscribe = client.subscribe<T>(
    { query: print(document), variables: variables as Record<string, unknown> | undefined },
    {
      next: (result) => {
        if (result.errors) errors.push([...result.errors]);
        if (result.data) {
          values.push(result.data as T);
          onValue(result.data as T);
        }
      },
      error: (error) => errors.push(Array.isArray(error) ? error : [{ message: String(error) }]),
      complete: () => undefined,
    },
  );
  return {
    values,
    errors,
    waitFor: (count, timeoutMs = 15_000) =>
      poll(`${count} values`, () => (values.length >= count ? values : undefined), timeoutMs),
    firstError: (timeoutMs = 15_000) => poll('an error', () => errors[0], timeoutMs),
    unsubscribe,
  };
}

/** Lets in-flight events arrive before asserting that something did NOT arrive. */
export const settle = (ms = 500) => new Promise((resolve) => setTimeout(resolve, ms));
