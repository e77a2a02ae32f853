/**
 * The explorer's shell: sign-in gate, header with navigation and live connection state, and
 * one route per view. Heavy views (graph, charts, query editor) are separate chunks.
 */
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { SessionProvider, useSession } from './auth/SessionContext';
import { SignIn } from './auth/SignIn';
import { Layout } from './components/Layout';
import { Loading } from './components/Status';
import { ActivityPage } from './live/ActivityPage';
import { NotFound } from './views/NotFound';
import { ParticipantPage } from './views/participant/ParticipantPage';
import { PartnershipPage } from './views/partnership/PartnershipPage';
import { runtimeConfig } from './api/runtime-config';

const Overview = lazy(() => import('./views/overview/Overview').then((module) => ({ default: module.Overview })));
const GraphView = lazy(() => import('./graph/GraphView').then((module) => ({ default: module.GraphView })));
const Pipeline = lazy(() => import('./views/pipeline/Pipeline').then((module) => ({ default: module.Pipeline })));
const QueryEditor = lazy(() =>
  import('./views/editor/QueryEditor').then((module) => ({ default: module.QueryEditor })),
);

function SignedInRoutes() {
  const editor = runtimeConfig().editor;
  return (
    <Layout>
      <Suspense fallback={<Loading what="view" />}>
        <Routes>
          <Route path="/" element={<Overview />} />
          <Route path="/graph" element={<GraphView />} />
          <Route path="/participants/:id" element={<ParticipantPage />} />
          <Route path="/partnerships/:id" element={<PartnershipPage />} />
          <Route path="/pipeline" element={<Pipeline />} />
          <Route path="/activity" element={<ActivityPage />} />
          {editor ? <Route path="/graphiql" element={<QueryEditor />} /> : null}
          <Route path="/signin" element={<Navigate to="/" replace />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}

function Gate() {
  const session = useSession();
  if (session.status === 'checking') return <Loading what="session" />;
  if (session.status === 'signed-out') return <SignIn />;
  return <SignedInRoutes />;
}

export function App() {
  return (
    <SessionProvider>
      <Gate />
    </SessionProvider>
  );
}
