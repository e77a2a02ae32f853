/**
 * One way to run typed operations over HTTP: the document's types come from codegen
 * (web/src/generated), the credential from the session. GraphQL errors become an ApiError that
 * keeps each error's code (FORBIDDEN, UNAUTHENTICATED …) so views can tell "not allowed" from
 * "broken".
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { authHeaders, readCredential } from '../auth/session';

export const GRAPHQL_PATH = '/graphql';

export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly errors: GraphQLErrorEntry[],
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get codes(): string[] {
    return this.errors.map((error) => error.extensions?.code ?? 'UNKNOWN');
  }

  get unauthenticated(): boolean {
    return this.status === 401 || this.codes.includes('UNAUTHENTICATED');
  }
}

const printed = new WeakMap<DocumentNode, string>();
function source(document: DocumentNode): string {
  let text = printed.get(document);
  if (!text) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

export interface RequestResult<TData> {
  data: TData | null;
  errors: GraphQLErrorEntry[];
}

/** Runs an operation; partial data (some fields refused) comes back with its errors. */
export async function request<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<RequestResult<TData>> {
  const response = await fetch(GRAPHQL_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authHeaders(readCredential()) },
    body: JSON.stringify({ query: source(document), variables }),
    signal,
  });
  let body: { data?: TData | null; errors?: GraphQLErrorEntry[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`The API answered ${response.status} without GraphQL`, [], response.status);
  }
  const errors = body.errors ?? [];
  if (!body.data) {
    throw new ApiError(errors.map((error) => error.message).join('; ') || 'No data', errors, response.status);
  }
  return { data: body.data, errors };
}

/** Runs an operation that must succeed entirely. */
export async function requestData<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TData> {
  const result = await request(document, variables, signal);
  if (result.errors.length > 0) {
    throw new ApiError(result.errors.map((error) => error.message).join('; '), result.errors, 200);
  }
  return result.data as TData;
}
