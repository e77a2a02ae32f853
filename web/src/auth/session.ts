/**
 * The signed-in credential: a Bearer token (JWT) or an API key, kept in localStorage so every
 * tab and reload stays signed in. `npm start` in dev mode prints `/#token=…`; the fragment is
 * never sent to the server, and is removed from the address bar once read.
 */
export type Credential = { kind: 'token'; value: string } | { kind: 'apiKey'; value: string };

const STORAGE_KEY = 'ecograph.credential';

type Listener = (credential: Credential | null) => void;
const listeners = new Set<Listener>();

export function readCredential(): Credential | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (!stored) return null;
    const parsed = JSON.parse(stored) as Partial<Credential>;
    if ((parsed.kind === 'token' || parsed.kind === 'apiKey') && typeof parsed.value === 'string') {
      return { kind: parsed.kind, value: parsed.value };
    }
  } catch {
    // A damaged entry is the same as none.
  }
  return null;
}

export function saveCredential(credential: Credential | null): void {
  if (credential) localStorage.setItem(STORAGE_KEY, JSON.stringify(credential));
  else localStorage.removeItem(STORAGE_KEY);
  for (const listener of listeners) listener(credential);
}

export function onCredentialChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Takes `#token=…` or `#apiKey=…` from the address bar (dev sign-in link), then clears it. */
export function adoptCredentialFromLocation(): void {
  const fragment = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const token = fragment.get('token');
  const apiKey = fragment.get('apiKey');
  if (!token && !apiKey) return;
  saveCredential(token ? { kind: 'token', value: token } : { kind: 'apiKey', value: apiKey ?? '' });
  history.replaceState(history.state, '', window.location.pathname + window.location.search);
}

/** The HTTP header a credential travels in (the API reads `authorization` or `x-api-key`). */
export function authHeaders(credential: Credential | null): Record<string, string> {
  if (!credential) return {};
  return credential.kind === 'token'
    ? { authorization: `Bearer ${credential.value}` }
    : { 'x-api-key': credential.value };
}

/** The graphql-ws `connection_init` payload for a credential. */
export function connectionParams(credential: Credential | null): Record<string, string> {
  if (!credential) return {};
  return credential.kind === 'token' ? { authorization: `Bearer ${credential.value}` } : { apiKey: credential.value };
}
