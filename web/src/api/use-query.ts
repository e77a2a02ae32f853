/**
 * A typed query as React state. Re-runs when the variables change (compared as JSON) or when
 * `refetch` is called (e.g. after a live event); a refetch keeps showing the previous data.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { request, type GraphQLErrorEntry } from './graphql';

export interface QueryState<TData> {
  data: TData | null;
  /** Field-level errors that came with (partial) data, e.g. FORBIDDEN fields. */
  errors: GraphQLErrorEntry[];
  error: Error | null;
  loading: boolean;
  refetch: () => void;
}

export function useQuery<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: { skip?: boolean } = {},
): QueryState<TData> {
  const key = JSON.stringify(variables);
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<Omit<QueryState<TData>, 'refetch'>>({
    data: null,
    errors: [],
    error: null,
    loading: !options.skip,
  });
  const variablesRef = useRef(variables);
  variablesRef.current = variables;

  useEffect(() => {
    if (options.skip) return;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true }));
    request(document, variablesRef.current, controller.signal).then(
      (result) => setState({ data: result.data, errors: result.errors, error: null, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((previous) => ({ ...previous, error: error as Error, loading: false }));
      },
    );
    return () => controller.abort();
  }, [document, key, generation, options.skip]);

  const refetch = useCallback(() => setGeneration((value) => value + 1), []);
  return { ...state, refetch };
}

/**
 * Calls `refetch` once a burst of live changes settles (`revision` bumps on every event): a
 * stage move that emits three events costs one request, not three.
 */
export function useRefetchOn(revision: number, refetch: () => void, settleMs = 250): void {
  useEffect(() => {
    if (revision === 0) return;
    const timer = setTimeout(refetch, settleMs);
    return () => clearTimeout(timer);
  }, [revision, refetch, settleMs]);
}
