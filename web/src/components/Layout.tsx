/** Header (navigation, live connection state, who is signed in) around the current view. */
import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useConnectionState, type ConnectionState } from '../api/live';
import { runtimeConfig } from '../api/runtime-config';
import { useSession } from '../auth/SessionContext';
import { LiveProvider } from '../live/LiveContext';

const CONNECTION_TEXT: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  connected: 'Live',
  reconnecting: 'Reconnecting…',
  closed: 'Offline',
};

function ConnectionBadge() {
  const state = useConnectionState();
  return (
    <span className={`connection connection-${state}`} role="status" aria-live="polite" data-state={state}>
      <span aria-hidden="true" className="dot" /> {CONNECTION_TEXT[state]}
    </span>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const session = useSession();
  const links: Array<[string, string]> = [
    ['/', 'Overview'],
    ['/graph', 'Graph'],
    ['/pipeline', 'Pipeline'],
    ['/activity', 'Activity'],
  ];
  if (runtimeConfig().editor) links.push(['/graphiql', 'Query editor']);
  return (
    <div className="app">
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <span className="brand">ecograph</span>
        <nav aria-label="Views">
          {links.map(([to, label]) => (
            <NavLink key={to} to={to} end={to === '/'}>
              {label}
            </NavLink>
          ))}
        </nav>
        <ConnectionBadge />
        {session.status === 'signed-in' ? (
          <span className="who">
            <span title={session.viewer.id}>{session.viewer.role}</span>
            <button type="button" className="link" onClick={session.signOut}>
              Sign out
            </button>
          </span>
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>
        <LiveProvider>{children}</LiveProvider>
      </main>
    </div>
  );
}
