/**
 * The one graphql-ws connection of the page. It reconnects by itself (exponential back-off
 * with jitter, forever), re-authenticates with the current credential on every connect, and
 * reports its state so the header can show "live", "reconnecting" or "offline".
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { connectionParams, onCredentialChange, readCredential } from '../auth/session';
import { GRAPHQL_PATH } from './graphql';

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'closed';

let state: ConnectionState = 'connecting';
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
      connected: () => {
        everConnected = true;
        setState('connected');
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

/**
 * Subscribes while mounted and calls `onData` for every result; re-subscribes after a
 * reconnect (graphql-ws does this for active subscriptions).
 */
export function useSubscription<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  onData: (data: TData) => void,
  options: { skip?: boolean } = {},
): void {
  const handler = useRef(onData);
  handler.current = onData;
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (options.skip) return;
    const query = print(document);
    const unsubscribe = liveClient().subscribe<TData>(
      { query, variables: JSON.parse(key) as Record<string, unknown> },
      {
        next: (result) => {
          if (result.data) handler.current(result.data);
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    return unsubscribe;
  }, [document, key, options.skip]);
}
