/** Sign-in: paste a token (JWT) or an API key. In dev mode `npm start` prints a link that signs in by itself. */
import { useState, type FormEvent } from 'react';
import { runtimeConfig } from '../api/runtime-config';
import { useSession } from './SessionContext';
import { saveCredential } from './session';

export function SignIn() {
  const session = useSession();
  const [kind, setKind] = useState<'token' | 'apiKey'>('token');
  const [value, setValue] = useState('');
  const problem = session.status === 'signed-out' ? session.problem : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = value.trim().replace(/^(Bearer|ApiKey)\s+/i, '');
    if (trimmed) saveCredential({ kind, value: trimmed });
  };

  return (
    <main className="signin" aria-labelledby="signin-title">
      <h1 id="signin-title">Sign in to ecograph</h1>
      {runtimeConfig().devAuth ? (
        <p className="hint">
          Dev mode: open the link <code>npm start</code> printed (<code>http://127.0.0.1:4000/#token=…</code>) and the
          explorer signs in by itself. A restart of the API makes a new token.
        </p>
      ) : (
        <p className="hint">Paste a token from your identity provider or an API key (npm run auth:api-key).</p>
      )}
      {problem ? (
        <p role="alert" className="error">
          {problem}
        </p>
      ) : null}
      <form onSubmit={submit}>
        <fieldset>
          <legend>Credential</legend>
          <label>
            <input type="radio" name="kind" checked={kind === 'token'} onChange={() => setKind('token')} /> Token (JWT)
          </label>
          <label>
            <input type="radio" name="kind" checked={kind === 'apiKey'} onChange={() => setKind('apiKey')} /> API key
          </label>
        </fieldset>
        <label htmlFor="credential">{kind === 'token' ? 'Bearer token' : 'API key'}</label>
        <textarea
          id="credential"
          rows={4}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
        <button type="submit">Sign in</button>
      </form>
    </main>
  );
}
