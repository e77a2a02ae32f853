/**
 * Who is signed in: the stored credential checked against the API (`viewer`), with the role's
 * rights, so views hide what the role may not see instead of showing refusals.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { ApiError, requestData } from '../api/graphql';
import { SessionViewerDocument, type SessionViewerQuery } from '../generated/operations';
import { onCredentialChange, readCredential, saveCredential, type Credential } from './session';

export type SignedInViewer = SessionViewerQuery['viewer'];

export type Session =
  | { status: 'checking' }
  | { status: 'signed-out'; problem?: string }
  | { status: 'signed-in'; viewer: SignedInViewer; signOut: () => void };

const SessionContext = createContext<Session>({ status: 'checking' });

async function check(credential: Credential | null): Promise<Session> {
  if (!credential) return { status: 'signed-out' };
  try {
    const data = await requestData(SessionViewerDocument, {});
    return { status: 'signed-in', viewer: data.viewer, signOut: () => saveCredential(null) };
  } catch (error) {
    if (error instanceof ApiError && error.unauthenticated) {
      return { status: 'signed-out', problem: `The API refused the credential: ${error.message}` };
    }
    return { status: 'signed-out', problem: `Could not reach the API: ${(error as Error).message}` };
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>({ status: 'checking' });
  useEffect(() => {
    let current = 0;
    const run = (credential: Credential | null) => {
      const attempt = ++current;
      setSession({ status: 'checking' });
      void check(credential).then((result) => {
        if (attempt === current) setSession(result);
      });
    };
    run(readCredential());
    return onCredentialChange(run);
  }, []);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  return useContext(SessionContext);
}

/** The signed-in viewer; only for components under the signed-in routes. */
export function useViewer(): SignedInViewer {
  const session = useSession();
  if (session.status !== 'signed-in') throw new Error('useViewer outside a signed-in session');
  return session.viewer;
}
