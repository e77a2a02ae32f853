/**
 * A minimal typed GraphQL-over-HTTP client for tests: takes the codegen'd TypedDocumentNodes,
 * so variables and results are checked against schema/schema.graphql at compile time.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';
import { authHeader } from './auth';

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLFormattedError[];
  extensions?: Record<string, unknown>;
}

export async function execute<TResult, TVariables>(
  url: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TResult>> {
  // An ADMIN token unless the test sends its own Authorization (an empty one: none at all).
  const auth = 'authorization' in headers ? {} : await authHeader();
  const sent = Object.fromEntries(Object.entries({ ...auth, ...headers }).filter(([, value]) => value !== ''));
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...sent },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<TResult>, 'status'>;
  return { status: response.status, ...body };
}

/** Executes and fails the test on any GraphQL error; returns `data`. */
export async function executeOk<TResult, TVariables>(
  url: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
  headers?: Record<string, string>,
): Promise<TResult> {
  const result = await execute(url, document, variables, headers);
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}

/**
 * A mutation document's data once it answered without errors. Mutation fields are nullable so
 * that one failed mutation cannot erase the others' results (docs/api.md); null only comes
 * with an error, so without errors every field of the document has its payload.
 */
export type Settled<TResult> = { [Field in keyof TResult]: NonNullable<TResult[Field]> };

/** executeOk for a mutation document: fails the test on any error; every field is set. */
export async function mutateOk<TResult, TVariables>(
  url: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
  headers?: Record<string, string>,
): Promise<Settled<TResult>> {
  const data = await executeOk(url, document, variables, headers);
  for (const [field, value] of Object.entries(data as object)) {
    if (value === null) throw new Error(`mutation ${field} answered null without an error`);
  }
  return data as Settled<TResult>;
}
