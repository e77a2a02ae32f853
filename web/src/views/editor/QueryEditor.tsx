/**
 * `/graphiql`: GraphiQL from this app's own files (Monaco and its workers are bundled into a
 * lazy chunk; nothing comes from a CDN). The signed-in credential is pre-filled in the headers
 * editor; queries and mutations go over HTTP, subscriptions over graphql-ws with the same
 * credential. Served only when GRAPHQL_EXPLORER is on (src/server/web-app.ts).
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createClient } from 'graphql-ws';
import { useEffect, useMemo } from 'react';
import { GRAPHQL_PATH } from '../../api/graphql';
import { authHeaders, connectionParams, readCredential } from '../../auth/session';

const DEFAULT_QUERY = `# The ecosystem's health and its most central participants.
# Ctrl-Enter runs; the Docs button lists every field.
query Overview {
  viewer { role disclosure }
  ecosystem {
    health { score participants ties density modularity }
  }
  centrality(metric: BETWEENNESS, top: 5) {
    entries { rank value participant { name } }
  }
}
`;

export function QueryEditor() {
  const credential = readCredential();
  const { fetcher, dispose } = useMemo(() => {
    const origin = window.location.origin;
    const wsClient = createClient({
      url: `${origin.replace(/^http/, 'ws')}${GRAPHQL_PATH}`,
      lazy: true,
      connectionParams: () => connectionParams(readCredential()),
    });
    return {
      // Static headers too: the schema introspection runs before the headers editor is read.
      fetcher: createGraphiQLFetcher({
        url: `${origin}${GRAPHQL_PATH}`,
        wsClient,
        headers: authHeaders(readCredential()),
      }),
      dispose: () => void wsClient.dispose(),
    };
  }, []);
  useEffect(() => dispose, [dispose]);
  const headers = JSON.stringify(authHeaders(credential), null, 2);
  return (
    <section aria-label="Query editor" className="editor-host" data-testid="query-editor">
      <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} initialHeaders={headers} shouldPersistHeaders={false} />
    </section>
  );
}
