/**
 * The one graphql-ws connection of the page. It reconnects by itself (exponential back-off
 * with jitter, forever), re-authenticates with the current credential on every connect, and
 * reports its state so the header can show "live", "reconnecting" or "offline". Event
 * subscriptions resume after a reconnect from the last sequence they saw (`after`), so nothing
 * committed while the page was away is missed; when that is not possible (outside the server's
 * resume window, or no event seen yet) the page is told to reload its data instead.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { connectionParams, onCredentialChange, readCredential } from '../auth/session';
import { GRAPHQL_PATH } from './graphql';

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'closed';

let state: ConnectionState = 'connecting';
/** Called after every reconnect (not the first connect). */
const reconnectListeners = new Set<() => void>();
let everConnected = false;
const stateListeners = new Set<() => void>();
function setState(next: ConnectionState): void {
  if (next === state) return;
  state = next;
  for (const listener of stateListeners) listener();
}

function socketUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${window.location.host}${GRAPHQL_PATH}`;
}

let client: Client | null = null;

function liveClient(): Client {
  if (client) return client;
  client = createClient({
    url: socketUrl(),
    lazy: false,
    connectionParams: () => connectionParams(readCredential()),
    retryAttempts: Number.POSITIVE_INFINITY,
    // Retry every close, including the API restarting (1001/1006) and auth closes after re-sign-in.
    shouldRetry: () => true,
    retryWait: async (retries) => {
      const delay = Math.min(1000 * 2 ** Math.min(retries, 4), 10_000) * (0.5 + Math.random() / 2);
      await new Promise((resolve) => setTimeout(resolve, delay));
    },
    keepAlive: 10_000,
    on: {
      connecting: () => setState(everConnected ? 'reconnecting' : 'connecting'),
      connected: (_socket, _payload, wasRetry) => {
        everConnected = true;
        setState('connected');
        if (wasRetry) for (const listener of reconnectListeners) listener();
      },
      closed: () => setState(everConnected ? 'reconnecting' : 'closed'),
    },
  });
  return client;
}

// A new credential must reach the server: restart the socket so connection_init carries it.
onCredentialChange(() => {
  if (!client) return;
  const old = client;
  client = null;
  void old.dispose();
  liveClient();
});

export function useConnectionState(): ConnectionState {
  return useSyncExternalStore(
    (listener) => {
      stateListeners.add(listener);
      liveClient();
      return () => stateListeners.delete(listener);
    },
    () => state,
  );
}

/** How an event subscription resumes after a reconnect (docs/subscriptions.md, "Resuming"). */
export interface Resume<TData> {
  /** The event's outbox sequence: a reconnect resubscribes with `after` the last one seen. */
  sequenceOf: (data: TData) => number | null | undefined;
  /**
   * Events were missed and cannot be replayed: the resume point is outside the server's resume
   * window (RESUME_WINDOW_EXCEEDED, `reload: true`), or the socket dropped before any event gave
   * one. The page reloads its data; the subscription continues live from now.
   */
  onMissed: () => void;
}

/** Whether a subscription's errors ask the client to reload (the resume window was exceeded). */
function asksToReload(errors: unknown): boolean {
  if (!Array.isArray(errors)) return false;
  return errors.some((error: { extensions?: { code?: unknown; reload?: unknown } }) => {
    return error?.extensions?.code === 'RESUME_WINDOW_EXCEEDED' || error?.extensions?.reload === true;
  });
}

/**
 * Subscribes while mounted and calls `onData` for every result; re-subscribes after a
 * reconnect (graphql-ws does this for active subscriptions, sending the same variables object
 * again: with `resume`, its `after` is the last sequence seen, so the server replays what was
 * missed first).
 */
export function useSubscription<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  onData: (data: TData) => void,
  options: { skip?: boolean; resume?: Resume<TData> } = {},
): void {
  const handler = useRef(onData);
  handler.current = onData;
  const resume = useRef(options.resume);
  resume.current = options.resume;
  const resuming = options.resume !== undefined;
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (options.skip) return;
    const query = print(document);
    // One object for the subscription's life: graphql-ws serialises it again on each resubscribe.
    const live: Record<string, unknown> = JSON.parse(key) as Record<string, unknown>;
    if (resuming) live.after = null;
    let stopped = false;
    let unsubscribe: () => void = () => undefined;
    const missed = () => resume.current?.onMissed();
    // Outside the resume window the server ends the subscription: reload, then follow from now.
    const reload = () => {
      live.after = null;
      missed();
      unsubscribe();
      setTimeout(() => {
        if (!stopped) subscribe();
      }, 0);
    };
    const subscribe = () => {
      unsubscribe = liveClient().subscribe<TData>(
        { query, variables: live },
        {
          next: (result) => {
            if (resuming && asksToReload(result.errors)) return reload();
            if (!result.data) return;
            const sequence = resume.current?.sequenceOf(result.data);
            if (typeof sequence === 'number') live.after = sequence;
            handler.current(result.data);
          },
          error: (error) => {
            if (resuming && asksToReload(error)) reload();
          },
          complete: () => undefined,
        },
      );
    };
    subscribe();
    // Dropped before any event gave a resume point: whatever happened meanwhile is unknown.
    const onReconnect = () => {
      if (resuming && live.after === null) missed();
    };
    reconnectListeners.add(onReconnect);
    return () => {
      stopped = true;
      reconnectListeners.delete(onReconnect);
      unsubscribe();
    };
  }, [document, key, options.skip, resuming]);
}
