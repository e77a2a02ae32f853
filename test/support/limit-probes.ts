/**
 * Running one GraphQL operation over either transport, for tests of limits that must hold on
 * both: HTTP (fetch) and WebSocket (a real graphql-ws client that executes the operation).
 */
import type { GraphQLFormattedError } from 'graphql';
import { testToken } from './auth';
import { wsClient } from './ws-client';

export type Transport = 'http' | 'ws';
export const TRANSPORTS: Transport[] = ['http', 'ws'];

export interface Outcome {
  /** HTTP status (HTTP), or the socket's close code when the server closed it (WebSocket). */
  status?: number;
  closeCode?: number;
  data?: unknown;
  errors?: readonly GraphQLFormattedError[];
}

/** The first error's `extensions.code`, or "OK" when the operation ran without errors. */
export function codeOf(outcome: Outcome): string {
  const code = outcome.errors?.[0]?.extensions?.code;
  return typeof code === 'string' ? code : outcome.errors ? 'NO_CODE' : 'OK';
}

export async function bearer(sub: string): Promise<string> {
  return `Bearer ${await testToken('ADMIN', sub)}`;
}

export async function runOver(
  transport: Transport,
  url: string,
  query: string,
  authorization: string,
  variables?: Record<string, unknown>,
): Promise<Outcome> {
  return transport === 'http'
    ? overHttp(url, query, authorization, variables)
    : overWs(url, query, authorization, variables);
}

async function overHttp(
  url: string,
  query: string,
  authorization: string,
  variables?: Record<string, unknown>,
): Promise<Outcome> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: GraphQLFormattedError[] };
  return { status: response.status, data: body.data, errors: body.errors };
}

/** One connection per operation: a refused connection (4401, 4429) is an outcome too. */
async function overWs(
  url: string,
  query: string,
  authorization: string,
  variables?: Record<string, unknown>,
): Promise<Outcome> {
  const client = wsClient(url, { connectionParams: { authorization } });
  try {
    const result = new Promise<Outcome>((resolve) => {
      let data: unknown;
      let errors: readonly GraphQLFormattedError[] | undefined;
      client.client.subscribe(
        { query, variables },
        {
          next: (value) => {
            data = value.data ?? data;
            errors = value.errors ?? errors;
          },
          // Not a list of GraphQL errors: the socket closed; its code is the outcome.
          error: (error) =>
            Array.isArray(error)
              ? resolve({ errors: error as GraphQLFormattedError[] })
              : void client.closed.then(({ code }) => resolve({ closeCode: code })),
          complete: () => resolve({ data, errors }),
        },
      );
    });
    const closed = client.closed.then(({ code }): Outcome => ({ closeCode: code }));
    return await Promise.race([result, closed]);
  } finally {
    await client.dispose();
  }
}
